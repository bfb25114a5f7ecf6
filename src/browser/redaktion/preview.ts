/**
 * The preview beside the form: the meeting as members will read it, the
 * site's own markup and stylesheet, with the Markdown turned into HTML by
 * the build's own pipeline.
 */
import { processFile } from '../../check/process-file.ts';
import { textSource } from '../../check/source.ts';
import { meetingPreviewHtml } from '../../redaktion/meeting-preview.ts';
import { minutesToFile, type MinutesEntry } from '../../redaktion/minutes-format.ts';
import { type DecapGlobals, plain, type PreviewProps } from './decap.ts';
import { getState } from './store.ts';

/** The network's label from the published site setting. */
function networkLabel(): string {
  return /^networkLabel:\s*(.+)$/m.exec(getState().published.setting)?.[1]?.trim() ?? 'Nätverket';
}

/** The preview's HTML for an entry's values. */
export function previewHtml(values: Partial<MinutesEntry>, pathPrefix: string): string {
  const { registries } = getState();
  const date = values.date?.trim() ?? '';
  const file = `minutes/${/^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '2000-01-01'}-forhandsvisning.md`;
  const result = processFile(textSource(file, minutesToFile(values)), registries);
  if (!result.meeting) {
    return '<p class="preview-note">Förhandsvisningen visas när rubriken och datumet går att läsa. Se kontrollen bredvid.</p>';
  }
  return meetingPreviewHtml(result.meeting, { registries, networkLabel: networkLabel(), pathPrefix });
}

/** Registers the meeting's preview and the site's stylesheet in it. */
export function registerPreview(g: DecapGlobals, collection: string, siteRoot: string): void {
  g.CMS.registerPreviewStyle(`${siteRoot}assets/style.css`);
  const pathPrefix = new URL(siteRoot, location.href).pathname;
  const Preview = g.createClass({
    render(this: { props: PreviewProps }) {
      const values = plain<Partial<MinutesEntry>>(this.props.entry.get('data'), {});
      return g.h('main', { className: 'preview', dangerouslySetInnerHTML: { __html: previewHtml(values, pathPrefix) } });
    },
  });
  g.CMS.registerPreviewTemplate(collection, Preview);
}
