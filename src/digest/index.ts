// records → Digest: who is who, which articles report one meeting, and the views the site
// renders (people, topics, timeline). Pure and deterministic: the same records in any order
// (and the same address book) give the same digest.
import type { AddressBook, ArticleRecord, Digest, Redirect, Topic } from "../model.ts";
import { EMPTY_ADDRESS_BOOK, stableSlugs } from "./addresses.ts";
import { resolveIdentities } from "./identity.ts";
import { groupMeetings } from "./meeting-groups.ts";
import { meetingUnits } from "./meeting-units.ts";
import { buildMeetings, linkNeighbours } from "./meetings.ts";
import { buildPeople } from "./people.ts";
import type { PeopleFileEntry } from "./people-file.ts";
import { compareCodePoints, slugify } from "./slugs.ts";
import { buildTimeline } from "./timeline.ts";
import { buildTopics, topicResolver } from "./topics.ts";

export interface DigestOptions {
  /** Entries of the user's people file. */
  people?: PeopleFileEntry[];
  /** The topic taxonomy (with the user's topics file applied), to give labels their slugs. */
  topics?: readonly Topic[];
  /** What earlier builds gave their addresses to (addresses.ts); none: a cold build. */
  addresses?: AddressBook;
}

export function buildDigest(input: ArticleRecord[], options: DigestOptions = {}): Digest {
  const records = [...input].sort((a, b) => compareCodePoints(a.source, b.source));
  const book = options.addresses ?? EMPTY_ADDRESS_BOOK;
  const { personOf, identities, keptApart } = resolveIdentities(records, options.people ?? []);
  const people = stableSlugs(
    [...identities.values()].map((identity) => ({ key: identity.key, base: slugify(identity.name, "person"), members: identity.keys })),
    book.people,
  );
  const personSlugs = people.slugs;
  const units = meetingUnits(records);
  const groups = groupMeetings(units, records, personOf);
  const built = buildMeetings(groups, {
    records,
    units,
    personOf,
    identities,
    personSlugs,
    topicOf: topicResolver(options.topics ?? []),
    addresses: book.meetings,
  });
  const meetings = built.meetings;
  linkNeighbours(meetings);
  const redirects: Redirect[] = [
    ...[...people.moved].map(([from, key]) => ({
      kind: "person" as const,
      from: `/people/${from}/`,
      to: `/people/${personSlugs.get(key)!}/`,
      title: identities.get(key)!.name,
    })),
    ...[...built.moved].map(([from, meeting]) => ({
      kind: "meeting" as const,
      from: `/meetings/${from}/`,
      to: `/meetings/${meeting.slug}/`,
      title: meeting.title,
    })),
  ].sort((a, b) => compareCodePoints(a.from, b.from));
  return {
    meetings,
    people: buildPeople(meetings, identities, personSlugs),
    keptApart,
    redirects,
    addresses: { version: 1, people: people.remembered, meetings: built.remembered },
    topics: buildTopics(meetings),
    timeline: buildTimeline(meetings),
    records,
  };
}
