// Eleventy 3.1 ships no type declarations; this covers the small part of its API the site uses.
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    quietMode?: boolean;
    configPath?: string | false;
    config?: (eleventyConfig: UserConfig) => void | Promise<void>;
  }
  /** The configuration object handed to a config function; typed loosely on purpose. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  export type UserConfig = any;
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    /** Load the configuration; `overrides` is merged like the object a config file returns. */
    initializeConfig(overrides?: object): Promise<void>;
    /** Silence Eleventy's console output (errors still reject the returned promises). */
    disableLogger(): void;
    write(): Promise<unknown>;
    toJSON(): Promise<{ url: string; inputPath: string; outputPath: string; content: string }[]>;
  }
}

declare module "@11ty/eleventy-plugin-rss" {
  const rssPlugin: (eleventyConfig: unknown, options?: object) => void;
  export default rssPlugin;
}
