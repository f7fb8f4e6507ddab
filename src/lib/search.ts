/**
 * The search page's behaviour on top of Pagefind's JS API (/pagefind/pagefind.js, made by
 * `pagefind --site dist`). Results and filters are plain DOM built here, so they stay accessible:
 * labelled checkboxes, one polite status line with the count, headings per result.
 */

/** Filters the pages declare through BaseLayout's searchType/searchFilters, in the order shown. */
export const SEARCH_FILTERS = [
  { name: 'type', label: 'Soort' },
  { name: 'provincie', label: 'Provincie' },
  { name: 'categorie', label: 'Categorie' },
  { name: 'beleidsdomein', label: 'Beleidsdomein' },
  { name: 'thema', label: 'Thema' },
] as const;

const PAGE_SIZE = 20;

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
}
interface PagefindSearch {
  results: { id: string; data(): Promise<PagefindResultData> }[];
  /** Per filter value: how many of these results carry it. */
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string | null, options: { filters: Record<string, { any: string[] }> }): Promise<PagefindSearch | null>;
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Selected filter values per filter name, from the checkboxes. */
function selectedFilters(form: HTMLFormElement): Record<string, string[]> {
  const selected: Record<string, string[]> = {};
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
    (selected[box.name] ??= []).push(box.value);
  }
  return selected;
}

function buildFilterOptions(form: HTMLFormElement, available: Record<string, Record<string, number>>, params: URLSearchParams) {
  for (const { name } of SEARCH_FILTERS) {
    const fieldset = form.querySelector<HTMLFieldSetElement>(`[data-filter="${name}"]`);
    const values = Object.entries(available[name] ?? {}).sort(([a], [b]) => collator.compare(a, b));
    if (!fieldset || values.length === 0) continue;
    const list = fieldset.querySelector('[data-filter-options]')!;
    const chosen = new Set(params.getAll(name));
    for (const [value, count] of values) {
      const item = element('li');
      const label = element('label');
      const box = element('input');
      Object.assign(box, { type: 'checkbox', name, value, checked: chosen.has(value) });
      const text = element('span', undefined, `${value} `);
      text.append(element('span', 'search-filter__count', `(${count})`));
      label.append(box, text);
      item.append(label);
      list.append(item);
    }
    fieldset.hidden = false;
  }
}

type Selection = Record<string, string[]>;
type Counts = Record<string, Record<string, number>>;

const asPagefindFilters = (selected: Selection) =>
  Object.fromEntries(Object.entries(selected).map(([name, values]) => [name, { any: values }]));

/**
 * What each filter value would give with the current term and the other filters: values of one filter
 * widen (or), so a chosen filter's own counts come from a search without it.
 */
async function countsFor(pagefind: Pagefind, term: string, selected: Selection, main: PagefindSearch, totals: Counts): Promise<Counts> {
  const counts: Counts = { ...main.filters };
  for (const name of Object.keys(selected)) {
    const others = Object.fromEntries(Object.entries(selected).filter(([other]) => other !== name));
    if (!term && Object.keys(others).length === 0) {
      counts[name] = totals[name] ?? {};
      continue;
    }
    const without = await pagefind.search(term || null, { filters: asPagefindFilters(others) });
    counts[name] = without?.filters[name] ?? {};
  }
  return counts;
}

