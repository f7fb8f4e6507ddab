/**
 * The one pipeline behind every public form endpoint: method, content type, origin, size, rate
 * limit, honeypot, fill time, schema, extra checks, idempotent strongly-consistent storage, mail.
 * Every refusal tells the person what to do; a form post gets the form back with its values.
 */
import { createHash } from 'node:crypto';
import { getStore } from '@netlify/blobs';
import type { z } from 'astro/zod';
import { CONTROL_FIELDS, type FormDef, type Option } from '../../src/forms/definitions';
import { errorsFromIssues, payloadFromValues, valuesFromForm, valuesFromPayload } from '../../src/forms/payload';
import type { FormErrors, FormValues } from '../../src/forms/render';
import { config } from './config';
import { siteContent, type SiteContent } from './content';
import { BodyTooLarge, bodyKind, clientKey, html, isCrossOrigin, json, readBody, redirect, wantsHtml } from './http';
import { sendAll, type Mail } from './mail';
import { formPage, messagePage } from './page';
import { rateLimit } from './rate-limit';

export interface SubmissionSpec<T extends Record<string, unknown>> {
  form: FormDef;
  /** Blobs store name, also the tag in log lines. */
  store: string;
  schema: z.ZodType<T>;
  recordSchema: z.ZodType;
  /** Page that holds the form (for the form again with errors). */
  pagePath(values: FormValues, content: SiteContent): string;
  /** Where a form post goes after success. */
  thanksPath: string;
  /** Options for select fields when the form is rendered again. */
  selectOptions?(content: SiteContent): Record<string, Option[]>;
  /** Checks against the content (e.g. the programme exists and accepts sign-ups); field → message. */
  check?(data: T, content: SiteContent): FormErrors | undefined;
  /** Blob key for a record id (may group by programme or practice). */
  key(data: T, id: string): string;
  mails(record: T & { id: string; createdAt: string }, content: SiteContent): Mail[];
}

/** Submissions being written by this instance, so a double click waits for the first write. */
const inflight = new Map<string, Promise<boolean>>();

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

/** Same key and same content → same id: a retry is stored once, a changed resubmission is not lost. */
function recordId(form: FormDef, data: Record<string, unknown>, key: string | undefined): string {
  return createHash('sha256')
    .update(`${form.id}\n${key && IDEMPOTENCY_KEY.test(key) ? key : ''}\n${JSON.stringify(data)}`)
    .digest('hex')
    .slice(0, 32);
}

