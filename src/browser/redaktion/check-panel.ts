/**
 * The check, live beside the form: the same messages as `npm run check`,
 * root causes first, each with a way to its field or line; the agencies the
 * registry lacks, each with "Lägg till i registret"; and the last import's
 * checklist, every line of which she can mark as dealt with.
 */
import { fixText } from '../../check/fixes.ts';
import { count } from '../../core/count.ts';
import { minutesFromFile, type MinutesEntry } from '../../redaktion/minutes-format.ts';
import { checkEntry, type EntryCheck } from './check.ts';
import { type ControlProps, type DecapGlobals, plain } from './decap.ts';
import { currentValues, focusField, onValues, requestAgency, resetValues, setFormMessages } from './field-bus.ts';
import { goToLine, IMPORT_EVENT } from './fields.ts';
import { getState, subscribe, update } from './store.ts';

const LABELS: Record<string, string> = {
  file: 'Filen',
  title: 'Rubrik',
  date: 'Mötesdatum',
  speakers: 'Föredragande',
  agencies: 'Aktörer',
  topics: 'Ämnen',
  items: 'Inställningar för punkter',
  body: 'Texten',
};

/** The form's values of an entry (the helper fields left out). */
export function entryValues(entry: ControlProps['entry']): Partial<MinutesEntry> {
  const data = plain<Record<string, unknown>>(entry?.get('data'), {});
  return data as Partial<MinutesEntry>;
}

/** The network's name from the published site setting (for the file name). */
export function networkName(): string {
  return /^network:\s*(.+)$/m.exec(getState().published.setting)?.[1]?.trim() ?? 'Socialchefsnätverket';
}

let last: { key: string; check: EntryCheck } | undefined;

/** The check of an entry's values, done again only when they changed. */
export function cachedCheck(values: Partial<MinutesEntry>, savedAs: string | undefined): EntryCheck {
  const state = getState();
  const key = JSON.stringify([values, savedAs, state.agencies, state.topics]);
  if (last?.key !== key) last = { key, check: checkEntry(values, { network: networkName(), ...(savedAs ? { savedAs } : {}) }) };
  return last.check;
}

/** The check panel. */
export function checkPanelControl(g: DecapGlobals): unknown {
  return g.createClass({
    getInitialState(this: { props: ControlProps }) {
      resetValues(entryValues(this.props.entry));
      return {};
    },
    componentDidMount(this: { forceUpdate(): void; stop?: () => void }) {
      const stopState = subscribe(() => this.forceUpdate());
      const stopValues = onValues(() => this.forceUpdate());
      this.stop = () => {
        stopState();
        stopValues();
      };
    },
    componentWillUnmount(this: { stop?: () => void }) {
      this.stop?.();
    },
    render(this: { props: ControlProps }) {
      const props = this.props;
      const slug = plain<string | undefined>(props.entry?.get('slug'), undefined);
      const isNew = Boolean(plain(props.entry?.get('newRecord'), false));
      const values = { ...entryValues(props.entry), ...currentValues() } as Partial<MinutesEntry>;
      const check = cachedCheck(values, !isNew && slug ? `${slug}.md` : undefined);
      queueMicrotask(() => setFormMessages(check.form.messages));
      const { errors, warnings, messages, unknownAgencies } = check.form;
      const summary =
        errors + warnings === 0
          ? 'Kontrollen hittar inga problem. Mötet kan publiceras när en kollega har granskat det.'
          : `Kontrollen hittar ${errors} fel och ${count(warnings, 'varning', 'varningar')}.${errors ? ' Mötet kan sparas som utkast men inte publiceras förrän felen är rättade.' : ''}`;
      const state = getState();
      const fixable = fixText(check.text);
      const fixButton = fixable.fixes.length
        ? g.h(
            'p',
            null,
            g.h(
              'button',
              {
                type: 'button',
                className: 'redaktion-button',
                onClick: () => window.dispatchEvent(new CustomEvent(IMPORT_EVENT, { detail: minutesFromFile(fixable.text) })),
              },
              `Rätta automatiskt (${count(fixable.fixes.length, 'sak', 'saker')})`,
            ),
            ` ${fixable.fixes.map((f) => f.what).join(' ')}`,
          )
        : null;
      return g.h(
        'section',
        { className: 'redaktion-widget redaktion-check', 'aria-label': 'Kontrollen' },
        g.h('p', { className: errors ? 'summary fel' : 'summary', role: 'status', 'aria-live': 'polite' }, summary),
        fixButton,
        check.dateTaken
          ? g.h('p', { className: 'fel' }, `Det finns redan ett publicerat möte det datumet: ${check.dateTaken}. Välj rätt datum.`)
          : null,
        unknownAgencies.length
          ? g.h(
              'div',
              { className: 'unknown-agencies' },
              g.h('h3', null, 'Aktörer som inte finns i registret'),
              g.h(
                'ul',
                null,
                ...unknownAgencies.map((name) =>
                  g.h(
                    'li',
                    { key: name },
                    g.h('span', null, name),
                    ' ',
                    g.h(
                      'button',
                      { type: 'button', className: 'redaktion-button', onClick: () => requestAgency(name) },
                      `Lägg till ${name} i registret`,
                    ),
                  ),
                ),
              ),
            )
          : null,
        messages.length
          ? g.h(
              'ol',
              { className: 'check-messages' },
              ...messages.map((m, i) =>
                g.h(
                  'li',
                  { key: i, className: m.fatal ? 'fel' : 'varning' },
                  g.h(
                    'span',
                    { className: 'where' },
                    m.otherFile ? `${m.otherFile}, rad ${m.line}` : m.field === 'body' ? `Texten, rad ${m.line}` : LABELS[m.field],
                  ),
                  ': ',
                  `${m.fatal ? 'Fel' : 'Varning'}: ${m.text} `,
                  m.otherFile
                    ? null
                    : g.h(
                        'button',
                        {
                          type: 'button',
                          className: 'redaktion-link',
                          onClick: () => (m.field === 'body' ? goToLine(bodyFieldId(), m.line ?? 1) : focusField(m.field)),
                        },
                        'Visa',
                      ),
                ),
              ),
            )
          : null,
        state.imported ? checklist(g, state.imported) : null,
      );
    },
  });
}

/** The id of the text field (the body's textarea), for "Visa". */
function bodyFieldId(): string {
  return document.querySelector<HTMLTextAreaElement>('textarea.redaktion-text')?.id ?? '';
}

function checklist(g: DecapGlobals, imported: NonNullable<ReturnType<typeof getState>['imported']>): unknown {
  const title = { gissning: 'Gissat', granska: 'Granska', utelämnat: 'Utelämnat' } as const;
  const toggle = (index: number) =>
    update({
      imported: { ...imported, checklist: imported.checklist.map((line, i) => (i === index ? { ...line, done: !line.done } : line)) },
    });
  return g.h(
    'div',
    { className: 'import-checklist' },
    g.h('h3', null, `Att gå igenom från ${imported.file}`),
    imported.checklist.length
      ? g.h(
          'ul',
          null,
          ...imported.checklist.map((line, index) =>
            g.h(
              'li',
              { key: index },
              g.h('input', { type: 'checkbox', id: `importrad-${index}`, checked: line.done, onChange: () => toggle(index) }),
              g.h('label', { htmlFor: `importrad-${index}` }, g.h('strong', null, `${title[line.kind]}: `), line.message),
            ),
          ),
        )
      : g.h('p', null, 'Importen har inget att anmärka på.'),
  );
}
