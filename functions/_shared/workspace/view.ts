/**
 * What a workspace page module answers: a page (status, title, HTML for the main element) or a
 * redirect. functions/workspace.ts turns it into the response (shell, headers); the modules stay free
 * of HTTP details.
 */
import type { ProgrammeLabel } from '../workspace-pages';

export type View = { status: number; title: string; main: string } | { redirect: string };

/** A programme the signed-in person may see, as the route has checked it. */
export interface ProgrammeRef {
  id: string;
  label?: ProgrammeLabel;
}

export const programmeQuery = (programme: ProgrammeRef) => `programme=${encodeURIComponent(programme.id)}`;
