// Country pages' data: per country, the meetings its officials took part in or attended, its
// officials, its bodies, and the countries whose officials they met, each pair of countries with
// every meeting between their officials and who met whom. One pass over the meetings' people;
// pairs are counted per meeting among the countries present there.
import type { Counted, Country, CountryPair, Meeting, MeetingPerson } from "../model.ts";
import { compareNames, inTimeOrder } from "./people.ts";
import { compareCodePoints, slugify } from "./slugs.ts";
import { countIn } from "./tally.ts";

interface CountryTally {
  slug: string;
  name: string;
  meetings: Meeting[];
  people: Map<string, Counted>;
  organisations: Map<string, Counted>;
  counterparts: Map<string, Counted & { pairSlug: string }>;
  topics: Map<string, { slug: string; label: string; count: number }>;
}

interface PairTally {
  a: CountryTally;
  b: CountryTally;
  meetings: Meeting[];
  peopleA: Map<string, Counted>;
  peopleB: Map<string, Counted>;
  links: Map<string, { a: string; b: string; count: number }>;
}

/** The URL part of a pair: the two slugs in code-point order, "pakistan/united-states". */
export function pairSlug(a: string, b: string): string {
  return a < b ? `${a}/${b}` : `${b}/${a}`;
}

function bump(map: Map<string, Counted>, slug: string, name: string): void {
  countIn(map, slug, () => ({ slug, name, count: 0 }));
}

export function buildCountries(meetings: Meeting[]): { countries: Country[]; pairs: CountryPair[] } {
  const countries = new Map<string, CountryTally>();
  const pairs = new Map<string, PairTally>();
  const countryOf = (person: MeetingPerson): CountryTally | null => {
    if (!person.country) return null;
    const slug = person.countrySlug ?? slugify(person.country, "country");
    let tally = countries.get(slug);
    if (!tally) {
      tally = { slug, name: person.country, meetings: [], people: new Map(), organisations: new Map(), counterparts: new Map(), topics: new Map() };
      countries.set(slug, tally);
    }
    return tally;
  };

  for (const meeting of meetings) {
    const sides = new Map<string, { tally: CountryTally; people: MeetingPerson[] }>();
    for (const person of [...meeting.participants, ...meeting.attendees]) {
      const tally = countryOf(person);
      if (!tally) continue;
      const side = sides.get(tally.slug) ?? { tally, people: [] };
      side.people.push(person);
      sides.set(tally.slug, side);
      bump(tally.people, person.personSlug, person.name);
      if (person.organisationSlug && person.organization) bump(tally.organisations, person.organisationSlug, person.organization);
    }
    const present = [...sides.values()].sort((x, y) => compareCodePoints(x.tally.slug, y.tally.slug));
    for (const { tally } of present) {
      tally.meetings.push(meeting);
      for (const topic of meeting.topics) {
        countIn(tally.topics, topic.slug, () => ({ slug: topic.slug, label: topic.label, count: 0 }));
      }
    }
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        const [x, y] = [present[i]!, present[j]!];
        const slug = pairSlug(x.tally.slug, y.tally.slug);
        let pair = pairs.get(slug);
        if (!pair) {
          pair = { a: x.tally, b: y.tally, meetings: [], peopleA: new Map(), peopleB: new Map(), links: new Map() };
          pairs.set(slug, pair);
        }
        pair.meetings.push(meeting);
        for (const p of x.people) bump(pair.peopleA, p.personSlug, p.name);
        for (const p of y.people) bump(pair.peopleB, p.personSlug, p.name);
        for (const p of x.people) {
          for (const q of y.people) {
            const key = `${p.personSlug}\0${q.personSlug}`;
            countIn(pair.links, key, () => ({ a: p.personSlug, b: q.personSlug, count: 0 }));
          }
        }
        for (const [me, other] of [[x, y], [y, x]] as const) {
          countIn(me.tally.counterparts, other.tally.slug, () => ({ slug: other.tally.slug, name: other.tally.name, count: 0, pairSlug: slug }));
        }
      }
    }
  }

  const byCount = <T extends { count: number }>(name: (t: T) => string) => (a: T, b: T) => b.count - a.count || compareNames(name(a), name(b));
  const counted = (map: Map<string, Counted>) => [...map.values()].sort(byCount((c) => c.name));
  return {
    countries: [...countries.values()]
      .map((t) => ({
        slug: t.slug,
        name: t.name,
        meetings: inTimeOrder(t.meetings),
        people: counted(t.people),
        organisations: counted(t.organisations),
        counterparts: [...t.counterparts.values()].sort(byCount((c) => c.name)),
        topics: [...t.topics.values()].sort(byCount((c) => c.label)),
      }))
      .sort((a, b) => compareNames(a.name, b.name)),
    pairs: [...pairs.entries()]
      .sort(([a], [b]) => compareCodePoints(a, b))
      .map(([slug, p]) => ({
        slug,
        name: `${p.a.name} – ${p.b.name}`,
        a: { slug: p.a.slug, name: p.a.name },
        b: { slug: p.b.slug, name: p.b.name },
        meetings: inTimeOrder(p.meetings),
        peopleA: counted(p.peopleA),
        peopleB: counted(p.peopleB),
        links: [...p.links.values()].sort((x, y) => y.count - x.count || compareCodePoints(x.a, y.a) || compareCodePoints(x.b, y.b)),
      })),
  };
}
