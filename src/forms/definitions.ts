/**
 * The three public forms described once: fields, labels (from the schemas), hints and input types.
 * The Astro pages, the inline validation script and the functions' "form again with errors" page all
 * render from these definitions through render.ts, so the markup exists in one place only.
 */
// Direct module imports (not ../schemas) keep the content schemas out of the browser bundle.
import { FEEDBACK_LABELS, feedbackSchema } from '../schemas/feedback';
import { PRACTICE_SUBMISSION_LABELS, practiceSubmissionSchema } from '../schemas/practice-submission';
import { SIGNUP_LABELS, SIGNUP_ROLES, signupSchema } from '../schemas/signup';
import type { z } from 'astro/zod';

export interface Option {
  value: string;
  label: string;
}

export interface FieldDef {
  name: string;
  label: string;
  type: 'text' | 'email' | 'tel' | 'url' | 'textarea' | 'radio' | 'checkbox' | 'select' | 'hidden';
  required?: boolean;
  hint?: string;
  autocomplete?: string;
  inputmode?: 'numeric' | 'email' | 'tel' | 'url';
  maxlength?: number;
  /** Fixed choices (radio); a select gets its options when it is rendered. */
  options?: Option[];
  /** Text next to a single checkbox. */
  checkboxText?: string;
  /** Extra class for the wrapper, e.g. a short field. */
  width?: 'short';
}

export interface FormDef {
  /** Form element id, also the key the client script looks up. */
  id: 'signup' | 'practice-submission' | 'feedback';
  /** Endpoint the form posts to. */
  action: string;
  /** Visible fields, in order. */
  fields: FieldDef[];
  submitLabel: string;
  schema: z.ZodType;
}

/**
 * Not part of any record: the idempotency key, the time the person took to fill the form in (ms,
 * measured by the page script; a form posted without JS has none) and the honeypot.
 */
export const CONTROL_FIELDS = { idempotencyKey: 'idempotencyKey', fillMs: 'fillMs', honeypot: 'fax' } as const;

const consent = (label: string): FieldDef => ({
  name: 'consent',
  label,
  type: 'checkbox',
  required: true,
  checkboxText: 'Ik heb de privacyverklaring gelezen en ga akkoord dat mijn gegevens hiervoor gebruikt worden.',
  hint: 'Lees de <a href="/privacy/">privacyverklaring</a>: wie je gegevens bewaart, waarom en hoe lang.',
});

export const signupForm: FormDef = {
  id: 'signup',
  action: '/api/signup',
  submitLabel: 'Aanmelding versturen',
  schema: signupSchema,
  fields: [
    { name: 'programme', label: SIGNUP_LABELS.programme, type: 'hidden' },
    {
      name: 'role',
      label: SIGNUP_LABELS.role,
      type: 'radio',
      required: true,
      hint: 'Ik meld me aan als …',
      options: Object.entries(SIGNUP_ROLES).map(([value, label]) => ({ value, label })),
    },
    { name: 'name', label: SIGNUP_LABELS.name, type: 'text', required: true, autocomplete: 'name', maxlength: 120 },
    {
      name: 'email',
      label: SIGNUP_LABELS.email,
      type: 'email',
      required: true,
      autocomplete: 'email',
      hint: 'Je krijgt een bevestiging op dit adres.',
    },
    { name: 'phone', label: SIGNUP_LABELS.phone, type: 'tel', autocomplete: 'tel', width: 'short', hint: 'Niet verplicht.' },
    {
      name: 'postalCode',
      label: SIGNUP_LABELS.postalCode,
      type: 'text',
      required: true,
      autocomplete: 'postal-code',
      inputmode: 'numeric',
      maxlength: 4,
      width: 'short',
      hint: 'Vier cijfers, bijvoorbeeld 3800.',
    },
    {
      name: 'languages',
      label: SIGNUP_LABELS.languages,
      type: 'text',
      required: true,
      maxlength: 300,
      hint: 'Welke talen spreek je? Bijvoorbeeld: Nederlands, Frans, Arabisch.',
    },
    {
      name: 'interests',
      label: SIGNUP_LABELS.interests,
      type: 'textarea',
      maxlength: 1000,
      hint: 'Wat doe je graag? Sport, koken, wandelen … Dat helpt om een goede match te vinden. Niet verplicht.',
    },
    {
      name: 'availability',
      label: SIGNUP_LABELS.availability,
      type: 'textarea',
      required: true,
      maxlength: 500,
      hint: 'Wanneer heb je meestal tijd? Bijvoorbeeld: woensdagnamiddag en in het weekend.',
    },
    {
      name: 'motivation',
      label: SIGNUP_LABELS.motivation,
      type: 'textarea',
      maxlength: 2000,
      hint: 'Waarom wil je meedoen? Niet verplicht.',
    },
    consent(SIGNUP_LABELS.consent),
  ],
};

