// Rebuilds carry over the pages whose data did not change. The proof is a property: after any
// sequence of edits to a seeds folder (articles added, changed, renamed, deleted; the people and
// topics files written or removed; the site settings changed), the site a rebuild leaves is
// byte-identical to a cold build of the same seeds with the same address history.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { runBuild } from "../src/pipeline/pipeline.ts";
import { fileOfPage } from "../src/pipeline/carry-over.ts";
import { DEFAULT_SETTINGS } from "../src/site/settings.ts";
import { snapshot } from "./fixtures/folder-snapshot.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "carry-over-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

// Invented officials, so that articles share people and pages depend on one another.
const HOSTS = ["Amina Qadir", "Tariq Somro", "Hina Baloch"];
const GUESTS = [
  ["Lena Varga", "Hungary"],
  ["Marco Teixeira", "Portugal"],
  ["Ines Okoro", "Nigeria"],
  ["Jonas Lind", "Sweden"],
];
const TOPICS = ["broadband in rural districts", "cybersecurity cooperation", "IT exports and freelancers", "artificial intelligence research"];
const CITIES = ["ISLAMABAD", "LAHORE", "KARACHI"];

const article = fc
  .record({
    host: fc.constantFrom(...HOSTS),
    guests: fc.uniqueArray(fc.constantFrom(...GUESTS), { minLength: 1, maxLength: 2 }),
    topic: fc.constantFrom(...TOPICS),
    city: fc.constantFrom(...CITIES),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    year: fc.constantFrom(2023, 2024),
  })
  .map(({ host, guests, topic, city, month, day, year }) => {
    const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const met = guests.map(([guest, country]) => `Ambassador of ${country} to Pakistan ${guest}`).join(" and ");
    return `---\ndate: ${date}\n---\n${city}: Federal Minister for IT and Telecommunication ${host} met ${met} to discuss ${topic}.\n\nThe two sides agreed to work together on ${topic}.\n`;
  });

type Edit =
  | { kind: "add"; text: string }
  | { kind: "change"; pick: number; text: string }
  | { kind: "rename"; pick: number }
  | { kind: "delete"; pick: number }
  | { kind: "people"; alias: boolean }
  | { kind: "topics"; extra: boolean }
  | { kind: "title"; title: string };

const pick = fc.nat({ max: 1000 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: article.map((text) => ({ kind: "add" as const, text })) },
  { weight: 2, arbitrary: fc.record({ pick, text: article }).map((e) => ({ kind: "change" as const, ...e })) },
  { weight: 1, arbitrary: pick.map((p) => ({ kind: "rename" as const, pick: p })) },
  { weight: 1, arbitrary: pick.map((p) => ({ kind: "delete" as const, pick: p })) },
  { weight: 1, arbitrary: fc.boolean().map((alias) => ({ kind: "people" as const, alias })) },
  { weight: 1, arbitrary: fc.boolean().map((extra) => ({ kind: "topics" as const, extra })) },
  { weight: 1, arbitrary: fc.constantFrom("News Digest", "Meetings Watch").map((title) => ({ kind: "title" as const, title })) },
);

let counter = 0;
function applyEdit(seeds: string, e: Edit, settings: { title: string }): void {
  const articles = fs.readdirSync(seeds).filter((n) => n.endsWith(".md")).sort();
  const chosen = (p: number) => articles[p % articles.length];
  switch (e.kind) {
    case "add":
      fs.writeFileSync(path.join(seeds, `article-${++counter}.md`), e.text);
      break;
    case "change":
      if (articles.length) fs.writeFileSync(path.join(seeds, chosen(e.pick)!), e.text);
      break;
    case "rename":
      if (articles.length) fs.renameSync(path.join(seeds, chosen(e.pick)!), path.join(seeds, `renamed-${++counter}.md`));
      break;
    case "delete":
      if (articles.length) fs.rmSync(path.join(seeds, chosen(e.pick)!));
      break;
    case "people":
      // One person under two spellings, or the file gone again.
      if (e.alias) fs.writeFileSync(path.join(seeds, "people.yml"), `- name: ${HOSTS[0]}\n  aliases: [${HOSTS[1]}]\n`);
      else fs.rmSync(path.join(seeds, "people.yml"), { force: true });
      break;
    case "topics":
      if (e.extra) fs.writeFileSync(path.join(seeds, "topics.yml"), "- label: Rural connectivity\n  keywords: [rural districts]\n");
      else fs.rmSync(path.join(seeds, "topics.yml"), { force: true });
      break;
    case "title":
      settings.title = e.title;
      break;
  }
}


