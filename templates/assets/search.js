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
const VOCABULARY = contract.vocabulary;
const QUESTIONS_META = contract.questionsMeta;
const input = document.getElementById('sok-fraga');
const status = document.getElementById('sokstatus');
const list = document.getElementById('sokresultat');
const more = document.getElementById('fler-traffar');
const fallback = document.getElementById('bladdra-i-stallet');
const help = document.getElementById('sokhjalp');
const chipArea = document.getElementById('valda-filter');
const chips = chipArea.querySelector('ul');
const disclosure = document.getElementById('avgransa');
const narrow = window.matchMedia('(max-width: 40em)');

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

const fold = (word) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The archive's words that start with a letter, loaded once each (sok/ordlista/<letter>.json). */
const vocabularies = new Map();
function wordsStartingWith(letter) {
  const file = /^[a-z0-9]$/.test(letter) ? letter : '_';
  if (!vocabularies.has(file)) {
    const url = new URL(`../${VOCABULARY}${file}.json`, import.meta.url);
    vocabularies.set(
      file,
      fetch(url).then(
        (r) => (r.ok ? r.json() : []),
        () => [],
      ),
    );
  }
  return vocabularies.get(file);
}

/**
 * What the archive says about one query word: found (as written, or as a form of a word of the
 * archive: "besöksförbudet" for "besöksförbud"), found only as the start of longer words
 * ("besök"), or not at all, with the closest words of the archive (edit distance).
 */
async function lookUp(word) {
  const folded = fold(word);
  const words = (await wordsStartingWith(folded[0] ?? '_')).map((w) => ({ w, f: fold(w) }));
  const sameStem = ({ f }) =>
    (f.startsWith(folded) || folded.startsWith(f)) && Math.min(f.length, folded.length) >= 5 && Math.abs(f.length - folded.length) <= 3;
  if (words.some(({ f }) => f === folded) || words.some(sameStem)) return { word, found: true };
  const prefixOnly = words.some(({ f }) => f.startsWith(folded));
  const limit = folded.length >= 8 ? 3 : 2;
  const closest = words
    .filter(({ f }) => Math.abs(f.length - folded.length) <= limit)
    .map(({ w, f }) => ({ w, d: distance(folded, f) }))
    .filter(({ d }) => d <= limit)
    .sort((a, b) => a.d - b.d || a.w.length - b.w.length)
    .slice(0, 3)
    .map(({ w }) => w);
  return { word, found: false, prefixOnly, closest };
}

/** Topics whose search terms (English and everyday words, from topics.yml) the query is, or nearly is. */
function topicsFor(query) {
  const q = fold(query.trim());
  return [...form.querySelectorAll('option[data-terms]')].filter((option) =>
    option.dataset.terms
      .split('|')
      .filter(Boolean)
      .some((term) => {
        const t = fold(term);
        return t === q || (q.length >= 5 && distance(t, q) <= 1);
      }),
  );
}

/** A link that runs the search with its parameters changed by `change`. */
function searchLink(text, change) {
  const params = formParams();
  change(params);
  const link = document.createElement('a');
  link.href = `?${params}`;
  link.textContent = text;
  link.className = 'search-again';
  return link;
}

/**
 * Says what the archive holds of the query's words: a word found nowhere ("Inga träffar på
 * ”besöksförbd”") with its closest words as one-tap corrections, also when Pagefind found
 * something by a shorter word; a word found only as the start of longer words; and a topic
 * for English or everyday words ("Menade du ämnet Besöksförbud?").
 */
