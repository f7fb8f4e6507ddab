/**
 * Coordinator access. Two kinds of bearer token, both stored only as SHA-256 hashes:
 * - site administrators: hashes in the ADMIN_TOKEN_HASHES variable (all programmes, token management);
 * - coordinators: one token per person per programme, hashes in the Blobs store "coordinator-tokens"
 *   (key = hash, value = programme and label). An administrator grants one with
 *   POST /api/coordinator-tokens and revokes it with DELETE; a revoked token stops working at once
 *   (strongly consistent read on every request).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { getStore } from '@netlify/blobs';
import { config } from './config';
import { json } from './http';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new token: 32 random bytes, URL-safe, with a prefix that says what it is. */
export const newToken = () => `bwc_${randomBytes(32).toString('base64url')}`;

export interface TokenEntry {
  programme: string;
  /** Who holds it, e.g. "coördinator Sint-Truiden" (no e-mail address needed). */
  label: string;
  createdAt: string;
}

export type Access = { role: 'admin' } | { role: 'coordinator'; programme: string };

export const tokenStore = () => getStore({ name: 'coordinator-tokens', consistency: 'strong' });

function bearer(req: Request): string | undefined {
  const header = req.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S{10,200})$/i.exec(header);
  return match?.[1];
}

function isAdminHash(hash: string): boolean {
  const given = Buffer.from(hash, 'hex');
  return config().adminTokenHashes.some((h) => {
    const known = Buffer.from(h, 'hex');
    return known.length === given.length && timingSafeEqual(known, given);
  });
}

/** Who is asking, or undefined for no or an unknown/revoked token. */
export async function authenticate(req: Request): Promise<Access | undefined> {
  const token = bearer(req);
  if (!token) return undefined;
  const hash = hashToken(token);
  if (isAdminHash(hash)) return { role: 'admin' };
  const entry = (await tokenStore().get(hash, { type: 'json' })) as TokenEntry | null;
  return entry ? { role: 'coordinator', programme: entry.programme } : undefined;
}

export const canManage = (access: Access, programme: string) =>
  access.role === 'admin' || access.programme === programme;

export const unauthorized = () =>
  json(401, { ok: false, error: 'Toegang: geef een geldige coördinatorsleutel' }, { 'www-authenticate': 'Bearer' });
export const forbidden = () => json(403, { ok: false, error: 'Toegang: deze sleutel geeft geen toegang tot deze buddywerking' });
