// Extraction alone, in this process on one core: ingest + extractRecord over articles already
// read into memory, so the figure is the extractor's speed and not the disk's.

import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface ExtractionRun {
  articles: number;
  skipped: number;
  ms: number;
  perSecond: number;
  /** Officials found over all articles: a sanity check that extraction did real work. */
  officials: number;
}

type Ingest = typeof import("../ingest/index.ts").ingestFile;
type Extract = typeof import("../extract/index.ts").extractRecord;

export interface LoadedSeeds {
  files: { source: string; bytes: Uint8Array }[];
}

export function loadSeeds(seedsDir: string, files: readonly string[]): LoadedSeeds {
  return { files: files.map((source) => ({ source, bytes: readFileSync(join(seedsDir, source)) })) };
}

let modules: { ingestFile: Ingest; extractRecord: Extract } | null = null;

/** Imports the extractor lazily, so the rest of the benchmark works while it is missing. */
async function extractor(): Promise<{ ingestFile: Ingest; extractRecord: Extract }> {
  if (!modules) {
    const [ingest, extract] = await Promise.all([import("../ingest/index.ts"), import("../extract/index.ts")]);
    modules = { ingestFile: ingest.ingestFile, extractRecord: extract.extractRecord };
  }
  return modules;
}

/** Ingests and extracts every loaded seed once and times it. */
export async function measureExtraction(seeds: LoadedSeeds): Promise<ExtractionRun> {
  const { ingestFile, extractRecord } = await extractor();
  let skipped = 0;
  let officials = 0;
  const started = performance.now();
  for (const { source, bytes } of seeds.files) {
    const result = ingestFile(source, bytes);
    if (result.kind === "skipped") {
      skipped++;
      continue;
    }
    officials += extractRecord(result.article).officials.length;
  }
  const ms = performance.now() - started;
  const articles = seeds.files.length - skipped;
  return { articles, skipped, ms, perSecond: (articles / ms) * 1000, officials };
}
