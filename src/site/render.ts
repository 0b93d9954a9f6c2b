// Render the digest into a static site with Eleventy, driven programmatically.
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type { BuildReport, Digest } from "../model.ts";
import configureSite, { engineSettings, templatesDir } from "../../.eleventy.ts";
import { writeEntityFeeds } from "./entity-feeds.ts";
import { pageFingerprints, type PageFingerprints } from "./page-fingerprints.ts";
import { rendererKey } from "./renderer-key.ts";
import { SiteData, type PageSelection } from "./site-data.ts";
import { parseSettings, type SiteSettings } from "./settings.ts";

/** Settings when no file gives them: the defaults, with NEWS_DIGEST_URL as the public address when set. */
export function defaultSettings(): SiteSettings {
  return parseSettings({}, "NEWS_DIGEST_URL", process.env.NEWS_DIGEST_URL);
}

/**
 * Given every page's fingerprint, carries over into the output folder the pages of the previous
 * site whose fingerprint is unchanged, and says which pages are still to be written.
 */
export type CarryOver = (fingerprints: PageFingerprints) => { writes: PageSelection; linked: Promise<void> };

/**
 * Renders the site for `digest` into `outDir` (created if needed): every page, or with
 * `carryOver` the pages it leaves to be written. Returns the fingerprint of every page that can
 * be carried over, for the next build.
 */
export async function renderSite(
  digest: Digest,
  report: BuildReport,
  outDir: string,
  settings: SiteSettings = defaultSettings(),
  carryOver?: CarryOver,
): Promise<PageFingerprints> {
  const data = new SiteData(digest, report, settings);
  const fingerprints = pageFingerprints(data, rendererKey(settings));
  // The pages carried over are linked in while Eleventy starts and renders the others; the
  // linking is awaited whatever becomes of the rest, so no write is still under way when the
  // caller discards a failed build's folder.
  const carried = carryOver?.(fingerprints);
  if (carried) data.selectPages(carried.writes);
  const linked = carried?.linked ?? Promise.resolve();
  linked.catch(() => {});
  let eleventy: Eleventy;
  try {
    eleventy = new Eleventy(templatesDir, path.resolve(outDir), {
      quietMode: true,
      config: (eleventyConfig) => {
        configureSite(eleventyConfig);
        // Its benchmark group for config-added filters is created before quiet mode applies.
        eleventyConfig.benchmarkManager?.get("Configuration")?.setIsVerbose(false);
        eleventyConfig.addGlobalData("site", data);
        eleventyConfig.addGlobalData("base", settings.pathPrefix);
      },
    });
    // The build prints its own summary; Eleventy's "Wrote N files" and benchmark notes would be noise.
    eleventy.disableLogger();
    // The config callback's return value is ignored by Eleventy's programmatic API: pass the engine settings here.
    await eleventy.initializeConfig({ ...engineSettings });
  } catch (error) {
    await linked.catch(() => {});
    throw error;
  }
  // Written while Eleventy renders (see writeEntityFeeds), awaited like the links.
  const feeds = writeEntityFeeds(path.resolve(outDir), data.render.feeds, settings.title, settings.url);
  const pages = eleventy.write().catch((error: unknown) => {
    throw new Error(`Rendering the site failed: ${describeError(error)}`, { cause: error });
  });
  const [feedsDone, pagesDone, linksDone] = await Promise.allSettled([feeds, pages, linked]);
  if (pagesDone.status === "rejected") throw pagesDone.reason;
  if (feedsDone.status === "rejected") throw feedsDone.reason;
  if (linksDone.status === "rejected") throw linksDone.reason;
  return fingerprints;
}

/** Eleventy wraps the real cause in errors that only name the template: print the whole chain, one line per step. */
function describeError(error: unknown): string {
  const lines: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current instanceof Error && depth < 6; depth++) {
    for (const line of current.message.split("\n").map((l) => l.trim())) {
      if (line && !line.startsWith("at ") && !lines.includes(line)) lines.push(line);
    }
    current = (current as Error & { originalError?: unknown }).originalError ?? current.cause;
  }
  return lines.join(" ← ");
}
