/**
 * Every rule of the check, with what it means and how to fix it, in Swedish
 * for the secretary. The guide page (/sa-lagger-du-till-ett-mote/) is rendered
 * from this list; a test makes sure every diagnostic the check can give is here.
 */
import type { Severity } from '../core/diagnostics.ts';

/** One rule of the check. */
export interface Rule {
  id: string;
  severity: Severity;
  /** When the check says it. */
  when: string;
  /** What to do. */
  fix: string;
}

/** The rules, grouped as the guide shows them. */
export const RULES: { group: string; rules: Rule[] }[] = [
  {
    group: 'Filen',
    rules: [
      { id: 'file-encoding', severity: 'error', when: 'Filen är inte sparad som UTF-8 (till exempel Windows-1252/ANSI eller UTF-16). Meddelandet pekar ut det första tecknet som inte kan läsas.', fix: 'Spara om filen som UTF-8: i Anteckningar Spara som → Kodning: UTF-8, i VS Code Spara med kodning → UTF-8.' },
      { id: 'file-empty', severity: 'error', when: 'Filen är tom.', fix: 'Skapa mötet med npm run new -- ÅÅÅÅ-MM-DD, eller ta bort filen.' },
      { id: 'file-large', severity: 'warning', when: 'Filen är större än 1 MB.', fix: 'Leta efter inklistrade bilder eller text som kommit med två gånger.' },
      { id: 'file-ignored', severity: 'warning', when: 'En fil eller mapp i minutes/ som varken är minnesanteckningar (.md) eller ett register.', fix: 'Importera Word- och textfiler med npm run import; flytta andra filer därifrån.' },
      { id: 'file-name', severity: 'error', when: 'Filnamnet följer inte mönstret ÅÅÅÅ-MM-DD-namn.md.', fix: 'Döp om filen, till exempel till 2021-03-02-socialchefsnatverket.md.' },
      { id: 'meeting-duplicate', severity: 'error', when: 'Två filer för samma datum, också när namnen bara skiljer sig i stora och små bokstäver.', fix: 'Behåll en fil per möte: slå ihop filerna eller rätta datumet i den ena.' },
    ],
  },
  {
    group: 'Uppgifterna överst (front matter)',
    rules: [
      { id: 'front-matter-missing', severity: 'error', when: 'Rad 1 är inte ---.', fix: 'Börja filen med --- och uppgifterna om mötet, och avsluta dem med en rad med ---.' },
      { id: 'front-matter-unclosed', severity: 'error', when: 'Uppgifterna avslutas aldrig med en rad med bara ---.', fix: 'Lägg till raden --- före den första rubriken.' },
      { id: 'front-matter-language', severity: 'error', when: 'Första raden är ---js, ---javascript eller något annat än ---. Sådant körs aldrig.', fix: 'Ändra första raden till bara --- och skriv uppgifterna som namn: värde.' },
      { id: 'front-matter-yaml', severity: 'error', when: 'Uppgifterna kan inte läsas: ett kolon, ett citattecken eller en ] saknas, indraget är fel eller ett fält står två gånger.', fix: 'Rätta raden som meddelandet pekar ut; meddelandet säger vad som saknas.' },
      { id: 'front-matter-not-mapping', severity: 'error', when: 'Uppgifterna är en lista eller en ensam text i stället för fält.', fix: 'Skriv ett fält per rad: title: …, date: … och så vidare.' },
      { id: 'front-matter-unknown-field', severity: 'error', when: 'Ett fält som inte finns, ofta ett stavfel (tpoics). Meddelandet föreslår rätt namn.', fix: 'Rätta fältnamnet; tillåtna fält är title, date, speakers, agencies, topics och items.' },
      { id: 'front-matter-missing-field', severity: 'error', when: 'title eller date saknas, eller en talare saknar name eller agency.', fix: 'Lägg till fältet; meddelandet visar ett exempel.' },
      { id: 'front-matter-invalid', severity: 'error', when: 'Ett fält har fel sorts värde, till exempel text där en lista ska stå, eller en tom rubrik.', fix: 'Skriv värdet som i exemplet i meddelandet.' },
      { id: 'date-format', severity: 'error', when: 'Datumet är inte skrivet ÅÅÅÅ-MM-DD.', fix: 'Skriv datumet med siffror, till exempel 2021-03-02.' },
      { id: 'date-invalid', severity: 'error', when: 'Datumet finns inte i kalendern (2021-02-30).', fix: 'Kontrollera månad och dag.' },
      { id: 'date-filename-mismatch', severity: 'error', when: 'Datumet är inte detsamma som i filnamnet.', fix: 'Rätta datumet eller döp om filen.' },
    ],
  },
  {
    group: 'Talare, aktörer och ämnen',
    rules: [
      { id: 'agency-unknown', severity: 'error', when: 'En aktör som inte finns i agencies.yml. Meddelandet föreslår en som liknar.', fix: 'Skriv aktören som i registret (namn, förkortning eller id), eller lägg till den i agencies.yml.' },
      { id: 'agency-undeclared', severity: 'error', when: 'En aktör står i en rubrik men inte under agencies.', fix: 'Lägg till aktören i listan agencies.' },
      { id: 'agency-unused', severity: 'warning', when: 'En aktör står under agencies men i ingen rubrik.', fix: 'Skriv aktören i parentesen efter rätt rubrik, eller ta bort den från agencies.' },
      { id: 'speaker-undeclared', severity: 'error', when: 'En person står i en rubrik men inte under speakers.', fix: 'Lägg till personen under speakers med sin aktör; meddelandet visar raderna.' },
      { id: 'speaker-unused', severity: 'error', when: 'En person står under speakers men i ingen rubrik.', fix: 'Skriv namnet i parentesen efter rubriken för punkten personen föredrog, eller ta bort personen.' },
      { id: 'speaker-duplicate', severity: 'error', when: 'En person står två gånger under speakers.', fix: 'Ta bort den ena.' },
      { id: 'speaker-agency-mismatch', severity: 'error', when: 'Rubriken och speakers anger olika aktörer för samma person.', fix: 'Rätta den ena så att de stämmer.' },
      { id: 'topic-unknown', severity: 'error', when: 'Ett ämne som inte finns i topics.yml. Meddelandet föreslår ett som liknar.', fix: 'Skriv ämnet som i registret, eller lägg till det i topics.yml.' },
      { id: 'topic-unmatched', severity: 'error', when: 'Ett ämne under topics som ingen punkt handlar om enligt ämnets signalord.', fix: 'Ange ämnet för rätt punkt under items:, lägg till signalord i topics.yml eller ta bort ämnet.' },
      { id: 'item-unknown', severity: 'error', when: 'En nyckel under items: som inte är ankaret till någon punkt. Meddelandet föreslår rätt ankare.', fix: 'Ankaret är rubrikens titel med små bokstäver a–z och bindestreck, till exempel besoksforbud.' },
      { id: 'item-topic-undeclared', severity: 'error', when: 'Ett ämne som satts på en punkt men inte står under mötets topics.', fix: 'Lägg till ämnet i topics.' },
      { id: 'name-near-duplicate', severity: 'warning', when: 'Två namn på personer (i hela arkivet) eller aktörer (i registret) som nästan är lika. Båda ställena anges.', fix: 'Är det samma person eller aktör: skriv namnet likadant. Annars kan du bortse från varningen.' },
    ],
  },
  {
    group: 'Rubriker och text',
    rules: [
      { id: 'heading-parenthesis', severity: 'error', when: 'Parentesen efter en rubrik kan inte läsas: den stängs aldrig, är tom, innehåller en parentes till eller har två skiljetecken i rad.', fix: 'Skriv den som (Namn, Aktör) eller (Namn, Namn, Aktör & Namn, Aktör). Hör parentesen till titeln, skriv \\) sist.' },
      { id: 'heading-empty', severity: 'error', when: 'En rubrik med ## men utan titel.', fix: 'Skriv titeln eller ta bort raden.' },
      { id: 'heading-level', severity: 'error', when: 'En rubrik med en enda #. Mötets rubrik står i title.', fix: 'Skriv ## för en dagordningspunkt och ### för en underrubrik.' },
      { id: 'html-raw', severity: 'warning', when: 'HTML i texten. Det publiceras inte.', fix: 'Skriv med Markdown: **fet**, *kursiv*, [länktext](https://…), listor med -.' },
      { id: 'link-unsafe', severity: 'warning', when: 'En länk eller bild med en adress som inte är https:, http: eller mailto:. Texten visas utan länk.', fix: 'Ange en https-adress eller ta bort länken.' },
      { id: 'personal-identity-number', severity: 'warning', when: 'Ett personnummer eller samordningsnummer (giltigt datum och kontrollsiffra), också i kommentarer och front matter.', fix: 'Ta bort det innan mötet publiceras.' },
      { id: 'personal-email', severity: 'warning', when: 'En e-postadress, också i kommentarer och front matter.', fix: 'Ta bort en personlig adress. En aktörs publicerade kontaktadress läggs under emails i agencies.yml.' },
    ],
  },
  {
    group: 'Registren (agencies.yml och topics.yml)',
    rules: [
      { id: 'registry-missing', severity: 'error', when: 'agencies.yml eller topics.yml saknas i minutes/.', fix: 'Lägg tillbaka filen.' },
      { id: 'registry-yaml', severity: 'error', when: 'Registret kan inte läsas (kolon, indrag, citattecken).', fix: 'Rätta raden som meddelandet pekar ut.' },
      { id: 'registry-invalid', severity: 'error', when: 'En post har fel sorts värde, till exempel ett id med stora bokstäver eller en webbadress utan https://.', fix: 'Skriv värdet som i exemplet i meddelandet.' },
      { id: 'registry-unknown-field', severity: 'error', when: 'Ett fält som inte finns i registret, ofta ett stavfel.', fix: 'Rätta fältnamnet; meddelandet räknar upp de tillåtna.' },
      { id: 'registry-missing-field', severity: 'error', when: 'En post saknar id, name eller (för ämnen) description.', fix: 'Lägg till fältet.' },
      { id: 'registry-duplicate-id', severity: 'error', when: 'Två poster har samma id.', fix: 'Slå ihop posterna eller byt id på den ena.' },
      { id: 'registry-duplicate-name', severity: 'error', when: 'Ett namn eller alias används av två poster.', fix: 'Ta bort namnet från den ena posten.' },
    ],
  },
];

/** Every rule id. */
export const RULE_IDS: ReadonlySet<string> = new Set(RULES.flatMap((g) => g.rules.map((r) => r.id)));

/** The rules as the Markdown table in the README's guide (a test keeps the two equal). */
export function rulesMarkdownTable(): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const lines = ['| regel | allvar | när | så rättar du |', '|---|---|---|---|'];
  for (const group of RULES) {
    for (const rule of group.rules) lines.push(`| \`${rule.id}\` | ${rule.severity === 'error' ? 'fel' : 'varning'} | ${cell(rule.when)} | ${cell(rule.fix)} |`);
  }
  return lines.join('\n');
}
