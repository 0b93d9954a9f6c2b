// Officials of an article: every named person with the office the article gives them and their
// role at the meeting. Mentions are found by the grammar (mentions.ts), short forms
// ("Ambassador Blome", "Dr. Ahmed", "Shaza Fatima") are folded into the fullest name (people.ts),
// and the role comes from the cues around the mentions (roles.ts).
//
// Two entries: extractOfficials gives the officials of the record; extractOfficialMentions gives
// the same officials with the place of every mention, for readers that split an article into
// its separate meetings.
import type { Official, Role } from "../../model.ts";
import { tokenize, sentenceSpans, type Token } from "./tokens.ts";
import { findMentions } from "./mentions.ts";
import { groupMentions, mentionGroupEnds, bestTitle, fullestName, findShortMentions, type Person } from "./people.ts";
import { isDistinctiveNameWord } from "./names.ts";
import { findCues, guessRole, type RoleGuess } from "./roles.ts";
import { affiliationOf } from "./affiliation.ts";
import { extractUrduMentions } from "./urdu.ts";
import { asideRanges, inRanges } from "./asides.ts";
import { counterpartTitle } from "./counterparts.ts";
import { sideCountry } from "./sides.ts";

/** A character range [start, end) of the article text given to the extractor. */
export interface TextSpan {
  start: number;
  end: number;
}

/** One place an official is named. */
export interface OfficialMention {
  /** The name as written here (a short form such as "Dr. Ahmed" gives "Ahmed"). */
  name: TextSpan;
  /** The office written with this mention, or null. */
  title: TextSpan | null;
  /** The sentence of the mention: its number in the article (0 = first) and its characters. */
  sentence: TextSpan & { index: number };
  /** The role the words around this mention give. */
  role: Role;
  /** False when no cue decided the role (a default). */
  strong: boolean;
  /** A later short form: one word of the name written alone ("Keller said"), with no title or honorific. */
  short: boolean;
}

export interface OfficialWithMentions {
  official: Official;
  /** Every mention, in text order. */
  mentions: OfficialMention[];
}

const ROLE_ORDER: Record<Role, number> = { participant: 0, attendee: 1, mentioned: 2 };

/** Every place a person is named (mentions and short forms), in text order, for finding whose counterpart someone is. */
interface Placed {
  at: number;
  person: Person;
}

/**
 * The office of someone named as a counterpart with no office of their own: that of the person whose
 * counterpart they are, the first named in the same sentence before them, else the last named before.
 * Found by binary search in the places of every person, so the work stays logarithmic per counterpart.
 */
function counterpartOffice(p: Person, places: Placed[], tokens: Token[]): string | null {
  const named = p.mentions.find((m) => m.counterpart);
  if (!named?.counterpart) return null;
  const at = named.counterpart.at;
  const sent = tokens[at]!.sent;
  const sentStart = firstIndex(tokens.length, (i) => tokens[i]!.sent >= sent);
  const before = firstIndex(places.length, (i) => places[i]!.at >= at);
  let host: Person | null = null;
  const first = firstIndex(places.length, (i) => places[i]!.at >= sentStart);
  for (let k = first; k < before && k < first + 8 && !host; k++) if (places[k]!.person !== p) host = places[k]!.person;
  // "The Minister also met his Mexican counterpart, X": the subject named last, first in its sentence.
  if (!host && first > 0) {
    const earlier = tokens[places[first - 1]!.at]!.sent;
    const from = firstIndex(places.length, (i) => tokens[places[i]!.at]!.sent >= earlier);
    for (let k = from; k < first && k < from + 8 && !host; k++) if (places[k]!.person !== p) host = places[k]!.person;
  }
  if (!host) return null;
  const hostTitle = bestTitle(host)?.title ?? null;
  // "his counterparts from Jordan and ...": the office, then the country ("Foreign Minister of Jordan").
  if (named.counterpart.country) {
    const office = counterpartTitle(hostTitle, "");
    return office ? `${office} of ${named.counterpart.country}` : null;
  }
  return counterpartTitle(hostTitle, named.counterpart.nationality);
}

