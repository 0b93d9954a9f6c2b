// The build: seeds → records → digest → search index and site, then the report. The site is
// rendered into a staging folder and swapped in only when everything succeeded.
//
// Files kept between builds live in `<cacheDir>` (default `.cache/news-digest/` beside the output
// folder, so `.cache/news-digest/` in the project for `_site/`): `extract/<extractor version>/records.jsonl`
// holds the extraction cache, `records/<output folder name>/<id>.md` the record of every article
// as a front-matter file, for inspection (`.cache/news-digest/records/_site/`). They are kept
// out of the output folder: the site publishes records.json instead. `addresses/<output folder
// name>.json` is the address book (src/digest/addresses.ts): what each page address of earlier
// builds was given to, so that a page keeps its address and an address that moved becomes a
// redirect. It is history, not a cache of work: deleting it only loses the redirects (a cold
// build has none to make); the same seeds and the same address book give the same site.
// `pages/<output folder name>.json` is the page manifest of the site in place (carry-over.ts):
// deleting it only makes the next build render every page.
import fs from "node:fs";
import path from "node:path";
import type { BuildReport, Digest } from "../model.ts";
import { formatAddressBook, parseAddressBook } from "../digest/addresses.ts";
import { buildDigest } from "../digest/index.ts";
import { PEOPLE_FILE, peopleForTools } from "../digest/people-export.ts";
import { loadPeopleFile, PEOPLE_FILE_NAMES } from "../digest/people-file.ts";
import { loadTopics, TOPICS_FILE_NAMES } from "../digest/topics-file.ts";
import { DataFileError } from "../digest/yaml.ts";
import { DEFAULT_TOPICS } from "../extract/topics.ts";
import { listSeedFiles } from "../ingest/index.ts";
import { noCache, openExtractionCache } from "../records/cache.ts";
import { recordFileName, recordFromFileText, writeRecords } from "../records/store.ts";
import type { CarryOver, renderSite } from "../site/render.ts";
import type { PageFingerprints } from "../site/page-fingerprints.ts";
import type { SiteSettings } from "../site/settings.ts";
import { acquireBuildLock, BuildLockedError } from "./build-lock.ts";
import { discardStaging, makeStagingDir, swapIntoPlace } from "./atomic-output.ts";
import { carryOverPages, carryOverSearch, pageManifestOf, readPageManifest } from "./carry-over.ts";
import { extractAll } from "./extract-all.ts";
import { failsStrict, makeReport, messagesOf, REPORT_FILE } from "./report.ts";
import { SEARCH_FOLDER, searchKey, searchRecords, writeSearchIndex } from "./search-index.ts";

export interface BuildOptions {
  seedsDir: string;
  outDir: string;
  strict?: boolean;
  /** Where the extraction cache and record files live (default: see defaultCacheDir). */
  cacheDir?: string;
  /** false extracts every article again (the record files are still written). */
  useCache?: boolean;
  /** Worker threads for extraction besides the main thread (default 0). */
  workers?: number;
  /** Skip the Pagefind index (tests that do not need search). */
  searchIndex?: boolean;
  /** Articles up to which the search index is written beside the pages rather than before them (default 10,000). */
  searchBesidePagesUpTo?: number;
  /**
   * Keep the previous site's search index when the records it indexes changed, so that the pages
   * are in place sooner (the dev server); the result says so, and a build without this option
   * brings the index up to date.
   */
  searchLater?: boolean;
  /** Site settings (title, public address, path prefix); the defaults and NEWS_DIGEST_URL when not given. */
  settings?: SiteSettings;
  /** The renderer; renderSite unless a caller (a test) gives another. */
  render?: SiteRenderer;
  onProgress?: (progress: { phase: "extracting"; done: number; total: number } | { phase: "writing" | "indexing" }) => void;
}

/** Renders the site into a folder; returns the fingerprint of each page it can carry over next time (renderSite), or nothing. */
export type SiteRenderer = (
  digest: Digest,
  report: BuildReport,
  outDir: string,
  settings?: SiteSettings,
  carryOver?: CarryOver,
) => Promise<PageFingerprints | void>;

export interface BuildResult {
  /** False when nothing was written: a fatal problem, or --strict with skipped files or errors. */
  ok: boolean;
  /** Why the build failed, in words for the user. */
  failure: string | null;
  report: BuildReport | null;
  digest: Digest | null;
  /** Articles extracted in this run rather than taken from the cache. */
  extracted: string[];
  /** Pages carried over unchanged from the previous site rather than rendered again. */
  carriedOver: number;
  /** True when the site was put in place with the previous search index (see searchLater). */
  searchBehind: boolean;
  /**
   * Milliseconds per stage, for --verbose and the benchmark (never written into the site). When
   * the search index is written beside the pages, "pages and search" is the time of the two
   * together, and "search" and "pages" each count from that stage's start.
   */
  timings: Partial<Record<"extraction" | "records" | "digest" | "pages and search" | "search" | "pages" | "swap", number>>;
}

