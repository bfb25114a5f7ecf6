/**
 * Stage 5, render: Eleventy turns the templates and the index into pages.
 * Touches the disk: writes into `outputDir`, which it takes as an argument.
 */
import Eleventy from '@11ty/eleventy';
import { type Deployment, sitePlugin } from './site/eleventy-plugin.ts';
import type { SiteData } from './site/view.ts';

/** Options of {@link renderSite}. */
export interface RenderOptions {
  /** The templates folder. Default: `templates`. */
  templatesDir?: string;
  deploy: Deployment;
}

/** Renders every page into `outputDir`. Returns the paths written. */
export async function renderSite(site: SiteData, outputDir: string, options: RenderOptions): Promise<string[]> {
  const templatesDir = options.templatesDir ?? 'templates';
  const eleventy = new Eleventy(templatesDir, outputDir, {
    quietMode: true,
    configPath: false,
    pathPrefix: options.deploy.pathPrefix,
    config(eleventyConfig: Parameters<typeof sitePlugin>[0] & { setTemplateFormats(formats: string[]): void }) {
      eleventyConfig.setTemplateFormats(['njk']);
      sitePlugin(eleventyConfig, { archive: site, templatesDir, deploy: options.deploy });
    },
  });
  const results = (await eleventy.write()) as [unknown[], { outputPath: string | false }[]];
  return results[1].flatMap((r) => (r.outputPath ? [r.outputPath] : []));
}
