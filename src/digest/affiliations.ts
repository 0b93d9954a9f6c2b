// Whom each person at a meeting represents: the body (organisation page) and the country. The
// extractor's `organization` and `country` come first, normalised; where they are missing, only
// sound inferences fill them, and unknown is preferred to wrong:
// - a body's own country (the lexicon's, or a country its name holds: "State Bank of Pakistan"),
//   never for international bodies;
// - the title's own country ("Kenyan High Commissioner", "Minister ... of Japan"); a country the
//   title names as a posting ("Country Director for Pakistan", "Ambassador to China") is never the
//   person's, and a posting the extractor took for the person's country is dropped;
// - the country most of the person's other meetings give, when one leads;
// - an ambassador's embassy, when both their country and their posting are known;
// - the body of the same office at the person's other meetings ("Federal Secretary IT" =
//   "Federal Secretary for IT and Telecommunication, Ministry of ...").
// A name many countries' bodies share ("Ministry of Foreign Affairs") is a body only with a country.
import type { ArticleRecord, Meeting, MeetingPerson, OrganisationKind } from "../model.ts";
import { acronymDefinitions } from "./acronyms.ts";
import { countriesInTitle, countryOf } from "./country-names.ts";
import { officeKind } from "./office-kinds.ts";
import { officeTokens, sameOffice, shorterForm } from "./offices.ts";
import { lexiconAcronymIn, OrganisationNames, type Body } from "./org-names.ts";
import { assignUniqueSlugs, compareCodePoints, slugify } from "./slugs.ts";

/** A body with its page: `key` is the body's identity, with the country for a generic name. */
export interface ResolvedBody {
  key: string;
  slug: string;
  name: string;
  acronyms: string[];
  kind: OrganisationKind;
  country: string | null;
  /** The spellings the articles used for it. */
  spellings: Set<string>;
}

export interface Affiliations {
  bodyOf: Map<MeetingPerson, ResolvedBody>;
  bodies: ResolvedBody[];
  /** Person slug → the country most of their meetings give. */
  personCountry: Map<string, string>;
}

interface Sighting {
  person: MeetingPerson;
  spelling: string | null;
  body: Body | null;
  country: string | null;
  posted: string[];
}

export function resolveAffiliations(meetings: Meeting[], records: ArticleRecord[]): Affiliations {
  const { perRecord, global } = definitionsOf(records);
  const sightings: Sighting[] = [];
  for (const meeting of meetings) {
    const defs = meeting.sources.map((s) => perRecord.get(s.id)).filter((d): d is Map<string, string> => !!d);
    for (const person of [...meeting.participants, ...meeting.attendees, ...meeting.mentioned]) {
      let spelling = person.organization?.trim() || null;
      if (spelling) spelling = defs.find((d) => d.has(spelling!))?.get(spelling) ?? spelling;
      else spelling = bodyInTitle(person.title, defs);
      sightings.push({ person, spelling, body: null, country: null, posted: [] });
    }
  }
  const names = new OrganisationNames(
    sightings.flatMap((s) => (s.spelling ? [s.spelling] : [])),
    global,
  );

  // Titles and country spellings repeat across thousands of meetings: each is read once.
  const titleCountries = memo((title: string | null) => countriesInTitle(title));
  const countryName = memo((spelling: string) => countryOf(spelling) ?? spelling.trim());
  const kindOf = memo((title: string | null) => officeKind(title));
  for (const s of sightings) {
    s.body = names.body(s.spelling);
    const inTitle = titleCountries(s.person.title);
    s.posted = inTitle.posted;
    let country = s.person.country ? countryName(s.person.country) : null;
    if (country && inTitle.posted.includes(country) && !inTitle.own.includes(country)) country = null;
    // A generic name's lexicon country is only the likeliest one: it says nothing of this person.
    if (!country && s.body?.country && s.body.kind !== "international" && !s.body.generic) country = s.body.country;
    if (!country && inTitle.own.length === 1) country = inTitle.own[0]!;
    s.country = country;
  }

  const byPerson = groupBy(sightings, (s) => s.person.personSlug);
  const personCountry = new Map<string, string>();
  for (const [slug, list] of byPerson) {
    const leading = leader(list.flatMap((s) => (s.country ? [s.country] : [])));
    if (leading) personCountry.set(slug, leading);
    for (const s of list) {
      s.country ??= leading;
      s.body ??= embassyOf(s);
    }
    sameOfficeBodies(list);
  }

  const resolved = new Map<string, ResolvedBody>();
  const bodyOf = new Map<MeetingPerson, ResolvedBody>();
  for (const s of sightings) {
    const p = s.person;
    p.country = s.country;
    p.officeKind = kindOf(p.title);
    if (!s.body) continue;
    p.organization = s.body.name;
    if (s.body.generic && !s.country) continue;
    const key = s.body.generic ? `${s.body.key}|${s.country}` : s.body.key;
    let body = resolved.get(key);
    if (!body) {
      body = {
        key,
        slug: "",
        name: s.body.name,
        acronyms: s.body.acronyms,
        kind: s.body.kind,
        country: s.body.generic ? s.country : s.body.country,
        spellings: new Set(),
      };
      resolved.set(key, body);
    }
    if (s.spelling && s.spelling !== body.name) body.spellings.add(s.spelling);
    bodyOf.set(p, body);
  }
  const bodies = [...resolved.values()].sort((a, b) => compareCodePoints(a.key, b.key));
  const slugs = assignUniqueSlugs(
    bodies.map((b) => ({ key: b.key, base: slugify(b.country && !b.name.includes(b.country) && isGenericKey(b.key) ? `${b.name} ${b.country}` : b.name, "organisation") })),
  );
  for (const b of bodies) b.slug = slugs.get(b.key)!;
  for (const s of sightings) {
    s.person.organisationSlug = bodyOf.get(s.person)?.slug ?? null;
    s.person.countrySlug = s.person.country ? slugify(s.person.country, "country") : null;
  }
  return { bodyOf, bodies, personCountry };
}

