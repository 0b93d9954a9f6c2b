// Content-hash cache of extraction results. The key covers everything extraction depends on:
// the article's bytes, its path (the record id comes from it), the user's topics and the
// extractor's own source, so a changed extractor or lexicon invalidates every entry.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ArticleRecord } from "../model.ts";
import { parseRecord } from "./schema.ts";

const SRC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** The folders whose source decides what extraction produces. */
const EXTRACTOR_FOLDERS = ["ingest", "extract", "lexicon", "records"];

let versionMemo: string | null = null;

/** Hash of the source files of ingest, extract, lexicon (and the record format), read at run time. */
export function extractorVersion(): string {
  if (versionMemo) return versionMemo;
  const hash = crypto.createHash("sha256");
  for (const folder of EXTRACTOR_FOLDERS) {
    for (const file of listFiles(path.join(SRC_DIR, folder))) {
      hash.update(path.relative(SRC_DIR, file).split(path.sep).join("/"));
      hash.update("\0");
      hash.update(fs.readFileSync(file));
      hash.update("\0");
    }
  }
  versionMemo = hash.digest("hex").slice(0, 16);
  return versionMemo;
}

function listFiles(dir: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(full));
    else if (/\.(ts|json)$/.test(entry.name)) files.push(full);
  }
  return files;
}

export interface ExtractionCache {
  get(key: string): ArticleRecord | null;
  set(key: string, record: ArticleRecord): void;
  /** Entries read from the cache and entries computed during this run. */
  readonly stats: { hits: number; misses: number };
}

/** The cache key of one article. `topicsKey` is a hash of the user's topics file, or "". */
export function cacheKey(source: string, bytes: Uint8Array, topicsKey: string): string {
  return crypto
    .createHash("sha256")
    .update(extractorVersion())
    .update("\0")
    .update(source)
    .update("\0")
    .update(topicsKey)
    .update("\0")
    .update(bytes)
    .digest("hex");
}

/**
 * A cache kept as one JSON file per entry under `dir/<extractor version>/`, in subfolders by key
 * prefix so no folder grows too large. Folders of other extractor versions can never hit again
 * and are removed, so the cache does not grow with every change to the extractor. A damaged
 * entry counts as a miss and is replaced.
 */
export function openExtractionCache(dir: string): ExtractionCache {
  const stats = { hits: 0, misses: 0 };
  const version = extractorVersion();
  const root = path.join(dir, version);
  try {
    for (const name of fs.readdirSync(dir)) if (name !== version) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  } catch {
    // No cache folder yet.
  }
  const fileOf = (key: string) => path.join(root, key.slice(0, 2), `${key}.json`);
  return {
    stats,
    get(key) {
      const file = fileOf(key);
      let text: string;
      try {
        text = fs.readFileSync(file, "utf8");
      } catch {
        stats.misses++;
        return null;
      }
      try {
        const record = parseRecord(JSON.parse(text), file);
        stats.hits++;
        return record;
      } catch {
        stats.misses++;
        return null;
      }
    },
    set(key, record) {
      const file = fileOf(key);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      // Write then rename so a crash never leaves a half-written entry behind.
      const temp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(temp, JSON.stringify(record));
      fs.renameSync(temp, file);
    },
  };
}

/** A cache that remembers nothing (for --no-cache and tests). */
export function noCache(): ExtractionCache {
  const stats = { hits: 0, misses: 0 };
  return {
    stats,
    get() {
      stats.misses++;
      return null;
    },
    set() {},
  };
}
