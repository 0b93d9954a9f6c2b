// records → Digest: who is who, which articles report one meeting, and the views the site
// renders (people, topics, timeline). Pure and deterministic: the same records in any order
// give the same digest.
import type { ArticleRecord, Digest, Topic } from "../model.ts";
import { resolveIdentities } from "./identity.ts";
import { meetingUnits } from "./meeting-units.ts";
import { groupMeetings } from "./meeting-groups.ts";
import { buildMeetings, linkNeighbours } from "./meetings.ts";
import { buildPeople } from "./people.ts";
import type { PeopleFileEntry } from "./people-file.ts";
import { assignUniqueSlugs, compareCodePoints, slugify } from "./slugs.ts";
import { buildTimeline } from "./timeline.ts";
import { buildTopics, topicResolver } from "./topics.ts";

export interface DigestOptions {
  /** Entries of the user's people file. */
  people?: PeopleFileEntry[];
  /** The topic taxonomy (with the user's topics file applied), to give labels their slugs. */
  topics?: readonly Topic[];
}

export function buildDigest(input: ArticleRecord[], options: DigestOptions = {}): Digest {
  const records = [...input].sort((a, b) => compareCodePoints(a.source, b.source));
  const { personOf, identities, keptApart } = resolveIdentities(records, options.people ?? []);
  const personSlugs = assignUniqueSlugs(
    [...identities.values()].map((identity) => ({ key: identity.key, base: slugify(identity.name, "person") })),
  );
  const units = meetingUnits(records);
  const groups = groupMeetings(units, records, personOf);
  const meetings = buildMeetings(groups, {
    records,
    units,
    personOf,
    identities,
    personSlugs,
    topicOf: topicResolver(options.topics ?? []),
  });
  linkNeighbours(meetings);
  return {
    meetings,
    people: buildPeople(meetings, identities, personSlugs),
    keptApart,
    topics: buildTopics(meetings),
    timeline: buildTimeline(meetings),
    records,
  };
}
