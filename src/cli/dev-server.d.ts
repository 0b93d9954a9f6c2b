// @11ty/eleventy-dev-server ships no type declarations; this covers the part the preview uses.
declare module "@11ty/eleventy-dev-server" {
  interface DevServer {
    serve(port: number): void;
    reload(event?: { files?: string[]; subtype?: string }): void;
    close(): Promise<void>;
    ready(): Promise<void>;
  }
  const EleventyDevServer: {
    getServer(name: string, dir: string, options?: Record<string, unknown>): DevServer;
  };
  export default EleventyDevServer;
}