export function handleSubmission<T extends Record<string, unknown>>(spec: SubmissionSpec<T>) {
  const { form } = spec;
  return async (req: Request, context?: { ip?: string }): Promise<Response> => {
    const settings = config();
    const kind = bodyKind(req);
    const asHtml = wantsHtml(req, kind);
    let content: SiteContent;
    try {
      content = siteContent();
    } catch {
      console.error(`[${spec.store}] inhoud niet leesbaar`);
      return json(503, { ok: false, errors: [{ field: '_form', message: 'Formulier: het formulier is tijdelijk niet beschikbaar. Probeer later opnieuw.' }] });
    }
    const fallbackPage = spec.pagePath({}, content);
    // Refusals before the values can be read: a message (starting with what it is about) and what to do.
    const refuse = async (status: number, message: string, headers: Record<string, string> = {}) =>
      asHtml
        ? html(status, messagePage(form, fallbackPage, message), headers)
        : json(status, { ok: false, errors: [{ field: '_form', message: message.replace(/<[^>]+>/g, '') }] }, headers);

    if (req.method !== 'POST') {
      return json(405, { ok: false, errors: [{ field: '_form', message: 'Formulier: verstuur het formulier met POST' }] }, { allow: 'POST' });
    }
    if (!kind) {
      return refuse(415, 'Formulier: dit formaat wordt niet aanvaard. Verstuur het formulier vanaf de pagina zelf (of als application/json).');
    }
    if (isCrossOrigin(req, settings.allowedOrigins)) {
      return refuse(403, `Formulier: dit formulier kan alleen vanaf deze website verstuurd worden. Ga naar <a href="${fallbackPage}">het formulier</a> en verstuur het daar.`);
    }

    let text: string;
    try {
      text = await readBody(req, settings.bodyLimitBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        return refuse(413, `Formulier: je gegevens zijn te lang (meer dan ${Math.round(settings.bodyLimitBytes / 1024)} kB). Ga terug met de knop Terug van je browser, maak de langste teksten korter en verstuur opnieuw.`);
      }
      return refuse(400, 'Formulier: je gegevens kwamen niet volledig aan. Ga terug en verstuur opnieuw.');
    }

    // Values as typed (to show them again) and the payload the schema checks.
    let values: FormValues;
    let payload: Record<string, unknown>;
    let controls: Record<string, unknown>;
    if (kind === 'form') {
      values = valuesFromForm(form, new URLSearchParams(text));
      payload = payloadFromValues(form, values);
      controls = values;
    } else {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        return json(400, { ok: false, errors: [{ field: '_body', message: 'Formulier: stuur de gegevens als één JSON-object' }] });
      }
      payload = parsed as Record<string, unknown>;
      controls = { ...payload, idempotencyKey: req.headers.get('idempotency-key') ?? payload.idempotencyKey };
      values = valuesFromPayload(form, payload);
    }

    const answerErrors = async (status: number, errors: FormErrors, headers: Record<string, string> = {}) => {
      if (!asHtml) return json(status, { ok: false, errors: Object.entries(errors).map(([field, message]) => ({ field, message })) }, headers);
      const page = formPage(form, spec.pagePath(values, content), {
        values: { ...values, [CONTROL_FIELDS.honeypot]: '' },
        errors,
        options: spec.selectOptions?.(content),
      });
      return html(status, page, headers);
    };

    const wait = rateLimit(clientKey(req, context), settings.rateLimitMax, settings.rateLimitWindowSeconds);
    if (wait > 0) {
      const minutes = Math.ceil(wait / 60);
      return answerErrors(
        429,
        { _form: `Formulier: er werden van op jouw toestel kort na elkaar veel formulieren verstuurd. Je gegevens staan hieronder nog; verstuur ze opnieuw over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'}, of mail ze naar ${content.settings.contactEmail}.` },
        { 'retry-after': String(wait) },
      );
    }

    const honeypot = controls[CONTROL_FIELDS.honeypot];
    if (honeypot !== undefined && honeypot !== '') {
      return answerErrors(400, {
        [CONTROL_FIELDS.honeypot]: 'Formulier: we konden je formulier niet verwerken. Controleer je gegevens hieronder en klik opnieuw op de knop.',
      });
    }
    const fillMs = Number(controls[CONTROL_FIELDS.fillMs]);
    if (controls[CONTROL_FIELDS.fillMs] !== undefined && controls[CONTROL_FIELDS.fillMs] !== '' && Number.isFinite(fillMs) && fillMs < settings.minFillSeconds * 1000) {
      return answerErrors(400, {
        [CONTROL_FIELDS.fillMs]: 'Formulier: het formulier werd heel snel verstuurd. Controleer je gegevens hieronder en klik opnieuw op de knop.',
      });
    }

    const result = spec.schema.safeParse(payload);
    if (!result.success) return answerErrors(422, errorsFromIssues(form, result.error.issues));
    const data = result.data;
    const contentErrors = spec.check?.(data, content);
    if (contentErrors && Object.keys(contentErrors).length) return answerErrors(422, contentErrors);

    const id = recordId(form, data, typeof controls.idempotencyKey === 'string' ? controls.idempotencyKey : undefined);
    const record = { ...data, id, createdAt: new Date().toISOString() };
    // The stored record is checked once more against the record schema: nothing invalid is ever written.
    spec.recordSchema.parse(record);
    const key = spec.key(data, id);

    let stored: boolean;
    try {
      const store = getStore({ name: spec.store, consistency: 'strong' });
      const previous = inflight.get(key);
      if (previous) {
        await previous.catch(() => {});
        stored = false;
      } else {
        const write = store.setJSON(key, record, { onlyIfNew: true }).then((r) => r.modified);
        inflight.set(key, write);
        try {
          stored = await write;
        } finally {
          inflight.delete(key);
        }
      }
    } catch {
      console.error(`[${spec.store}] opslag mislukt`);
      return answerErrors(503, {
        _form: `Formulier: je gegevens konden nu niet bewaard worden. Ze staan hieronder nog; probeer het over enkele minuten opnieuw, of mail ze naar ${content.settings.contactEmail}.`,
      });
    }

    // A retry of something already stored sends no second mail.
    const mailed = stored ? await sendAll(spec.mails(record, content), spec.store) : true;
    if (asHtml) return redirect(spec.thanksPath);
    return json(stored ? 201 : 200, { ok: true, id, duplicate: !stored, mailSent: mailed });
  };
}
