/**
 * A programme's workspace settings (programme_settings): defaults for new duos, matching weights,
 * when someone counts as waiting too long, and whether its public figures are published. A programme
 * without a row has the defaults below (the sources: six months, twice a month).
 */
import { DEFAULT_WEIGHTS, CRITERIA, type Weights } from '../../src/lib/match-criteria';
import { db, type Db } from './db';

export interface ProgrammeSettings {
  durationMonths: number | null;
  meetingsPerMonth: number | null;
  weights: Weights;
  waitingAlertDays: number;
  publishFigures: boolean;
}

export const DEFAULT_SETTINGS: ProgrammeSettings = {
  durationMonths: 6,
  meetingsPerMonth: 2,
  weights: DEFAULT_WEIGHTS,
  waitingAlertDays: 21,
  publishFigures: false,
};

/** Stored weights merged over the defaults (a criterion added later gets its default). */
function weightsOf(stored: unknown): Weights {
  const weights = { ...DEFAULT_WEIGHTS };
  if (stored && typeof stored === 'object') {
    for (const key of Object.keys(CRITERIA) as (keyof Weights)[]) {
      const value = (stored as Record<string, unknown>)[key];
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) weights[key] = value;
    }
  }
  return weights;
}

export async function programmeSettings(programme: string, sql: Db = db): Promise<ProgrammeSettings> {
  const { rows } = await sql.query<{ duration_months: number | null; meetings_per_month: number | null; weights: unknown; waiting_alert_days: number; publish_figures: boolean }>(
    'SELECT duration_months, meetings_per_month, weights, waiting_alert_days, publish_figures FROM programme_settings WHERE programme = $1',
    [programme],
  );
  const row = rows[0];
  if (!row) return DEFAULT_SETTINGS;
  return {
    durationMonths: row.duration_months,
    meetingsPerMonth: row.meetings_per_month,
    weights: weightsOf(row.weights),
    waitingAlertDays: row.waiting_alert_days,
    publishFigures: row.publish_figures,
  };
}

export async function saveProgrammeSettings(tx: Db, programme: string, settings: ProgrammeSettings, actorId: number): Promise<void> {
  await tx.query(
    `INSERT INTO programme_settings (programme, duration_months, meetings_per_month, weights, waiting_alert_days, publish_figures, updated_by, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now())
     ON CONFLICT (programme) DO UPDATE SET duration_months = $2, meetings_per_month = $3, weights = $4, waiting_alert_days = $5,
       publish_figures = $6, updated_by = $7, updated_at = now()`,
    [programme, settings.durationMonths, settings.meetingsPerMonth, JSON.stringify(settings.weights), settings.waitingAlertDays, settings.publishFigures, actorId],
  );
}
