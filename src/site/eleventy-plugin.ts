/**
 * The site as an Eleventy plugin: Nunjucks with autoescaping, the filters,
 * the path prefix (HtmlBasePlugin), the assets, and the archive as global data.
 * `.eleventy.js` only adds this plugin.
 */
import { HtmlBasePlugin } from '@11ty/eleventy';
import { formatDiagnostic, summarize } from '../core/diagnostics.ts';
import { checkArchive } from '../build/pipeline.ts';
import { RULES } from '../check/rules.ts';
import { absoluteUrl, agencyLabel, count, rfc3339, swedishDate } from './filters.ts';
import { toSiteData, type SiteData } from './view.ts';
import { searchContract } from '../core/search-contract.ts';
import { type Deployment, deploymentFromEnv, urls } from '../core/urls.ts';

/** Options of {@link sitePlugin}. */
export interface SitePluginOptions {
  /** The minutes folder read when no archive is given (the preview server). Default: `minutes`. */
  minutesDir?: string;
  /** The archive to render; when absent the plugin runs the check on `minutesDir` for every build. */
  archive?: SiteData;
  /** The templates folder (its `assets/` are copied to the site). Default: `templates`. */
  templatesDir?: string;
  /** Where the site is published, for feeds and the sitemap. */
  deploy?: Deployment;
  /** Copy `templates/assets/` into the site. Default: true. */
  copyAssets?: boolean;
}

/** The template data as an object Eleventy passes by reference instead of copying. */
class Archive {
  constructor(data: SiteData) {
    Object.assign(this, data);
  }
}

/** Thrown when the minutes have errors: its message is the check's report. */
export class ArchiveError extends Error {
  override name = 'ArchiveError';
}

/** Runs the check and returns the template data, or throws the check's report. */
export async function loadSiteData(minutesDir: string): Promise<SiteData> {
  const result = await checkArchive(minutesDir);
  const report = [...result.diagnostics.map(formatDiagnostic), summarize(result.diagnostics, result.filesChecked)].join('\n');
  if (!result.index) throw new ArchiveError(`Minnesanteckningarna har fel; sidorna byggdes inte om.\n${report}`);
  if (result.diagnostics.length) console.log(report);
  return toSiteData(result.index);
}

// Eleventy's config object is untyped; only the methods used here are named.
interface EleventyConfig {
  setNunjucksEnvironmentOptions(options: object): void;
  addPlugin(plugin: unknown, options?: object): void;
  addGlobalData(name: string, data: unknown): void;
  addFilter(name: string, filter: (...args: never[]) => unknown): void;
  addPassthroughCopy(paths: Record<string, string>): void;
  addWatchTarget(path: string): void;
  setServerOptions(options: object): void;
  addExtension(extension: string, options: object): void;
  on(event: string, listener: (payload: never) => void): void;
}

/** What Eleventy hands out when it has set up its Nunjucks environment. */
interface NunjucksSetup {
  nunjucks: { Template: new (source: string, environment: unknown, path: string, eagerCompile: boolean) => NunjucksTemplate };
  environment: unknown;
}
interface NunjucksTemplate {
  render(data: object, done: (failure: Error | null, output: string) => void): void;
}

/**
 * Eleventy 3.1 compiles a Nunjucks template again for every page it renders (its Nunjucks
 * engine opts out of Eleventy's compile cache), about a third of the render time on a
 * large archive. This override compiles each template once, in Eleventy's own Nunjucks
 * environment (same filters, loader and options), and lets Eleventy cache the result.
 */
function compileNunjucksOnce(eleventyConfig: EleventyConfig): void {
  let setup: NunjucksSetup | undefined;
  eleventyConfig.on('eleventy.engine.njk', (payload: NunjucksSetup) => (setup = payload));
  eleventyConfig.addExtension('njk', {
    compileOptions: { cache: true },
    compile(source: string, inputPath: string) {
      if (!setup) throw new Error('Eleventy har inte startat sin Nunjucks-miljö.');
      const template = new setup.nunjucks.Template(source, setup.environment, inputPath, true);
      return (data: object) =>
        new Promise<string>((resolve, reject) => template.render(data, (failure, output) => (failure ? reject(failure) : resolve(output))));
    },
  });
}

/** Registers everything the templates need. */
export function sitePlugin(eleventyConfig: EleventyConfig, options: SitePluginOptions = {}): void {
  const minutesDir = options.minutesDir ?? 'minutes';
  const templatesDir = options.templatesDir ?? 'templates';
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true, trimBlocks: true, lstripBlocks: true });
  compileNunjucksOnce(eleventyConfig);
  const deploy = options.deploy ?? deploymentFromEnv(process.env);
  // The base plugin rewrites every link in every page; under the root it has nothing to do.
  if (deploy.pathPrefix !== '/') eleventyConfig.addPlugin(HtmlBasePlugin);
  // Wrapped in a class instance: Eleventy deep-merges plain objects into every page's data, and
  // copying the whole archive for every page made rendering slow on large archives.
  eleventyConfig.addGlobalData('archive', options.archive ? new Archive(options.archive) : async () => new Archive(await loadSiteData(minutesDir)));
  eleventyConfig.addGlobalData('deploy', deploy);
  // The paths of the pages: templates link with `urls.meetings`, `urls.meeting(id)` … and never spell one.
  eleventyConfig.addGlobalData('urls', urls);
  // What the search index and the search page agree on; search.njk hands it to search.js as data-* attributes.
  eleventyConfig.addGlobalData('searchContract', searchContract);
  eleventyConfig.addGlobalData('rules', RULES);
  eleventyConfig.addFilter('swedishDate', swedishDate);
  eleventyConfig.addFilter('rfc3339', rfc3339);
  eleventyConfig.addFilter('count', count);
  eleventyConfig.addFilter('absoluteUrl', absoluteUrl);
  eleventyConfig.addFilter('agencyLabel', agencyLabel);
  if (options.copyAssets !== false) eleventyConfig.addPassthroughCopy({ [`${templatesDir}/assets`]: 'assets' });
  if (!options.archive) eleventyConfig.addWatchTarget(`${minutesDir}/`);
}
