/**
 * "Släpp Word-filen här": the same import as `npm run import`, in the page.
 * The document (.docx or .txt) becomes the meeting's values, which every
 * field takes, and the import's report becomes the check panel's checklist.
 */
import { count } from '../../core/count.ts';
import { IMPORTABLE, importDocument } from '../../tools/import/import-document.ts';
import { minutesFromFile } from '../../redaktion/minutes-format.ts';
import type { ControlProps, DecapGlobals } from './decap.ts';
import { IMPORT_EVENT } from './fields.ts';
import { getState, update } from './store.ts';

/** Imports `file` and fills the form; returns what to say about it. */
export async function importFile(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = await importDocument(file.name, bytes, getState().registries);
  const values = minutesFromFile(result.text);
  update({ imported: { file: file.name, checklist: result.draft.notes.map((note) => ({ ...note, done: false })) } });
  window.dispatchEvent(new CustomEvent(IMPORT_EVENT, { detail: values }));
  const items = result.draft.items.filter((i) => !i.presentation).length;
  return `${file.name} är inläst: ${count(items, 'dagordningspunkt', 'dagordningspunkter')}. Gå igenom kontrollen nedan.`;
}

/** The drop zone and file button. Its own value is the file's name (removed before the meeting is saved). */
export function wordImportControl(g: DecapGlobals): unknown {
  return g.createClass({
    getInitialState: () => ({ status: '', failed: false, over: false }),
    render(this: { props: ControlProps; state: { status: string; failed: boolean; over: boolean }; setState(s: object): void }) {
      const take = (file: File | undefined) => {
        if (!file) return;
        this.setState({ status: `Läser ${file.name} …`, failed: false });
        importFile(file).then(
          (status) => {
            this.setState({ status, failed: false });
            this.props.onChange(file.name);
          },
          (error: unknown) => this.setState({ status: error instanceof Error ? error.message : String(error), failed: true }),
        );
      };
      const id = this.props.forID;
      return g.h(
        'div',
        {
          className: `redaktion-widget redaktion-drop${this.state.over ? ' over' : ''}`,
          onDragOver: (e: DragEvent) => {
            e.preventDefault();
            if (!this.state.over) this.setState({ over: true });
          },
          onDragLeave: () => this.setState({ over: false }),
          onDrop: (e: DragEvent) => {
            e.preventDefault();
            this.setState({ over: false });
            take(e.dataTransfer?.files[0]);
          },
        },
        g.h('p', { className: 'drop-title' }, 'Släpp Word-filen här'),
        g.h('p', null, 'eller ', g.h('label', { htmlFor: id, className: 'redaktion-button' }, 'Välj fil …')),
        g.h('input', {
          id,
          type: 'file',
          className: 'visually-hidden-file',
          accept: IMPORTABLE.join(','),
          onChange: (e: Event) => take((e.target as HTMLInputElement).files?.[0]),
        }),
        g.h(
          'p',
          { className: 'drop-hint' },
          'Mötet fylls i från dokumentet: rubrik, datum, föredragande, aktörer och texten. Inget skrivs över förrän du sparar.',
        ),
        g.h('p', { role: 'status', className: this.state.failed ? 'fel' : '' }, this.state.status),
      );
    },
  });
}
