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

  const fingerprint = (kind: string, item: unknown, lookups: Lookup[]): string => {
    const named = new Set<string>();
    const json = JSON.stringify(item, (_key, value: unknown) => {
      if (lookups.length > 0 && typeof value === "string" && value.length < 200) named.add(value);
      return value;
    });
    const parts = [rendererKey, kind, json];
    for (const slug of named) {
      for (const [i, lookup] of lookups.entries()) {
        const found = lookup(slug);
        if (found !== null) parts.push(`${i}:${slug}`, found);
      }
    }
    return hash(parts.join("\0"));
  };

const out: PageFingerprints = new Map();
  // A meeting page and a feed show only their own item; a feed holds its meetings, as a list does.
  for (const meeting of data.digest.meetings) out.set(data.meetingUrl(meeting), fingerprint("meeting", meeting, []));
  for (const feed of data.explore.feeds) out.set(feed.url, fingerprint("feed", { ...feed, meetings: feed.meetings.map(inList) }, []));
  const listPages = [
    ["person", data.personPages, [meetingInList, personMet]],
    ["topic", data.topicPages, [meetingInList]],
    ["organisation", data.explore.organisationPages, [meetingInList, countryHasPage]],
    ["country", data.explore.countryPages, [meetingInList]],
    ["pair", data.explore.pairPages, [meetingInList, personMet]],
  ] as const;
  for (const [kind, pages, lookups] of listPages) for (const page of pages) out.set(page.url, fingerprint(kind, page, [...lookups]));
  return out;
}
