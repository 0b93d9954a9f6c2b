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
  /** Writes what this run used and computed, so the next run finds it; the cache is empty afterwards. */
  save(): void;
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

/** The one file holding the cache of an extractor version: a line `[key, record]` per article. */
export const CACHE_FILE = "records.jsonl";

/**
 * A cache kept as one file under `dir/<extractor version>/`, read once when opened and written
 * once by `save`: one file rather than one per article, since creating thousands of small files
 * cost about a second of a cold 5,000-article build. `save` appends what this run computed, and
 * rewrites the file with only the entries this run read or wrote once the others pass a fifth of
 * it, so records of deleted or edited articles do not pile up. Folders of other
 * extractor versions can never hit again and are removed. A damaged line counts as a miss.
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
  const file = path.join(root, CACHE_FILE);
  const { lines: stored, endsWithNewline } = readLines(file);
  const used = new Map<string, string>();
  return {
    stats,
    get(key) {
      const line = used.get(key) ?? stored.get(key);
      if (line !== undefined) {
        try {
          const [, data] = JSON.parse(line) as [string, unknown];
          const record = parseRecord(data, `${file} (${key.slice(0, 12)})`);
          used.set(key, line);
          stats.hits++;
          return record;
        } catch {
          // Damaged: recomputed like any miss, and saved as a new line (the last line of a key wins).
          stored.delete(key);
        }
      }
      stats.misses++;
      return null;
    },
    set(key, record) {
      used.set(key, JSON.stringify([key, record]));
    },
    save() {
      // A rebuild after one change reads every line but adds one: appending it spares writing
      // tens of megabytes again. Lines no article used any more stay until they are a fifth of
      // the file; then the file is written anew with only the lines used. A line cut short by a
      // crash while appending reads back as damaged, that is, as a miss.
      const added = [...used.keys()].filter((key) => !stored.has(key)).sort();
      const unusedStored = stored.size - (used.size - added.length);
      const total = stored.size + added.length;
      if (stored.size > 0 && unusedStored <= total * STALE_SHARE) {
        // After a line cut short, the first appended line starts on a line of its own.
        if (added.length > 0) fs.appendFileSync(file, (endsWithNewline ? "" : "\n") + added.map((key) => `${used.get(key)}\n`).join(""));
      } else {
        fs.mkdirSync(root, { recursive: true });
        const lines = [...used.keys()].sort().map((key) => `${used.get(key)}\n`);
        // Write then rename so a crash never leaves a half-written cache behind.
        const temp = `${file}.${process.pid}.tmp`;
        fs.writeFileSync(temp, lines.join(""));
        fs.renameSync(temp, file);
      }
      // The lines are tens of megabytes at thousands of articles: not kept while the site renders.
      stored.clear();
      used.clear();
    },
  };
}

/** The share of lines in the cache file that no article used last time, beyond which it is written anew. */
const STALE_SHARE = 0.2;

/** The cache file's lines by key; a missing or unreadable file is an empty cache. */
function readLines(file: string): { lines: Map<string, string>; endsWithNewline: boolean } {
  const lines = new Map<string, string>();
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    return { lines, endsWithNewline: true };
  }
  for (const line of text.split("\n")) {
    // The key is the line's first string: `["<64 hex digits>",`.
    const key = /^\["([0-9a-f]{64})",/.exec(line)?.[1];
    if (key) lines.set(key, line);
  }
  return { lines, endsWithNewline: text.length === 0 || text.endsWith("\n") };
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
    save() {},
  };
}
