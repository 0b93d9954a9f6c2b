// Organisation pages' data: per body, its people with the offices they held there, the meetings
// its people took part in or attended (time order), the bodies they met most often, topics. One
// pass over the meetings' people; counterparts are counted per meeting among the bodies present.
import type { Meeting, Organisation } from "../model.ts";
import type { Affiliations, ResolvedBody } from "./affiliations.ts";
import { officeTokens, sameOffice } from "./offices.ts";
import { compareNames, inTimeOrder } from "./people.ts";
import { slugify } from "./slugs.ts";
import { countIn } from "./tally.ts";

interface Tally {
  body: ResolvedBody;
  meetings: Meeting[];
  people: Map<string, { slug: string; name: string; offices: Set<string>; count: number }>;
  counterparts: Map<string, { slug: string; name: string; count: number }>;
  topics: Map<string, { slug: string; label: string; count: number }>;
}

export function buildOrganisations(meetings: Meeting[], affiliations: Affiliations): Organisation[] {
  const tallies = new Map<string, Tally>();
  for (const body of affiliations.bodies) {
    tallies.set(body.key, { body, meetings: [], people: new Map(), counterparts: new Map(), topics: new Map() });
  }
  for (const meeting of meetings) {
    const present = new Map<string, ResolvedBody>();
    for (const person of [...meeting.participants, ...meeting.attendees]) {
      const body = affiliations.bodyOf.get(person);
      if (!body) continue;
      present.set(body.key, body);
      const tally = tallies.get(body.key)!;
      const entry = countIn(tally.people, person.personSlug, () => ({ slug: person.personSlug, name: person.name, offices: new Set<string>(), count: 0 }));
      if (person.title) entry.offices.add(person.title);
    }
    for (const body of present.values()) {
      const tally = tallies.get(body.key)!;
      tally.meetings.push(meeting);
      for (const other of present.values()) {
        if (other.key === body.key) continue;
        countIn(tally.counterparts, other.key, () => ({ slug: other.slug, name: other.name, count: 0 }));
      }
      for (const topic of meeting.topics) {
        countIn(tally.topics, topic.slug, () => ({ slug: topic.slug, label: topic.label, count: 0 }));
      }
    }
  }
  const byCount = <T extends { count: number }>(name: (t: T) => string) => (a: T, b: T) => b.count - a.count || compareNames(name(a), name(b));
  return [...tallies.values()]
    .filter((t) => t.meetings.length > 0)
    .map(({ body, meetings: list, people, counterparts, topics }) => ({
      slug: body.slug,
      name: body.name,
      acronyms: body.acronyms,
      otherNames: [...body.spellings].filter((s) => !body.acronyms.includes(s)).sort(compareNames),
      kind: body.kind,
      country: body.country,
      countrySlug: body.country ? slugify(body.country, "country") : null,
      people: [...people.values()]
        .map((p) => ({ slug: p.slug, name: p.name, offices: distinctOffices([...p.offices]), count: p.count }))
        .sort(byCount((p) => p.name)),
      meetings: inTimeOrder(list),
      counterparts: [...counterparts.values()].sort(byCount((c) => c.name)),
      topics: [...topics.values()].sort(byCount((t) => t.label)),
    }))
    .sort((a, b) => compareNames(a.name, b.name) || (a.slug < b.slug ? -1 : 1));
}

/** Wordings of one office ("Chairman PTA", "Chairman PTA (PTA)") once, in their fullest form, A–Z. */
function distinctOffices(titles: string[]): string[] {
  const rows: { tokens: string[]; title: string }[] = [];
  for (const title of [...titles].sort((a, b) => b.length - a.length || compareNames(a, b))) {
    const tokens = officeTokens(title);
    if (!rows.some((r) => sameOffice(r.tokens, tokens))) rows.push({ tokens, title });
  }
  return rows.map((r) => r.title).sort(compareNames);
}
