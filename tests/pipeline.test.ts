// The pipeline with a small stand-in renderer: records, cache, report, strict mode and the
// atomic swap, independent of the templates.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { BuildReport, Digest } from "../src/model.ts";
import { runBuild, type BuildOptions } from "../src/pipeline/pipeline.ts";
import { failsStrict, formatSummary } from "../src/pipeline/report.ts";
import { copySeeds, EXPECTED_SKIPPED, makeHostileSeeds, SEED_A, SEED_B } from "./fixtures/pipeline/hostile-seeds.ts";
import { snapshot } from "./fixtures/folder-snapshot.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pipeline-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Writes one page per meeting naming its sources, like the real site does. */
async function stubRender(digest: Digest, report: BuildReport, outDir: string): Promise<void> {
  for (const meeting of digest.meetings) {
    const dir = path.join(outDir, "meetings", meeting.slug);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "index.html"), meeting.sources.map((s) => s.source).join("\n"));
  }
  fs.writeFileSync(path.join(outDir, "counts.txt"), `${report.articles} ${report.meetings}`);
}

const build = (options: Partial<BuildOptions> & { seedsDir: string; outDir: string }) =>
  runBuild({ searchIndex: false, render: stubRender, ...options });


describe("building the seeds", () => {
  const seeds = path.join(tmp, "seeds");
  copySeeds(seeds);

  it("reads 2 articles, warns about the undated one and writes the report into the site", async () => {
    const out = path.join(tmp, "site");
    const result = await build({ seedsDir: seeds, outDir: out });
    expect(result.ok).toBe(true);
    expect(result.report).toMatchObject({ articles: 2, meetings: 2, skipped: [], ignored: 0 });
    expect(result.report!.messages.map((m) => [m.file, m.level])).toEqual([[SEED_A, "warning"]]);
    expect(formatSummary(result.report!)[0]).toMatch(/^2 articles read: 2 meetings, \d+ people, \d+ topics$/);
    const json = JSON.parse(fs.readFileSync(path.join(out, "build-report.json"), "utf8"));
    expect(json).toEqual(result.report);
  });

  it("writes each record as a front-matter file in the cache folder", async () => {
    const records = path.join(tmp, ".cache", "news-digest", "records", "site");
    expect(fs.readdirSync(records).filter((n) => n.endsWith(".md")).sort()).toEqual(["000-6c42d4938e2a74b2.md", "001-33365600aa446036.md"]);
    expect(fs.readFileSync(path.join(records, "001-33365600aa446036.md"), "utf8")).toMatch(/^---\nid: "001-33365600aa446036"\n/);
  });

  it("re-extracts only the changed article on a rebuild", async () => {
    const out = path.join(tmp, "site-cached");
    const first = await build({ seedsDir: seeds, outDir: out });
    expect(first.extracted).toEqual([]); // the build above filled the cache
    fs.appendFileSync(path.join(seeds, SEED_B), "\nThe two sides agreed to meet again.\n");
    const second = await build({ seedsDir: seeds, outDir: out });
    expect(second.extracted).toEqual([SEED_B]);
  });
});

describe("bad and hostile input", () => {
  const seeds = path.join(tmp, "hostile");
  makeHostileSeeds(seeds, { bigArticleBytes: 1024 * 1024 });

  it("builds, names every skipped file with its reason and credits every read article", async () => {
    const out = path.join(tmp, "hostile-site");
    const result = await build({ seedsDir: seeds, outDir: out });
    expect(result.ok).toBe(true);
    expect(result.report!.skipped.map((s) => s.file)).toEqual(EXPECTED_SKIPPED);
    for (const s of result.report!.skipped) expect(s.reason.length).toBeGreaterThan(5);
    expect(result.report!.ignored).toBe(1); // .DS_Store
    const credited = new Set(Object.values(snapshot(path.join(out, "meetings"))).flatMap((b) => Buffer.from(b, "base64").toString().split("\n")));
    for (const record of result.digest!.records) expect(credited).toContain(record.source);
    expect(credited).toContain("Ünïcode náme & spaces.txt");
    expect(credited).toContain("2024/subfolder-copy.txt");
    expect(result.digest!.records).toHaveLength(12);
  });

  it("reports the Windows-1252 article and the broken YAML with their files", async () => {
    const result = await build({ seedsDir: seeds, outDir: path.join(tmp, "hostile-site") });
    const messages = result.report!.messages;
    expect(messages).toContainEqual(expect.objectContaining({ file: "windows-1252.txt", level: "warning", message: expect.stringMatching(/Windows-1252/) }));
    expect(messages).toContainEqual(expect.objectContaining({ file: "broken-yaml.md", level: "error" }));
    expect(failsStrict(result.report!)).toBe(true);
  });

  it("with --strict fails and leaves the previous output exactly as it was", async () => {
    const out = path.join(tmp, "strict-site");
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, "previous.html"), "the previous site");
    const before = snapshot(out);
    const result = await build({ seedsDir: seeds, outDir: out, strict: true });
    expect(result.ok).toBe(false);
    expect(result.failure).toMatch(/--strict/);
    expect(snapshot(out)).toEqual(before);
    expect(fs.readdirSync(tmp).filter((n) => n.includes(".partial"))).toEqual([]);
  });
});

