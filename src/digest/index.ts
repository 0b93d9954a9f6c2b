// records → Digest: who is who, which articles report one meeting, and the views the site
// renders (people, topics, timeline). Pure and deterministic: the same records in any order
// (and the same address book) give the same digest.
import type { AddressBook, ArticleRecord, Country, Digest, Meeting, Organisation, Person, Redirect, Topic } from "../model.ts";
import { EMPTY_ADDRESS_BOOK, stableSlugs } from "./addresses.ts";
import { resolveAffiliations } from "./affiliations.ts";
import { buildCountries } from "./countries.ts";
import { resolveIdentities } from "./identity.ts";
import { groupMeetings } from "./meeting-groups.ts";
import { meetingUnits } from "./meeting-units.ts";
import { buildMeetings, linkNeighbours } from "./meetings.ts";
import { buildOrganisations } from "./organisations.ts";
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
  const affiliations = resolveAffiliations(meetings, records);
  const organisations = buildOrganisations(meetings, affiliations);
  const { countries, pairs } = buildCountries(meetings);
  const persons = buildPeople(meetings, identities, personSlugs);
  linkAffiliations(meetings, persons, organisations, countries, affiliations.personCountry);
  return {
    meetings,
    people: persons,
    keptApart,
    redirects,
    addresses: { version: 1, people: people.remembered, meetings: built.remembered },
    topics: buildTopics(meetings),
    timeline: buildTimeline(meetings),
    records,
    organisations,
    countries,
    countryPairs: pairs,
  };
}

/**
 * Links from people to the organisation and country pages that exist: a body or country seen only
 * among people mentioned (never present at a meeting) has no page. Offices held link to the body
 * the person held them at.
 */
function linkAffiliations(
  meetings: Meeting[],
  people: Person[],
  organisations: Organisation[],
  countries: Country[],
  personCountry: Map<string, string>,
): void {
  const orgPages = new Set(organisations.map((o) => o.slug));
  const countryPages = new Set(countries.map((c) => c.slug));
  const bodyOfOffice = new Map<string, string>();
  for (const meeting of meetings) {
    for (const p of [...meeting.participants, ...meeting.attendees, ...meeting.mentioned]) {
      if (p.organisationSlug && !orgPages.has(p.organisationSlug)) p.organisationSlug = null;
      if (p.countrySlug && !countryPages.has(p.countrySlug)) p.countrySlug = null;
      if (p.organisationSlug && p.organization) bodyOfOffice.set(`${p.personSlug}\0${p.organization}`, p.organisationSlug);
    }
  }
  for (const person of people) {
    const country = personCountry.get(person.slug) ?? null;
    person.country = country;
    const slug = country ? slugify(country, "country") : null;
    person.countrySlug = slug && countryPages.has(slug) ? slug : null;
    for (const office of person.offices) {
      office.organisationSlug = office.organization ? (bodyOfOffice.get(`${person.slug}\0${office.organization}`) ?? null) : null;
    }
  }
}
