-- Every record of the site (issue 10). Applied by Netlify on deploy; locally by scripts/dev-database.mjs
-- and by the tests, with @netlify/database-dev's migration runner (tracking table netlify.migrations).

-- Form posts: sign-ups, practice submissions and corrections (feedback). The validated fields are kept
-- as they were written, with the versions of the form and privacy notice they were made under, so a
-- record made under an older version is still read and shown as it is.
CREATE TABLE submissions (
  id text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{32}$'),
  form text NOT NULL CHECK (form IN ('signup', 'practice-submission', 'feedback')),
  -- Shown to the person on the confirmation page; random, not derived from the data.
  reference text NOT NULL UNIQUE,
  -- "<municipality>/<programme>" for sign-ups, the practice id for feedback, NULL otherwise.
  programme text,
  role text,
  data jsonb NOT NULL CHECK (jsonb_typeof(data) = 'object'),
  form_version text NOT NULL,
  privacy_version text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- The coordinators' list: one programme, newest first, optionally one role.
CREATE INDEX submissions_programme_newest ON submissions (form, programme, created_at DESC, id DESC);
CREATE INDEX submissions_created ON submissions (created_at);

-- People who may sign in: administrators (VVSG) and coordinators. Addresses are stored lower-case.
CREATE TABLE people (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email text NOT NULL UNIQUE CHECK (email = lower(email) AND position('@' in email) > 1),
  is_admin boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Which programmes a coordinator may see. A programme "has a coordinator" when a row exists here.
CREATE TABLE programme_access (
  person_id bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  programme text NOT NULL,
  granted_by bigint REFERENCES people (id) ON DELETE SET NULL,
  granted_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (person_id, programme)
);
CREATE INDEX programme_access_programme ON programme_access (programme);

-- Single-use sign-in links: only the SHA-256 of the token is stored.
CREATE TABLE sign_in_links (
  token_hash text PRIMARY KEY,
  person_id bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);

-- Sessions: only the SHA-256 of the cookie value is stored.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  person_id bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_person ON sessions (person_id);

-- Fixed-window counters per client or address (hashed), for the rate limits.
CREATE TABLE rate_limits (
  bucket text NOT NULL,
  window_start timestamptz NOT NULL,
  window_end timestamptz NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (bucket, window_start)
);
CREATE INDEX rate_limits_end ON rate_limits (window_end);

-- Who did what to which record; no personal data (people by id, records by id).
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id bigint,
  action text NOT NULL CHECK (action IN ('sign-in', 'sign-out', 'grant', 'revoke', 'view', 'export', 'change', 'delete')),
  programme text,
  record_id text
);
CREATE INDEX audit_log_at ON audit_log (at DESC);

-- Outgoing mail, written in the same transaction as the record it is about; sent after the response
-- and retried by the scheduled function send-mail until delivered.
CREATE TABLE mail_queue (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  record_id text REFERENCES submissions (id) ON DELETE CASCADE,
  recipient text NOT NULL,
  reply_to text,
  subject text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  locked_until timestamptz,
  last_error text,
  sent_at timestamptz
);
CREATE INDEX mail_queue_due ON mail_queue (next_attempt_at) WHERE sent_at IS NULL;
