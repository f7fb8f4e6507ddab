import { describe, expect, it } from 'vitest';
import { headersFor, netlifyHeaderRules } from '../support/static-server';
import { html, PAGE_CSP } from '../../functions/_shared/http';

describe('pages rendered by a function', () => {
  it('carry the same Content-Security-Policy as the static public pages in netlify.toml', () => {
    const staticPage = headersFor('/aanmelden/sint-truiden/samen-op-pad/', netlifyHeaderRules());
    expect(staticPage['content-security-policy']).toBe(PAGE_CSP);
    expect(html(422, '<!doctype html>').headers.get('content-security-policy')).toBe(PAGE_CSP);
  });
});
