/**
 * Stage 5, render: Eleventy turns the templates and the view data into pages.
 * Touches the disk: writes into `outputDir`, which it takes as an argument.
 * Eleventy runs with the project's `.eleventy.js` (its layout) and the site
 * plugin, which gets the archive, the deployment and the rules from here.
 */
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import type { Deployment } from '../core/urls.ts';
import { type RuleGroup, sitePlugin } from './eleventy-plugin.ts';
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
}

/** Renders every page into `outputDir`. Returns the paths written. */
export async function renderSite(site: SiteData, outputDir: string, options: RenderOptions): Promise<string[]> {
  const templatesDir = options.templatesDir ?? 'templates';
  const only = options.onlyMeetings ? new Set(options.onlyMeetings) : undefined;
  const renderMeetings = options.skipMeetings ? [] : only ? site.renderMeetings.filter((m) => only.has(m.id)) : site.renderMeetings;
  const archive = { ...site, renderMeetings };
  const eleventy = new Eleventy(templatesDir, outputDir, {
    quietMode: true,
    configPath: ELEVENTY_CONFIG,
    pathPrefix: options.deploy.pathPrefix,
    config(eleventyConfig) {
      // Eleventy's benchmark groups log on their own: quiet the ones made and the ones to come.
      eleventyConfig.benchmarkManager.setVerboseOutput(false);
      for (const group of Object.values(eleventyConfig.benchmarkManager.getAll())) group.setIsVerbose(false);
      sitePlugin(eleventyConfig, { archive, deploy: options.deploy, setting: options.setting, rules: options.rules, templatesDir, copyAssets: !only });
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
