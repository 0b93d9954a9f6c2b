import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runBuild } from "../src/pipeline/pipeline.ts";
import { buildDigest } from "../src/digest/index.ts";
import { applyTopicsFile } from "../src/digest/topics-file.ts";
import { copySeeds, SEED_B } from "./fixtures/pipeline/hostile-seeds.ts";
import { record } from "./fixtures/digest-records.ts";

const base = [{ slug: "cybersecurity", label: "Cybersecurity", keywords: ["cyber attack"] }];

describe("the topics file", () => {
  it("adds a new topic and keywords to an existing one", () => {
    const topics = applyTopicsFile(
      "- label: Space technology\n  keywords: [satellite launch, space agency]\n- label: cybersecurity\n  keywords: ransomware\n",
      "topics.yml",
      base,
    );
    expect(topics).toEqual([
      { slug: "cybersecurity", label: "Cybersecurity", keywords: ["cyber attack", "ransomware"] },
      { slug: "space-technology", label: "Space technology", keywords: ["satellite launch", "space agency"] },
    ]);
    expect(base[0]!.keywords).toEqual(["cyber attack"]); // the taxonomy itself is not changed
  });

  it("names the file, the entry and the problem", () => {
    expect(() => applyTopicsFile("- label: Space\n", "topics.yml", base)).toThrow(/topics\.yml: entry 1 \(Space\): a new topic needs at least one keyword/);
    expect(() => applyTopicsFile("- slug: nope\n  keywords: [x]\n", "topics.yml", base)).toThrow(/entry 1: no topic has the slug "nope"/);
    expect(() => applyTopicsFile("- label: A\n  words: [x]\n", "topics.yml", base)).toThrow(/entry 1 \(A\)/);
    expect(() => applyTopicsFile("topics: nope\n", "topics.yml", base)).toThrow(/topics\.yml: expected a list/);
  });

  it("gives a user's topic to the articles that mention it, through the build", async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "topics-file-"));
    try {
      const seeds = path.join(tmp, "seeds");
      copySeeds(seeds);
      fs.writeFileSync(path.join(seeds, "topics.yml"), "- label: Ambassadorial relations\n  keywords: [US Ambassador]\n");
      const result = await runBuild({ seedsDir: seeds, outDir: path.join(tmp, "site"), searchIndex: false, render: async () => {} });
      const record = result.digest!.records.find((r) => r.source === SEED_B)!;
      expect(record.topics).toContain("Ambassadorial relations");
      expect(result.digest!.topics.map((t) => t.slug)).toContain("ambassadorial-relations");
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe("topics in the digest", () => {
  it("never lets a taxonomy slug leave the topics folder", () => {
    const digest = buildDigest([record("a.txt", { topics: ["Odd"] })], { topics: [{ slug: "../../etc", label: "Odd", keywords: [] }] });
    expect(digest.topics.map((t) => t.slug)).toEqual(["etc"]);
  });

  it("gives a topic its taxonomy slug, makes unknown labels topics of their own, and lists meetings in time order", () => {
    const digest = buildDigest(
      [
        record("b.txt", { date: "2025-01-01", topics: ["Cybersecurity"] }),
        record("a.txt", { date: "2024-01-01", topics: ["cybersecurity", "Space Law"] }),
        record("c.txt", { topics: ["Cybersecurity"] }),
      ],
      { topics: base },
    );
    expect(digest.topics.map((t) => [t.slug, t.label, t.meetings.length])).toEqual([
      ["cybersecurity", "Cybersecurity", 3],
      ["space-law", "Space Law", 1],
    ]);
    const dates = digest.topics[0]!.meetings.map((slug) => digest.meetings.find((m) => m.slug === slug)!.date);
    expect(dates).toEqual(["2024-01-01", "2025-01-01", null]);
  });
});
