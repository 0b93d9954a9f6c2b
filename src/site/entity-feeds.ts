// The Atom feed of every person, organisation, country and topic page, at `<page>/feed.xml`.
// Written here rather than as Eleventy pages: there are about as many as there are people, and
// each is a short list, so Eleventy's work per page cost more than the feed itself.
import fs from "node:fs/promises";
import path from "node:path";
import type { EntityFeed } from "./explore-data.ts";
import { xmlText } from "./format.ts";

function x(value: unknown): string {
  return xmlText(value).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
}

function when(day: string | null): string {
  return day ? `${day}T00:00:00Z` : "1970-01-01T00:00:00Z";
}

/** One feed as Atom XML; `siteUrl` is the absolute address of the home page, ending in "/". */
export function entityFeedXml(feed: EntityFeed, siteTitle: string, siteUrl: string): string {
  const abs = (sitePath: string) => `${siteUrl}${sitePath.replace(/^\//, "")}`;
  const entries = feed.meetings.map((m) =>
    [
      "  <entry>",
      `    <title>${x(m.title)}</title>`,
      `    <link href="${x(abs(`/meetings/${m.slug}/`))}"/>`,
      `    <id>${x(abs(`/meetings/${m.slug}/`))}</id>`,
      `    <updated>${when(m.date)}</updated>`,
      `    <summary>${x(m.summary)}</summary>`,
      "  </entry>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${x(siteTitle)}: ${x(feed.title)}</title>`,
    `  <link href="${x(abs(feed.url))}" rel="self"/>`,
    `  <link href="${x(abs(feed.pageUrl))}"/>`,
    `  <id>${x(abs(feed.url))}</id>`,
    `  <updated>${when(feed.updated)}</updated>`,
    `  <author><name>${x(siteTitle)}</name></author>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

/**
 * Writes every feed under `outDir` (feed URLs are built from checked slugs in explore-data.ts).
 * Asynchronous, so that the writes run on libuv's threads while Eleventy renders the pages on
 * the main one: thousands of small files cost more in system calls than in XML.
 */
export async function writeEntityFeeds(outDir: string, feeds: EntityFeed[], siteTitle: string, siteUrl: string): Promise<void> {
  const root = path.resolve(outDir) + path.sep;
  const made = new Map<string, Promise<unknown>>();
  const writes: Promise<void>[] = [];
  for (const feed of feeds) {
    const file = path.join(outDir, feed.url);
    if (!file.startsWith(root)) throw new Error(`Refusing to write a feed outside the site: ${feed.url}`);
    const dir = path.dirname(file);
    const xml = entityFeedXml(feed, siteTitle, siteUrl);
    if (!made.has(dir)) made.set(dir, fs.mkdir(dir, { recursive: true }));
    writes.push(made.get(dir)!.then(() => fs.writeFile(file, xml)));
  }
  await Promise.all(writes);
}