/** The least index in [0, n) for which the (monotone) test holds, or n. */
function firstIndex(n: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** What the rest of the record knows about the article, which officials' affiliations may use. */
export interface OfficialsContext {
  /** The country of the article (of its meeting or dateline): that of an office that names none. */
  country?: string | null;
}

export function extractOfficials(text: string, context: OfficialsContext = {}): Official[] {
  return extractOfficialMentions(text, context).map((o) => o.official);
}

/** The officials of extractOfficials, in the same order, each with every place it is named. */
export function extractOfficialMentions(text: string, context: OfficialsContext = {}): OfficialWithMentions[] {
  const latin = latinOfficials(text, tokenize(text), context);
  const urdu = extractUrduMentions(text);
  if (urdu.length === 0) return latin;
  return [...latin, ...urdu].sort((a, b) => ROLE_ORDER[a.official.role] - ROLE_ORDER[b.official.role]);
}

/**
 * Officials written in Latin script, found by the grammar of titles and capitalised names.
 * Exported with the tokens as a parameter so that tests can count the grammar's work.
 */
export function latinOfficials(text: string, tokens: Token[], context: OfficialsContext = {}): OfficialWithMentions[] {
  // Names in headlines, teasers, bylines and captions are not people of the story.
  const asides = asideRanges(text);
  const mentions = findMentions(text, tokens).filter((m) => !inRanges(asides, tokens[m.nameStart]!.start));
  if (mentions.length === 0) return [];
  const sentences = sentenceSpans(tokens);
  const cues = findCues(text);
  const ends = mentionGroupEnds(mentions, tokens);
  const leadSentence = tokens[mentions[0]!.nameStart]!.sent;
  const span = (from: number, to: number): TextSpan => ({ start: tokens[from]!.start, end: tokens[to - 1]!.end });

  const place = (nameStart: number, nameEnd: number, titleStart: number, titleEnd: number, groupEnd: number | undefined, short: boolean): OfficialMention => {
    const sent = tokens[nameStart]!.sent;
    const sentence = sentences[sent] ?? { start: 0, end: text.length };
    const end = tokens[nameEnd - 1]!.end;
    const guess: RoleGuess = guessRole(text, cues, {
      start: tokens[Math.min(titleStart, nameStart)]!.start,
      nameEnd: end,
      groupEnd: groupEnd ?? end,
      sentence,
      lead: sent === leadSentence,
    });
    return {
      name: span(nameStart, nameEnd),
      title: titleEnd > titleStart ? span(titleStart, titleEnd) : null,
      sentence: { index: sent, start: sentence.start, end: sentence.end },
      role: guess.role,
      strong: guess.strong,
      short,
    };
  };

  const people = groupMentions(mentions);
  const covered = new Uint8Array(tokens.length);
  for (const m of mentions) covered.fill(1, Math.min(m.nameStart, m.titleStart), Math.max(m.nameEnd, m.titleEnd));
  const shortForms = new Map<Person, number[]>();
  for (const s of findShortMentions(tokens, people, covered, isDistinctiveNameWord)) {
    if (inRanges(asides, tokens[s.at]!.start)) continue;
    const list = shortForms.get(s.person) ?? [];
    list.push(s.at);
    shortForms.set(s.person, list);
  }
  const places: Placed[] = [];
  for (const p of people) {
    for (const m of p.mentions) places.push({ at: m.nameStart, person: p });
    for (const at of shortForms.get(p) ?? []) places.push({ at, person: p });
  }
  places.sort((a, b) => a.at - b.at);
  const officials = people.map((p) => {
    const named = p.mentions.map((m) => place(m.nameStart, m.nameEnd, m.titleStart, m.titleEnd, ends.get(m), false));
    const short = (shortForms.get(p) ?? []).map((at) => place(at, at + 1, at, at, undefined, true));
    const placed = [...named, ...short].sort((a, b) => a.name.start - b.name.start);
    // The role comes from the mentions the grammar read; short forms decide only when those have no cue.
    // A principal of any meeting the article reports is a participant ("X took part in the meeting. Later, X and Y co-chaired ...").
    const strong = [...named, ...short].filter((g) => g.strong);
    const role = strong.some((g) => g.role === "participant") ? "participant" : (named.find((g) => g.strong) ?? short.find((g) => g.strong) ?? named[0]!).role;
    const titled = bestTitle(p);
    const title = titled?.title ?? p.mentions.find((m) => m.address)?.address ?? counterpartOffice(p, places, tokens) ?? null;
    const possessor = titled?.possessor ?? p.mentions.find((m) => m.possessor)?.possessor ?? null;
    // "the Indian side was led by X", "the Afghan delegation by X": the side's nationality is the person's.
    const side = p.mentions.map((m) => sideCountry(tokens, Math.min(m.titleStart, m.nameStart))).find((c) => c) ?? null;
    const found = affiliationOf(title, possessor, side ? null : (context.country ?? null));
    const organization = found.organization;
    const country = found.country ?? side;
    // The sentence that gives the office, else the one whose words gave the role, else the first that names the person.
    const shown = titled ? named[p.mentions.indexOf(titled)]! : (named.find((g) => g.strong) ?? named[0]!);
    const evidence = { text: text.slice(shown.sentence.start, shown.sentence.end), start: shown.sentence.start, end: shown.sentence.end };
    const official: Official = { name: fullestName(p), title, organization, country, role, evidence };
    return { official, mentions: placed, first: p.mentions[0]!.nameStart };
  });
  officials.sort((a, b) => ROLE_ORDER[a.official.role] - ROLE_ORDER[b.official.role] || a.first - b.first);
  return officials.map(({ official, mentions }) => ({ official, mentions }));
}