/** The files of two folders that differ, by name, for a readable failure. */
function differences(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((f) => a[f] !== b[f]).sort();
}

describe("a rebuild after edits to the seeds", () => {
  it("gives the same site as a cold build of the same seeds, page for page", async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(article, { minLength: 3, maxLength: 9 }), fc.array(edit, { minLength: 3, maxLength: 5 }), async (initial, edits) => {
        const root = path.join(tmp, `run-${++run}`);
        const seeds = path.join(root, "seeds");
        fs.mkdirSync(seeds, { recursive: true });
        for (const text of initial) fs.writeFileSync(path.join(seeds, `article-${++counter}.md`), text);
        const settings = { ...DEFAULT_SETTINGS };
        const out = path.join(root, "site", "_site");
        const rebuilt = await runBuild({ seedsDir: seeds, outDir: out, searchIndex: false, settings: { ...settings } });
        expect(rebuilt.ok).toBe(true);
        const book = path.join(root, "site", ".cache", "news-digest", "addresses", "_site.json");
        for (const [step, e] of edits.entries()) {
          applyEdit(seeds, e, settings);
          // The address history this rebuild starts from (it writes its own when done).
          const history = fs.existsSync(book) ? fs.readFileSync(book) : null;
          const result = await runBuild({ seedsDir: seeds, outDir: out, searchIndex: false, settings: { ...settings } });
          expect(result.ok, result.failure ?? "").toBe(true);
          // A cold build: no extraction cache, no previous site, the same address history.
          const coldRoot = path.join(root, `cold-${step}`);
          if (history) {
            fs.mkdirSync(path.join(coldRoot, ".cache", "news-digest", "addresses"), { recursive: true });
            fs.writeFileSync(path.join(coldRoot, ".cache", "news-digest", "addresses", "_site.json"), history);
          }
          const cold = path.join(coldRoot, "_site");
          const coldResult = await runBuild({ seedsDir: seeds, outDir: cold, searchIndex: false, settings: { ...settings }, useCache: false });
          expect(coldResult.ok).toBe(true);
          expect(coldResult.carriedOver).toBe(0);
          expect(differences(snapshot(out), snapshot(cold)), `after ${JSON.stringify(edits.slice(0, step + 1))}`).toEqual([]);
          fs.rmSync(coldRoot, { recursive: true, force: true });
        }
      }),
      { numRuns: 12, seed: 20261203, endOnFailure: true },
    );
  }, 300_000);
});

