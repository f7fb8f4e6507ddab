/** Dutch formatting for what readers see. */
// Content dates are calendar days, read as midnight UTC: shown in UTC, so a build west of UTC does
// not show the day (or month) before.
const dateFormat = new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('nl-BE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

export const formatDate = (date: Date) => dateFormat.format(date);

/** "2021-01" → "januari 2021". */
export function formatMonth(month: string): string {
  const [year, m] = month.split('-').map(Number);
  return monthFormat.format(new Date(Date.UTC(year, m - 1, 1)));
}

/** "1 gemeente" / "3 gemeenten": counts read naturally. */
export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString('nl-BE')} ${count === 1 ? one : many}`;
}

export const practiceUrl = (id: string) => `/praktijken/${id}/`;
export const municipalityUrl = (id: string) => `/gemeenten/${id}/`;
export const handbookUrl = (id: string) => `/draaiboeken/${id}/`;
export const lessonUrl = (id: string) => `/lessen/#${id}`;
export const signupUrl = (programmeId: string) => `/aanmelden/${programmeId}/`;
/** The two sign-up forms of a programme: to become a buddy, or (as a newcomer) to find one. */
export const SIGNUP_ROLE_SLUGS = { buddy: 'buddy', newcomer: 'deelnemer' } as const;
export const signupFormUrl = (programmeId: string, role: keyof typeof SIGNUP_ROLE_SLUGS) => `${signupUrl(programmeId)}${SIGNUP_ROLE_SLUGS[role]}/`;
/** The way in for newcomers and future buddies (and /<tag>/buddy/ in other languages). */
export const PATH_IN = '/buddy/';
