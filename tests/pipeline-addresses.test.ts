// Addresses across builds, end to end: the address book in the cache folder turns an address
// that moved into a redirect page, people.json and the build report say who is who and why.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runBuild } from "../src/pipeline/pipeline.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pipeline-addresses-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const article = (name: string, other: string, outlet: string, url: string) =>
  [
    "---",
    "meeting_date: 2025-01-02",
    "date: 2025-01-02",
    `outlet: ${outlet}`,
    `source_url: ${url}`,
    "location: Lagos",
    "officials:",
    `  - name: ${name}`,
    "    title: Minister of Trade",
    `  - name: ${other}`,
    "    title: Ambassador",
    "meetings:",
    `  - participants: [${name}, ${other}]`,
    "---",
    `LAGOS: The minister met the ambassador on 2 January 2025 to discuss trade.`,
    "",
  ].join("\n");

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out[path.relative(dir, path.join(entry.parentPath, entry.name))] = fs.readFileSync(path.join(entry.parentPath, entry.name), "utf8");
  }
  return out;
}

describe("a person's address after a later article gives a fuller name", () => {
  const seeds = path.join(tmp, "seeds");
  const out = path.join(tmp, "site");
  fs.mkdirSync(seeds, { recursive: true });
  fs.writeFileSync(path.join(seeds, "a.md"), article("Tamsin Okafor", "Ruben Falk", "Morning Ledger", "https://ledger.example/a"));
  const build = (outDir = out, cacheDir?: string) => runBuild({ seedsDir: seeds, outDir, searchIndex: false, cacheDir });

  it("first build: the short name's page, no redirects, and people.json for tools", async () => {
    const result = await build();
    expect(result.ok).toBe(true);
    const people = JSON.parse(fs.readFileSync(path.join(out, "people.json"), "utf8"));
    expect(people.map((p: { id: string }) => p.id)).toEqual(["ruben-falk", "tamsin-okafor"]);
    expect(people[1]).toMatchObject({
      url: "/people/tamsin-okafor/",
      spellings: ["Tamsin Okafor"],
      offices: [expect.objectContaining({ title: "Minister of Trade" })],
      meetings: [expect.objectContaining({ date: "2025-01-02", sources: [{ outlet: "Morning Ledger", url: "https://ledger.example/a", date: "2025-01-02", file: "a.md" }] })],
      formerUrls: [],
    });
    expect(result.report!.redirects).toEqual([]);
    expect(fs.existsSync(path.join(tmp, ".cache", "news-digest", "addresses", "site.json"))).toBe(true);
  });

  it("second build: the fuller name's page, and the old address redirects to it", async () => {
    fs.writeFileSync(path.join(seeds, "b.md"), article("Tamsin Adaeze Okafor", "Ruben Falk", "Evening Courier", "https://courier.example/b"));
    const result = await build();
    expect(result.ok).toBe(true);
    const redirect = fs.readFileSync(path.join(out, "people", "tamsin-okafor", "index.html"), "utf8");
    expect(redirect).toContain('<meta http-equiv="refresh" content="0; url=/people/tamsin-adaeze-okafor/">');
    expect(fs.readFileSync(path.join(out, "sitemap.xml"), "utf8")).not.toContain("/people/tamsin-okafor/<");
    const report = JSON.parse(fs.readFileSync(path.join(out, "build-report.json"), "utf8"));
    expect(report.identity.merges).toEqual([
      {
        person: "tamsin-adaeze-okafor",
        spelling: "Tamsin Okafor",
        matched: "Tamsin Adaeze Okafor",
        rules: ["short-form"],
        articles: ["a.md"],
        matchedArticles: ["b.md"],
      },
    ]);
    const people = JSON.parse(fs.readFileSync(path.join(out, "people.json"), "utf8"));
    expect(people.find((p: { id: string }) => p.id === "tamsin-adaeze-okafor")).toMatchObject({
      spellings: ["Tamsin Adaeze Okafor", "Tamsin Okafor"],
      formerUrls: ["/people/tamsin-okafor/"],
    });
    // One meeting, reported by both outlets.
    expect(result.digest!.meetings).toHaveLength(1);
    expect(result.digest!.meetings[0]!.sources.map((s) => s.label)).toEqual(["Morning Ledger", "Evening Courier"]);
  });

  it("builds the same seeds with the same address book byte for byte alike", async () => {
    const before = snapshot(out);
    expect((await build()).ok).toBe(true);
    expect(snapshot(out)).toEqual(before);
  });

  it("a cold build, without the address book, has no redirects to make", async () => {
    const cold = path.join(tmp, "cold-site");
    const result = await build(cold, path.join(tmp, "cold-cache"));
    expect(result.ok).toBe(true);
    expect(result.report!.redirects).toEqual([]);
    expect(fs.existsSync(path.join(cold, "people", "tamsin-okafor"))).toBe(false);
  });
});
