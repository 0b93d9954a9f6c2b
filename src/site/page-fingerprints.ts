// The fingerprint of every page a rebuild may carry over from the previous site: a hash of all
// the data the page shows. A page's template reads its own item (a meeting, or one page of a
// person's, topic's, organisation's, country's or pair's list) and, through lookups by slug, what
// it shows of other records: a list page shows each of its meetings (but not that meeting's
// neighbours in time), a person's network the people met and whom they met, a pair page the
// names of the people, an organisation page whether its country has a page. The part of each
// record a lookup can reach is hashed in for every slug the item names, so a page changes
// whenever anything it could show changes. The renderer's key (templates, site code, settings)
// is part of every fingerprint.
//
// Pages that read the whole digest (home, indexes, timeline, feeds of the site, data files,
// sitemap, redirects) are not fingerprinted: every build writes them.
import { createHash } from "node:crypto";
import type { Meeting, Person } from "../model.ts";
import type { SiteData } from "./site-data.ts";

/** Site path of a page or feed → the fingerprint of what it shows. */
export type PageFingerprints = Map<string, string>;

const hash = (text: string) => createHash("sha1").update(text).digest("base64url");

/** A JSON string that could be a slug: lower-case letters, digits and single hyphens, after `[`, `:` or `,`. */
const SLUG_STRING = /(?<=[[:,])"([a-z0-9]+(?:-[a-z0-9]+)*)"/g;

/** What a page can read of a record it looks up by slug. */
type Lookup = (slug: string) => string | null;

export function pageFingerprints(data: SiteData, rendererKey: string): PageFingerprints {
  const memo = <T>(bySlug: Record<string, T>, shown: (record: T) => unknown): Lookup => {
    const known = new Map<string, string | null>();
    return (slug) => {
      let found = known.get(slug);
      if (found === undefined) {
        found = Object.hasOwn(bySlug, slug) ? hash(JSON.stringify(shown(bySlug[slug]!))) : null;
        known.set(slug, found);
      }
      return found;
    };
  };
  const inList = ({ previous: _p, next: _n, ...shown }: Meeting) => shown;
  const meetingInList = memo(data.meetingBySlug, inList);
  const personMet = memo(data.personBySlug, (p: Person) => ({ name: p.name, met: p.met }));
  const countryHasPage = memo(data.explore.countryBySlug, () => "country page");

  // The JSON of an item, with the records each slug in it names through `lookups`, as one hash.
  const hashWithLookups = (json: string, lookups: readonly Lookup[]): string => {
    const parts = [json];
    // Every string of the JSON shaped like a slug (slugs are [a-z0-9-]+, see checkedSlug).
    const named = new Set<string>();
    for (const match of json.matchAll(SLUG_STRING)) named.add(match[1]!);
    for (const slug of named) {
      for (const [i, lookup] of lookups.entries()) {
        const found = lookup(slug);
        if (found !== null) parts.push(`${i}:${slug}`, found);
      }
    }
    return hash(parts.join("\0"));
  };
  // The pages of one long list share their owner (a country with thousands of meetings): it is hashed once.
  const owners = new WeakMap<object, string>();
  const ownerHash = (owner: object, lookups: readonly Lookup[]): string => {
    let known = owners.get(owner);
    if (known === undefined) {
      known = hashWithLookups(JSON.stringify(owner), lookups);
      owners.set(owner, known);
    }
    return known;
  };
  const fingerprint = (kind: string, json: string, lookups: readonly Lookup[], ...more: string[]) =>
    hash([rendererKey, kind, hashWithLookups(json, lookups), ...more].join("\0"));

  const out: PageFingerprints = new Map();
  // A meeting page shows only its own item; a feed shows its meetings, as a list does.
  for (const meeting of data.digest.meetings) out.set(data.meetingUrl(meeting), fingerprint("meeting", JSON.stringify(meeting), []));
  for (const feed of data.explore.feeds) {
    const item = { ...feed, meetings: feed.meetings.map((m) => m.slug) };
    out.set(feed.url, fingerprint("feed", JSON.stringify(item), [meetingInList]));
  }
  const listPages = [
    ["person", data.personPages, [meetingInList, personMet]],
    ["topic", data.topicPages, [meetingInList]],
    ["organisation", data.explore.organisationPages, [meetingInList, countryHasPage]],
    ["country", data.explore.countryPages, [meetingInList]],
    ["pair", data.explore.pairPages, [meetingInList, personMet]],
  ] as const;
  for (const [kind, pages, lookups] of listPages) {
    for (const page of pages) {
      const json = JSON.stringify({ ...page, owner: null });
      out.set(page.url, fingerprint(kind, json, lookups, ownerHash(page.owner, lookups)));
    }
  }
  return out;
}
