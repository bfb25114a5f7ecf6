/**
 * The form's own fields: a line of text, a date, pickers of agencies and
 * topics from the registries (an unknown name stays, marked, with "Lägg
 * till i registret"), a list of rows (speakers, settings per item, a
 * registry's entries) and the minutes' text with its line numbers. Each top
 * field takes its value from a Word import, and shows the check's messages
 * that belong to it.
 */
import { findAgency, findTopic } from '../../check/registry.ts';
import { agencyLabel } from '../../core/agency-names.ts';
import type { MinutesEntry } from '../../redaktion/minutes-format.ts';
import { type ControlProps, type DecapGlobals, fieldOption, plain } from './decap.ts';
import { fieldMessages, onMessages, registerField, requestAgency, setValue } from './field-bus.ts';
import { getState, subscribe, update } from './store.ts';

/** The event a Word import sends with the form's new values. */
export const IMPORT_EVENT = 'redaktion:import';

/** Every name in the registry as a picker offers it: its value (short name or name) and its label. */
function agencyOptions(): { value: string; label: string }[] {
  return getState()
    .registries.agencies.map((a) => ({ value: agencyLabel(a), label: a.short ? `${a.name} (${a.short})` : a.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'sv'));
}

function topicOptions(): { value: string; label: string }[] {
  return getState()
    .registries.topics.map((t) => ({ value: t.name, label: t.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'sv'));
}

/** What a component spec gets from {@link fieldSpec}: re-rendering on store changes, and values from an import. */
function fieldSpec(spec: Record<string, unknown>): Record<string, unknown> {
  return {
    ...spec,
    componentDidMount(this: { props: ControlProps; forceUpdate(): void; stop?: () => void; onImport?: (e: Event) => void }) {
      const stopState = subscribe(() => this.forceUpdate());
      const stopMessages = onMessages(() => this.forceUpdate());
      this.stop = () => {
        stopState();
        stopMessages();
      };
      (spec.afterMount as ((props: ControlProps) => void) | undefined)?.(this.props);
      const key = fieldOption<string | undefined>(this.props, 'importKey', undefined);
      if (key) setValue(key, plain(this.props.value, undefined));
      if (key) {
        this.onImport = (event: Event) => {
          const values = (event as CustomEvent<Partial<MinutesEntry>>).detail;
          if (key in values) this.props.onChange(values[key as keyof MinutesEntry]);
        };
        window.addEventListener(IMPORT_EVENT, this.onImport);
      }
    },
    componentDidUpdate(this: { props: ControlProps }, previous: ControlProps) {
      (spec.afterUpdate as ((props: ControlProps) => void) | undefined)?.(this.props);
      const key = fieldOption<string | undefined>(this.props, 'importKey', undefined);
      if (key && this.props.value !== previous.value) setValue(key, plain(this.props.value, undefined));
    },
    componentWillUnmount(this: { stop?: () => void; onImport?: (e: Event) => void }) {
      this.stop?.();
      if (this.onImport) window.removeEventListener(IMPORT_EVENT, this.onImport);
    },
  };
}

/** The check's messages for a top field, below it. */
function messagesBelow(g: DecapGlobals, props: ControlProps): unknown {
  const key = fieldOption<string | undefined>(props, 'importKey', undefined);
  if (!key || key === 'body') return null;
  const messages = fieldMessages(key);
  if (!messages.length) return null;
  return g.h(
    'ul',
    { className: 'redaktion-field-messages', id: `${props.forID}-meddelanden` },
    ...messages.map((m) => g.h('li', { key: m.text, className: m.fatal ? 'fel' : 'varning' }, `${m.fatal ? 'Fel' : 'Varning'}: ${m.text}`)),
  );
}

/** A line of text. */
function lineControl(g: DecapGlobals): unknown {
  return g.createClass(
    fieldSpec({
      render(this: { props: ControlProps }) {
        const props = this.props;
        const key = fieldOption<string | undefined>(props, 'importKey', undefined);
        const input = g.h('input', {
          type: 'text',
          id: props.forID,
          className: `${props.classNameWrapper} redaktion-input`,
          value: plain(props.value, ''),
          onChange: (e: Event) => props.onChange((e.target as HTMLInputElement).value),
          onFocus: props.setActiveStyle,
          onBlur: props.setInactiveStyle,
          ref: (element: HTMLElement | null) => key && registerField(key, element),
          'aria-describedby': fieldMessages(key ?? '').length ? `${props.forID}-meddelanden` : undefined,
        });
        return g.h('div', { className: 'redaktion-widget' }, input, messagesBelow(g, props));
      },
    }),
  );
}

/** A date, `YYYY-MM-DD`. */
function dateControl(g: DecapGlobals): unknown {
  return g.createClass(
    fieldSpec({
      render(this: { props: ControlProps }) {
        const props = this.props;
        const key = fieldOption<string | undefined>(props, 'importKey', undefined);
        return g.h(
          'div',
          { className: 'redaktion-widget' },
          g.h('input', {
            type: 'date',
            id: props.forID,
            className: `${props.classNameWrapper} redaktion-input`,
            value: plain(props.value, ''),
            onChange: (e: Event) => props.onChange((e.target as HTMLInputElement).value),
            ref: (element: HTMLElement | null) => key && registerField(key, element),
          }),
          messagesBelow(g, props),
        );
      },
    }),
  );
}

/** How a picker finds a name in the registry and shows it. */
interface PickerKind {
  /** "aktör", "ämne". */
  noun: string;
  options(): { value: string; label: string }[];
  /** The label of a known name, or undefined for one the registry does not have. */
  known(name: string): string | undefined;
  /** True when an unknown name can be added to the registry from here. */
  addable: boolean;
}

const AGENCIES: PickerKind = {
  noun: 'aktör',
  options: agencyOptions,
  known: (name) => {
    const agency = findAgency(getState().registries, name);
    return agency && agencyLabel(agency);
  },
  addable: true,
};

const TOPICS: PickerKind = {
  noun: 'ämne',
  options: topicOptions,
  known: (name) => findTopic(getState().registries, name)?.name,
  addable: false,
};

/** A picker of registry names: one (`multiple` false) or several. */
function pickerControl(g: DecapGlobals, kind: PickerKind, multiple: boolean): unknown {
  return g.createClass(
    fieldSpec({
      render(this: { props: ControlProps }) {
        const props = this.props;
        const key = fieldOption<string | undefined>(props, 'importKey', undefined);
        const values = multiple ? plain<string[]>(props.value, []) : [plain<string>(props.value, '')].filter(Boolean);
        const set = (next: string[]) => props.onChange(multiple ? next : (next.at(-1) ?? ''));
        const chips = values.map((value, index) => {
          const label = kind.known(value);
          return g.h(
            'li',
            { key: `${value}-${index}`, className: label ? 'chip' : 'chip okand' },
            g.h('span', null, label ?? value),
            label ? null : g.h('span', { className: 'okand-text' }, ` – finns inte i registret`),
            !label && kind.addable
              ? g.h(
                  'button',
                  { type: 'button', className: 'redaktion-button', onClick: () => requestAgency(value) },
                  'Lägg till i registret',
                )
              : null,
            g.h(
              'button',
              {
                type: 'button',
                className: 'chip-remove',
                'aria-label': `Ta bort ${label ?? value}`,
                onClick: () => set(values.filter((_, i) => i !== index)),
              },
              '×',
            ),
          );
        });
        const choices = kind.options().filter((o) => !values.includes(o.value));
        const select = g.h(
          'select',
          {
            id: props.forID,
            className: 'redaktion-select',
            value: '',
            'aria-label': multiple ? `Lägg till ${kind.noun}` : `Välj ${kind.noun}`,
            onChange: (e: Event) => {
              const value = (e.target as HTMLSelectElement).value;
              if (value) set([...values, value]);
            },
            ref: (element: HTMLElement | null) => key && registerField(key, element),
          },
          g.h('option', { value: '' }, multiple ? `Lägg till ${kind.noun} …` : `Välj ${kind.noun} …`),
          ...choices.map((o) => g.h('option', { key: o.value, value: o.value }, o.label)),
        );
        return g.h(
          'div',
          { className: 'redaktion-widget' },
          chips.length ? g.h('ul', { className: 'chips' }, ...chips) : null,
          select,
          messagesBelow(g, props),
        );
      },
    }),
  );
}

/** Words separated by commas, kept as a list ("FHM, Folkhälsomyndigheten"). */
function wordsEditor(g: DecapGlobals, id: string, value: unknown, onChange: (next: string[]) => void): unknown {
  const words = plain<string[]>(value, []);
  return g.h('input', {
    type: 'text',
    id,
    className: 'redaktion-input',
    defaultValue: words.join(', '),
    onBlur: (e: Event) =>
      onChange(
        (e.target as HTMLInputElement).value
          .split(',')
          .map((w) => w.trim())
          .filter(Boolean),
      ),
  });
}

/** One sub-field of a row, as the list's configuration names it. */
interface SubField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
}

/** A list of rows, each a small form (speakers, settings per item, a registry's entries). */
function listControl(g: DecapGlobals, widgets: { agency: unknown; agencies: unknown; topics: unknown }): unknown {
  return g.createClass(
    fieldSpec({
      afterMount: addPendingAgency,
      afterUpdate: addPendingAgency,
      render(this: { props: ControlProps }) {
        const props = this.props;
        const rows = plain<Record<string, unknown>[]>(props.value, []);
        const fields = fieldOption<SubField[]>(props, 'fields', []);
        const noun = fieldOption<string>(props, 'label_singular', 'rad');
        const change = (index: number, name: string, value: unknown) =>
          props.onChange(rows.map((row, i) => (i === index ? { ...row, [name]: value } : row)));
        const editor = (row: Record<string, unknown>, index: number, field: SubField) => {
          const id = `${props.forID}-${index}-${field.name}`;
          const child = {
            ...props,
            forID: id,
            value: row[field.name],
            onChange: (v: unknown) => change(index, field.name, v),
            field: { get: (k: string) => (k === 'importKey' ? undefined : (field as unknown as Record<string, unknown>)[k]) },
          };
          const control =
            field.widget === 'aktor'
              ? g.h(widgets.agency, child)
              : field.widget === 'aktorer'
                ? g.h(widgets.agencies, child)
                : field.widget === 'amnen'
                  ? g.h(widgets.topics, child)
                  : field.widget === 'list'
                    ? wordsEditor(g, id, row[field.name], (v) => change(index, field.name, v))
                    : field.widget === 'text'
                      ? g.h('textarea', {
                          id,
                          className: 'redaktion-input',
                          rows: 2,
                          value: String(row[field.name] ?? ''),
                          onChange: (e: Event) => change(index, field.name, (e.target as HTMLTextAreaElement).value),
                        })
                      : g.h('input', {
                          id,
                          type: 'text',
                          className: 'redaktion-input',
                          value: String(row[field.name] ?? ''),
                          onChange: (e: Event) => change(index, field.name, (e.target as HTMLInputElement).value),
                        });
          return g.h(
            'div',
            { key: field.name, className: 'row-field' },
            g.h('label', { htmlFor: id }, field.label),
            control,
            field.hint ? g.h('p', { className: 'row-hint' }, field.hint) : null,
          );
        };
        const items = rows.map((row, index) =>
          g.h(
            'li',
            { key: index, className: 'row' },
            g.h(
              'fieldset',
              null,
              g.h('legend', null, `${noun[0]?.toUpperCase()}${noun.slice(1)} ${index + 1}`),
              ...fields.map((f) => editor(row, index, f)),
            ),
            g.h(
              'button',
              { type: 'button', className: 'redaktion-button', onClick: () => props.onChange(rows.filter((_, i) => i !== index)) },
              `Ta bort ${noun} ${index + 1}`,
            ),
          ),
        );
        return g.h(
          'div',
          { className: 'redaktion-widget' },
          g.h('ol', { className: 'rows' }, ...items),
          g.h(
            'button',
            { type: 'button', className: 'redaktion-button', onClick: () => props.onChange([...rows, {}]) },
            `Lägg till ${noun}`,
          ),
          messagesBelow(g, props),
        );
      },
    }),
  );
}

/** In the agency registry's form: adds the agency asked for from a meeting as a new row, once. */
function addPendingAgency(props: ControlProps): void {
  const pending = getState().pendingAgency;
  if (!pending || fieldOption<string>(props, 'label_singular', '') !== 'aktör') return;
  const rows = plain<Record<string, unknown>[]>(props.value, []);
  update({ pendingAgency: undefined });
  if (!rows.some((row) => String(row.name ?? '').trim() === pending || String(row.short ?? '').trim() === pending)) {
    const short = /^[\p{Lu}\d-]{2,8}$/u.test(pending);
    props.onChange([...rows, short ? { name: '', short: pending } : { name: pending }]);
  }
}

/** The minutes' text: Markdown as written, with the check's messages about its lines below it. */
function minutesTextControl(g: DecapGlobals): unknown {
  return g.createClass(
    fieldSpec({
      render(this: { props: ControlProps }) {
        const props = this.props;
        const text = plain(props.value, '');
        const messages = fieldMessages('body');
        const list = messages.length
          ? g.h(
              'ul',
              { className: 'redaktion-field-messages', id: `${props.forID}-meddelanden` },
              ...messages.map((m) =>
                g.h(
                  'li',
                  { key: `${m.line}-${m.text}`, className: m.fatal ? 'fel' : 'varning' },
                  g.h(
                    'button',
                    { type: 'button', className: 'redaktion-link', onClick: () => goToLine(props.forID, m.line ?? 1) },
                    `Rad ${m.line}`,
                  ),
                  ` ${m.fatal ? 'Fel' : 'Varning'}: ${m.text}`,
                ),
              ),
            )
          : null;
        return g.h(
          'div',
          { className: 'redaktion-widget' },
          g.h('textarea', {
            id: props.forID,
            className: `${props.classNameWrapper} redaktion-text`,
            value: text,
            rows: Math.min(40, Math.max(12, text.split('\n').length + 2)),
            spellCheck: true,
            lang: 'sv',
            onChange: (e: Event) => props.onChange((e.target as HTMLTextAreaElement).value),
            ref: (element: HTMLElement | null) => registerField('body', element),
            'aria-describedby': messages.length ? `${props.forID}-meddelanden` : undefined,
          }),
          list,
        );
      },
    }),
  );
}

/** Selects line `line` of the text field `id` and scrolls to it. */
export function goToLine(id: string, line: number): void {
  const area = document.getElementById(id) as HTMLTextAreaElement | null;
  if (!area) return;
  const lines = area.value.split('\n');
  const start = lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0);
  area.focus();
  area.setSelectionRange(start, start + (lines[line - 1]?.length ?? 0));
  const lineHeight = area.scrollHeight / Math.max(lines.length, 1);
  area.scrollTop = Math.max(0, (line - 3) * lineHeight);
}

/** Registers the form's own fields with Decap; returns the controls the list uses inside its rows. */
export function registerFields(
  g: DecapGlobals,
  names: { line: string; date: string; agency: string; agencies: string; topics: string; list: string; minutesText: string },
): void {
  const agency = pickerControl(g, AGENCIES, false);
  const agencies = pickerControl(g, AGENCIES, true);
  const topics = pickerControl(g, TOPICS, true);
  g.CMS.registerWidget(names.line, lineControl(g));
  g.CMS.registerWidget(names.date, dateControl(g));
  g.CMS.registerWidget(names.agency, agency);
  g.CMS.registerWidget(names.agencies, agencies);
  g.CMS.registerWidget(names.topics, topics);
  g.CMS.registerWidget(names.list, listControl(g, { agency, agencies, topics }));
  g.CMS.registerWidget(names.minutesText, minutesTextControl(g));
}
