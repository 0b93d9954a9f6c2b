// npm start [-- --port N --seeds DIR --out DIR]: build, serve the site with Eleventy's dev server,
// and rebuild when an article, the people file or the topics file changes. Unchanged articles
// come from the extraction cache, so a rebuild re-extracts only what changed.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import EleventyDevServer from "@11ty/eleventy-dev-server";
import { runBuild } from "../pipeline/pipeline.ts";
import { formatSummary } from "../pipeline/report.ts";
import { loadSettings } from "../site/settings.ts";

const HELP = `Build the site, serve it on http://localhost:8080 and rebuild on every change.

Usage: npm start [-- options]

Options:
  --port N      port to serve on                                   (default: 8080)
  --seeds DIR   folder of articles to watch                        (default: seeds)
  --out DIR     folder the site is written to and served from      (default: _site)
  --help        show this text

Adding, changing or removing an article (or people.yml / topics.yml) rebuilds the site
within a few seconds; open pages reload by themselves. Stop with Ctrl+C.`;

/** Quiet time after the last change before rebuilding, so a burst of saves costs one build. */
const SETTLE_MS = 250;
/**
 * How long the updated pages are served before the build that brings the search index up to
 * date starts: a build holds this process's event loop for seconds, and the browsers reloading
 * the changed pages should get them first.
 */
const SEARCH_FOLLOWS_MS = 3000;

async function main(): Promise<void> {
  const { values: args } = parseArgs({
    options: {
      port: { type: "string", default: "8080" },
      seeds: { type: "string", default: "seeds" },
      out: { type: "string", default: "_site" },
      help: { type: "boolean", default: false },
    },
  });
  if (args.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const port = Number(args.port);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`--port expects a port number, not "${args.port}"`);
  const outDir = path.resolve(args.out);
  // news-digest.config.yml in the current folder, as for the build; a site with a path prefix is served under it.
  const settings = loadSettings(process.cwd());

  // After a change the pages go up first, with the previous search index; the index follows in
  // a second build (which carries every page over), unless another change comes first.
  let searchBehind = false;
  const build = async (why: string): Promise<boolean> => {
    const started = performance.now();
    const result = await runBuild({ seedsDir: args.seeds, outDir, settings, searchLater: why.startsWith("changed ") });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (result.report) process.stdout.write(`${formatSummary(result.report, { quiet: why !== "start" }).join("\n")}\n`);
    if (!result.ok) {
      process.stderr.write(`build failed (the previous site is still served): ${result.failure}\n`);
      return false;
    }
    searchBehind = result.searchBehind;
    const search = result.searchBehind ? "; the search index follows" : "";
    process.stdout.write(`${why}: built in ${seconds}s, ${result.extracted.length} article(s) extracted, ${result.carriedOver} page(s) carried over${search}\n`);
    return true;
  };

  if (!(await build("start")) && !fs.existsSync(outDir)) fs.mkdirSync(outDir, { recursive: true });

  const server = EleventyDevServer.getServer("news-digest", outDir, { port, domDiff: false, portReassignmentRetryCount: 0, pathPrefix: settings.pathPrefix });
  server.serve(port);
  process.stdout.write(`serving ${args.out}/ on http://localhost:${port}/ — watching ${args.seeds}/\n`);

  // One build at a time; changes during a build trigger exactly one more afterwards.
  let running = false;
  let pending: string | null = null;
  let timer: NodeJS.Timeout | null = null;
  const rebuild = async () => {
    if (running || pending === null) return;
    const why = pending;
    pending = null;
    running = true;
    try {
      if (await build(why)) server.reload({});
    } catch (error) {
      process.stderr.write(`build failed: ${(error as Error).stack ?? error}\n`);
    } finally {
      running = false;
      if (pending !== null) void rebuild();
      else if (searchBehind) {
        pending = "search index";
        timer = setTimeout(() => void rebuild(), SEARCH_FOLLOWS_MS);
      }
    }
  };
  const changed = (file: string) => {
    if (path.basename(file).startsWith(".")) return; // editors' swap and lock files
    pending = `changed ${file}`;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), SETTLE_MS);
  };
  const watcher = fs.watch(args.seeds, { recursive: true }, (_event, file) => changed(file ? String(file) : args.seeds));

  const stop = async () => {
    watcher.close();
    await server.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
