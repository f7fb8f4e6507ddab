/**
 * Preview templates: the same headings, lists and classes as the published pages
 * (src/pages/praktijken/[id].astro, gemeenten/[id].astro, draaiboeken/[id].astro, lessen/), styled by
 * the site's own global.css (registered in admin/cms.ts). Plain React.createElement: no JSX setup.
 */
import { createElement as h, type ReactNode } from 'react';
import { LESSON_KINDS, THEMES, schemaOf, type Theme, type LessonKind } from '../src/schemas';
import { headingOf } from '../src/lib/fields';

/** Headings are the fields' own words in the content model, as on the published pages. */
const practiceHeading = (field: string) => headingOf(schemaOf('practices'), field);
const programmeHeading = (field: string) => headingOf(schemaOf('municipalities'), `programmes.${field}`);

interface PreviewProps {
  entry: { getIn(path: string[]): { toJS?: () => unknown } | unknown };
  widgetFor(name: string): ReactNode;
  getAsset(path: string): { toString(): string } | undefined;
}

type Data = Record<string, any>;
const dataOf = (props: PreviewProps): Data => {
  const data = props.entry.getIn(['data']) as { toJS?: () => Data } | undefined;
  return data?.toJS?.() ?? {};
};
const list = (items: unknown) => (Array.isArray(items) ? items.filter((x) => x !== '' && x != null) : []);

function tags(label: string, items: string[]) {
  if (items.length === 0) return null;
  return h(
    'div',
    { className: 'tag-group' },
    h('span', { className: 'tag-group__label' }, `${label}:`),
    h('ul', { className: 'tags', 'aria-label': label }, items.map((item) => h('li', { key: item }, item))),
  );
}

function section(id: string, title: string, items: string[], intro?: string) {
  if (items.length === 0) return null;
  return [
    h('h2', { id, key: `${id}-h` }, title),
    intro ? h('p', { key: `${id}-p` }, intro) : null,
    h('ul', { key: `${id}-ul` }, items.map((item, i) => h('li', { key: i }, item))),
  ];
}

const page = (...children: unknown[]) => h('main', { id: 'inhoud' }, ...(children as ReactNode[]));
const linkOrText = (label: string, url?: string) => (url ? h('a', { href: url }, label) : h('strong', null, label));

export function PracticePreview(props: PreviewProps) {
  const d = dataOf(props);
  const image = d.image?.src ? props.getAsset(d.image.src)?.toString() : undefined;
  return page(
    h(
      'article',
      { className: 'practice' },
      h('h1', null, d.title),
      h('p', { className: 'lead' }, d.summary),
      image &&
        h('figure', null, h('img', { src: image, alt: d.image.alt ?? '' }), d.image.credit && h('figcaption', null, d.image.credit)),
      tags(practiceHeading('categories'), list(d.categories)),
      section('doelen', practiceHeading('goals'), list(d.goals)),
      h('h2', { id: 'doelgroep' }, practiceHeading('targetGroups')),
      list(d.targetGroups).map((t, i) => h('p', { key: i }, t)),
      h('h2', { id: 'beschrijving' }, 'Beschrijving'),
      props.widgetFor('body'),
      section('taken', practiceHeading('coordinatorTasks'), list(d.coordinatorTasks), d.coordinatorTasksIntro),
      section('succesfactoren', practiceHeading('successFactors'), list(d.successFactors), d.lessonsContext),
      section('uitdagingen', practiceHeading('challenges'), list(d.challenges), d.lessonsContext),
      list(d.resources).length > 0 && [
        h('h2', { id: 'extra-info', key: 'r-h' }, practiceHeading('resources')),
        h(
          'ul',
          { key: 'r-ul' },
          list(d.resources).map((r: Data, i) =>
            h('li', { key: i }, linkOrText(r.label, r.url), r.publisher && ` (${r.publisher})`, r.description && `: ${r.description}`),
          ),
        ),
      ],
      tags(practiceHeading('policyDomains'), list(d.policyDomains)),
      d.updated && h('p', { className: 'muted' }, `Laatst bijgewerkt: ${d.updated}`),
    ),
  );
}

export function MunicipalityPreview(props: PreviewProps) {
  const d = dataOf(props);
  return page(
    h('h1', null, d.name),
    h(
      'p',
      { className: 'lead' },
      [d.province, d.postalCode].filter(Boolean).join(' · '),
      d.currentMunicipality && ` (nu deel van ${d.currentMunicipality})`,
    ),
    list(d.programmes).length === 0 && h('p', null, 'Nog geen buddywerkingen ingevuld.'),
    list(d.programmes).map((p: Data, i) =>
      h(
        'section',
        { key: i, className: 'programme' },
        h('h2', null, p.name || p.practice || 'Buddywerking'),
        p.startYear && h('p', { className: 'muted' }, `Sinds ${p.startYear}`),
        list(p.description).map((text, j) => h('p', { key: j }, text)),
        p.targetGroup && h('p', null, h('strong', null, 'Doelgroep: '), p.targetGroup),
        list(p.facts).length > 0 &&
          h('ul', { className: 'stats' }, list(p.facts).map((f: Data, j) => h('li', { key: j }, h('strong', null, f.value), ` ${f.label}`))),
        tags(programmeHeading('partners'), list(p.partners)),
        p.funding?.name && h('p', null, h('strong', null, 'Financiering: '), p.funding.name),
        list(p.contacts).length > 0 &&
          h(
            'ul',
            null,
            list(p.contacts).map((c: Data, j) =>
              h('li', { key: j }, c.label, c.email && [' – ', h('a', { key: 'm', href: `mailto:${c.email}` }, c.email)], c.phone && ` – ${c.phone}`),
            ),
          ),
        list(p.links).length > 0 && h('ul', null, list(p.links).map((l: Data, j) => h('li', { key: j }, linkOrText(l.label, l.url)))),
        p.acceptsSignups && h('p', null, h('a', { className: 'button', href: '#' }, 'Aanmelden')),
      ),
    ),
  );
}

export function HandbookPreview(props: PreviewProps) {
  const d = dataOf(props);
  return page(
    h(
      'article',
      null,
      h('h1', null, d.title),
      h('p', { className: 'lead' }, d.summary),
      h('p', { className: 'muted' }, [d.publisher, d.date].filter(Boolean).join(' · ')),
      props.widgetFor('body'),
      list(d.phases).map((phase: Data, i) =>
        h(
          'section',
          { key: i },
          h('h2', null, phase.title),
          phase.summary && h('p', null, phase.summary),
          h('ul', null, list(phase.steps).map((s, j) => h('li', { key: j }, s))),
        ),
      ),
      d.source?.label && h('p', null, 'Origineel: ', linkOrText(d.source.label, d.source.url ?? d.source.file)),
    ),
  );
}

export function LessonPreview(props: PreviewProps) {
  const d = dataOf(props);
  return page(
    h(
      'article',
      { className: `lesson lesson--${d.kind ?? ''}` },
      h('p', { className: 'muted' }, [LESSON_KINDS[d.kind as LessonKind], THEMES[d.theme as Theme]].filter(Boolean).join(' · ')),
      h('h1', null, d.statement),
      d.explanation && h('p', null, d.explanation),
    ),
  );
}

/** A starter-kit template: placeholders stay visible ({{gemeente}}), as in the generic kit. */
export function TemplatePreview(props: PreviewProps) {
  const d = dataOf(props);
  return page(h('article', null, h('h1', null, d.title), h('p', { className: 'lead' }, d.summary), props.widgetFor('body')));
}
