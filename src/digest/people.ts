// Person pages' data: per identity, the meetings (time order, undated last), the offices held
// over time, the people met (most frequent first) and the topics discussed. One pass over the
// meetings' people, so the work grows with the number of officials, not with people × meetings.
import type { Meeting, Person } from "../model.ts";
import type { Identity } from "./identity.ts";
import { compareNullableDates, latestOffice, officeHistory, type OfficeSighting } from "./offices.ts";
import { compareCodePoints } from "./slugs.ts";
import { countIn } from "./tally.ts";

interface Tally {
  meetings: Meeting[];
  mentionedIn: Meeting[];
  sightings: OfficeSighting[];
  met: Map<string, { slug: string; name: string; count: number }>;
  topics: Map<string, { slug: string; label: string; count: number }>;
}

export function buildPeople(
  meetingsNewestFirst: Meeting[],
  identities: Map<string, Identity>,
  personSlugs: Map<string, string>,
): Person[] {
  const idOfSlug = new Map<string, string>();
  for (const [id, slug] of personSlugs) idOfSlug.set(slug, id);
  const tallies = new Map<string, Tally>();
  const tallyOf = (slug: string): Tally => {
    let t = tallies.get(slug);
    if (!t) {
      t = { meetings: [], mentionedIn: [], sightings: [], met: new Map(), topics: new Map() };
      tallies.set(slug, t);
    }
    return t;
  };

  for (const meeting of meetingsNewestFirst) {
    const present = [...meeting.participants, ...meeting.attendees];
    for (const person of [...present, ...meeting.mentioned]) {
      const tally = tallyOf(person.personSlug);
      if (person.title) {
        tally.sightings.push({ title: person.title, organization: person.organization, date: meeting.date, meetingSlug: meeting.slug });
      }
      if (person.role === "mentioned") {
        tally.mentionedIn.push(meeting);
        continue;
      }
      tally.meetings.push(meeting);
      for (const other of present) {
        if (other.personSlug === person.personSlug) continue;
        countIn(tally.met, other.personSlug, () => ({ slug: other.personSlug, name: other.name, count: 0 }));
      }
      for (const topic of meeting.topics) {
        countIn(tally.topics, topic.slug, () => ({ slug: topic.slug, label: topic.label, count: 0 }));
      }
    }
  }

  const people: Person[] = [];
  for (const [slug, tally] of tallies) {
    const identity = identities.get(idOfSlug.get(slug)!)!;
    // Sightings oldest first, so office rows come in order of first appearance.
    const sightings = [...tally.sightings].sort((a, b) => compareNullableDates(a.date, b.date));
    const offices = officeHistory(sightings, identity.entry?.offices ?? []);
    people.push({
      slug,
      name: identity.name,
      aliases: identity.aliases,
      merges: identity.merges,
      offices,
      latestOffice: latestOffice(offices),
      meetings: inTimeOrder(tally.meetings),
      mentionedIn: inTimeOrder(tally.mentionedIn),
      met: [...tally.met.values()].sort((a, b) => b.count - a.count || compareNames(a.name, b.name)),
      topics: [...tally.topics.values()].sort((a, b) => b.count - a.count || compareNames(a.label, b.label)),
    });
  }
  return people.sort((a, b) => compareNames(a.name, b.name) || compareCodePoints(a.slug, b.slug));
}

/** Meeting slugs oldest first, undated last. */
export function inTimeOrder(meetings: Meeting[]): string[] {
  return [...meetings]
    .sort((a, b) => compareNullableDates(a.date, b.date) || compareCodePoints(a.slug, b.slug))
    .map((m) => m.slug);
}

const collator = new Intl.Collator("en", { sensitivity: "base" });
/** A–Z as a reader expects (accents and case aside), then code points so ties are stable. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || compareCodePoints(a, b);
}
