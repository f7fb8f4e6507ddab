/**
 * How long personal data is kept: one setting that the functions enforce (the daily purge) and the
 * privacy page states, read from SIGNUP_RETENTION_MONTHS (default 12 months).
 */
export function retentionMonths(): number {
  const value = Number(process.env.SIGNUP_RETENTION_MONTHS);
  return Number.isFinite(value) && value > 0 ? value : 12;
}
