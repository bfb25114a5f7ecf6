/**
 * Synthetic minutes for the benchmarks: N meetings in the real format,
 * deterministic (a seeded generator), about 12 KB each, 8–15 agenda items
 * with speakers and agencies from the registries, topics by their signal
 * words, sub-questions and lists. The words come from the bundled minutes.
 */
import { mkdir, readdir, readFile, writeFile, copyFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { AGENCY_REGISTRY, TOPIC_REGISTRY } from '../check/load.ts';
import { swedishDate } from '../core/dates.ts';

/** A small, fast, seeded random number generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Anna',
  'Erik',
  'Maria',
  'Lars',
  'Karin',
  'Johan',
  'Eva',
  'Anders',
  'Sara',
  'Per',
  'Lena',
  'Mikael',
  'Ingrid',
  'Fredrik',
  'Sofia',
  'Magnus',
  'Emma',
  'Jonas',
  'Helena',
  'Oskar',
];
const LAST = [
  'Andersson',
  'Berglund',
  'Lindqvist',
  'Holmgren',
  'Sjöberg',
  'Ekström',
  'Nyström',
  'Hedlund',
  'Åkesson',
  'Wallin',
  'Forsberg',
  'Lundgren',
  'Björk',
  'Söderberg',
  'Engström',
];

/** What the generator needs from the registries. */
interface Vocabulary {
  words: string[];
  agencies: string[];
  topics: { name: string; signal: string }[];
}

async function vocabulary(minutesDir: string): Promise<Vocabulary> {
  const files = (await readdir(minutesDir)).filter((f) => f.endsWith('.md'));
  const text = (await Promise.all(files.map((f) => readFile(path.join(minutesDir, f), 'utf8'))))
    .map((t) => t.split('\n---\n').slice(1).join('\n'))
    .join(' ');
  const words = [...new Set(text.match(/\p{Ll}[\p{Ll}-]{2,}/gu) ?? [])].filter((w) => !w.includes('--'));
  const agencies = [
    ...(await readFile(path.join(minutesDir, AGENCY_REGISTRY), 'utf8')).matchAll(/^ {2}short: (.+)$|^ {2}name: (.+)$/gm),
  ].map((m) => (m[1] ?? m[2])!.trim());
  const topicText = await readFile(path.join(minutesDir, TOPIC_REGISTRY), 'utf8');
  const topics = [...topicText.matchAll(/^ {2}name: (.+)\n(?:.*\n)*? {2}signals: \[([^,\]]+)/gm)].map((m) => ({
    name: m[1]!.trim(),
    signal: m[2]!.trim(),
  }));
  return { words, agencies: [...new Set(agencies)], topics };
}

/** One synthetic meeting's minutes text. */
export function syntheticMeeting(
  index: number,
  vocab: Vocabulary,
  people: { name: string; agency: string }[],
): { fileName: string; text: string } {
  const next = random(index * 7919 + 17);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const sentence = (min: number, max: number) => {
    const length = min + Math.floor(next() * (max - min));
    const words = Array.from({ length }, () => pick(vocab.words));
    const first = words[0] ?? 'text';
    return `${first.charAt(0).toUpperCase()}${first.slice(1)} ${words.slice(1).join(' ')}.`;
  };
  const paragraph = () => Array.from({ length: 2 + Math.floor(next() * 3) }, () => sentence(8, 16)).join(' ');
  const date = new Date(Date.UTC(1995, 0, 2 + index)).toISOString().slice(0, 10);
  const itemCount = 8 + Math.floor(next() * 8);
  const speakers: { name: string; agency: string }[] = [];
  const topics = new Set<string>();
  const sections: string[] = [];
  for (let i = 0; i < itemCount; i++) {
    const topic = pick(vocab.topics);
    topics.add(topic.name);
    const title = `${topic.signal.charAt(0).toUpperCase()}${topic.signal.slice(1)} ${Array.from({ length: 2 + Math.floor(next() * 4) }, () => pick(vocab.words)).join(' ')} ${i + 1}`;
    const presenters = next() < 0.15 ? [] : Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(people));
    const unique = [...new Map(presenters.map((p) => [p.name, p])).values()];
    for (const p of unique) if (!speakers.some((s) => s.name === p.name)) speakers.push(p);
    const groups = new Map<string, string[]>();
    for (const p of unique) groups.set(p.agency, [...(groups.get(p.agency) ?? []), p.name]);
    const parenthesis = unique.length ? ` (${[...groups].map(([agency, names]) => `${names.join(', ')}, ${agency}`).join(' & ')})` : '';
    const body = [paragraph()];
    if (next() < 0.5) body.push(`### ${sentence(6, 12).replace(/\.$/, '?')}`, paragraph());
    if (next() < 0.4) body.push(Array.from({ length: 3 + Math.floor(next() * 3) }, () => `- ${sentence(5, 10)}`).join('\n'));
    body.push(paragraph());
    sections.push(`## ${title}${parenthesis}\n\n${body.join('\n\n')}`);
  }
  const agencies = [...new Set(speakers.map((s) => s.agency))];
  const frontMatter = stringify(
    { title: `Socialchefsnätverket ${swedishDate(date)}`, date, speakers, agencies, topics: [...topics] },
    { lineWidth: 0 },
  );
  return { fileName: `${date}-socialchefsnatverket.md`, text: `---\n${frontMatter}---\n\n${sections.join('\n\n')}\n` };
}

/** Writes N synthetic meetings and the registries into `dir`. Returns the total bytes of minutes. */
export async function generateArchive(n: number, dir: string, minutesDir = 'minutes'): Promise<number> {
  await mkdir(dir, { recursive: true });
  const vocab = await vocabulary(minutesDir);
  const next = random(4242);
  const people = FIRST.flatMap((first) => LAST.map((last) => `${first} ${last}`)).map((name) => ({
    name,
    agency: vocab.agencies[Math.floor(next() * vocab.agencies.length)]!,
  }));
  for (const registry of [AGENCY_REGISTRY, TOPIC_REGISTRY]) await copyFile(path.join(minutesDir, registry), path.join(dir, registry));
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const meeting = syntheticMeeting(i, vocab, people);
    bytes += Buffer.byteLength(meeting.text);
    await writeFile(path.join(dir, meeting.fileName), meeting.text);
  }
  return bytes;
}
