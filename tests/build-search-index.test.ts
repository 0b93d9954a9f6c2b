// The search index in shards: people, then the meetings of each year, each kept in the cache and
// indexed again only when its records change.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Digest } from "../src/model.ts";
import { runBuild } from "../src/build/pipeline.ts";
import { MEETINGS_PER_SHARD, searchShards, writeSearchIndex } from "../src/build/search-index.ts";
import { makeHostileSeeds } from "./fixtures/build/hostile-seeds.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "search-index-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let digest: Digest;
beforeAll(async () => {
  const seeds = path.join(tmp, "seeds");
  makeHostileSeeds(seeds);
  const result = await runBuild({ seedsDir: seeds, outDir: path.join(tmp, "site"), searchIndex: false, render: async () => {} });
  digest = result.digest!;
});

/** Every file under `dir` with its bytes. */
function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(path.relative(dir, path.join(entry.parentPath, entry.name)), fs.readFileSync(path.join(entry.parentPath, entry.name)).toString("base64"));
  }
  return out;
}

describe("search shards", () => {
  it("puts the people first, then the meetings of each year in order, undated last, every page once", () => {
    const shards = searchShards(digest);
    const years = [...new Set(digest.meetings.map((m) => m.date?.slice(0, 4) ?? "undated"))];
    expect(years.length).toBeGreaterThan(1);
    const expected = ["people", ...years.filter((y) => y !== "undated").sort().map((y) => `meetings-${y}`)];
    if (years.includes("undated")) expected.push("meetings-undated");
    expect(shards.map((s) => s.name)).toEqual(expected);
    const urls = shards.flatMap((s) => s.records.map((r) => r.url));
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls.sort()).toEqual([...digest.meetings.map((m) => `/meetings/${m.slug}/`), ...digest.people.map((p) => `/people/${p.slug}/`)].sort());
    for (const shard of shards.filter((s) => s.name.startsWith("meetings-2"))) {
      const year = shard.name.slice("meetings-".length);
      for (const record of shard.records) expect(digest.meetings.find((m) => `/meetings/${m.slug}/` === record.url)!.date).toMatch(new RegExp(`^${year}-`));
    }
  });

  it("splits a year with more meetings than one shard takes by month", () => {
    const model = digest.meetings.find((m) => m.date)!;
    const busy = Array.from({ length: MEETINGS_PER_SHARD + 1 }, (_, i) => ({
      ...model,
      slug: `busy-${i}`,
      date: `2031-${String((i % 3) + 1).padStart(2, "0")}-15`,
    }));
    const shards = searchShards({ ...digest, meetings: [...digest.meetings, ...busy] });
    const names = shards.map((s) => s.name);
    expect(names.filter((n) => n.startsWith("meetings-2031"))).toEqual(["meetings-2031-01", "meetings-2031-02", "meetings-2031-03"]);
    expect(shards.filter((s) => s.name.startsWith("meetings-2031")).reduce((n, s) => n + s.records.length, 0)).toBe(MEETINGS_PER_SHARD + 1);
    expect(names).toContain(`meetings-${model.date!.slice(0, 4)}`);
  });
});

describe("writing the index with a cache", () => {
  const cache = path.join(tmp, "cache");

  it("indexes every shard the first time and lists them in shards.json", async () => {
    const site = path.join(tmp, "first");
    const counts = await writeSearchIndex(site, digest, cache);
    const names = searchShards(digest).map((s) => s.name);
    expect(counts).toEqual({ indexed: names.length, reused: 0 });
    expect(JSON.parse(fs.readFileSync(path.join(site, "pagefind", "shards.json"), "utf8"))).toEqual(names);
    for (const name of names) expect(fs.existsSync(path.join(site, "pagefind", name, "pagefind.js"))).toBe(true);
    expect(fs.readdirSync(cache)).toHaveLength(names.length);
  });

  it("reuses every shard of an unchanged digest, giving the same files", async () => {
    const site = path.join(tmp, "second");
    const counts = await writeSearchIndex(site, digest, cache);
    expect(counts).toEqual({ indexed: 0, reused: searchShards(digest).length });
    expect(files(site)).toEqual(files(path.join(tmp, "first")));
  });

  it("indexes again only the year of a changed meeting, and drops its old shard from the cache", async () => {
    const dated = digest.meetings.find((m) => m.date)!;
    const changed: Digest = { ...digest, meetings: digest.meetings.map((m) => (m === dated ? { ...m, body: `${m.body}\n\nA closing paragraph.` } : m)) };
    const site = path.join(tmp, "third");
    const counts = await writeSearchIndex(site, changed, cache);
    const total = searchShards(changed).length;
    expect(counts).toEqual({ indexed: 1, reused: total - 1 });
    expect(fs.readdirSync(cache)).toHaveLength(total);
    const before = files(path.join(tmp, "first"));
    const after = files(site);
    const differing = [...new Set([...before.keys(), ...after.keys()].filter((f) => before.get(f) !== after.get(f)).map((f) => f.split(path.sep)[1]))];
    expect(differing).toEqual([`meetings-${dated.date!.slice(0, 4)}`]);
  });
});