export const practiceSubmissionForm: FormDef = {
  id: 'practice-submission',
  action: '/api/practice-submissions',
  submitLabel: 'Praktijk insturen',
  schema: practiceSubmissionSchema,
  fields: [
    { name: 'municipality', label: PRACTICE_SUBMISSION_LABELS.municipality, type: 'text', required: true, maxlength: 200, autocomplete: 'organization' },
    { name: 'title', label: PRACTICE_SUBMISSION_LABELS.title, type: 'text', required: true, maxlength: 200 },
    {
      name: 'description',
      label: PRACTICE_SUBMISSION_LABELS.description,
      type: 'textarea',
      required: true,
      maxlength: 5000,
      hint: 'Wat doet de praktijk? Doelen, aanpak, resultaten, wat goed werkt en wat moeilijk is.',
    },
    { name: 'targetGroup', label: PRACTICE_SUBMISSION_LABELS.targetGroup, type: 'textarea', maxlength: 500, hint: 'Niet verplicht.' },
    { name: 'partners', label: PRACTICE_SUBMISSION_LABELS.partners, type: 'textarea', maxlength: 1000, hint: 'Niet verplicht.' },
    { name: 'website', label: PRACTICE_SUBMISSION_LABELS.website, type: 'url', inputmode: 'url', maxlength: 500, hint: 'Niet verplicht. Bijvoorbeeld https://www.gemeente.be/buddy' },
    { name: 'contactName', label: PRACTICE_SUBMISSION_LABELS.contactName, type: 'text', required: true, autocomplete: 'name', maxlength: 120, hint: 'Wie mogen we contacteren met vragen?' },
    { name: 'email', label: PRACTICE_SUBMISSION_LABELS.email, type: 'email', required: true, autocomplete: 'email' },
    { name: 'phone', label: PRACTICE_SUBMISSION_LABELS.phone, type: 'tel', autocomplete: 'tel', width: 'short', hint: 'Niet verplicht.' },
    consent(PRACTICE_SUBMISSION_LABELS.consent),
  ],
};

export const feedbackForm: FormDef = {
  id: 'feedback',
  action: '/api/feedback',
  submitLabel: 'Wijziging versturen',
  schema: feedbackSchema,
  fields: [
    { name: 'practice', label: FEEDBACK_LABELS.practice, type: 'select', required: true, hint: 'Over welke praktijkfiche gaat het?' },
    {
      name: 'message',
      label: FEEDBACK_LABELS.message,
      type: 'textarea',
      required: true,
      maxlength: 5000,
      hint: 'Wat klopt er niet, wat is er nieuw? Een foto of document kan je vermelden; we nemen dan contact op.',
    },
    { name: 'name', label: FEEDBACK_LABELS.name, type: 'text', required: true, autocomplete: 'name', maxlength: 120 },
    { name: 'email', label: FEEDBACK_LABELS.email, type: 'email', required: true, autocomplete: 'email' },
    consent(FEEDBACK_LABELS.consent),
  ],
};

export const FORMS = { signup: signupForm, 'practice-submission': practiceSubmissionForm, feedback: feedbackForm } as const;
