/**
 * The three public forms (the sign-up's two, one per role and language, are made in signup-form.ts). What a field is (its label, whether it is required, its length, its input
 * type and choices) comes from the form's zod schema through src/lib/fields.ts; a form definition keeps
 * only what is UI: the order of the fields, hints, autocomplete and layout. The Astro pages, the inline
 * validation script and the functions' "form again with errors" page all render from these through
 * render.ts, so the markup exists in one place only.
 */
// Direct module imports (not ../schemas) keep the content schemas out of the browser bundle.
import { feedbackSchema } from '../schemas/feedback';
import { practiceSubmissionSchema } from '../schemas/practice-submission';
import { fieldsOf, type Field } from '../lib/fields';
import type { z } from 'astro/zod';
import type { FormWords } from './markup';

export interface Option {
  value: string;
  label: string;
  /** The option's name in its own language and script (a language in the list of languages). */
  own?: { text: string; lang: string };
}

/** `checkboxes`: a list to tick (any number); `week`: the days × parts of a day as a grid of boxes. */
export type InputType = 'text' | 'email' | 'tel' | 'url' | 'textarea' | 'radio' | 'checkbox' | 'checkboxes' | 'week' | 'select' | 'hidden';

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
  /** Hidden (a value the page fills in), a select whose options come from the content, or a list or week grid of boxes. */
  control?: 'hidden' | 'select' | 'checkboxes' | 'week';
}

export interface FieldDef extends Omit<FieldUi, 'control'> {
  label: string;
  type: InputType;
  required?: boolean;
  maxlength?: number;
  /** Fixed choices (radio, checkboxes); a select gets its options when it is rendered. */
  options?: Option[];
  /** What the value must look like (the browser checks it before the function does). */
  pattern?: string;
  /** A search box over a long list of checkboxes (shown by the page script). */
  search?: { label: string; noMatch: string };
  /** The rows (days), columns (parts of a day) and corner heading of a week grid. */
  grid?: { days: Option[]; parts: Option[]; corner: string };
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
  /** The form's language and direction, when it is not Dutch. */
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** The words around the fields (summary, "verplicht"); Dutch when absent. */
  words?: FormWords;
  /**
   * Messages per field and kind of problem, in the form's language, for the page's light script
   * (src/forms/validate.ts); forms without them are checked in the browser with their zod schema.
   */
  messages?: Record<string, Record<string, string>>;
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
  if (field.kind === 'list' && field.element?.kind === 'choice') return 'checkboxes';
  if (field.format === 'email') return 'email';
  if (field.format === 'phone') return 'tel';
  if (field.format === 'url') return 'url';
  return field.multiline ? 'textarea' : 'text';
}

/** A form's fields: the schema's words and constraints, the definition's presentation and order. */
export function defineForm(form: Omit<FormDef, 'fields'> & { fields: FieldUi[] }): FormDef {
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
      ...(type === 'checkboxes' && { options: field.element?.options }),
    } satisfies FieldDef;
  });
  return { ...form, fields };
}

const consent: FieldUi = {
  name: 'consent',
  checkboxText: 'Ik heb de privacyverklaring gelezen en ga ermee akkoord dat mijn gegevens hiervoor gebruikt worden.',
  hint: 'Lees de <a href="/privacy/">privacyverklaring</a>: wie je gegevens bewaart, waarom en hoe lang.',
};

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

/** The forms the zod-based page script checks (the sign-up has its own light script, src/forms/validate.ts). */
export const FORMS = { 'practice-submission': practiceSubmissionForm, feedback: feedbackForm } as const;

/** A field's label, e.g. for a message the function adds after checking the content. */
export function labelOf(form: FormDef, name: string): string {
  const field = form.fields.find((f) => f.name === name);
  if (!field) throw new Error(`Formulier ${form.id} heeft geen veld "${name}"`);
  return field.label;
}