describe("atomic output", () => {
  const seeds = path.join(tmp, "atomic-seeds");
  copySeeds(seeds);

  it("keeps the previous site when rendering fails halfway", async () => {
    const out = path.join(tmp, "atomic-site");
    expect((await build({ seedsDir: seeds, outDir: out })).ok).toBe(true);
    const before = snapshot(out);
    const failing = async (_d: Digest, _r: BuildReport, dir: string) => {
      fs.writeFileSync(path.join(dir, "half-written.html"), "…");
      throw new Error("template error in meeting.njk");
    };
    const result = await build({ seedsDir: seeds, outDir: out, render: failing });
    expect(result.ok).toBe(false);
    expect(result.failure).toMatch(/template error in meeting\.njk/);
    expect(snapshot(out)).toEqual(before);
    expect(fs.readdirSync(tmp).filter((n) => n.startsWith("atomic-site."))).toEqual([]);
  });

  it("fails on an invalid people file, naming the entry, without touching the output", async () => {
    const out = path.join(tmp, "atomic-site");
    const before = snapshot(out);
    fs.writeFileSync(path.join(seeds, "people.yml"), "- name: Shaza Fatima Khawaja\n  alias: Shaza\n");
    const result = await build({ seedsDir: seeds, outDir: out });
    fs.rmSync(path.join(seeds, "people.yml"));
    expect(result.ok).toBe(false);
    expect(result.failure).toMatch(/people\.yml: entry 1 \(Shaza Fatima Khawaja\): unknown field/);
    expect(snapshot(out)).toEqual(before);
  });

  it("does not count the people and topics files as ignored files", async () => {
    fs.writeFileSync(path.join(seeds, "people.yml"), "- name: Shaza Fatima Khawaja\n  aliases: [S. F. Khawaja]\n");
    fs.writeFileSync(path.join(seeds, "topics.yml"), "- label: Gaming\n  keywords: [gaming industry]\n");
    const result = await build({ seedsDir: seeds, outDir: path.join(tmp, "atomic-site") });
    fs.rmSync(path.join(seeds, "people.yml"));
    fs.rmSync(path.join(seeds, "topics.yml"));
    expect(result.ok).toBe(true);
    expect(result.report!.ignored).toBe(0);
    expect(result.digest!.people.find((p) => p.name === "Shaza Fatima Khawaja")!.aliases).toContain("S. F. Khawaja");
  });
});

describe("reproducible builds", () => {
  it("gives byte-identical output folders for the same seeds, cached or not", async () => {
    const seeds = path.join(tmp, "repro-seeds");
    makeHostileSeeds(seeds, { bigArticleBytes: 64 * 1024 });
    const a = path.join(tmp, "repro-a");
    const b = path.join(tmp, "repro-b");
    await build({ seedsDir: seeds, outDir: a });
    await build({ seedsDir: seeds, outDir: b, useCache: false });
    expect(snapshot(b)).toEqual(snapshot(a));
  });
});

describe("leftovers of a killed build", () => {
  it("removes a dead build's staging folder and puts back a site a cut-short swap had moved aside", async () => {
    const seeds = path.join(tmp, "leftover-seeds");
    copySeeds(seeds);
    const out = path.join(tmp, "leftover-site");
    const deadPid = 999_999_999; // no such process
    fs.mkdirSync(`${out}.partial-${deadPid}`, { recursive: true });
    fs.mkdirSync(`${out}.previous-${deadPid}`, { recursive: true });
    fs.writeFileSync(`${out}.previous-${deadPid}/old.html`, "the previous site");
    const result = await build({ seedsDir: seeds, outDir: out });
    expect(result.ok).toBe(true);
    expect(fs.readdirSync(tmp).filter((n) => n.startsWith("leftover-site.partial"))).toEqual([]);
    // The site moved aside by this build's own swap is removed in the background.
    const leftovers = () => fs.readdirSync(tmp).filter((n) => n.startsWith("leftover-site."));
    for (let waited = 0; leftovers().length > 0 && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect(leftovers()).toEqual([]);
    expect(fs.existsSync(path.join(out, "counts.txt"))).toBe(true);
  });
});
