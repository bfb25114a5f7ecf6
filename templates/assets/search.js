// Search page: runs Pagefind in the browser over the index built by
// src/search/search.ts: one record per meeting, whose agenda items (<h2>) and
// questions (<h3>) are Pagefind's sub-results. A result is a meeting with the
// items that matched, each a deep link; the filters hold meetings, and under
// each meeting only the items the chosen filters hold are shown. Query, filters and order live in the URL (?q=…&amne=…),
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
const ITEM_MARK = contract.itemMark;
const PRESENTERS_META = contract.presentersMeta;
/** The filters an item has values of (the year is the meeting's). */
const ITEM_FILTERS = FILTERS.filter((name) => name !== contract.yearFilter);
/** How many matching items a result lists before it says how many more the meeting has. */
const ITEMS_SHOWN = 3;
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
function excerptFor(pagefindExcerpt, fallback) {
  const raw = decodePagefind(pagefindExcerpt ?? '');
  const cut = raw.indexOf(ALIAS_SEPARATOR);
  const main = (cut === -1 ? raw : raw.slice(0, cut)).trim();
  const words = main
    .replace(/<\/?mark>/g, '')
    .split(/\s+/)
    .filter(Boolean).length;
  return main.includes('<mark>') && words >= 5 ? `${excerptHtml(main)} …` : excerptHtml(fallback ?? '');
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
  return total === 0 ? `Inga träffar för ${what}.` : `${plural(total, 'möte', 'möten')} för ${what}.`;
}

/** The counts the page was built with (the meetings of the archive), shown when nothing is searched. */
const builtCounts = Object.fromEntries(
  FILTERS.map((name) => [name, Object.fromEntries([...form.elements.namedItem(name).options].map((o) => [o.value, o.textContent]))]),
);

