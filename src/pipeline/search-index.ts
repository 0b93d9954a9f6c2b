// The full-text search index: Pagefind, fed from the digest rather than by re-reading the
// rendered HTML. Each meeting and each person is one record, linked to its page; that is what
// search should find, and it spares parsing thousands of pages (the HTML route took longer than
// rendering them). All records go into one index (English), so the search page finds an Urdu
// meeting too.
import path from "node:path";
import * as pagefind from "pagefind";
import type { Digest } from "../model.ts";

/** Text indexed per page at most: the opening of a very long article is what a search needs. */
const MAX_CONTENT = 50_000;

export interface SearchRecord {
  url: string;
  title: string;
  content: string;
}

/** One search record per meeting and per person, in the digest's (deterministic) order. */
export function searchRecords(digest: Digest): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const m of digest.meetings) {
    const people = [...m.participants, ...m.attendees, ...m.mentioned].map((p) => [p.name, p.title].filter(Boolean).join(", "));
    records.push({
      url: `/meetings/${m.slug}/`,
      title: m.title,
      content: [m.title, m.date ?? "", m.location ?? "", people.join(". "), m.topics.map((t) => t.label).join(", "), m.body]
        .join("\n")
        .slice(0, MAX_CONTENT),
    });
  }
  for (const p of digest.people) {
    records.push({
      url: `/people/${p.slug}/`,
      title: p.name,
      content: [p.name, p.aliases.join(", "), p.offices.map((o) => o.title).join(". "), p.met.map((m) => m.name).join(", ")].join("\n"),
    });
  }
  return records;
}

/** Feeds every record to Pagefind, then returns a function that writes the index files. */
async function prepareSearchIndex(digest: Digest): Promise<{ write(siteDir: string): Promise<void> }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`search index: ${errors.join("; ")}`);
  try {
    const records = searchRecords(digest);
    // Sent all at once (one round trip each would take seconds); Pagefind's service handles them
    // in the order sent, and the index files come out the same on every build (tested).
    const added = await Promise.all(
      records.map((r) => index.addCustomRecord({ url: r.url, content: r.content, language: "en", meta: { title: r.title } })),
    );
    const failed = added.flatMap((a, i) => a.errors.map((e) => `${records[i]!.url}: ${e}`));
    if (failed.length > 0) throw new Error(`search index: ${failed.join("; ")}`);
  } catch (error) {
    await pagefind.close();
    throw error;
  }
  return {
    async write(siteDir) {
      try {
        const written = await index.writeFiles({ outputPath: path.join(siteDir, "pagefind") });
        if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join("; ")}`);
      } finally {
        await pagefind.close();
      }
    },
  };
}

export async function writeSearchIndex(siteDir: string, digest: Digest): Promise<void> {
  const prepared = await prepareSearchIndex(digest);
  await prepared.write(siteDir);
}
