/**
 * Mammoth's messages (in English) for the secretary: each known message said in Swedish, with what it
 * means for the draft; an unknown one passed on as it is, behind a Swedish lead-in, never dropped.
 * More than three of one kind fold into one line with the count. Pure.
 */

/** One message of mammoth's, as `convertToHtml` gives it. */
export interface MammothMessage {
  type: 'warning' | 'error' | string;
  message: string;
}

/** A known message: its English shape, and how it is said in Swedish, alone and as several. */
interface Translation {
  pattern: RegExp;
  /** The message alone, from the pattern's groups. */
  one(groups: string[]): string;
  /** What tells several of this kind apart (a style's name, an element), for the folded line. */
  detail?(groups: string[]): string;
  /** Several of this kind: how many, and their details. Without it: the first message and the count. */
  many?(count: number, details: string): string;
}

const STYLE_KINDS: Record<string, string> = { paragraph: 'stycke', run: 'tecken', table: 'tabell', numbering: 'lista' };

/** `"Rubrik 1" (format-id Rubrik1)`, or `med format-id X` for a style without a name (one the document lacks). */
const styleName = (name: string | undefined, id: string | undefined) =>
  name === 'null' ? `med format-id ${id}` : `"${name}" (format-id ${id})`;

const TRANSLATIONS: readonly Translation[] = [
  {
    pattern: /^Unrecognised paragraph style: '(.*)' \(Style ID: (.*)\)$/s,
    one: ([name, id]) => `Okänt styckeformat ${styleName(name, id)}: stycket läses som vanlig text.`,
    detail: ([name, id]) => (name === 'null' ? `format-id ${id}` : `"${name}"`),
    many: (count, names) => `${count} okända styckeformat (${names}): styckena läses som vanlig text.`,
  },
  {
    pattern: /^Unrecognised run style: '(.*)' \(Style ID: (.*)\)$/s,
    one: ([name, id]) => `Okänt teckenformat ${styleName(name, id)}: texten läses utan formatet.`,
    detail: ([name, id]) => (name === 'null' ? `format-id ${id}` : `"${name}"`),
    many: (count, names) => `${count} okända teckenformat (${names}): texten läses utan formaten.`,
  },
  {
    pattern: /^(\w+) style with ID (.*) was referenced but not defined in the document$/s,
    one: ([kind = '', id]) =>
      `Formatet med format-id ${id} (${STYLE_KINDS[kind.toLowerCase()] ?? kind}) används men finns inte i dokumentet: texten läses utan formatet.`,
    detail: ([, id]) => String(id),
    many: (count, ids) => `${count} format används men finns inte i dokumentet (format-id ${ids}): texten läses utan formaten.`,
  },
  {
    pattern: /^An unrecognised element was ignored: (.*)$/s,
    one: ([element]) => `Ett okänt Word-element (${element}) hoppades över; kontrollera att ingen text saknas i utkastet.`,
    detail: ([element]) => String(element),
    many: (count, elements) => `${count} okända Word-element (${elements}) hoppades över; kontrollera att ingen text saknas i utkastet.`,
  },
  {
    pattern: /^Ignoring complex field (?:end|separator) character without corresponding start character$/,
    one: () =>
      'Ett fält (till exempel ett datum, ett sidnummer eller en innehållsförteckning) var ofullständigt; dess text läses som vanlig text.',
  },
  {
    pattern: /^A w:sym element with an unsupported character was ignored: char (.*) in font (.*)$/s,
    one: ([char, font]) => `Ett symboltecken (${char} i typsnittet ${font}) kan inte visas som text och hoppades över.`,
    detail: ([char, font]) => `${char} i ${font}`,
    many: (count, chars) => `${count} symboltecken (${chars}) kan inte visas som text och hoppades över.`,
  },
  {
    pattern: /^Unsupported break type: (.*)$/s,
    one: ([type]) => `En brytning av typen ${type} hoppades över.`,
  },
  {
    pattern: /^unexpected non-row element in table, cell merging may be incorrect$/,
    one: () => 'En tabell har något annat än rader: sammanslagna celler kan ha blivit fel. Kontrollera tabellen i utkastet.',
  },
  {
    pattern: /^unexpected non-cell element in table row, cell merging may be incorrect$/,
    one: () => 'En tabellrad har något annat än celler: sammanslagna celler kan ha blivit fel. Kontrollera tabellen i utkastet.',
  },
  {
    pattern: /^Could not find image file for a:blip element$/,
    one: () => 'En bild saknas i filen (bilder lämnas ändå utanför utkastet).',
  },
  {
    pattern: /^A v:imagedata element without a relationship ID was ignored$/,
    one: () => 'En bild utan källa hoppades över (bilder lämnas ändå utanför utkastet).',
  },
  {
    pattern: /^Image of type (.*) is unlikely to display in web browsers$/s,
    one: ([type]) => `En bild av typen ${type} (bilder lämnas ändå utanför utkastet).`,
  },
];

/** How many of one kind are said one by one; more fold into one line. */
const FOLD_ABOVE = 3;
/** How many details a folded line names. */
const DETAILS_SHOWN = 5;
/** How many lines the messages take at most; the rest are counted. */
const MAX_LINES = 20;

/** One message in Swedish, and the kind it folds with. */
function translate(message: MammothMessage): { kind: string; text: string; detail: string | undefined; rule?: Translation } {
  for (const rule of TRANSLATIONS) {
    const match = rule.pattern.exec(message.message);
    if (!match) continue;
    const groups = match.slice(1);
    return { kind: rule.pattern.source, text: rule.one(groups), detail: rule.detail?.(groups), rule };
  }
  const lead = message.type === 'error' ? 'Word-läsaren (mammoth) rapporterade ett fel' : 'Word-läsaren (mammoth) varnade';
  return { kind: `${message.type}:${message.message}`, text: `${lead}, på engelska: "${message.message}"`, detail: undefined };
}

/** "a, b, c och 2 till" */
function listed(details: readonly string[]): string {
  const unique = [...new Set(details)];
  const shown = unique.slice(0, DETAILS_SHOWN).join(', ');
  return unique.length > DETAILS_SHOWN ? `${shown} och ${unique.length - DETAILS_SHOWN} till` : shown;
}

/**
 * Mammoth's messages as lines for the report, each starting with the document's file name: in Swedish,
 * in the order they came, more than three of one kind folded into one line with the count.
 */
export function mammothMessageLines(messages: readonly MammothMessage[], fileName: string): string[] {
  const groups = new Map<string, ReturnType<typeof translate>[]>();
  for (const message of messages) {
    const translated = translate(message);
    const group = groups.get(translated.kind);
    if (group) group.push(translated);
    else groups.set(translated.kind, [translated]);
  }
  const lines: string[] = [];
  for (const group of groups.values()) {
    const [first] = group;
    if (!first) continue;
    if (group.length <= FOLD_ABOVE) {
      lines.push(...group.map((m) => m.text));
      continue;
    }
    const details = group.map((m) => m.detail).filter((d): d is string => d !== undefined);
    lines.push(
      first.rule?.many && details.length === group.length
        ? first.rule.many(group.length, listed(details))
        : `${first.text} (${group.length} gånger)`,
    );
  }
  const said = lines.map((line) => `${fileName}: ${line}`);
  if (said.length <= MAX_LINES) return said;
  return [
    ...said.slice(0, MAX_LINES - 1),
    `${fileName}: och ${said.length - MAX_LINES + 1} meddelanden till från Word-läsaren (mammoth) om saker i dokumentet den inte kunde läsa.`,
  ];
}
