// The full-text search index: Pagefind, fed from the digest rather than by re-reading the
// rendered HTML. Each meeting and each person is one record, linked to its page; that is what
// search should find, and it spares parsing thousands of pages (the HTML route took longer than
// rendering them). All records are indexed as English, so the search page finds an Urdu meeting too.
//
// The index is split into shards: the people, and the meetings of each year. The search page
// loads the first and merges the rest (pagefind/shards.json lists them). One Pagefind index over
// everything grew faster than the site (at 20,000 articles it took five times as long as at 5,000
// and held gigabytes); a shard is indexed and dropped before the next, so the time grows with
// the articles and the memory with the largest shard. And a shard whose records did not change
// since the last build is taken from the cache instead of being indexed again: a new article
// costs its year and the people, not the whole index.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import type { Digest, Meeting } from "../model.ts";

/** Text indexed per page at most: the opening of a very long article is what a search needs. */
const MAX_CONTENT = 50_000;

/** Meetings of one year above which the year is indexed as one shard per month. */
export const MEETINGS_PER_SHARD = 2_000;

export interface SearchRecord {
  url: string;
  title: string;
  content: string;
}

export interface SearchShard {
  /** Folder name under /pagefind/: "people", "meetings-2024", "meetings-undated". */
  name: string;
  records: SearchRecord[];
}

/** The shards, people first (the one the search page loads first), then meetings by year. */
export function searchShards(digest: Digest): SearchShard[] {
  const people: SearchRecord[] = digest.people.map((p) => ({
    url: `/people/${p.slug}/`,
    title: p.name,
    content: [p.name, p.aliases.join(", "), p.offices.map((o) => o.title).join(". "), p.met.map((m) => m.name).join(", ")].join("\n"),
  }));
  const byYear = new Map<string, Meeting[]>();
  for (const m of digest.meetings) group(byYear, m.date?.slice(0, 4) ?? "undated", m);
  const meetingShards: SearchShard[] = [];
  for (const year of [...byYear.keys()].sort((a, b) => (a === "undated" ? 1 : b === "undated" ? -1 : a.localeCompare(b)))) {
    const meetings = byYear.get(year)!;
    if (year === "undated" || meetings.length <= MEETINGS_PER_SHARD) {
      meetingShards.push({ name: `meetings-${year}`, records: meetings.map(meetingRecord) });
      continue;
    }
    // A year too big for one shard is split by month: still a shard a new article rarely moves.
    const byMonth = new Map<string, Meeting[]>();
    for (const m of meetings) group(byMonth, m.date!.slice(0, 7), m);
    for (const month of [...byMonth.keys()].sort()) meetingShards.push({ name: `meetings-${month}`, records: byMonth.get(month)!.map(meetingRecord) });
  }
  return [{ name: "people", records: people }, ...meetingShards];
}

function meetingRecord(m: Meeting): SearchRecord {
  const people = [...m.participants, ...m.attendees, ...m.mentioned].map((p) => [p.name, p.title].filter(Boolean).join(", "));
  return {
    url: `/meetings/${m.slug}/`,
    title: m.title,
    content: [m.title, m.date ?? "", m.location ?? "", people.join(". "), m.topics.map((t) => t.label).join(", "), m.body].join("\n").slice(0, MAX_CONTENT),
  };
}

function group<T>(groups: Map<string, T[]>, key: string, item: T): void {
  const list = groups.get(key);
  if (list) list.push(item);
  else groups.set(key, [item]);
}

/** Changes whenever Pagefind does, so an upgrade re-indexes every shard. */
const PAGEFIND_VERSION: string = (() => {
  const entry = fileURLToPath(import.meta.resolve("pagefind"));
  const manifest = path.join(path.dirname(entry), "..", "package.json");
  return (JSON.parse(fs.readFileSync(manifest, "utf8")) as { version: string }).version;
})();

function shardKey(shard: SearchShard): string {
  return crypto.createHash("sha1").update(`${PAGEFIND_VERSION}\n${shard.name}\n${JSON.stringify(shard.records)}`).digest("hex");
}

async function indexShard(shard: SearchShard, outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`search index: ${errors.join("; ")}`);
  try {
    // Sent all at once (one round trip each would take seconds); Pagefind's service handles them
    // in the order sent, and the index files come out the same on every build (tested).
    const added = await Promise.all(
      shard.records.map((r) => index.addCustomRecord({ url: r.url, content: r.content, language: "en", meta: { title: r.title } })),
    );
    const failed = added.flatMap((a, i) => a.errors.map((e) => `${shard.records[i]!.url}: ${e}`));
    if (failed.length > 0) throw new Error(`search index: ${failed.join("; ")}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join("; ")}`);
  } finally {
    await index.deleteIndex();
  }
}

/** Copies a folder as hard links (the cache and the site share the files); plain copies where links fail. */
function linkTree(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else {
      try {
        fs.linkSync(source, target);
      } catch {
        fs.copyFileSync(source, target);
      }
    }
  }
}

/**
 * Writes the index into `<siteDir>/pagefind/`. With a `cacheDir`, each shard is kept there under
 * a hash of its records and reused while they stay the same; shards no longer used are removed.
 */
export async function writeSearchIndex(siteDir: string, digest: Digest, cacheDir: string | null): Promise<{ indexed: number; reused: number }> {
  const shards = searchShards(digest);
  const root = path.join(siteDir, "pagefind");
  const counts = { indexed: 0, reused: 0 };
  const kept = new Set<string>();
  try {
    for (const shard of shards) {
      const target = path.join(root, shard.name);
      if (!cacheDir) {
        await indexShard(shard, target);
        counts.indexed++;
        continue;
      }
      const key = shardKey(shard);
      const cached = path.join(cacheDir, key);
      kept.add(key);
      if (!fs.existsSync(cached)) {
        // Written aside and renamed, so a build cut short never leaves half a shard in the cache.
        const partial = `${cached}.partial-${process.pid}`;
        fs.rmSync(partial, { recursive: true, force: true });
        await indexShard(shard, partial);
        fs.renameSync(partial, cached);
        counts.indexed++;
      } else counts.reused++;
      linkTree(cached, target);
    }
  } finally {
    await pagefind.close();
  }
  fs.writeFileSync(path.join(root, "shards.json"), `${JSON.stringify(shards.map((s) => s.name))}\n`);
  if (cacheDir) {
    for (const name of fs.readdirSync(cacheDir)) {
      if (!kept.has(name)) fs.rmSync(path.join(cacheDir, name), { recursive: true, force: true });
    }
  }
  return counts;
}
