// The parts of Eleventy 3 this project uses (Eleventy ships no types): the programmatic API
// (src/site/render.ts) and the configuration object plugins get (src/site/eleventy-plugin.ts).
declare module '@11ty/eleventy' {
  /** What Eleventy hands out when it has set up its Nunjucks environment (the `eleventy.engine.njk` event). */
  export interface NunjucksSetup {
    nunjucks: { Template: new (source: string, environment: unknown, path: string, eagerCompile: boolean) => NunjucksTemplate };
    environment: unknown;
  }

  /** A compiled Nunjucks template. */
  export interface NunjucksTemplate {
    render(data: object, done: (failure: Error | null, output: string) => void): void;
  }

  /** A template language added with `addExtension`. */
  export interface TemplateExtension {
    compileOptions?: { cache?: boolean };
    compile(source: string, inputPath: string): (data: object) => Promise<string>;
  }

  /** Eleventy's configuration object, as plugins and the `config` option get it. */
  export interface EleventyConfig {
    /** Eleventy's timings; its groups print notes on slow steps unless told not to. */
    benchmarkManager: { setVerboseOutput(isVerbose: boolean): void; getAll(): Record<string, { setIsVerbose(isVerbose: boolean): void }> };
    setNunjucksEnvironmentOptions(options: object): void;
    addPlugin(plugin: unknown, options?: object): void;
    addGlobalData(name: string, data: unknown): void;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    addPassthroughCopy(paths: Record<string, string>): void;
    addExtension(extension: string, options: TemplateExtension): void;
    on(event: 'eleventy.engine.njk', listener: (setup: NunjucksSetup) => void): void;
    /** Glob patterns of input files Eleventy leaves out. */
    ignores: Set<string>;
  }

  /** Options of the programmatic API. */
  export interface EleventyOptions {
    quietMode?: boolean;
    /** The configuration file, or false for none. */
    configPath?: string | false;
    pathPrefix?: string;
    /** Runs before the configuration file. */
    config?: (eleventyConfig: EleventyConfig) => void;
  }

  /** One file a build wrote (or did not: `outputPath` false). */
  export interface WrittenFile {
    outputPath: string | false;
  }

  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    /** Builds the site: the passthrough copies, then the templates' results. */
    write(): Promise<[unknown[], WrittenFile[]]>;
    /** Stops Eleventy's own console output (`[11ty] Wrote …`). */
    disableLogger(): void;
    /** Verbose output, including benchmark notes. */
    setIsVerbose(isVerbose: boolean): void;
  }

  export const HtmlBasePlugin: unknown;
}
