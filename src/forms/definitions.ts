/**
 * The three public forms. What a field is (its label, whether it is required, its length, its input
 * type and choices) comes from the form's zod schema through src/lib/fields.ts; a form definition keeps
 * only what is UI: the order of the fields, hints, autocomplete and layout. The Astro pages, the inline
 * validation script and the functions' "form again with errors" page all render from these through
 * render.ts, so the markup exists in one place only.
 */
// Direct module imports (not ../schemas) keep the content schemas out of the browser bundle.
import { feedbackSchema } from '../schemas/feedback';
import { practiceSubmissionSchema } from '../schemas/practice-submission';
import { signupSchema } from '../schemas/signup';
import { fieldsOf, type Field } from '../lib/fields';
import type { z } from 'astro/zod';

export interface Option {
  value: string;
  label: string;
}

export type InputType = 'text' | 'email' | 'tel' | 'url' | 'textarea' | 'radio' | 'checkbox' | 'select' | 'hidden';

/** What a form adds to a schema field: only presentation. */
export interface FieldUi {
  name: string;
  hint?: string;
  autocomplete?: string;
  inputmode?: 'numeric' | 'email' | 'tel' | 'url';
  /** Text next to a single checkbox. */
  checkboxText?: string;
  /** Extra class for the wrapper, e.g. a short field. */
  width?: 'short';
  /** Hidden (a value the page fills in) or a select whose options come from the content. */
  control?: 'hidden' | 'select';
}

export interface FieldDef extends Omit<FieldUi, 'control'> {
  label: string;
  type: InputType;
  required?: boolean;
  maxlength?: number;
  /** Fixed choices (radio); a select gets its options when it is rendered. */
  options?: Option[];
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

/** The input a schema field asks for. */
function inputType(field: Field, ui: FieldUi): InputType {
  if (ui.control) return ui.control;
  if (field.kind === 'constant') return 'checkbox';
  if (field.kind === 'choice') return 'radio';
  if (field.format === 'email') return 'email';
  if (field.format === 'phone') return 'tel';
  if (field.format === 'url') return 'url';
  return field.multiline ? 'textarea' : 'text';
}

/** A form's fields: the schema's words and constraints, the definition's presentation and order. */
function defineForm(form: Omit<FormDef, 'fields'> & { fields: FieldUi[] }): FormDef {
  const schemaFields = fieldsOf(form.schema);
  // A field the schema gains appears in the form by itself, after the ones the definition places
  // (the privacy-notice version is a control field every form sends, see render.ts).
  const placed = new Set(form.fields.map((f) => f.name));
  const unplaced = schemaFields.filter((f) => !placed.has(f.name) && f.name !== 'privacyVersion').map((f) => ({ name: f.name }));
  const fields = [...form.fields, ...unplaced].map(({ control: _control, ...ui }: FieldUi) => {
    const field = schemaFields.find((f) => f.name === ui.name);
    if (!field) throw new Error(`Formulier ${form.id}: het schema heeft geen veld "${ui.name}"`);
    const type = inputType(field, form.fields.find((f) => f.name === ui.name) ?? { name: ui.name });
    return {
      ...ui,
      label: field.title,
      type,
      ...(field.required && type !== 'hidden' && { required: true }),
      ...(field.maxLength !== undefined && field.format !== 'email' && { maxlength: field.maxLength }),
      ...(type === 'radio' && { options: field.options }),
    } satisfies FieldDef;
  });
  return { ...form, fields };
}

const consent: FieldUi = {
  name: 'consent',
  checkboxText: 'Ik heb de privacyverklaring gelezen en ga ermee akkoord dat mijn gegevens hiervoor gebruikt worden.',
  hint: 'Lees de <a href="/privacy/">privacyverklaring</a>: wie je gegevens bewaart, waarom en hoe lang.',
};

export const signupForm = defineForm({
  id: 'signup',
  action: '/api/signup',
  submitLabel: 'Aanmelding versturen',
  schema: signupSchema,
  fields: [
    { name: 'programme', control: 'hidden' },
    { name: 'role', hint: 'Ik meld me aan als …' },
    { name: 'name', autocomplete: 'name' },
    { name: 'email', autocomplete: 'email', hint: 'Je krijgt een bevestiging op dit adres.' },
    { name: 'phone', autocomplete: 'tel', width: 'short', hint: 'Niet verplicht.' },
    { name: 'postalCode', autocomplete: 'postal-code', inputmode: 'numeric', width: 'short', hint: 'Vier cijfers, bijvoorbeeld 3800.' },
    { name: 'languages', hint: 'Welke talen spreek je? Bijvoorbeeld: Nederlands, Frans, Arabisch.' },
    { name: 'interests', hint: 'Wat doe je graag? Sport, koken, wandelen … Dat helpt om een goede match te vinden. Niet verplicht.' },
    { name: 'availability', hint: 'Wanneer heb je meestal tijd? Bijvoorbeeld: woensdagnamiddag en in het weekend.' },
    { name: 'motivation', hint: 'Waarom wil je meedoen? Niet verplicht.' },
    consent,
  ],
});

export const practiceSubmissionForm = defineForm({
  id: 'practice-submission',
  action: '/api/practice-submissions',
  submitLabel: 'Praktijk insturen',
  schema: practiceSubmissionSchema,
  fields: [
    { name: 'municipality', autocomplete: 'organization' },
    { name: 'title' },
    { name: 'description', hint: 'Wat doet de praktijk? Doelen, aanpak, resultaten, wat goed werkt en wat moeilijk is.' },
    { name: 'targetGroup', hint: 'Niet verplicht.' },
    { name: 'partners', hint: 'Niet verplicht.' },
    { name: 'website', inputmode: 'url', hint: 'Niet verplicht. Bijvoorbeeld https://www.gemeente.be/buddy' },
    { name: 'contactName', autocomplete: 'name', hint: 'Wie mogen we contacteren met vragen?' },
    { name: 'email', autocomplete: 'email' },
    { name: 'phone', autocomplete: 'tel', width: 'short', hint: 'Niet verplicht.' },
    consent,
  ],
});

export const feedbackForm = defineForm({
  id: 'feedback',
  action: '/api/feedback',
  submitLabel: 'Wijziging versturen',
  schema: feedbackSchema,
  fields: [
    { name: 'practice', control: 'select', hint: 'Over welke praktijkfiche gaat het?' },
    {
      name: 'message',
      hint: 'Wat klopt er niet, wat is er nieuw? Een foto of document kan je vermelden; we nemen dan contact op.',
    },
    { name: 'name', autocomplete: 'name' },
    { name: 'email', autocomplete: 'email' },
    consent,
  ],
});

export const FORMS = { signup: signupForm, 'practice-submission': practiceSubmissionForm, feedback: feedbackForm } as const;

/** A field's label, e.g. for a message the function adds after checking the content. */
export function labelOf(form: FormDef, name: string): string {
  const field = form.fields.find((f) => f.name === name);
  if (!field) throw new Error(`Formulier ${form.id} heeft geen veld "${name}"`);
  return field.label;
}