/**
 * Up to this many articles the search index is written beside the pages; above it, before them,
 * so that the memory of the two is not held at once (see runBuild).
 */
const SEARCH_BESIDE_PAGES_UP_TO = 10_000;

/**
 * The site renderer, imported when a build gets that far: Eleventy takes ~0.6 s to load, which
 * the build spends while Pagefind indexes instead of before reading a seed.
 */
function loadRenderer(): Promise<SiteRenderer> {
  return import("../site/render.ts").then((module) => module.renderSite);
}

export function defaultCacheDir(outDir: string): string {
  return path.join(path.dirname(path.resolve(outDir)), ".cache", "news-digest");
}

/**
 * Builds the site; one build at a time per output folder (see build-lock.ts): a second build
 * started meanwhile fails at once with a message saying which process holds the folder.
 */
export async function runBuild(options: BuildOptions): Promise<BuildResult> {
  let release: () => void;
  try {
    release = acquireBuildLock(options.outDir);
  } catch (error) {
    if (!(error instanceof BuildLockedError)) throw error;
    return { ok: false, failure: error.message, report: null, digest: null, extracted: [], carriedOver: 0, searchBehind: false, timings: {} };
  }
  try {
    return await buildSite(options);
  } finally {
    release();
  }
}

async function buildSite(options: BuildOptions): Promise<BuildResult> {
  const seedsDir = path.resolve(options.seedsDir);
  const outDir = path.resolve(options.outDir);
  const fail = (failure: string): BuildResult => ({ ok: false, failure, report: null, digest: null, extracted: [], carriedOver: 0, searchBehind: false, timings: {} });
  const timings: BuildResult["timings"] = {};
  let lap = performance.now();
  const time = (stage: keyof BuildResult["timings"]) => {
    const now = performance.now();
    timings[stage] = Math.round(now - lap);
    lap = now;
  };
  if (!fs.existsSync(seedsDir) || !fs.statSync(seedsDir).isDirectory()) return fail(`the seeds folder ${options.seedsDir} does not exist`);
  if (outDir === seedsDir || seedsDir.startsWith(`${outDir}${path.sep}`)) return fail("the output folder must not be (or contain) the seeds folder");

  let people;
  let taxonomy;
  try {
    people = loadPeopleFile(seedsDir);
    taxonomy = loadTopics(seedsDir, DEFAULT_TOPICS);
  } catch (error) {
    if (error instanceof DataFileError) return fail(error.message);
    throw error;
  }

  const listing = listSeedFiles(seedsDir);
  const dataFiles = new Set([...PEOPLE_FILE_NAMES, ...TOPICS_FILE_NAMES]);
  const ignored = listing.ignored.filter((f) => !dataFiles.has(f)).length;

  const cacheDir = options.cacheDir ?? defaultCacheDir(outDir);
  const cache = options.useCache === false ? noCache() : openExtractionCache(path.join(cacheDir, "extract"));
  const extraction = await extractAll({
    seedsDir,
    sources: listing.articles,
    topics: taxonomy.topics,
    topicsKey: taxonomy.key,
    cache,
    workers: options.workers,
    onProgress: (done, total) => options.onProgress?.({ phase: "extracting", done, total }),
  });
  cache.save();
  time("extraction");

  // The records are written as files and read back, so what the site shows is what a user
  // can inspect (and the read-back validation catches a record the schema does not allow).
  // Read back from the text each file was written with: the same bytes, not read from disk again.
  // A record whose file is unchanged since the last build is the one already read back then.
  // A record that fails validation costs its article (named in the report), not the build.
  let records = extraction.records;
  const skipped = [...extraction.skipped];
  const recordsDir = path.join(cacheDir, "records", path.basename(outDir));
  const fileTexts = new Map(writeRecords(recordsDir, records).map((w) => [w.id, w.text]));
  records = records.flatMap((record) => {
    const text = fileTexts.get(record.id);
    if (text === undefined) return [record];
    try {
      return [recordFromFileText(text, path.join(recordsDir, recordFileName(record)))];
    } catch (error) {
      skipped.push({ file: record.source, reason: `its record is invalid: ${(error as Error).message}` });
      return [];
    }
  });
  time("records");

  const addressBookFile = path.join(cacheDir, "addresses", `${path.basename(outDir)}.json`);
  const addresses = parseAddressBook(readIfPresent(addressBookFile));
  const digest = buildDigest(records, { people: people.entries, topics: taxonomy.topics, addresses });
  const report = makeReport({ digest, ignored, skipped, messages: messagesOf(records) });
  time("digest");
  const result = { report, digest, extracted: extraction.extracted, carriedOver: 0, searchBehind: false, timings };
  if (options.strict && failsStrict(report)) {
    return { ...result, ok: false, failure: "--strict: files were skipped or errors occurred; the output folder was left as it was" };
  }

  const staging = makeStagingDir(outDir);
  const pageManifestFile = path.join(cacheDir, "pages", `${path.basename(outDir)}.json`);
  const loadingRenderer = options.render ? Promise.resolve(options.render) : loadRenderer();
  // Awaited below; this only keeps a failed import from being reported as unhandled meanwhile.
  loadingRenderer.catch(() => {});
  try {
    const indexing = options.searchIndex !== false;
    // Pages whose data did not change since the site now in place are carried over from it
    // (see carry-over.ts); --no-cache renders every page, as a cold build does.
    const previousPages = options.useCache === false ? {} : readPageManifest(pageManifestFile);
    const carryOver: CarryOver = (fingerprints) => {
      const carried = carryOverPages(outDir, staging, previousPages, fingerprints);
      result.carriedOver = carried.carried;
      return carried;
    };
    let fingerprints: PageFingerprints | null = null;
    // The search index is carried over whole when its records did not change (a template or
    // the settings did), else written again.
    let indexKey: string | null = null;
    const writeSearch = async () => {
      const records = searchRecords(digest);
      const key = searchKey(records);
      const carried = await carryOverSearch(outDir, staging, previousPages, SEARCH_FOLDER, key, options.searchLater === true);
      if (carried === null) await writeSearchIndex(staging, records);
      indexKey = carried ?? key;
      result.searchBehind = indexKey !== key;
    };
    const renderPages = async () => {
      options.onProgress?.({ phase: "writing" });
      const render = await loadingRenderer;
      fingerprints = (await render(digest, report, staging, options.settings, carryOver)) ?? null;
    };
    if (indexing && records.length <= (options.searchBesidePagesUpTo ?? SEARCH_BESIDE_PAGES_UP_TO)) {
      // Pagefind indexes in its own process on one core while Eleventy renders on the main
      // thread: 5,000 articles took 25.4 s instead of 27.8 s, for 1.77 GB at the peak instead of
      // 1.35 GB. Both are awaited whatever becomes of the other, so that no write is still under
      // way when a failed build's folder is discarded.
      options.onProgress?.({ phase: "indexing" });
      const [searched, rendered] = await Promise.allSettled([timed(writeSearch), timed(renderPages)]);
      if (rendered.status === "rejected") throw rendered.reason;
      if (searched.status === "rejected") throw searched.reason;
      time("pages and search");
      timings.search = searched.value;
      timings.pages = rendered.value;
    } else {
      // Larger archives index first, then render: the peak is then the larger of Pagefind's
      // index and Eleventy's heap rather than their sum.
      if (indexing) {
        options.onProgress?.({ phase: "indexing" });
        await writeSearch();
      }
      time("search");
      await renderPages();
      time("pages");
    }
    fs.writeFileSync(path.join(staging, REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`);
    fs.writeFileSync(path.join(staging, PEOPLE_FILE), `${JSON.stringify(peopleForTools(digest), null, 2)}\n`);
    swapIntoPlace(staging, outDir);
    // Only a site that was put in place is remembered: its addresses are the ones readers have,
    // its pages the ones the next build can carry over.
    writeAtomically(addressBookFile, formatAddressBook(digest.addresses));
    const search = indexKey === null ? undefined : { folder: SEARCH_FOLDER, key: indexKey };
    if (fingerprints) writeAtomically(pageManifestFile, JSON.stringify(pageManifestOf(outDir, fingerprints, search)));
    else fs.rmSync(pageManifestFile, { force: true });
    time("swap");
  } catch (error) {
    discardStaging(staging);
    return { ...result, ok: false, failure: `writing the site failed: ${(error as Error).message}` };
  }
  return { ...result, ok: true, failure: null };
}

/** Milliseconds `task` took; its own start, not the build's last stage, is the origin. */
async function timed(task: () => Promise<void>): Promise<number> {
  const start = performance.now();
  await task();
  return Math.round(performance.now() - start);
}

function readIfPresent(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
}

function writeAtomically(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  fs.writeFileSync(partial, text);
  fs.renameSync(partial, file);
}
