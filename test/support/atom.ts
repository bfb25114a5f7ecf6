/**
 * What makes an Atom feed invalid (RFC 4287), checked on the published XML:
 * well-formed, a `feed` in the Atom namespace with its id, title, updated,
 * self link and author (or an author on every entry), and entries each with
 * an id, title, updated and link, every date in RFC 3339 and every id
 * unique. Returns the problems, empty when the feed is valid.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

type Element = Record<string, unknown>;

/** The children named `name` of `element`, as a list. */
function all(element: Element, name: string): Element[] {
  const value = element[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]) as Element[];
}

/** The text of `element`'s child `name` (its `#text` when it has attributes). */
function text(element: Element, name: string): string {
  const child = all(element, name)[0] as unknown;
  if (child === undefined) return '';
  if (typeof child === 'object' && child !== null) return String((child as Element)['#text'] ?? '');
  return String(child);
}

/** The problems of `xml` as an Atom feed. */
export function atomProblems(xml: string): string[] {
  const wellFormed = XMLValidator.validate(xml);
  if (wellFormed !== true) return [`not well-formed: ${wellFormed.err.msg} (line ${wellFormed.err.line})`];
  const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(xml) as Element;
  const feed = parsed.feed as Element | undefined;
  if (!feed) return ['no <feed>'];
  const problems: string[] = [];
  if (feed['@xmlns'] !== ATOM) problems.push('the feed is not in the Atom namespace');
  for (const name of ['id', 'title', 'updated']) if (!text(feed, name).trim()) problems.push(`the feed has no ${name}`);
  if (!RFC3339.test(text(feed, 'updated'))) problems.push(`the feed's updated is not RFC 3339: ${text(feed, 'updated')}`);
  if (!all(feed, 'link').some((link) => link['@rel'] === 'self' && link['@href'])) problems.push('the feed has no self link');
  const feedHasAuthor = all(feed, 'author').some((author) => text(author, 'name').trim());
  const ids = new Set<string>();
  for (const [i, entry] of all(feed, 'entry').entries()) {
    const where = `entry ${i + 1}`;
    for (const name of ['id', 'title', 'updated']) if (!text(entry, name).trim()) problems.push(`${where} has no ${name}`);
    if (!RFC3339.test(text(entry, 'updated'))) problems.push(`${where}'s updated is not RFC 3339`);
    if (!all(entry, 'link').some((link) => link['@href'])) problems.push(`${where} has no link`);
    if (!feedHasAuthor && !all(entry, 'author').some((author) => text(author, 'name').trim())) problems.push(`${where} has no author`);
    for (const author of all(entry, 'author')) if (!text(author, 'name').trim()) problems.push(`${where} has an author without a name`);
    for (const category of all(entry, 'category')) if (!category['@term']) problems.push(`${where} has a category without a term`);
    const id = text(entry, 'id');
    if (ids.has(id)) problems.push(`${where} repeats the id ${id}`);
    ids.add(id);
  }
  return problems;
}
