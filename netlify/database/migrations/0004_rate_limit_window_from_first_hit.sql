-- A rate-limit window now starts at a bucket's first hit instead of on the clock's hour: a limit of
-- 30 an hour no longer resets at hh:00 for whoever happens to be sending then. One row per bucket.
DELETE FROM rate_limits older
  USING rate_limits newer
  WHERE older.bucket = newer.bucket AND older.window_start < newer.window_start;
ALTER TABLE rate_limits DROP CONSTRAINT rate_limits_pkey;
ALTER TABLE rate_limits ADD PRIMARY KEY (bucket);
