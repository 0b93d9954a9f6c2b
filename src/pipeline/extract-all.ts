// Seeds → records: read each article's bytes, reuse the cached record when the bytes (and the
// extractor) are unchanged, otherwise ingest and extract. One bad file is skipped with its
// reason; it never stops the others. On request, cache misses are shared with worker threads;
// results are put back in path order, so the output never depends on timing.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { ArticleRecord, Topic } from "../model.ts";
import { cacheKey, type ExtractionCache } from "../records/cache.ts";
import { extractOne, type ExtractOutcome, type WorkerInput } from "./extract-one.ts";

export interface ExtractionResult {
  records: ArticleRecord[];
  skipped: { file: string; reason: string }[];
  /** Sources extracted in this run (not taken from the cache). */
  extracted: string[];
}

const SLICE = 50;

export async function extractAll(input: {
  seedsDir: string;
  sources: string[];
  topics: readonly Topic[];
  topicsKey: string;
  cache: ExtractionCache;
  /**
   * Worker threads besides the main thread (default 0). Measured here at 5,000 articles on two
   * busy cores, one worker made extraction slower (start-up ~0.8 s, contention), so it is opt-in.
   */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}): Promise<ExtractionResult> {
  const { seedsDir, sources, topics, topicsKey, cache } = input;
  const total = sources.length;
  const outcomes: (ExtractOutcome | null)[] = new Array(total).fill(null);
  const misses: { index: number; key: string; bytes: Uint8Array }[] = [];
  let done = 0;
  const progress = () => input.onProgress?.(done, total);

  sources.forEach((source, index) => {
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(path.join(seedsDir, source));
    } catch (error) {
      outcomes[index] = { kind: "skipped", reason: `could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` };
      return;
    }
    const key = cacheKey(source, bytes, topicsKey);
    const cached = cache.get(key);
    if (cached) {
      outcomes[index] = { kind: "record", record: cached };
      if (++done % SLICE === 0) progress();
    } else misses.push({ index, key, bytes });
  });
  done = total - misses.length;
  progress();

  const workerCount = Math.max(0, Math.min(misses.length, input.workers ?? 0, os.availableParallelism()));
  // Workers take the last part of the list; the main thread works through the first part
  // in slices, yielding between them so worker progress messages get through.
  const share = Math.floor(misses.length / (workerCount + 1));
  const mainPart = misses.slice(0, misses.length - share * workerCount);
  const workerParts = Array.from({ length: workerCount }, (_, w) => misses.slice(mainPart.length + w * share, mainPart.length + (w + 1) * share));
  const running = workerParts.map((part) =>
    runWorker({ seedsDir, sources: part.map((m) => sources[m.index]!), topics }, (n) => {
      done += n;
      progress();
    }).then((results) => results.forEach((outcome, i) => (outcomes[part[i]!.index] = outcome))),
  );
  for (let start = 0; start < mainPart.length; start += SLICE) {
    for (const miss of mainPart.slice(start, start + SLICE)) {
      outcomes[miss.index] = extractOne(sources[miss.index]!, miss.bytes, topics);
      done++;
    }
    progress();
    if (workerCount > 0) await new Promise((resolve) => setImmediate(resolve));
  }
  await Promise.all(running);

  const records: ArticleRecord[] = [];
  const skipped: { file: string; reason: string }[] = [];
  const extracted: string[] = [];
  const missKey = new Map(misses.map((m) => [m.index, m.key]));
  outcomes.forEach((outcome, index) => {
    const source = sources[index]!;
    if (!outcome || outcome.kind === "skipped") {
      skipped.push({ file: source, reason: outcome?.reason ?? "not processed" });
      return;
    }
    records.push(outcome.record);
    const key = missKey.get(index);
    if (key) {
      cache.set(key, outcome.record);
      extracted.push(source);
    }
  });
  done = total;
  progress();
  return { records: withUniqueIds(records), skipped, extracted };
}

function runWorker(data: WorkerInput, onProgress: (n: number) => void): Promise<ExtractOutcome[]> {
  return new Promise((resolve, reject) => {
    // The bootstrap registers the TypeScript loader in the new thread, then loads the worker.
    const entry = new URL("./extract-worker.ts", import.meta.url).href;
    const worker = new Worker(new URL("./worker-bootstrap.mjs", import.meta.url), { workerData: { ...data, entry } });
    let reported = 0;
    worker.on("message", (message: { kind: "progress"; done: number } | { kind: "done"; results: ExtractOutcome[] }) => {
      if (message.kind === "progress") {
        onProgress(message.done - reported);
        reported = message.done;
      } else {
        onProgress(data.sources.length - reported);
        resolve(message.results);
        void worker.terminate();
      }
    });
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (code !== 0) reject(new Error(`extraction worker stopped with code ${code}`));
    });
  });
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
