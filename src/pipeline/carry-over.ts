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
 * Links into `staging` every page of `previousDir` whose fingerprint `manifest` gives unchanged;
 * returns the pages still to be written, and how many were carried over.
 */
export function carryOverPages(
  previousDir: string,
  staging: string,
  manifest: PageManifest,
  fingerprints: PageFingerprints,
): { writes: PageSelection; carried: number } {
  const carried = new Set<string>();
  const made = new Set<string>();
  for (const [url, fingerprint] of fingerprints) {
    const file = fileOfPage(url);
    const entry = manifest[file];
    if (entry === undefined || entry.fingerprint !== fingerprint) continue;
    const source = path.join(previousDir, file);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(source);
    } catch {
      continue;
    }
    if (!stat.isFile() || stat.size !== entry.size || stat.mtimeMs !== entry.mtimeMs) continue;
    const target = path.join(staging, file);
    const dir = path.dirname(target);
    if (!made.has(dir)) {
      fs.mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    try {
      fs.linkSync(source, target);
    } catch {
      // A file system without hard links: the page is rendered instead.
      continue;
    }
    carried.add(url);
  }
  return { writes: (url) => !carried.has(url), carried: carried.size };
}

/** The manifest of the site now in `outDir`: each fingerprinted page with its file's size and time. */
export function pageManifestOf(outDir: string, fingerprints: PageFingerprints): PageManifest {
  const manifest: PageManifest = {};
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
