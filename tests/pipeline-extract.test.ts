import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractAll, withUniqueIds } from "../src/pipeline/extract-all.ts";
import { DEFAULT_TOPICS } from "../src/extract/topics.ts";
import { listSeedFiles } from "../src/ingest/index.ts";
import { noCache } from "../src/records/cache.ts";
import { makeHostileSeeds } from "./fixtures/pipeline/hostile-seeds.ts";
import { record } from "./fixtures/digest-records.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pipeline-extract-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("extractAll", () => {
  const seeds = path.join(tmp, "seeds");
  makeHostileSeeds(seeds, { bigArticleBytes: 32 * 1024 });
  const sources = listSeedFiles(seeds).articles;
  const run = (workers: number) => extractAll({ seedsDir: seeds, sources, topics: DEFAULT_TOPICS, topicsKey: "", cache: noCache(), workers });

  it("gives the same records and skipped files with worker threads as without", async () => {
    const alone = await run(0);
    const shared = await run(2);
    expect(shared).toEqual(alone);
    expect(alone.records.map((r) => r.source)).toEqual(sources.filter((s) => !alone.skipped.some((k) => k.file === s)));
  });

  it("reports progress up to the total", async () => {
    const seen: number[] = [];
    await extractAll({ seedsDir: seeds, sources, topics: DEFAULT_TOPICS, topicsKey: "", cache: noCache(), onProgress: (done) => seen.push(done) });
    expect(seen[seen.length - 1]).toBe(sources.length);
  });
});

describe("withUniqueIds", () => {
  it("numbers the later of two records whose file names give one id", () => {
    const ids = withUniqueIds([record("a.md"), record("a.txt"), record("a-2.txt")]).map((r) => r.id);
    expect(ids).toEqual(["a", "a-3", "a-2"]);
  });
});
