/**
 * Coordinator access to sign-ups: GET /api/signups?programme=ID (JSON, or &format=csv) and
 * DELETE /api/signups?programme=ID&id=RECORD. Only that programme's coordinators and administrators.
 */
import type { Config } from '@netlify/functions';
import { getStore } from '@netlify/blobs';
import { signupForm } from '../src/forms/definitions';
import { SIGNUP_ROLES, signupRecordSchema, type SignupRecord } from '../src/schemas/signup';
import { authenticate, canManage, forbidden, unauthorized } from './_shared/auth';
import { siteContent } from './_shared/content';
import { toCsv } from './_shared/csv';
import { csv, empty, json } from './_shared/http';

const PROGRAMME = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
const RECORD_ID = /^[0-9a-f]{32}$/;

const CSV_COLUMNS: { key: keyof SignupRecord; label: string }[] = [
  { key: 'createdAt', label: 'Ontvangen' },
  ...signupForm.fields
    .filter((f) => f.type !== 'hidden')
    .map((f) => ({ key: f.name as keyof SignupRecord, label: f.label })),
  { key: 'privacyVersion', label: 'Versie privacyverklaring' },
  { key: 'id', label: 'Nummer' },
];

export async function listSignups(programme: string): Promise<SignupRecord[]> {
  const store = getStore({ name: 'signups', consistency: 'strong' });
  const { blobs } = await store.list({ prefix: `${programme}/` });
  const records = await Promise.all(blobs.map((b) => store.get(b.key, { type: 'json' })));
  return records
    .map((r) => signupRecordSchema.safeParse(r))
    .flatMap((r) => (r.success ? [r.data] : []))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export default async (req: Request): Promise<Response> => {
  const url = new URL(req.url);
  const programme = url.searchParams.get('programme') ?? '';
  const access = await authenticate(req);
  if (!access) return unauthorized();
  if (!PROGRAMME.test(programme)) return json(400, { ok: false, error: 'Buddywerking: geef ?programme=<gemeente>/<buddywerking>' });
  if (!canManage(access, programme)) return forbidden();
  const headers = { 'cache-control': 'no-store', 'x-robots-tag': 'noindex' };

  if (req.method === 'GET') {
    const signups = await listSignups(programme);
    if (url.searchParams.get('format') === 'csv') {
      const rows = signups.map((s) =>
        CSV_COLUMNS.map(({ key }) => (key === 'role' ? SIGNUP_ROLES[s.role] : s[key])),
      );
      return csv(toCsv(CSV_COLUMNS.map((c) => c.label), rows), {
        ...headers,
        'content-disposition': `attachment; filename="aanmeldingen-${programme.replace('/', '-')}.csv"`,
      });
    }
    const info = (() => {
      try {
        return siteContent().programmes.get(programme);
      } catch {
        return undefined;
      }
    })();
    return json(200, { ok: true, programme, label: info?.label, municipality: info?.municipality, count: signups.length, signups }, headers);
  }

  if (req.method === 'DELETE') {
    const id = url.searchParams.get('id') ?? '';
    if (!RECORD_ID.test(id)) return json(400, { ok: false, error: 'Nummer: geef het nummer van de aanmelding (?id=…)' });
    const store = getStore({ name: 'signups', consistency: 'strong' });
    const key = `${programme}/${id}`;
    if ((await store.getMetadata(key)) === null) return json(404, { ok: false, error: 'Nummer: deze aanmelding bestaat niet (meer)' });
    await store.delete(key);
    return empty(204, headers);
  }

  return json(405, { ok: false, error: 'Gebruik GET of DELETE' }, { allow: 'GET, DELETE' });
};

export const config: Config = { path: '/api/signups', method: ['GET', 'DELETE'] };
