/**
 * The administrator's form that gives a coordinator access to programmes (/coordinator/beheer):
 * checked as a whole, so every mistake is named at once, and shown again with what was typed.
 */
import { isCoordinatorEmail, normaliseEmail } from '../people';
import { BASE, programmeName, type ProgrammeLabel } from '../workspace-pages';
import { choices, errorSummary, input, type Errors } from './flow-html';

export interface GrantRequest {
  email: string;
  programmes: string[];
}

/** The posted grant, or the errors naming each field (ids of the form's controls). */
export function readGrant(body: URLSearchParams, known: ReadonlySet<string>): GrantRequest | { errors: Errors } {
  const email = normaliseEmail(body.get('email') ?? '');
  const programmes = body.getAll('programme');
  const errors: Errors = new Map();
  if (!isCoordinatorEmail(email)) errors.set('grant-email', 'E-mailadres van de coördinator: geef een geldig e-mailadres, bijvoorbeeld naam@gemeente.be');
  if (!programmes.length || programmes.some((p) => !known.has(p))) errors.set('grant-programme', 'Buddywerkingen: kies minstens één buddywerking uit de lijst');
  return errors.size ? { errors } : { email, programmes };
}

export function grantForm(programmes: ProgrammeLabel[], errors: Errors = new Map(), values?: URLSearchParams): string {
  return (
    `<form method="post" action="${BASE}/beheer/toegang" class="form" novalidate>${errorSummary(errors)}` +
    input({ id: 'grant-email', name: 'email', type: 'email', label: 'E-mailadres van de coördinator', value: values?.get('email') ?? '', error: errors.get('grant-email'), required: true, extra: ' maxlength="254" autocomplete="off"' }) +
    choices({
      id: 'grant-programme',
      name: 'programme',
      label: 'Buddywerkingen',
      values: values?.getAll('programme') ?? [],
      error: errors.get('grant-programme'),
      options: programmes.map((p) => [p.id, programmeName(p, p.id)]),
    }) +
    `<button type="submit" class="button">Toegang geven</button></form>`
  );
}
