-- Which scheduled job ran for which period ("weekly-digest", "2026-W48"): a schedule that fires twice,
-- or a run started by hand, does not queue the week's mails a second time. No personal data.
CREATE TABLE scheduled_runs (
  job text NOT NULL,
  period text NOT NULL,
  ran_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (job, period)
);
