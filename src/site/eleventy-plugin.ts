/**
 * The site as an Eleventy plugin: Nunjucks with autoescaping, the filters,
 * the path prefix (HtmlBasePlugin), the assets, and as global data the
 * archive, the deployment, the check's rules (for the guide), the pages'
 * addresses and the search contract. It takes all of these as data: the site
 * never runs the check. `render.ts` adds it.
 */
import { type EleventyConfig, HtmlBasePlugin, type NunjucksSetup } from '@11ty/eleventy';
import type { Severity } from '../core/diagnostics.ts';
import { searchContract } from '../core/search-contract.ts';
import { type Deployment, urls } from '../core/urls.ts';
import { absoluteUrl, agencyLabel, count, partsText, rfc3339, swedishDate, withPathPrefix } from './filters.ts';
import type { ReadTracker } from './page-reads.ts';
import type { SiteData } from './view.ts';

/** A group of the check's rules as the guide page lists them (the shape of the check's `RULES`). */
export interface RuleGroup {
  group: string;
  rules: readonly { id: string; severity: Severity; when: string; fix: string }[];
}

/** Options of {@link sitePlugin}. */
export interface SitePluginOptions {
  /** The archive to render. */
  archive: SiteData;
  /** Where the site is published, for feeds, the sitemap and links under a sub-path. */
  deploy: Deployment;
  /** The site setting's values (`webbplats.yml`: the archive's name, the publisher …), as `site` in the templates. */
  setting: Readonly<Record<string, unknown>>;
  /** The check's rules, for the secretary's guide. */
  rules: readonly RuleGroup[];
  /** The templates folder (its `assets/` are copied to the site). */
  templatesDir: string;
  /** Copy `templates/assets/` into the site. Default: true. */
  copyAssets?: boolean;
  /** Records what each page reads of the archive (for the next build's plan, `build/incremental.ts`). Default: none. */
  tracker?: ReadTracker;
}

/** The template data as an object Eleventy passes by reference instead of copying. */
class Archive {
  constructor(data: SiteData) {
    Object.assign(this, data);
  }
}

/**
 * Eleventy 3.1 compiles a Nunjucks template again for every page it renders (its Nunjucks
 * engine opts out of Eleventy's compile cache), about a third of the render time on a
 * large archive. This override compiles each template once, in Eleventy's own Nunjucks
 * environment (same filters, loader and options), and lets Eleventy cache the result.
 */
function compileNunjucksOnce(eleventyConfig: EleventyConfig, tracker: ReadTracker | undefined): void {
  let setup: NunjucksSetup | undefined;
  eleventyConfig.on('eleventy.engine.njk', (payload) => (setup = payload));
  eleventyConfig.addExtension('njk', {
    compileOptions: { cache: true },
    compile(source, inputPath) {
      if (!setup) throw new Error('Eleventy har inte startat sin Nunjucks-miljö.');
      const template = new setup.nunjucks.Template(source, setup.environment, inputPath, true);
      return (data) => {
        const render = () =>
          new Promise<string>((resolve, reject) => template.render(data, (failure, output) => (failure ? reject(failure) : resolve(output))));
        const page = (data as PageData).page;
        if (!tracker || typeof page?.outputPath !== 'string') return render();
        // The page's content and its layout, each rendered here: what they read of the archive is the page's.
        const pagination = (data as PageData).pagination;
        const list = pagination?.data?.startsWith('archive.') ? pagination.data.slice('archive.'.length) : undefined;
        return tracker.run(page.outputPath, { template: page.inputPath, list, items: pagination?.items }, render);
      };
    },
  });
}

/** The part of a page's data the tracker needs: where it is written and what it was paginated from. */
interface PageData {
  page?: { outputPath?: unknown; inputPath: string };
  pagination?: { data?: string; items?: unknown };
}

/** Registers everything the templates need. */
export function sitePlugin(eleventyConfig: EleventyConfig, options: SitePluginOptions): void {
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true, trimBlocks: true, lstripBlocks: true });
  compileNunjucksOnce(eleventyConfig, options.tracker);
  // The base plugin rewrites every link in every page; under the root it has nothing to do.
  if (options.deploy.pathPrefix !== '/') eleventyConfig.addPlugin(HtmlBasePlugin);
  // Wrapped in a class instance: Eleventy deep-merges plain objects into every page's data, and
  // copying the whole archive for every page made rendering slow on large archives.
  const archive = new Archive(options.archive);
  eleventyConfig.addGlobalData('archive', options.tracker ? options.tracker.wrap(archive) : archive);
  eleventyConfig.addGlobalData('deploy', options.deploy);
  eleventyConfig.addGlobalData('site', options.setting);
  eleventyConfig.addGlobalData('rules', options.rules);
  // The paths of the pages: templates link with `urls.meetings`, `urls.meeting(id)` … and never spell one.
  eleventyConfig.addGlobalData('urls', urls);
  // What the search index and the search page agree on; search.njk writes it as data-* attributes of the search form.
  eleventyConfig.addGlobalData('searchContract', searchContract);
  eleventyConfig.addFilter('swedishDate', swedishDate);
  eleventyConfig.addFilter('rfc3339', rfc3339);
  eleventyConfig.addFilter('count', count);
  eleventyConfig.addFilter('absoluteUrl', absoluteUrl);
  // A path under the prefix, for files the base plugin does not rewrite (the feeds and their XSL stylesheet).
  eleventyConfig.addFilter('withPathPrefix', withPathPrefix);
  eleventyConfig.addFilter('agencyLabel', agencyLabel);
  eleventyConfig.addFilter('partsText', partsText);
  if (options.copyAssets !== false) eleventyConfig.addPassthroughCopy({ [`${options.templatesDir}/assets`]: 'assets' });
}