/** Each option's count: the meetings it would leave. Without a search, the counts the page was built with. */
function updateCounts(counts) {
  for (const name of FILTERS) {
    const select = form.elements.namedItem(name);
    for (const option of select.options) {
      if (!option.value) continue;
      option.textContent = counts
        ? `${option.dataset.name} (${plural(counts[name]?.[option.value] ?? 0, 'möte', 'möten')})`
        : builtCounts[name][option.value];
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
 * The items of a meeting's record, by anchor, in the order of the minutes: each item's kind and filter values
 * from the mark after its heading (an empty element whose id holds them: see itemMark in
 * src/core/search-contract.ts), where its text starts, who presented it (meta), and its title.
 */
function itemsOf(data) {
  const titles = new Map(data.anchors.filter((a) => a.element === 'h2').map((a) => [a.id, a.text]));
  const items = new Map();
  for (const anchor of [...data.anchors].sort((a, b) => a.location - b.location)) {
    if (!anchor.id.startsWith(`${ITEM_MARK}|`)) continue;
    const [, id, ...fields] = anchor.id.split('|');
    const info = { id, title: titles.get(id) ?? id, location: anchor.location, presenters: data.meta[`${PRESENTERS_META}${id}`] ?? '' };
    for (const field of fields) {
      const eq = field.indexOf('=');
      info[field.slice(0, eq)] = field
        .slice(eq + 1)
        .split(',')
        .filter(Boolean);
    }
    items.set(id, info);
  }
  return items;
}

/** For each heading of a meeting's record, the item it belongs to: an item's own <h2>, or for a heading in it (a question) the <h2> above. */
function itemOfHeading(data) {
  const owner = new Map();
  let item;
  for (const anchor of [...data.anchors].sort((a, b) => a.location - b.location)) {
    if (anchor.element === 'h2') item = anchor.id;
    if (item && /^h\d$/.test(anchor.element)) owner.set(anchor.id, item);
  }
  return owner;
}

/** Whether an item has every chosen value of the topic, agency and person filters. */
const holds = (info, filters) => ITEM_FILTERS.every((name) => !filters[name] || info[name]?.includes(filters[name]));

/** The first words of an item's text, from the record's content (Pagefind's locations count its words), up to what is added for search. */
function firstWords(data, info, count = 30) {
  const words = data.content.split(/\s+/).slice(info.location, info.location + count);
  const cut = words.findIndex((word) => word.includes(ALIAS_SEPARATOR));
  const kept = cut === -1 ? words : words.slice(0, cut);
  return `${kept.join(' ')}${kept.length === count ? ' …' : ''}`;
}

/** A link to an anchor of the meeting page. */
function anchorLink(data, id, text) {
  const target = new URL(data.url, location.href);
  target.hash = id;
  const link = document.createElement('a');
  link.href = `${target.pathname}${target.hash}`;
  link.textContent = text;
  return link;
}

/** Where the question's text ends: at its question mark or colon, or after 16 words. */
function questionText(text) {
  const words = text.split(/\s+/).slice(0, 16).join(' ');
  const end = words.search(/[?:](\s|$)/);
  return end === -1 ? (words.length < text.length ? `${words} …` : words) : words.slice(0, end + 1);
}

/**
 * The items of a meeting to list under it: with words searched, the items whose text or questions
 * matched (Pagefind's sub-results), in the order of the minutes, each with the question the first
 * match is under and its excerpt; without words, the items the filters hold. Either way only items
 * that hold the chosen filters.
 */
function itemHits(data, filters, searched, terms = []) {
  const items = itemsOf(data);
  if (!searched) {
    return [...items.values()]
      .filter((info) => holds(info, filters))
      .map((info) => ({ info, excerpt: excerptHtml(firstWords(data, info)) }));
  }
  const owner = itemOfHeading(data);
  const words = data.content.split(/\s+/);
  const hits = new Map();
  for (const sub of data.sub_results ?? []) {
    const info = sub.anchor && items.get(owner.get(sub.anchor.id));
    if (!info || !holds(info, filters)) continue;
    const matched = termsAt(words, sub.locations, terms);
    const score = (sub.weighted_locations ?? []).reduce((sum, w) => sum + (w.balanced_score ?? w.weight ?? 0), 0);
    const hit = hits.get(info.id);
    if (hit) {
      for (const term of matched) hit.terms.add(term);
      hit.score += score;
      continue;
    }
    const next = { info, terms: matched, score, excerpt: excerptFor(sub.excerpt, firstWords(data, info)) };
    // A match under a question lands on the question: the answer, not the top of a long item.
    if (sub.anchor.element !== 'h2') next.question = { id: sub.anchor.id, text: questionText(sub.anchor.text) };
    hits.set(info.id, next);
  }
  // The items that hold the most of the query's words (all of them, where an item does), best first.
  const list = [...hits.values()];
  const most = Math.max(0, ...list.map((hit) => hit.terms.size));
  return list.filter((hit) => hit.terms.size === most).sort((a, b) => b.score - a.score);
}

/** The query's words that the words at `locations` are forms of ("fohm:s" of "fohm", "besöksförbudet" of "besöksförbud"). */
function termsAt(words, locations, terms) {
  const found = new Set();
  for (const at of locations ?? []) {
    const word = fold(words[at] ?? '').replace(/[^\p{L}\p{N}]+/gu, '');
    for (const term of terms) if (word.startsWith(term) || (term.startsWith(word) && word.length >= 3)) found.add(term);
  }
  return found;
}

function renderHit(data, hit) {
  const entry = document.createElement('li');
  const heading = document.createElement('h3');
  heading.append(anchorLink(data, hit.info.id, hit.info.title));
  entry.append(heading);
  if (hit.question) {
    const landing = document.createElement('p');
    landing.className = 'result-question';
    landing.append(hit.info.typ?.[0] === 'agenda' ? 'Frågan: ' : 'Avsnittet: ', anchorLink(data, hit.question.id, hit.question.text));
    entry.append(landing);
  }
  if (hit.info.presenters) {
    const presenters = document.createElement('p');
    presenters.className = 'presenters';
    presenters.textContent = hit.info.presenters;
    entry.append(presenters);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'excerpt';
  excerpt.innerHTML = hit.excerpt;
  entry.append(excerpt);
  return entry;
}

/** The items under a meeting found, at most `limit`, and a link to the meeting for the rest ("2 punkter till med träff på mötet"). */
function itemList(data, hits, which, limit = ITEMS_SHOWN) {
  const list = document.createElement('ul');
  list.className = 'result-items';
  list.append(...hits.slice(0, limit).map((hit) => renderHit(data, hit)));
  if (hits.length <= limit) return [list];
  const rest = document.createElement('p');
  rest.className = 'result-more';
  const more = document.createElement('a');
  more.href = data.url;
  more.textContent = `${plural(hits.length - limit, 'punkt', 'punkter')} till ${which}på mötet`;
  rest.append(more);
  return [list, rest];
}

/** A meeting found: its date and title, then the items that matched (or that the filters hold). */
function renderResult(data, filters, searched, queryTerms) {
  const result = document.createElement('li');
  const meta = document.createElement('p');
  meta.className = 'item-meta';
  const time = document.createElement('time');
  time.dateTime = data.meta.date;
  time.textContent = swedishDate(data.meta.date);
  meta.append(time);
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title;
  heading.append(link);
  result.append(meta, heading);
  const filtered = ITEM_FILTERS.some((name) => filters[name]);
  if (!searched && !filtered) {
    // Only the year is chosen: every item of the meeting is in it.
    const count = document.createElement('p');
    count.className = 'excerpt';
    count.textContent = `${plural(itemsOf(data).size, 'punkt', 'punkter')} på mötet.`;
    result.append(count);
    return result;
  }
  const hits = itemHits(data, filters, searched, queryTerms);
  if (searched && hits.length === 0) {
    // The words are in the meeting's title or introduction, or (with a filter) only in items the filter does not hold.
    const note = document.createElement('p');
    note.className = 'excerpt';
    const top = (data.sub_results ?? []).find((sub) => !sub.anchor);
    if (filtered) note.textContent = 'Sökorden står i mötets andra punkter. Punkterna som avgränsningen gäller:';
    else note.innerHTML = excerptFor(top?.excerpt, 'Sökorden står i mötets rubrik eller inledning.');
    result.append(note);
    if (filtered) result.append(...itemList(data, itemHits(data, filters, false), ''));
    return result;
  }
  // With words, the first few matching items; without, every item the filters hold.
  result.append(...itemList(data, hits, searched ? 'med träff ' : '', searched ? ITEMS_SHOWN : hits.length));
  return result;
}

let engine;
let current = { results: [], shown: 0, run: 0, filters: {}, searched: false };

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
  const { results, shown, run, filters, searched, terms } = current;
  const batch = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
  if (run !== current.run) return;
  list.append(...batch.map((data) => renderResult(data, filters, searched, terms)));
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
  const terms = (q ?? '')
    .split(/\s+/)
    .map((word) => fold(word).replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter(Boolean);
  current = { results: found.results, shown: 0, run, filters, searched: Boolean(q), terms };
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
