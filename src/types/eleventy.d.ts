// The parts of Eleventy 3's programmatic API this project uses (Eleventy ships no types).
declare module '@11ty/eleventy' {
  export interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string | false;
    pathPrefix?: string;
    runMode?: 'build' | 'watch' | 'serve';
    config?: (eleventyConfig: never) => void;
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
  }
  export const HtmlBasePlugin: unknown;
}