describe("carrying pages over", () => {
  const seeds = path.join(tmp, "plain-seeds");
  fs.mkdirSync(seeds, { recursive: true });
  const text = (host: string, day: number, [guest, country] = GUESTS[3]!) =>
    `---\ndate: 2024-03-${String(day).padStart(2, "0")}\n---\nISLAMABAD: Federal Minister for IT and Telecommunication ${host} met Ambassador of ${country} to Pakistan ${guest} to discuss broadband in rural districts.\n`;
  fs.writeFileSync(path.join(seeds, "one.md"), text(HOSTS[0]!, 4));
  fs.writeFileSync(path.join(seeds, "two.md"), text(HOSTS[1]!, 11));
  const out = path.join(tmp, "plain", "_site");
  const build = () => runBuild({ seedsDir: seeds, outDir: out, searchIndex: false });

  it("renders again only the pages an added article changes", async () => {
    const first = await build();
    expect(first.carriedOver).toBe(0);
    const unchanged = await build();
    expect(unchanged.carriedOver).toBeGreaterThan(10);
    const inode = (url: string) => fs.statSync(path.join(out, fileOfPage(url))).ino;
    const before = { host: inode("/people/amina-qadir/"), guest: inode("/people/jonas-lind/"), topic: inode("/topics/connectivity-broadband/") };
    fs.writeFileSync(path.join(seeds, "three.md"), text(HOSTS[2]!, 20, GUESTS[2]));
    const added = await build();
    expect(added.carriedOver).toBeGreaterThan(0);
    expect(added.carriedOver).toBeLessThan(unchanged.carriedOver);
    // Pages of people the new meeting does not touch are the same files, carried over; the
    // topic's page lists the new meeting and is written again.
    expect(inode("/people/amina-qadir/")).toBe(before.host);
    expect(inode("/people/jonas-lind/")).toBe(before.guest);
    expect(inode("/topics/connectivity-broadband/")).not.toBe(before.topic);
    expect(fs.readFileSync(path.join(out, fileOfPage("/topics/connectivity-broadband/")), "utf8")).toContain("Ines Okoro");
  });

  it("does not trust a page edited in the output folder since", async () => {
    await build();
    const file = path.join(out, fileOfPage("/people/amina-qadir/"));
    const original = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, "edited by hand");
    await build();
    expect(fs.readFileSync(file, "utf8")).toBe(original);
  });

  it("renders every page with --no-cache", async () => {
    const result = await runBuild({ seedsDir: seeds, outDir: out, searchIndex: false, useCache: false });
    expect(result.carriedOver).toBe(0);
  });

  it("carries the search index over while its records stay the same, and writes it again when they change", async () => {
    const searched = path.join(tmp, "searched", "_site");
    const build = (title: string) => runBuild({ seedsDir: seeds, outDir: searched, settings: { ...DEFAULT_SETTINGS, title } });
    const entry = () => fs.statSync(path.join(searched, "pagefind", "pagefind-entry.json")).ino;
    const built = await build("News Digest");
    expect(built.ok, built.failure ?? "").toBe(true);
    const first = entry();
    expect((await build("Meetings Watch")).ok).toBe(true);
    expect(entry()).toBe(first);
    fs.appendFileSync(path.join(seeds, "one.md"), "\nBoth sides agreed to meet again in Stockholm.\n");
    expect((await build("Meetings Watch")).ok).toBe(true);
    expect(entry()).not.toBe(first);
    const cold = path.join(tmp, "searched-cold", "_site");
    await runBuild({ seedsDir: seeds, outDir: cold, useCache: false, settings: { ...DEFAULT_SETTINGS, title: "Meetings Watch" } });
    expect(differences(snapshot(searched), snapshot(cold))).toEqual([]);
  });

  it("with searchLater keeps the previous index when its records changed, and says so", async () => {
    const out = path.join(tmp, "later", "_site");
    const build = (searchLater: boolean) => runBuild({ seedsDir: seeds, outDir: out, searchLater });
    expect((await build(false)).searchBehind).toBe(false);
    const entry = () => fs.statSync(path.join(out, "pagefind", "pagefind-entry.json")).ino;
    const first = entry();
    fs.appendFileSync(path.join(seeds, "two.md"), "\nThe ambassador invited the minister to Stockholm.\n");
    const quick = await build(true);
    expect(quick.searchBehind).toBe(true);
    expect(entry()).toBe(first);
    const caughtUp = await build(false);
    expect(caughtUp.searchBehind).toBe(false);
    expect(entry()).not.toBe(first);
    // Once up to date, a build with searchLater has nothing to keep behind.
    expect((await build(true)).searchBehind).toBe(false);
  });
});

