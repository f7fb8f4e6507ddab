/**
 * The one pipeline behind every public form endpoint: method, content type, origin, size, rate limit
 * (database), honeypot, fill time, schema, extra checks, then ONE transaction that stores the record and
 * queues its mails; the mails go out after the response. Every refusal tells the person what to do; a
 * form post gets the form back with its values, and a success gets the confirmation page.
 */
import { createHash } from 'node:crypto';
import type { z } from 'astro/zod';
import { CONTROL_FIELDS, type FormDef, type Option } from '../../src/forms/definitions';
import { errorsFromIssues, payloadFromValues, valuesFromForm, valuesFromPayload } from '../../src/forms/payload';
import type { FormErrors, FormValues } from '../../src/forms/render';
import { config } from './config';
import { siteContent, type SiteContent } from './content';
import { DatabaseUnavailable, transaction, type Db } from './db';
import { BodyTooLarge, bodyKind, html, isCrossOrigin, json, readBody, wantsHtml } from './http';
import type { Mail } from './mail';
import { deliverAfterResponse, enqueue } from './mail-queue';
import { formPage, messagePage, sitePage } from './page';
import { bucketKey, clientAddress, hit } from './rate-limit';
import { formVersion, insertRecord, type FormId, type StoredRecord } from './records';

/** What the function platform passes besides the request (Netlify's context, or a test's). */
export interface FunctionContext {
  ip?: string;
  waitUntil?: (promise: Promise<unknown>) => void;
  deploy?: { context?: string };
}

export interface Outcome {
  /** Mails queued when the record is new (a retry of a stored record queues none). */
  mails: Mail[];
  /** The confirmation page: its title and main content (HTML), in the person's language (Dutch by default). */
  confirmation: { title: string; html: string; lang?: string; dir?: 'ltr' | 'rtl' };
}

