// people.json: every person as data for tools — id (the page's slug), name, every spelling and
// why it was joined, offices held over time, the meetings attended and mentioned in (each with
// its sources: outlet, address, article date), and earlier addresses that now lead to the page.
import type { Digest, Meeting, OfficeHeld, Person, SpellingMerge } from "../model.ts";

export const PEOPLE_FILE = "people.json";

interface MeetingForTools {
  id: string;
  url: string;
  date: string | null;
  title: string;
  sources: { outlet: string | null; url: string | null; date: string | null; file: string }[];
}

export interface PersonForTools {
  id: string;
  url: string;
  name: string;
  /** The name and every other spelling, as written. */
  spellings: string[];
  merges: SpellingMerge[];
  offices: OfficeHeld[];
  latestOffice: string | null;
  meetings: MeetingForTools[];
  mentionedIn: MeetingForTools[];
  /** Earlier addresses of this page, kept as redirects. */
  formerUrls: string[];
}

export function peopleForTools(digest: Digest): PersonForTools[] {
  const bySlug = new Map(digest.meetings.map((m) => [m.slug, m]));
  const formerUrls = new Map<string, string[]>();
  for (const r of digest.redirects) {
    if (r.kind !== "person") continue;
    const list = formerUrls.get(r.to);
    if (list) list.push(r.from);
    else formerUrls.set(r.to, [r.from]);
  }
  const meeting = (slug: string): MeetingForTools => {
    const m: Meeting = bySlug.get(slug)!;
    return {
      id: m.slug,
      url: `/meetings/${m.slug}/`,
      date: m.date,
      title: m.title,
      sources: m.sources.map((s) => ({ outlet: s.outlet, url: s.url, date: s.articleDate, file: s.source })),
    };
  };
  return digest.people.map((p: Person) => {
    const url = `/people/${p.slug}/`;
    return {
      id: p.slug,
      url,
      name: p.name,
      spellings: [p.name, ...p.aliases],
      merges: p.merges,
      offices: p.offices,
      latestOffice: p.latestOffice,
      meetings: p.meetings.map(meeting),
      mentionedIn: p.mentionedIn.map(meeting),
      formerUrls: formerUrls.get(url) ?? [],
    };
  });
}
