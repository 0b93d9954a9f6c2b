// Seeds → records: read each article's bytes, reuse the cached record when the bytes (and the
// extractor) are unchanged, otherwise ingest and extract. One bad file is skipped with its
// reason; it never stops the others.
import fs from "node:fs";
import path from "node:path";
import type { ArticleRecord, Topic } from "../model.ts";
import { extractRecord } from "../extract/index.ts";
import { ingestFile } from "../ingest/index.ts";
import { cacheKey, type ExtractionCache } from "../records/cache.ts";

export interface ExtractionResult {
  records: ArticleRecord[];
  skipped: { file: string; reason: string }[];
  /** Sources extracted in this run (not taken from the cache). */
  extracted: string[];
}

export function extractAll(input: {
  seedsDir: string;
  sources: string[];
  topics: readonly Topic[];
  topicsKey: string;
  cache: ExtractionCache;
  onProgress?: (done: number, total: number) => void;
}): ExtractionResult {
  const { seedsDir, sources, topics, topicsKey, cache } = input;
  const records: ArticleRecord[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const extracted: string[] = [];
  sources.forEach((source, index) => {
    input.onProgress?.(index, sources.length);
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(path.join(seedsDir, source));
    } catch (error) {
      skipped.push({ file: source, reason: `could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` });
      return;
    }
    const key = cacheKey(source, bytes, topicsKey);
    const cached = cache.get(key);
    if (cached) {
      records.push(cached);
      return;
    }
    try {
      const ingested = ingestFile(source, bytes);
      if (ingested.kind === "skipped") {
        skipped.push({ file: source, reason: ingested.reason });
        return;
      }
      const record = extractRecord(ingested.article, topics);
      cache.set(key, record);
      records.push(record);
      extracted.push(source);
    } catch (error) {
      // A bug in extraction must cost one article, named, not the whole build.
      skipped.push({ file: source, reason: `extraction failed: ${(error as Error).message}` });
    }
  });
  input.onProgress?.(sources.length, sources.length);
  return { records: withUniqueIds(records), skipped, extracted };
}

/**
 * Record ids come from file names, and "a.txt"/"a.md" or "x y.txt"/"x-y.txt" share one. The
 * later source (in path order) gets a numbered id, so ids are unique and stable.
 */
export function withUniqueIds(records: ArticleRecord[]): ArticleRecord[] {
  const taken = new Set(records.map((r) => r.id));
  const seen = new Set<string>();
  return records.map((record) => {
    if (!seen.has(record.id)) {
      seen.add(record.id);
      return record;
    }
    let n = 2;
    while (taken.has(`${record.id}-${n}`)) n++;
    const id = `${record.id}-${n}`;
    taken.add(id);
    seen.add(id);
    return { ...record, id };
  });
}
