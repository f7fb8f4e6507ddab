/**
 * How long personal data is kept: one setting that the functions enforce (the daily purge,
 * functions/_shared/purge.ts) and the privacy page states, read from SIGNUP_RETENTION_MONTHS (default
 * 12 months). For people in a programme's flow it runs from the day their path closed, or from their
 * last status change when it never closed and no duo of theirs runs; for other records from their
 * sending.
 */
export function retentionMonths(): number {
  const value = Number(process.env.SIGNUP_RETENTION_MONTHS);
  return Number.isFinite(value) && value > 0 ? value : 12;
}