async function showHelp(q, run) {
  help.replaceChildren();
  help.hidden = true;
  if (!q) return;
  const words = q.split(/\s+/).filter((w) => fold(w).length >= 3);
  const looked = await Promise.all(words.map(lookUp));
  if (run !== current.run) return;
  const lines = [];
  const topics = topicsFor(q);
  const exactTopic = topics.some((option) => option.dataset.terms.split('|').map(fold).includes(fold(q.trim())));
  const missing = looked.filter(({ found }) => !found);
  for (const { word, prefixOnly, closest } of missing) {
    const line = document.createElement('p');
    if (prefixOnly) line.append(`Ordet ”${word}” finns inte som eget ord i arkivet; träffarna har ord som börjar så.`);
    else line.append(`Inga träffar på ”${word}”: ordet finns inte i arkivet.`);
    // A query that is exactly a topic's search term ("visiting ban") gets the topic, not corrections of its words.
    if (closest.length && !exactTopic) {
      line.append(' Menade du ');
      closest.forEach((candidate, i) => {
        if (i > 0) line.append(i === closest.length - 1 ? ' eller ' : ', ');
        line.append(searchLink(candidate, (params) => params.set(QUERY, q.replace(word, candidate))));
      });
      line.append('?');
    }
    lines.push(line);
  }
  for (const option of topics) {
    const line = document.createElement('p');
    line.append(
      missing.length ? 'Menade du ämnet ' : 'Se också ämnet ',
      searchLink(option.dataset.name, (params) => {
        params.delete(QUERY);
        params.set(option.parentElement.name, option.value);
      }),
      missing.length ? '?' : '.',
    );
    lines.push(line);
  }
  help.append(...lines);
  help.hidden = lines.length === 0;
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

/** The counts the page was built with (every item of the archive), shown when nothing is searched. */
const builtCounts = Object.fromEntries(
  FILTERS.map((name) => [name, Object.fromEntries([...form.elements.namedItem(name).options].map((o) => [o.value, o.textContent]))]),
);

/** Each option's count: the results it would leave. Without a search, the counts the page was built with. */
function updateCounts(counts) {
  for (const name of FILTERS) {
    const select = form.elements.namedItem(name);
    for (const option of select.options) {
      if (!option.value) continue;
      option.textContent = counts ? `${option.dataset.name} (${counts[name]?.[option.value] ?? 0})` : builtCounts[name][option.value];
    }
  }
}

/** The active filters as chips that remove themselves (a link to the same search without that filter). */
function showChips() {
  const active = FILTERS.map((name) => form.elements.namedItem(name)).filter((select) => select.value);
  chips.replaceChildren(
    ...active.map((select) => {
      const label = select.labels[0].textContent;
      const value = select.selectedOptions[0].dataset.name;
      const link = searchLink(`${label}: ${value} `, (params) => params.delete(select.name));
      link.setAttribute('aria-label', `Ta bort avgränsningen ${label.toLowerCase()}: ${value}`);
      const cross = document.createElement('span');
      cross.textContent = '✕';
      cross.setAttribute('aria-hidden', 'true');
      link.append(cross);
      const item = document.createElement('li');
      item.append(link);
      return item;
    }),
  );
  chipArea.hidden = active.length === 0;
}

/**
 * The question a match falls under: where each question starts in the item's text is in the
 * record's meta (QUESTIONS_META, `wordIndex:anchor` pairs), and Pagefind says where the first
 * match is. The question's text is read from the item's HTML heading of that anchor, if shown.
 */
function questionOf(data) {
  const at = data.locations?.[0];
  const pairs = data.meta[QUESTIONS_META];
  if (at === undefined || !pairs) return undefined;
  let found;
  for (const pair of pairs.split(';')) {
    const colon = pair.indexOf(':');
    if (Number(pair.slice(0, colon)) <= at) found = pair.slice(colon + 1);
  }
  if (!found) return undefined;
  const words = data.content.split(/\s+/);
  const start = Number(
    pairs
      .split(';')
      .find((p) => p.endsWith(`:${found}`))
      .split(':')[0],
  );
  const text = words.slice(start, start + 16).join(' ');
  const end = text.search(/[?:]\s|[?:]$/);
  return { anchor: found, text: end === -1 ? `${text} …` : text.slice(0, end + 1) };
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
  // A match under a question lands on the question: the answer, not the top of a long item.
  const question = questionOf(data);
  if (question) {
    const target = new URL(data.url, location.href);
    target.hash = question.anchor;
    const landing = document.createElement('p');
    landing.className = 'result-question';
    const to = document.createElement('a');
    to.href = `${target.pathname}${target.hash}`;
    to.textContent = question.text;
    landing.append('Frågan: ', to);
    item.append(landing);
  }
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
  // Pagefind counts only the filters whose data it has loaded: load them all before the first search.
  await pagefind.filters();
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
  showChips();
  if (!q && Object.keys(filters).length === 0) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = '';
    help.hidden = true;
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
  status.textContent = describe(params, found.results.length);
  // On a phone the filters fold away once there are results, so that the first result is on screen.
  if (narrow.matches && found.results.length > 0) disclosure.open = false;
  await showHelp(q, run);
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
for (const area of [help, chips]) {
  area.addEventListener('click', (event) => {
    const link = event.target.closest?.('a.search-again');
    if (!link) return;
    event.preventDefault();
    history.pushState(null, '', link.getAttribute('href'));
    readUrl();
    search();
  });
}
window.addEventListener('popstate', () => {
  readUrl();
  search();
});

fallback.hidden = true;
if (narrow.matches) disclosure.open = false;
readUrl();
search();