export interface SubmissionSpec<T extends Record<string, unknown>> {
  /**
   * The form, or the form a post was made with, chosen by what the post says (the sign-up's role and
   * language); `given` reads a value as posted, before the form's fields are known.
   */
  form: FormDef | ((given: (name: string) => unknown, content: SiteContent) => FormDef);
  formId: FormId;
  schema: z.ZodType<T>;
  /** Page that holds the form (for the form again with errors). */
  pagePath(values: FormValues, content: SiteContent): string;
  /** Options for select fields when the form is rendered again. */
  selectOptions?(content: SiteContent): Record<string, Option[]>;
  /** The schema's problems as messages (default: the schema's own Dutch messages). */
  errors?(form: FormDef, issues: z.core.$ZodIssue[], payload: Record<string, unknown>, content: SiteContent): FormErrors;
  /** Refusals of the request in the form's language (default: Dutch). */
  requestMessages?(form: FormDef, content: SiteContent): RequestMessages;
  /** Checks against the content (e.g. the programme exists and accepts sign-ups); field → message. */
  check?(data: T, content: SiteContent): FormErrors | undefined;
  /** Columns the record is found by: the programme (or practice) and the role. */
  index?(data: T): { programme?: string; role?: string };
  /** Mails and confirmation page for a stored record; runs inside the storing transaction. */
  outcome(record: StoredRecord & { data: T }, content: SiteContent, tx: Db, siteUrl: string): Promise<Outcome>;
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{8,100}$/;

/** Same key and same content → same id: a retry is stored once, a changed resubmission is not lost. */
function recordId(form: FormDef, data: Record<string, unknown>, key: string | undefined): string {
  return createHash('sha256')
    .update(`${form.id}\n${key && IDEMPOTENCY_KEY.test(key) ? key : ''}\n${JSON.stringify(data)}`)
    .digest('hex')
    .slice(0, 32);
}

/** What a person is told when the request itself (not a field) is refused. */
export interface RequestMessages {
  /** The title of a refusal whose values cannot be read (the page shows only the message). */
  refused: string;
  /** Not a form post nor JSON (415). */
  badFormat: string;
  /** Posted from another website (403); `path` is the form's address on this site. */
  otherSite(path: string): string;
  /** Larger than the body limit (413). */
  tooLarge(kb: number): string;
  /** The body broke off (400). */
  incomplete: string;
  /** The database could not be reached; the values are kept. */
  unavailable(contactEmail: string): string;
  /** Too many forms from one network: wait `minutes`; the values are kept. */
  tooMany(minutes: number, contactEmail: string): string;
  /** The honeypot was filled in (or missing from a form post). */
  retry: string;
  /** Sent faster than a person can fill the form in. */
  tooFast: string;
}

const DUTCH_REQUEST_MESSAGES: RequestMessages = {
  refused: 'Je formulier kon niet verwerkt worden',
  badFormat: 'Formulier: dit formaat wordt niet aanvaard. Verstuur het formulier vanaf de pagina zelf (of als application/json).',
  otherSite: (path) => `Formulier: dit formulier kan alleen vanaf deze website verstuurd worden. Ga naar ${path} en verstuur het daar.`,
  tooLarge: (kb) => `Formulier: je gegevens zijn te lang (meer dan ${kb} kB). Ga terug met de knop Terug van je browser, maak de langste teksten korter en verstuur opnieuw.`,
  incomplete: 'Formulier: je gegevens kwamen niet volledig aan. Ga terug en verstuur opnieuw.',
  unavailable: (contactEmail) =>
    `Formulier: je gegevens konden nu niet bewaard worden. Ze staan hieronder nog; probeer het over enkele minuten opnieuw, of mail ze naar ${contactEmail}.`,
  tooMany: (minutes, contactEmail) =>
    `Formulier: er werden van op jouw netwerk kort na elkaar veel formulieren verstuurd. Je gegevens staan hieronder nog; verstuur ze opnieuw over ${minutes} ${minutes === 1 ? 'minuut' : 'minuten'}, of mail ze naar ${contactEmail}.`,
  retry: 'Formulier: we konden je formulier niet verwerken. Controleer je gegevens hieronder en klik opnieuw op de knop.',
  tooFast: 'Formulier: het formulier werd heel snel verstuurd. Controleer je gegevens hieronder en klik opnieuw op de knop.',
};

export function handleSubmission<T extends Record<string, unknown>>(spec: SubmissionSpec<T>) {
  const formOf = typeof spec.form === 'function' ? spec.form : () => spec.form as FormDef;
  return async (req: Request, context?: FunctionContext): Promise<Response> => {
    const settings = config();
    const kind = bodyKind(req);
    const asHtml = wantsHtml(req, kind);
    let content: SiteContent;
    try {
      content = siteContent();
    } catch {
      console.error(`[${spec.formId}] inhoud niet leesbaar`);
      return json(503, { ok: false, errors: [{ field: '_form', message: 'Formulier: het formulier is tijdelijk niet beschikbaar. Probeer later opnieuw.' }] });
    }
    // Before the body is read, the form as the page's address for the post says it (the sign-up's language
    // and role ride in its query), without any value: the refusals below answer in that form's language.
    const query = new URL(req.url).searchParams;
    let form = formOf((name) => query.get(name) ?? undefined, content);
    const messagesFor = (form: FormDef) => spec.requestMessages?.(form, content) ?? DUTCH_REQUEST_MESSAGES;
    const early = messagesFor(form);
    const fallbackPage = spec.pagePath(Object.fromEntries(query), content);
    // Refusals before the values can be read: a message (starting with what it is about) and what to do;
    // on the page, the form's address in it is a link.
    const refuse = async (status: number, message: string) =>
      asHtml
        ? html(status, messagePage(form, fallbackPage, early.refused, message, fallbackPage))
        : json(status, { ok: false, errors: [{ field: '_form', message }] });

    if (req.method !== 'POST') {
      return json(405, { ok: false, errors: [{ field: '_form', message: 'Formulier: verstuur het formulier met POST' }] }, { allow: 'POST' });
    }
    if (!kind) return refuse(415, early.badFormat);
    if (isCrossOrigin(req, settings.allowedOrigins)) {
      return refuse(403, early.otherSite(fallbackPage));
    }

    let text: string;
    try {
      text = await readBody(req, settings.bodyLimitBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) return refuse(413, early.tooLarge(Math.round(settings.bodyLimitBytes / 1024)));
      return refuse(400, early.incomplete);
    }

    // Values as typed (to show them again) and the payload the schema checks.
    let values: FormValues;
    let payload: Record<string, unknown>;
    let controls: Record<string, unknown>;
    if (kind === 'form') {
      const params = new URLSearchParams(text);
      form = formOf((name) => params.get(name) ?? undefined, content);
      values = valuesFromForm(form, params);
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
      form = formOf((name) => payload[name], content);
      controls = { ...payload, idempotencyKey: req.headers.get('idempotency-key') ?? payload.idempotencyKey };
      values = valuesFromPayload(form, payload);
    }

    const said = messagesFor(form);
    const answerErrors = async (status: number, errors: FormErrors, headers: Record<string, string> = {}) => {
      if (!asHtml) return json(status, { ok: false, errors: Object.entries(errors).map(([field, message]) => ({ field, message })) }, headers);
      const page = formPage(form, spec.pagePath(values, content), {
        values: { ...values, [CONTROL_FIELDS.honeypot]: '' },
        errors,
        options: spec.selectOptions?.(content),
      });
      return html(status, page, headers);
    };

    let wait: number;
    try {
      wait = await hit(bucketKey(`form:${spec.formId}`, clientAddress(context)), settings.rateLimitMax, settings.rateLimitWindowSeconds);
    } catch (error) {
      if (!(error instanceof DatabaseUnavailable)) throw error;
      console.error(`[${spec.formId}] database onbereikbaar`);
      return answerErrors(503, { _form: said.unavailable(content.settings.contactEmail) }, { 'retry-after': '120' });
    }
    if (wait > 0) {
      const minutes = Math.ceil(wait / 60);
      return answerErrors(
        429,
        { _form: said.tooMany(minutes, content.settings.contactEmail) },
        { 'retry-after': String(wait) },
      );
    }

    // A form post from the page always carries the (hidden) honeypot field, empty; JSON may leave it out.
    const honeypot = controls[CONTROL_FIELDS.honeypot];
    if ((kind === 'form' && honeypot === undefined) || (honeypot !== undefined && honeypot !== '')) {
      return answerErrors(400, {
        [CONTROL_FIELDS.honeypot]: said.retry,
      });
    }
    // The fill time applies whenever the page's script measured it; a post without JavaScript has none.
    const fillMs = Number(controls[CONTROL_FIELDS.fillMs]);
    if (controls[CONTROL_FIELDS.fillMs] !== undefined && controls[CONTROL_FIELDS.fillMs] !== '' && (!Number.isFinite(fillMs) || fillMs < settings.minFillSeconds * 1000)) {
      return answerErrors(400, {
        [CONTROL_FIELDS.fillMs]: said.tooFast,
      });
    }

    const result = spec.schema.safeParse(payload);
    if (!result.success) {
      return answerErrors(422, spec.errors ? spec.errors(form, result.error.issues, payload, content) : errorsFromIssues(form, result.error.issues));
    }
    const data = result.data;
    const contentErrors = spec.check?.(data, content);
    if (contentErrors && Object.keys(contentErrors).length) return answerErrors(422, contentErrors);

    const id = recordId(form, data, typeof controls.idempotencyKey === 'string' ? controls.idempotencyKey : undefined);
    const version = formVersion(form.fields.map((f) => f.name));
    const { privacyVersion, ...fields } = data as T & { privacyVersion: string };

    let stored: { outcome: Outcome; reference: string; mailIds: number[] };
    try {
      stored = await transaction(async (tx) => {
        const { record, created } = await insertRecord(tx, {
          id,
          form: spec.formId,
          ...spec.index?.(data),
          data: fields,
          formVersion: version,
          privacyVersion,
        });
        const outcome = await spec.outcome(record as StoredRecord & { data: T }, content, tx, new URL(req.url).origin);
        const mailIds = created ? await enqueue(tx, outcome.mails, record.id) : [];
        return { outcome, reference: record.reference, mailIds };
      });
    } catch (error) {
      if (!(error instanceof DatabaseUnavailable)) throw error;
      console.error(`[${spec.formId}] opslag mislukt: database onbereikbaar`);
      return answerErrors(503, { _form: said.unavailable(content.settings.contactEmail) }, { 'retry-after': '120' });
    }

    deliverAfterResponse(stored.mailIds, context);
    // A retry and a first post get the same answer: nothing tells whether the record existed.
    if (asHtml) {
      const { title, html: main, lang, dir } = stored.outcome.confirmation;
      return html(200, sitePage({ title, main, lang, dir }));
    }
    return json(201, { ok: true, reference: stored.reference });
  };
}