/** Shows the counts next to every option; an option that would give nothing is marked as such. */
function showCounts(form: HTMLFormElement, counts: Counts) {
  for (const box of form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const count = counts[box.name]?.[box.value] ?? 0;
    const label = box.closest('label')!;
    label.querySelector('.search-filter__count')!.textContent = `(${count})`;
    label.classList.toggle('search-filter__option--empty', count === 0 && !box.checked);
  }
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('h3');
  const link = element('a', undefined, data.meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  const about = [...(data.filters.type ?? []), ...(data.filters.provincie ?? [])].join(' · ');
  const excerpt = element('p', 'search-result__excerpt');
  // Pagefind escapes the page text and only adds <mark> around the matched words.
  excerpt.innerHTML = data.excerpt;
  item.append(heading);
  if (about) item.append(element('p', 'search-result__about muted', about));
  item.append(excerpt);
  return item;
}

function statusText(count: number, term: string, filtered: boolean): string {
  if (!term && !filtered) return 'Typ een zoekterm of kies een filter.';
  const results = count === 1 ? '1 resultaat' : `${count.toLocaleString('nl-BE')} resultaten`;
  const text = `${results}${term ? ` voor “${term}”` : ''}${filtered ? ' met de gekozen filters' : ''}.`;
  if (count > 0 || !filtered) return text;
  return `${text} Deze combinatie van filters geeft niets: haal een filter weg of kies een filter met een aantal groter dan 0.`;
}

export async function startSearch() {
  const root = document.querySelector<HTMLElement>('[data-search]');
  if (!root) return;
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;

  let pagefind: Pagefind;
  let totals: Counts = {};
  try {
    // A runtime URL: the bundle exists only after `pagefind --site dist`, so Vite must not resolve it.
    const url = '/pagefind/pagefind.js';
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    const params = new URLSearchParams(location.search);
    totals = await pagefind.filters();
    buildFilterOptions(form, totals, params);
    input.value = params.get('q') ?? '';
  } catch (error) {
    console.error('De zoekfunctie kon niet geladen worden', error);
    status.textContent = 'De zoekfunctie kon niet geladen worden. Alles in de databank vind je ook via de overzichten in het menu.';
    return;
  }
  // On a narrow screen the filters would push the results far down: fold them unless some are chosen.
  const filterPanel = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!;
  const filterCount = root.querySelector<HTMLElement>('[data-search-filter-count]')!;
  if (matchMedia('(max-width: 48rem)').matches && !Object.keys(selectedFilters(form)).length) filterPanel.open = false;

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function run() {
    const run = ++latest;
    const term = input.value.trim();
    const selected = selectedFilters(form);
    const filtered = Object.keys(selected).length > 0;
    const chosen = Object.values(selected).flat().length;
    filterCount.textContent = chosen ? `(${chosen} gekozen)` : '';
    const query = new URLSearchParams();
    if (term) query.set('q', term);
    for (const [name, values] of Object.entries(selected)) values.forEach((v) => query.append(name, v));
    history.replaceState(null, '', query.size ? `?${query}` : location.pathname);

    if (!term && !filtered) {
      list.replaceChildren();
      showCounts(form, totals);
      status.textContent = statusText(0, term, filtered);
      return;
    }
    const search = await pagefind.search(term || null, { filters: asPagefindFilters(selected) });
    if (run !== latest || !search) return; // a newer search started meanwhile
    const [shown, counts] = await Promise.all([
      Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data())),
      countsFor(pagefind, term, selected, search, totals),
    ]);
    if (run !== latest) return;
    showCounts(form, counts);
    list.replaceChildren(...shown.map(renderResult));
    status.textContent = statusText(search.results.length, term, filtered);
    document.querySelector('[data-search-more]')?.remove();
    if (search.results.length > PAGE_SIZE) addMoreButton(search, PAGE_SIZE);
  }

  /** "Show more" loads the next page and moves focus to its first result, so keyboard users continue there. */
  function addMoreButton(search: PagefindSearch, from: number) {
    const button = element('button', 'button button--secondary search-more');
    button.type = 'button';
    button.dataset.searchMore = '';
    button.textContent = `Toon meer resultaten (nog ${search.results.length - from})`;
    button.addEventListener('click', async () => {
      const more = await Promise.all(search.results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
      const items = more.map(renderResult);
      list.append(...items);
      button.remove();
      items[0]?.querySelector('a')?.focus();
      if (search.results.length > from + PAGE_SIZE) addMoreButton(search, from + PAGE_SIZE);
    });
    list.after(button);
  }

  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(run, 300);
  };
  input.addEventListener('input', soon);
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type=checkbox]')) run();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  await run();
  root.dataset.searchReady = '';
}
