/**
 * Stage 5, render: Eleventy turns the templates and the index into pages.
 * Touches the disk: writes into `outputDir`, which it takes as an argument.
 */
import Eleventy from '@11ty/eleventy';
import type { Deployment } from '../core/urls.ts';
import { sitePlugin } from './eleventy-plugin.ts';
import type { SiteData } from './view.ts';

/** Options of {@link renderSite}. */
export interface RenderOptions {
  /** The templates folder. Default: `templates`. */
  templatesDir?: string;
  deploy: Deployment;
  /** Render only these meetings' pages and nothing else (the preview's quick rebuild, and batches of a large build). Default: everything. */
  onlyMeetings?: readonly string[];
  /** Render everything but the meeting pages (a large build renders those in batches). */
  skipMeetings?: boolean;
}

/** Renders every page into `outputDir`. Returns the paths written. */
export async function renderSite(site: SiteData, outputDir: string, options: RenderOptions): Promise<string[]> {
  const templatesDir = options.templatesDir ?? 'templates';
  const only = options.onlyMeetings ? new Set(options.onlyMeetings) : undefined;
  const renderMeetings = options.skipMeetings ? [] : only ? site.renderMeetings.filter((m) => only.has(m.id)) : site.renderMeetings;
  const data = { ...site, renderMeetings };
  const eleventy = new Eleventy(templatesDir, outputDir, {
    quietMode: true,
    configPath: false,
    pathPrefix: options.deploy.pathPrefix,
    config(eleventyConfig: Parameters<typeof sitePlugin>[0] & { setTemplateFormats(formats: string[]): void; ignores: Set<string> }) {
      eleventyConfig.setTemplateFormats(['njk']);
      sitePlugin(eleventyConfig, { archive: data, templatesDir, deploy: options.deploy, copyAssets: !only });
      // A quick rebuild writes the meeting pages only.
      if (only) eleventyConfig.ignores.add(`${templatesDir}/!(meeting).njk`);
    },
  });
  const results = (await eleventy.write()) as [unknown[], { outputPath: string | false }[]];
  return results[1].flatMap((r) => (r.outputPath ? [r.outputPath] : []));
}
