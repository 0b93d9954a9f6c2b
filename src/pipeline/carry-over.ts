// Pages carried over from the previous site. A rebuild after one article changes a few dozen of
// some thousands of pages; the rest are hard-linked from the previous output folder into the
// staging folder (no bytes copied, and the previous site stays whole until the swap), and only
// the changed ones are rendered.
//
// The page manifest (in the cache folder) holds, for every page of the site put in place last,
// the fingerprint of its data and the size and modification time of its file. A page is carried
// over only when its fingerprint is unchanged and its file is still the one that build wrote, so
// a site edited by hand, replaced, or from a build killed before its manifest was written is
// rendered again where it differs rather than trusted.
import fs from "node:fs";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { PageFingerprints } from "../site/page-fingerprints.ts";
import type { PageSelection } from "../site/site-data.ts";

interface ManifestEntry {
  fingerprint: string;
  size: number;
  mtimeMs: number;
}
type PageManifest = Record<string, ManifestEntry>;

/** The file a site path is written to: "/people/x/" → "people/x/index.html". */
export function fileOfPage(url: string): string {
  const relative = url.replace(/^\/+/, "");
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}

export function readPageManifest(file: string): PageManifest {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as unknown;
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as PageManifest) : {};
  } catch {
    return {};
  }
}

/**
 * Decides which pages of `previousDir` carry over (fingerprint unchanged in `manifest`, file as
 * that build wrote it) and links them into `staging` in the background, while the rest are
 * rendered. Returns the pages still to be written, how many carry over, and the linking.
 */
export function carryOverPages(
  previousDir: string,
  staging: string,
  manifest: PageManifest,
  fingerprints: PageFingerprints,
): { writes: PageSelection; carried: number; linked: Promise<void> } {
  const carried = new Set<string>();
  const files: string[] = [];
  for (const [url, fingerprint] of fingerprints) {
    const file = fileOfPage(url);
    const entry = manifest[file];
    if (entry === undefined || entry.fingerprint !== fingerprint) continue;
    const stat = fs.statSync(path.join(previousDir, file), { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size !== entry.size || stat.mtimeMs !== entry.mtimeMs) continue;
    carried.add(url);
    files.push(file);
  }
  return { writes: (url) => !carried.has(url), carried: carried.size, linked: linkAll(previousDir, staging, files) };
}

/**
 * Links the files on another thread: the main thread is rendering meanwhile, and one link at a
 * time on one thread took a fraction of the time that thousands of asynchronous links queued on
 * libuv's pool did. Plain JavaScript, so the thread starts in milliseconds.
 */
const LINKER = `
const fs = require("node:fs");
const path = require("node:path");
const { workerData, parentPort } = require("node:worker_threads");
const { from, to, files } = workerData;
const made = new Set();
for (const file of files) {
  const target = path.join(to, file);
  const dir = path.dirname(target);
  if (!made.has(dir)) { fs.mkdirSync(dir, { recursive: true }); made.add(dir); }
  // A file system without hard links: the bytes are copied instead.
  try { fs.linkSync(path.join(from, file), target); } catch { fs.copyFileSync(path.join(from, file), target); }
}
parentPort.postMessage("done");
`;

function linkAll(from: string, to: string, files: string[]): Promise<void> {
  if (files.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const worker = new Worker(LINKER, { eval: true, workerData: { from, to, files } });
    let done = false;
    worker.on("message", () => {
      done = true;
      resolve();
    });
    worker.on("error", (error) => {
      done = true;
      reject(new Error(`carrying pages over failed: ${error.message}`));
    });
    worker.on("exit", (code) => {
      if (!done) reject(new Error(`carrying pages over failed: its thread stopped with code ${code}`));
    });
  });
}

/**
 * Links the previous site's search index into `staging` when it was written from the same
 * records (`key`), or from any with `anyKey`, and is still as written; all of it or none, since
 * Pagefind must not write into a folder holding links to the site in place. Returns the key of
 * the records it was written from, or null when it was not carried over.
 */
export async function carryOverSearch(
  previousDir: string,
  staging: string,
  manifest: PageManifest,
  folder: string,
  key: string,
  anyKey = false,
): Promise<string | null> {
  const files = Object.keys(manifest).filter((file) => file.startsWith(`${folder}/`));
  if (files.length === 0) return null;
  const previousKey = manifest[files[0]!]!.fingerprint;
  if (!previousKey.startsWith(SEARCH_PREFIX) || (!anyKey && previousKey !== SEARCH_PREFIX + key)) return null;
  for (const file of files) {
    const entry = manifest[file]!;
    if (entry.fingerprint !== previousKey) return null;
    const stat = fs.statSync(path.join(previousDir, file), { throwIfNoEntry: false });
    if (!stat?.isFile() || stat.size !== entry.size || stat.mtimeMs !== entry.mtimeMs) return null;
  }
  await linkAll(previousDir, staging, files);
  return previousKey.slice(SEARCH_PREFIX.length);
}

const SEARCH_PREFIX = "search ";
const searchFingerprint = (key: string) => SEARCH_PREFIX + key;

/**
 * The manifest of the site now in `outDir`: each fingerprinted page with its file's size and
 * time, and with `search`, every file of the search index under the key of its records.
 */
export function pageManifestOf(outDir: string, fingerprints: PageFingerprints, search?: { folder: string; key: string }): PageManifest {
  const manifest: PageManifest = {};
  if (search) {
    const root = path.join(outDir, search.folder);
    for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const full = path.join(entry.parentPath, entry.name);
      const stat = fs.statSync(full);
      manifest[path.relative(outDir, full).split(path.sep).join("/")] = { fingerprint: searchFingerprint(search.key), size: stat.size, mtimeMs: stat.mtimeMs };
    }
  }
  for (const [url, fingerprint] of fingerprints) {
    const file = fileOfPage(url);
    try {
      const stat = fs.statSync(path.join(outDir, file));
      manifest[file] = { fingerprint, size: stat.size, mtimeMs: stat.mtimeMs };
    } catch {
      // Not written (a renderer that skips a page): it will be rendered next time.
    }
  }
  return manifest;
}
