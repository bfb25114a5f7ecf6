// Search page: runs Pagefind in the browser over the item-level index built by
// src/search/search.ts. Query, filters and order live in the URL (?q=…&amne=…),
// so results can be shared and back/forward work. No inline script, no
// innerHTML of anything but escaped text and Pagefind's <mark> highlights.
// The search contract (parameter and filter names, sort key, the separator
// before the names added for search, page size, month names) comes from the
// form's data-* attributes, written from src/core/search-contract.ts.

const form = document.getElementById('sokformular');
const contract = form.dataset;
const PAGE_SIZE = Number(contract.pageSize);
const FILTERS = contract.filters.split(' ');
const QUERY = contract.query;
const ORDER = contract.order;
const NEWEST_FIRST = contract.newestFirst;
const PART_FILTER = contract.partFilter;
const SORT_KEY = contract.sortKey;
const ALIAS_SEPARATOR = contract.aliasSeparator;
const MONTHS = contract.months.split(' ');
const input = document.getElementById('sok-fraga');
const status = document.getElementById('sokstatus');
const list = document.getElementById('sokresultat');
const more = document.getElementById('fler-traffar');
const fallback = document.getElementById('bladdra-i-stallet');

const swedishDate = (iso) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

/** Escapes text for HTML, then lets Pagefind's <mark> highlights through. */
function excerptHtml(excerpt) {
  const escaped = excerpt.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return escaped.replace(/&lt;mark&gt;/g, '<mark>').replace(/&lt;\/mark&gt;/g, '</mark>');
}

