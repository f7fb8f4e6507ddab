-- Running a programme (issue 13): every person in a programme's flow, their status history, intake,
-- duos with their evaluations, suggestions a coordinator rejected, and per-programme settings.
-- Status and reason keys are defined once in src/schemas/flow.ts; the CHECKs here repeat them so a
-- bad value can never be stored.

-- A person in a programme's flow: from a sign-up on the site (submission_id) or imported from the
-- programme's spreadsheet (imported = true: they accepted no privacy notice on this site; their
-- details are in `details`). The intake is a structured record (src/schemas/intake.ts) kept as JSON,
-- like the sign-up, so a record made under an older intake version is still read.
CREATE TABLE flow_people (
  id text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{32}$'),
  programme text NOT NULL,
  role text NOT NULL CHECK (role IN ('buddy', 'newcomer')),
  -- Deleting a sign-up (erasure, retention) removes the person from the flow with it.
  submission_id text UNIQUE REFERENCES submissions (id) ON DELETE CASCADE,
  imported boolean NOT NULL DEFAULT false,
  -- Contact and profile details for imported people (a sign-up's are in its submission).
  details jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(details) = 'object'),
  intake jsonb CHECK (intake IS NULL OR jsonb_typeof(intake) = 'object'),
  intake_planned_on date,
  status text NOT NULL DEFAULT 'new'
    CHECK (status IN ('new', 'intake-planned', 'intake-done', 'waiting', 'matched', 'finished', 'stopped')),
  status_changed_at timestamptz NOT NULL DEFAULT now(),
  -- Set when the status becomes 'waiting': the waiting time counts from here.
  waiting_since timestamptz,
  stop_reason text,
  -- When the person's path ended (finished or stopped): retention runs from here.
  closed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- The coordinators' list: one programme, by status and role, longest waiting first.
CREATE INDEX flow_people_list ON flow_people (programme, status, role, waiting_since);
CREATE INDEX flow_people_closed ON flow_people (closed_at) WHERE closed_at IS NOT NULL;

-- Every status change with its date (the path of a person).
CREATE TABLE flow_status_changes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id text NOT NULL REFERENCES flow_people (id) ON DELETE CASCADE,
  status text NOT NULL,
  reason text,
  actor_id bigint,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX flow_status_changes_person ON flow_status_changes (person_id, at);

-- Every sign-up enters its programme's flow as 'new', in the same transaction as the sign-up itself,
-- whichever code path stored it; existing sign-ups are brought in below.
CREATE FUNCTION signup_enters_flow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.form = 'signup' AND NEW.programme IS NOT NULL AND NEW.role IN ('buddy', 'newcomer') THEN
    INSERT INTO flow_people (id, programme, role, submission_id, created_at, status_changed_at)
    VALUES (NEW.id, NEW.programme, NEW.role, NEW.id, NEW.created_at, NEW.created_at)
    ON CONFLICT (id) DO NOTHING;
    INSERT INTO flow_status_changes (person_id, status, at) VALUES (NEW.id, 'new', NEW.created_at);
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER signups_enter_flow AFTER INSERT ON submissions FOR EACH ROW EXECUTE FUNCTION signup_enters_flow();

INSERT INTO flow_people (id, programme, role, submission_id, created_at, status_changed_at)
  SELECT id, programme, role, id, created_at, created_at FROM submissions
  WHERE form = 'signup' AND programme IS NOT NULL AND role IN ('buddy', 'newcomer');
INSERT INTO flow_status_changes (person_id, status, at) SELECT id, 'new', created_at FROM flow_people;

-- A duo: a buddy and a newcomer of one programme. Duration NULL means no fixed end (Bocholt).
CREATE TABLE duos (
  id text PRIMARY KEY CHECK (id ~ '^[0-9a-f]{32}$'),
  programme text NOT NULL,
  buddy_id text NOT NULL REFERENCES flow_people (id) ON DELETE CASCADE,
  newcomer_id text NOT NULL REFERENCES flow_people (id) ON DELETE CASCADE,
  started_on date NOT NULL,
  duration_months integer CHECK (duration_months IS NULL OR duration_months BETWEEN 1 AND 60),
  meetings_per_month integer CHECK (meetings_per_month IS NULL OR meetings_per_month BETWEEN 1 AND 31),
  -- The action plan's agreements and, for a suggested duo, the scores and sentence it was accepted with.
  agreements jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(agreements) = 'object'),
  suggestion jsonb,
  ended_on date,
  end_reason text,
  created_by bigint,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX duos_programme ON duos (programme, ended_on);
-- A person is in at most one running duo.
CREATE UNIQUE INDEX duos_running_buddy ON duos (buddy_id) WHERE ended_on IS NULL;
CREATE UNIQUE INDEX duos_running_newcomer ON duos (newcomer_id) WHERE ended_on IS NULL;

-- Mid-term evaluation: a single-use link per member of a duo (only the SHA-256 of the token is
-- stored), and the answers, kept with the duo.
CREATE TABLE evaluation_links (
  token_hash text PRIMARY KEY,
  duo_id text NOT NULL REFERENCES duos (id) ON DELETE CASCADE,
  person_id text NOT NULL REFERENCES flow_people (id) ON DELETE CASCADE,
  language text NOT NULL DEFAULT 'nl',
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz
);
CREATE TABLE evaluations (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  duo_id text NOT NULL REFERENCES duos (id) ON DELETE CASCADE,
  person_id text NOT NULL REFERENCES flow_people (id) ON DELETE CASCADE,
  answers jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'object'),
  language text NOT NULL,
  submitted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX evaluations_duo ON evaluations (duo_id);

-- Suggestions a coordinator turned down: not suggested again.
CREATE TABLE rejected_pairs (
  buddy_id text NOT NULL REFERENCES flow_people (id) ON DELETE CASCADE,
  newcomer_id text NOT NULL REFERENCES flow_people (id) ON DELETE CASCADE,
  rejected_by bigint,
  rejected_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (buddy_id, newcomer_id)
);

-- Workspace settings per programme: defaults for new duos, matching weights, when someone counts as
-- waiting too long, and whether the programme's public figures are published.
CREATE TABLE programme_settings (
  programme text PRIMARY KEY,
  duration_months integer CHECK (duration_months IS NULL OR duration_months BETWEEN 1 AND 60),
  meetings_per_month integer CHECK (meetings_per_month IS NULL OR meetings_per_month BETWEEN 1 AND 31),
  weights jsonb,
  waiting_alert_days integer NOT NULL DEFAULT 21 CHECK (waiting_alert_days BETWEEN 1 AND 365),
  publish_figures boolean NOT NULL DEFAULT false,
  updated_by bigint,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Public figures, computed nightly for programmes that publish them; no personal data.
CREATE TABLE public_figures (
  programme text PRIMARY KEY,
  seeks_buddies boolean NOT NULL,
  seeks_newcomers boolean NOT NULL,
  typical_wait_days integer,
  computed_at timestamptz NOT NULL DEFAULT now()
);

-- The audit log learns the new actions (record_id then holds the person or duo id).
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check CHECK (action IN (
  'sign-in', 'sign-out', 'grant', 'revoke', 'view', 'export', 'change', 'delete',
  'status', 'intake', 'import', 'match', 'reject', 'duo', 'evaluation', 'close', 'erase', 'settings'
));
