/**
 * Calling the workspace function as a browser would (same-origin form posts with the session cookie),
 * and a signed-in session for a test person without going through the mailbox (the sign-in flow itself
 * is tested in workspace-suite.ts).
 */
import workspace from '../../functions/workspace';
import { createSignInLink, SESSION_COOKIE, useSignInLink } from '../../functions/_shared/sessions';
import type { TestDatabase } from './database';

export const WORKSPACE_ORIGIN = 'http://127.0.0.1:9';

export interface Call {
  cookie?: string;
  form?: Record<string, string | string[]>;
  /** The Origin a browser sends with a POST: the site's own unless a test says otherwise. */
  origin?: string;
}

export function callWorkspace(method: 'GET' | 'POST', path: string, { cookie, form, origin }: Call = {}, context = { ip: '203.0.113.60' }): Promise<Response> {
  const headers: Record<string, string> = {};
  if (cookie) headers.cookie = `${SESSION_COOKIE}=${cookie}`;
  let body: string | undefined;
  if (form) {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(form)) for (const value of [v].flat()) params.append(k, value);
    body = params.toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  }
  if (method === 'POST') headers.origin = origin ?? WORKSPACE_ORIGIN;
  return workspace(new Request(`${WORKSPACE_ORIGIN}${path}`, { method, headers, body }), context);
}

/** A session cookie value for the person with this e-mail address (who must have access). */
export async function sessionFor(db: TestDatabase, email: string): Promise<string> {
  const [row] = await db.query<{ id: string }>('SELECT id FROM people WHERE email = $1', [email]);
  const token = await createSignInLink(Number(row.id));
  const session = await useSignInLink(token);
  if (!session) throw new Error(`geen sessie voor ${email}`);
  return session.sessionToken;
}

/** The ids of people linked from a page ("/coordinator/persoon?id=…"), in order. */
export const linkedPeople = (html: string) => [...html.matchAll(/\/coordinator\/persoon\?id=([0-9a-f]{32})"/g)].map((m) => m[1]);
