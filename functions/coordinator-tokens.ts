/**
 * Administrators grant and revoke coordinator access (see _shared/auth.ts):
 * - POST   /api/coordinator-tokens  {"programme":"gemeente/buddywerking","label":"…"} → the new token, shown once
 * - GET    /api/coordinator-tokens  → every token's id (first 16 hex of its hash), programme, label
 * - DELETE /api/coordinator-tokens?id=<id> → revoked at once
 */
import type { Config } from '@netlify/functions';
import { authenticate, hashToken, newToken, tokenStore, unauthorized, type TokenEntry } from './_shared/auth';
import { empty, json } from './_shared/http';

const PROGRAMME = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export default async (req: Request): Promise<Response> => {
  const access = await authenticate(req);
  if (!access) return unauthorized();
  if (access.role !== 'admin') return json(403, { ok: false, error: 'Toegang: alleen beheerders beheren sleutels' });
  const store = tokenStore();

  if (req.method === 'POST') {
    let body: { programme?: unknown; label?: unknown };
    try {
      body = await req.json();
    } catch {
      return json(400, { ok: false, error: 'Stuur {"programme": "…", "label": "…"} als JSON' });
    }
    if (typeof body.programme !== 'string' || !PROGRAMME.test(body.programme)) {
      return json(422, { ok: false, error: 'Buddywerking: geef een id zoals sint-truiden/samen-op-pad' });
    }
    const label = typeof body.label === 'string' ? body.label.trim().slice(0, 100) : '';
    if (!label) return json(422, { ok: false, error: 'Label: zeg voor wie de sleutel is' });
    const token = newToken();
    const hash = hashToken(token);
    const entry: TokenEntry = { programme: body.programme, label, createdAt: new Date().toISOString() };
    await store.setJSON(hash, entry);
    return json(201, { ok: true, token, id: hash.slice(0, 16), ...entry });
  }

  if (req.method === 'GET') {
    const { blobs } = await store.list();
    const tokens = await Promise.all(
      blobs.map(async (b) => ({ id: b.key.slice(0, 16), ...((await store.get(b.key, { type: 'json' })) as TokenEntry) })),
    );
    return json(200, { ok: true, tokens });
  }

  if (req.method === 'DELETE') {
    const id = new URL(req.url).searchParams.get('id') ?? '';
    if (!/^[0-9a-f]{16}$/.test(id)) return json(400, { ok: false, error: 'Geef ?id= met de 16 tekens uit de lijst' });
    const { blobs } = await store.list();
    const match = blobs.find((b) => b.key.startsWith(id));
    if (!match) return json(404, { ok: false, error: 'Deze sleutel bestaat niet (meer)' });
    await store.delete(match.key);
    return empty(204);
  }

  return json(405, { ok: false, error: 'Gebruik GET, POST of DELETE' }, { allow: 'GET, POST, DELETE' });
};

export const config: Config = { path: '/api/coordinator-tokens', method: ['GET', 'POST', 'DELETE'] };