function memo<K, V>(fn: (key: K) => V): (key: K) => V {
  const seen = new Map<K, V>();
  return (key) => {
    if (seen.has(key)) return seen.get(key)!;
    const value = fn(key);
    seen.set(key, value);
    return value;
  };
}

function isGenericKey(key: string): boolean {
  return key.includes("|");
}

/** Acronym definitions per record, and those every defining record agrees on. */
function definitionsOf(records: ArticleRecord[]): { perRecord: Map<string, Map<string, string>>; global: Map<string, string> } {
  const perRecord = new Map<string, Map<string, string>>();
  const votes = new Map<string, Map<string, string>>();
  for (const record of records) {
    const defs = acronymDefinitions(record.body);
    if (defs.size === 0) continue;
    perRecord.set(record.id, defs);
    for (const [acronym, full] of defs) {
      const forms = votes.get(acronym) ?? new Map<string, string>();
      forms.set(officeTokens(full).join(" "), full);
      votes.set(acronym, forms);
    }
  }
  const global = new Map<string, string>();
  for (const [acronym, forms] of votes) if (forms.size === 1) global.set(acronym, [...forms.values()][0]!);
  return { perRecord, global };
}

/** A body named in a title by an acronym: the lexicon's, or one the article defines. */
function bodyInTitle(title: string | null, defs: Map<string, string>[]): string | null {
  if (!title) return null;
  const known = lexiconAcronymIn(title);
  if (known) return known.name;
  for (const word of title.split(/[\s,;:()]+/)) {
    for (const d of defs) {
      const full = d.get(word);
      if (full) return full;
    }
  }
  return null;
}

/** "Embassy of Kenya in Pakistan" for an ambassador of Kenya posted to Pakistan. */
function embassyOf(s: Sighting): Body | null {
  const title = s.person.title;
  if (!title || !s.country || s.posted.length !== 1 || officeKind(title) !== "Ambassador or envoy") return null;
  if (!/\b(?:ambassador|high commissioner|chargé d['’]affaires|charge d['’]affaires|head of mission)\b/i.test(title)) return null;
  const host = s.posted[0]!;
  if (host === s.country) return null;
  const what = /high commissioner/i.test(title) ? "High Commission" : "Embassy";
  const name = `${what} of ${withArticle(s.country)} in ${withArticle(host)}`;
  return { key: `embassy:${name}`, name, acronyms: [], kind: "diplomatic", country: s.country, generic: false };
}

/** "the United States", "the Philippines": country names read with an article. */
function withArticle(country: string): string {
  return /^(?:United|European)\b|\b(?:Republic|Islands|Emirates)\b|^(?:Philippines|Netherlands|Maldives|Bahamas|Gambia|Comoros|Seychelles)$/.test(country) ? `the ${country}` : country;
}

/** Sightings without a body take the body of the same office seen elsewhere, when only one fits. */
function sameOfficeBodies(list: Sighting[]): void {
  // Distinct titles: a person seen at hundreds of meetings holds a handful of offices.
  const known = new Map<string, Map<string, Body>>();
  for (const s of list) {
    if (!s.body || !s.person.title) continue;
    const bodies = known.get(s.person.title) ?? new Map<string, Body>();
    bodies.set(s.body.key, s.body);
    known.set(s.person.title, bodies);
  }
  if (known.size === 0) return;
  const knownTokens = [...known].map(([title, bodies]) => ({ tokens: officeTokens(title), bodies }));
  const answers = new Map<string, Body | null>();
  for (const s of list) {
    if (s.body || !s.person.title) continue;
    let answer = answers.get(s.person.title);
    if (answer === undefined) {
      const mine = officeTokens(s.person.title);
      const fits = new Map<string, Body>();
      for (const { tokens, bodies } of knownTokens) {
        if (sameOffice(mine, tokens) || shorterForm(mine, tokens) || shorterForm(tokens, mine)) for (const [k, b] of bodies) fits.set(k, b);
      }
      answer = fits.size === 1 ? [...fits.values()][0]! : null;
      answers.set(s.person.title, answer);
    }
    s.body = answer;
  }
}

/** The value seen most often, when one is seen strictly more often than any other. */
function leader(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  let tie = false;
  for (const [v, n] of [...counts].sort(([a], [b]) => compareCodePoints(a, b))) {
    if (n > bestCount) [best, bestCount, tie] = [v, n, false];
    else if (n === bestCount) tie = true;
  }
  return tie ? null : best;
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
