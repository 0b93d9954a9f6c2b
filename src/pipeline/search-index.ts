// The full-text search index: Pagefind, fed from the digest rather than by re-reading the
// rendered HTML. Each meeting and each person is one record, linked to its page; that is what
// search should find, and it spares parsing thousands of pages (the HTML route took longer than
// rendering them). Meetings carry the search page's filters (person, organisation, country,
// topic, year, role) and a date to sort by. All records go into one index (English), so the search page finds an Urdu
// meeting too.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import * as pagefind from "pagefind";
import type { Digest } from "../model.ts";

/** Text indexed per page at most: the opening of a very long article is what a search needs. */
const MAX_CONTENT = 50_000;

export interface SearchRecord {
  url: string;
  title: string;
  content: string;
  /** Facets of the search page: person, organisation, country, topic, year, role (kind of office), type. */
  filters: Record<string, string[]>;
  /** Sort key: the meeting's date (a page's latest meeting); "0000-00-00" when undated, so undated pages stay in sorted results, last. */
  sort: { date: string };
  /** Shown with the result. */
  date: string | null;
}

const UNDATED = "0000-00-00";

/** The folder of the index in the site. */
export const SEARCH_FOLDER = "pagefind";

/** Pagefind's version, read from its package folder (its exports do not include package.json). */
const PAGEFIND_VERSION = (() => {
  const entry = fileURLToPath(import.meta.resolve("pagefind"));
  let dir = path.dirname(entry);
  while (!fs.existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return (JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { version: string }).version;
})();

/** What decides the index: its records and the Pagefind that writes it. The same key, the same files. */
export function searchKey(records: SearchRecord[]): string {
  return createHash("sha1").update(`pagefind ${PAGEFIND_VERSION}\0`).update(JSON.stringify(records)).digest("base64url");
}

function distinct(values: (string | null | undefined)[]): string[] {
  return [...new Set(values.filter((v): v is string => !!v))].sort();
}

/** One search record per meeting, person, organisation and country, in the digest's (deterministic) order. */
export function searchRecords(digest: Digest): SearchRecord[] {
  const records: SearchRecord[] = [];
  const dateOf = new Map(digest.meetings.map((m) => [m.slug, m.date]));
  const latest = (slugs: string[]) => {
    for (let i = slugs.length - 1; i >= 0; i--) {
      const d = dateOf.get(slugs[i]!);
      if (d) return d;
    }
    return null;
  };
  for (const m of digest.meetings) {
    const people = [...m.participants, ...m.attendees, ...m.mentioned].map((p) => [p.name, p.title].filter(Boolean).join(", "));
    const present = [...m.participants, ...m.attendees];
    records.push({
      url: `/meetings/${m.slug}/`,
      title: m.title,
      content: [m.title, m.date ?? "", m.location ?? "", people.join(". "), m.topics.map((t) => t.label).join(", "), m.body]
        .join("\n")
        .slice(0, MAX_CONTENT),
      filters: {
        type: ["Meeting"],
        person: distinct(present.map((p) => p.name)),
        organisation: distinct(present.map((p) => (p.organisationSlug ? p.organization : null))),
        country: distinct(present.map((p) => p.country)),
        topic: distinct(m.topics.map((t) => t.label)),
        year: [m.date ? m.date.slice(0, 4) : "Undated"],
        role: distinct(present.map((p) => p.officeKind)),
      },
      sort: { date: m.date ?? UNDATED },
      date: m.date,
    });
  }
  for (const p of digest.people) {
    const date = latest(p.meetings);
    records.push({
      url: `/people/${p.slug}/`,
      title: p.name,
      content: [p.name, p.aliases.join(", "), p.offices.map((o) => o.title).join(". "), p.met.map((m) => m.name).join(", ")].join("\n"),
      filters: {
        type: ["Person"],
        person: [p.name],
        organisation: distinct(p.offices.map((o) => (o.organisationSlug ? o.organization : null))),
        country: distinct([p.country]),
      },
      sort: { date: date ?? UNDATED },
      date: null,
    });
  }
  for (const o of digest.organisations) {
    records.push({
      url: `/organisations/${o.slug}/`,
      title: o.name,
      content: [o.name, o.acronyms.join(", "), o.otherNames.join(", "), o.country ?? "", o.people.map((p) => p.name).join(", ")].join("\n"),
      filters: { type: ["Organisation"], organisation: [o.name], country: distinct([o.country]) },
      sort: { date: latest(o.meetings) ?? UNDATED },
      date: null,
    });
  }
  for (const c of digest.countries) {
    records.push({
      url: `/countries/${c.slug}/`,
      title: c.name,
      content: [c.name, c.organisations.map((o) => o.name).join(", ")].join("\n"),
      filters: { type: ["Country"], country: [c.name] },
      sort: { date: latest(c.meetings) ?? UNDATED },
      date: null,
    });
  }
  return records;
}

export interface SearchJob {
  records: SearchRecord[];
  outputPath: string;
}

/** Feeds every record to Pagefind and writes the index files to `outputPath`. */
export async function feedPagefind({ records, outputPath }: SearchJob): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (!index) throw new Error(`search index: ${errors.join("; ")}`);
  try {
    // Sent all at once (one round trip each would take seconds); Pagefind's service handles them
    // in the order sent, and the index files come out the same on every build (tested).
    const added = await Promise.all(
      records.map((r) =>
        index.addCustomRecord({
          url: r.url,
          content: r.content,
          language: "en",
          meta: r.date ? { title: r.title, date: r.date } : { title: r.title },
          filters: r.filters,
          sort: r.sort,
        }),
      ),
    );
    const failed = added.flatMap((a, i) => a.errors.map((e) => `${records[i]!.url}: ${e}`));
    if (failed.length > 0) throw new Error(`search index: ${failed.join("; ")}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join("; ")}`);
  } finally {
    await pagefind.close();
  }
}

/**
 * Writes the index into `siteDir/pagefind` from a worker thread, and resolves when it is written.
 * Pagefind runs as a child process that answers each record over a pipe; driven from the main
 * thread while Eleventy renders, its answers wait for the renderer and the pipe stalls it.
 */
export function writeSearchIndex(siteDir: string, records: SearchRecord[]): Promise<void> {
  const job: SearchJob = { records, outputPath: path.join(siteDir, SEARCH_FOLDER) };
  return new Promise((resolve, reject) => {
    const entry = new URL("./search-worker.ts", import.meta.url).href;
    const worker = new Worker(new URL("./worker-bootstrap.mjs", import.meta.url), { workerData: { ...job, entry } });
    let settled = false;
    worker.on("message", (message: { ok: true } | { ok: false; message: string }) => {
      settled = true;
      if (message.ok) resolve();
      else reject(new Error(message.message));
    });
    worker.on("error", (error) => {
      settled = true;
      reject(error);
    });
    worker.on("exit", (code) => {
      if (!settled) reject(new Error(`search index: its worker stopped with code ${code}`));
    });
  });
}
