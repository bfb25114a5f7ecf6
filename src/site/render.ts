/**
 * Stage 5, render: Eleventy turns the templates and the view data into pages.
 * Touches the disk: writes into `outputDir`, which it takes as an argument.
 * Eleventy runs with the project's `.eleventy.js` (its layout) and the site
 * plugin, which gets the archive, the deployment and the rules from here.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import type { Deployment } from '../core/urls.ts';
import { type RuleGroup, sitePlugin } from './eleventy-plugin.ts';
import type { ReadTracker } from './page-reads.ts';
import type { SiteData } from './view.ts';

/** The project's Eleventy configuration, beside `package.json` (also when the minutes and templates are elsewhere). */
const ELEVENTY_CONFIG = fileURLToPath(new URL('../../.eleventy.js', import.meta.url));

/** Options of {@link renderSite}. */
export interface RenderOptions {
  /** The templates folder. Default: `templates`. */
  templatesDir?: string;
  deploy: Deployment;
  /** The site setting's values (`webbplats.yml`), which the templates read as `site`. */
  setting: Readonly<Record<string, unknown>>;
  /** The check's rules, for the secretary's guide. */
  rules: readonly RuleGroup[];
  /** Render only these meetings' pages and nothing else (the preview's quick rebuild, and batches of a large build). Default: everything. */
  onlyMeetings?: readonly string[];
  /** Render everything but the meeting pages (a large build renders those in batches). */
  skipMeetings?: boolean;
  /** Records what each page reads (for the next build's plan). Default: none. */
  tracker?: ReadTracker;
  /**
   * Whether to render the page made from `items` of the pagination list `list` ({@link filterableLists}); a page left
   * out is taken from the previous build. Default: every page.
   */
  renderPage?: (list: string, items: readonly unknown[]) => boolean;
  /** Copy `templates/assets/` into the site. Default: true, unless only meetings are rendered. */
  copyAssets?: boolean;
}

/** The front matter line that names a template's pagination list: `data: archive.topicPages`. */
const PAGINATION_DATA = /^\s+data:\s*archive\.(\w+)\s*$/m;
/** The front matter line of a pagination one item a page. */
const PAGE_PER_ITEM = /^\s+size:\s*1\s*$/m;

/**
 * The archive's lists that templates paginate one item a page (`pagination.data: archive.X`, `size: 1` in their front matter) and no template
 * reads otherwise: those a build may shorten to the pages it renders again. A list also read in a page (the years,
 * which the meetings page lists) is always paginated whole. Read from the templates, so a new paginated template
 * needs nothing here.
 */
export async function filterableLists(templatesDir: string): Promise<string[]> {
  const files = ((await readdir(templatesDir, { recursive: true })) as string[]).filter((file) => file.endsWith('.njk'));
  const texts = await Promise.all(files.map((file) => readFile(path.join(templatesDir, file), 'utf8')));
  // One page per item only: shortening a list paginated several items a page would move items between pages.
  const paginated = texts.flatMap((text) => (PAGE_PER_ITEM.test(text) ? (PAGINATION_DATA.exec(text)?.[1] ?? []) : []));
  const uses = (list: string) => texts.reduce((n, text) => n + (text.match(new RegExp(`archive\\.${list}\\b`, 'g'))?.length ?? 0), 0);
  return paginated.filter((list) => uses(list) === paginated.filter((other) => other === list).length);
}

/** Renders every page into `outputDir`. Returns the paths written. */
export async function renderSite(site: SiteData, outputDir: string, options: RenderOptions): Promise<string[]> {
  const templatesDir = options.templatesDir ?? 'templates';
  const only = options.onlyMeetings ? new Set(options.onlyMeetings) : undefined;
  const renderMeetings = options.skipMeetings ? [] : only ? site.renderMeetings.filter((m) => only.has(m.id)) : site.renderMeetings;
  let archive: SiteData = { ...site, renderMeetings };
  if (options.renderPage) {
    const renderPage = options.renderPage;
    const shortened: Record<string, unknown[]> = {};
    for (const list of await filterableLists(templatesDir)) {
      const value = (archive as unknown as Record<string, unknown>)[list];
      if (Array.isArray(value)) shortened[list] = value.filter((item) => renderPage(list, [item]));
    }
    archive = { ...archive, ...shortened };
  }
  const eleventy = new Eleventy(templatesDir, outputDir, {
    quietMode: true,
    configPath: ELEVENTY_CONFIG,
    pathPrefix: options.deploy.pathPrefix,
    config(eleventyConfig) {
      // Eleventy's benchmark groups log on their own: quiet the ones made and the ones to come.
      eleventyConfig.benchmarkManager.setVerboseOutput(false);
      for (const group of Object.values(eleventyConfig.benchmarkManager.getAll())) group.setIsVerbose(false);
      sitePlugin(eleventyConfig, {
        archive,
        deploy: options.deploy,
        setting: options.setting,
        rules: options.rules,
        templatesDir,
        copyAssets: options.copyAssets ?? !only,
        ...(options.tracker ? { tracker: options.tracker } : {}),
      });
      // A quick rebuild writes the meeting pages only.
      if (only) eleventyConfig.ignores.add(`${templatesDir}/!(meeting).njk`);
    },
  });
  // Nothing of Eleventy's own (English "[11ty] Wrote …", benchmark notes) reaches the secretary's terminal; failures are thrown.
  eleventy.disableLogger();
  eleventy.setIsVerbose(false);
  const [, written] = await eleventy.write();
  return written.flatMap((file) => (file.outputPath ? [file.outputPath] : []));
}