/** Pagefind escapes text before it marks words; undo that once so escapeHtml does not double it. */
function decodePagefind(excerpt) {
  return excerpt
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * The excerpt to show: Pagefind's, with the matched words marked, cut where the
 * agency names added for search begin (after ALIAS_SEPARATOR); when the match is only in
 * those names, the start of the item instead.
 */
function excerptFor(data) {
  const raw = decodePagefind(data.excerpt);
  const cut = raw.indexOf(ALIAS_SEPARATOR);
  const main = (cut === -1 ? raw : raw.slice(0, cut)).trim();
  const words = main
    .replace(/<\/?mark>/g, '')
    .split(/\s+/)
    .filter(Boolean).length;
  return main.includes('<mark>') && words >= 5 ? `${excerptHtml(main)} …` : excerptHtml(data.meta.excerpt);
}

/** Edit distance with swaps of neighbouring letters counted as one edit. */
function distance(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * A corrected query when a search finds nothing: each word replaced by the
 * closest word from the names of topics, agencies and people (the options of
 * the filters), if one is at most two edits away.
 */
function suggestion(query) {
  const fold = (w) => w.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const vocabulary = [
    ...new Set(
      [...form.querySelectorAll('option[data-name]')].flatMap((o) => o.dataset.name.split(/[\s,()]+/)).filter((w) => w.length >= 4),
    ),
  ];
  let changed = false;
  const words = query.split(/\s+/).map((word) => {
    let best = word;
    let bestDistance = word.length >= 8 ? 3 : 2;
    for (const candidate of vocabulary) {
      const d = distance(fold(word), fold(candidate));
      if (d < bestDistance) {
        best = candidate.toLowerCase();
        bestDistance = d;
      }
    }
    if (best !== word && bestDistance > 0) changed = true;
    return best;
  });
  return changed ? words.join(' ') : undefined;
}

function showSuggestion(query) {
  const corrected = query && suggestion(query);
  if (!corrected) return;
  const params = formParams();
  params.set(QUERY, corrected);
  const item = document.createElement('li');
  item.className = 'suggestion';
  const link = document.createElement('a');
  link.href = `?${params}`;
  link.textContent = corrected;
  item.append('Menade du ', link, '?');
  list.append(item);
}

function readUrl() {
  const params = new URLSearchParams(location.search);
  input.value = params.get(QUERY) ?? '';
  for (const name of [...FILTERS, ORDER]) {
    const select = form.elements.namedItem(name);
    const value = params.get(name) ?? '';
    select.value = [...select.options].some((o) => o.value === value) ? value : '';
  }
}

function formParams() {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set(QUERY, input.value.trim());
  for (const name of [...FILTERS, ORDER]) {
    const value = form.elements.namedItem(name).value;
    if (value) params.set(name, value);
  }
  return params;
}

function describe(params, total) {
  const q = params.get(QUERY);
  const chosen = FILTERS.map((name) => form.elements.namedItem(name))
    .filter((select) => select.value)
    .map((select) => select.selectedOptions[0].dataset.name);
  const what = [q ? `”${q}”` : '', ...chosen].filter(Boolean).join(', ');
  if (!what) return '';
  return total === 0 ? `Inga träffar för ${what}.` : `${plural(total, 'träff', 'träffar')} för ${what}.`;
}

function updateCounts(counts) {
  for (const name of FILTERS) {
    const select = form.elements.namedItem(name);
    for (const option of select.options) {
      if (!option.value) continue;
      const n = counts?.[name]?.[option.value] ?? 0;
      option.textContent = `${option.dataset.name} (${n})`;
    }
  }
}

function renderResult(data) {
  const item = document.createElement('li');
  const meta = document.createElement('p');
  meta.className = 'item-meta';
  const time = document.createElement('time');
  time.dateTime = data.meta.date;
  time.textContent = swedishDate(data.meta.date);
  meta.append(time, ` · ${data.meta.meeting}`);
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title;
  heading.append(link);
  item.append(meta, heading);
  if (data.meta.presenters) {
    const presenters = document.createElement('p');
    presenters.className = 'presenters';
    presenters.textContent = data.meta.presenters;
    item.append(presenters);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.innerHTML = excerptFor(data);
  item.append(excerpt);
  return item;
}

let engine;
let current = { results: [], shown: 0, run: 0 };

/**
 * Pagefind over every part of the index (a large archive's index is built in parts, newest
 * first; their folders are in the form's data-search-indexes), merged with Pagefind's
 * mergeIndex. Every real record has a part filter (PART_FILTER), so the parts' word lists (records
 * without it) are never results. Relevance order is Pagefind's merged order; "nyast först"
 * asks one part at a time, newest part first, because Pagefind's merge orders by score, and a
 * sorted search's score is only the rank within its own part. Filter counts are added up.
 */
function loadEngine() {
  engine ??= createEngine();
  return engine;
}

async function createEngine() {
  const folders = contract.searchIndexes.split(' ').filter(Boolean);
  const url = (folder) => new URL(`../${folder}`, import.meta.url).pathname;
  const pagefind = await import(`${url(folders[0])}pagefind.js`);
  await pagefind.options({ excerptLength: 30 });
  // One after another: Pagefind's merged indexes share one WebAssembly instance.
  for (const folder of folders.slice(1)) await pagefind.mergeIndex(url(folder));
  const parts = folders.map((_, i) => String(i + 1));
  return {
    async search(q, { filters, sort }) {
      if (!sort) {
        const found = await pagefind.search(q, { filters: { ...filters, [PART_FILTER]: { any: parts } } });
        return found && { results: found.results, filters: found.filters };
      }
      const found = [];
      for (const part of parts) found.push(await pagefind.search(q, { filters: { ...filters, [PART_FILTER]: part }, sort }));
      if (found.some((f) => !f)) return null;
      return { results: found.flatMap((f) => f.results), filters: addCounts(found.map((f) => f.filters)) };
    },
  };
}

/** Adds up Pagefind's filter counts ({ amne: { vaccination: 3 } }) of several parts. */
function addCounts(list) {
  const total = {};
  for (const counts of list) {
    for (const [name, values] of Object.entries(counts ?? {})) {
      total[name] ??= {};
      for (const [value, n] of Object.entries(values)) total[name][value] = (total[name][value] ?? 0) + n;
    }
  }
  return total;
}

async function showMore() {
  const { results, shown, run } = current;
  const batch = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
  if (run !== current.run) return;
  list.append(...batch.map(renderResult));
  current.shown = shown + batch.length;
  more.hidden = current.shown >= results.length;
}

async function search() {
  const params = new URLSearchParams(location.search);
  const run = ++current.run;
  const q = params.get(QUERY)?.trim() || null;
  const filters = {};
  for (const name of FILTERS) if (params.get(name)) filters[name] = params.get(name);
  if (!q && Object.keys(filters).length === 0) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = '';
    updateCounts(null);
    return;
  }
  status.textContent = 'Söker …';
  const index = await loadEngine();
  const options = { filters };
  if (params.get(ORDER) === NEWEST_FIRST) options.sort = { [SORT_KEY]: 'desc' };
  const found = await index.search(q, options);
  if (run !== current.run || !found) return;
  current = { results: found.results, shown: 0, run };
  list.replaceChildren();
  updateCounts(found.filters);
  await showMore();
  if (found.results.length === 0) showSuggestion(q);
  status.textContent = describe(params, found.results.length);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const params = formParams();
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  search();
});
form.addEventListener('change', (event) => {
  if (event.target instanceof HTMLSelectElement) form.requestSubmit();
});
more.addEventListener('click', () => showMore());
list.addEventListener('click', (event) => {
  const link = event.target.closest?.('.suggestion a');
  if (!link) return;
  event.preventDefault();
  history.pushState(null, '', link.getAttribute('href'));
  readUrl();
  search();
});
window.addEventListener('popstate', () => {
  readUrl();
  search();
});

fallback.hidden = true;
readUrl();
search();
