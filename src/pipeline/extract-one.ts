// One seed file's bytes → its record, or the reason it was skipped. Shared by the main thread
// and the extraction workers so both do exactly the same thing.
import type { ArticleRecord, Topic } from "../model.ts";
import { extractRecord } from "../extract/index.ts";
import { ingestFile } from "../ingest/index.ts";

export type ExtractOutcome = { kind: "record"; record: ArticleRecord } | { kind: "skipped"; reason: string };

export interface WorkerInput {
  seedsDir: string;
  sources: string[];
  topics: readonly Topic[];
}

export function extractOne(source: string, bytes: Uint8Array, topics: readonly Topic[]): ExtractOutcome {
  try {
    const ingested = ingestFile(source, bytes);
    if (ingested.kind === "skipped") return { kind: "skipped", reason: ingested.reason };
    return { kind: "record", record: extractRecord(ingested.article, topics) };
  } catch (error) {
    // A bug in extraction must cost one article, named, not the whole build.
    return { kind: "skipped", reason: `extraction failed: ${(error as Error).message}` };
  }
}
