// The meetings an article reports, each with its principals, those present, its day and its
// place, first-reported first. The article's officials come from the officials reader; this
// module finds where each is named, splits the story into its meetings (segment.ts), and dates
// (when.ts) and places (place.ts) each one.
import type { DateBasis, Evidence, Official, RecordMeeting } from "../../model.ts";
import type { Span } from "../sentences.ts";
import { locateMentions, mentionsGiven, type Mention, type NamedSpan } from "./mentions.ts";
import { ownPlace, type MeetingPlace } from "./place.ts";
import { newEpisode, segment, type Episode } from "./segment.ts";
import { toUnits, type Unit } from "./units.ts";
import { datesOf } from "./when.ts";

export interface MeetingsInput {
  text: string;
  /** The text's sentences. */
  spans: readonly Span[];
  officials: readonly Official[];
  /** Where the officials reader found each official named (parallel to `officials`), when it says. */
  mentions?: readonly (readonly NamedSpan[] | undefined)[];
  dateline: string | null;
  articleDate: string | null;
}

export interface ReadMeeting extends RecordMeeting {
  dateBasis: DateBasis;
  /** Set on a meeting whose date could not be settled, in words for the user. */
  dateWarning: string | null;
}

export function extractMeetings(input: MeetingsInput): ReadMeeting[] {
  const { text, officials } = input;
  const present = officials.filter((o) => o.role !== "mentioned");
  if (present.length === 0) return [];
  const units = toUnits(input.spans, text);
  const mentions = input.mentions ? mentionsGiven(text, officials, input.mentions, units) : locateMentions(text, officials, units);
  const { episodes, preamble } = segment(text, units, officials, mentions);
  if (episodes.length === 0) episodes.push(wholeArticle(units));
  placeUnplaced(episodes, officials, mentions, units);

  const spansOf = (e: Episode, i: number): Span[] => {
    // The opening sentence first (its cues come first), then the lead and the rest.
    const ids = i === 0 ? [e.opener, ...preamble.filter((u) => u < e.opener), ...e.units.items] : e.units.items;
    return [...new Set(ids)].map((u) => units[u]!).filter((u) => !u.heading);
  };
  const dates = datesOf(episodes, spansOf, input.articleDate, text);
  const opening = (e: Episode, i: number) => (i === 0 ? 1 + preamble.filter((u) => u < e.opener).length : 1);
  const places = placesOf(episodes, spansOf, opening, text, input.dateline);
  return episodes.map((e, i) => ({
    participants: e.principals.items.map((w) => officials[w]!.name),
    attendees: e.attendees.items.map((w) => officials[w]!.name),
    date: dates[i]!.date,
    dateBasis: dates[i]!.basis,
    dateWarning: dates[i]!.warning,
    location: places[i]!.location,
    country: places[i]!.country,
    call: e.call,
    evidence: { date: dates[i]!.evidence, location: places[i]!.evidence },
  }));
}

/** No sentence reads as a meeting: the article is one meeting of everyone present. */
function wholeArticle(units: readonly Unit[]): Episode {
  const told = units.filter((u) => !u.heading).map((u) => u.index);
  const e = newEpisode(told[0] ?? 0, { timing: null, clock: false }, null);
  for (const u of told) e.units.add(u);
  return e;
}

/** Everyone present whom no meeting took up joins the meeting told where they are first named. */
function placeUnplaced(episodes: Episode[], officials: readonly Official[], mentions: readonly Mention[], units: readonly Unit[]): void {
  const placed = new Set<number>();
  const byUnit = new Map<number, Episode>();
  for (const e of episodes) {
    for (const w of [...e.principals.items, ...e.attendees.items]) placed.add(w);
    for (const u of e.units.items) if (!byUnit.has(u)) byUnit.set(u, e);
  }
  const firstSeen = new Map<number, number>();
  for (const m of mentions) if (!units[m.unit]!.heading && !firstSeen.has(m.who)) firstSeen.set(m.who, m.unit);
  officials.forEach((o, who) => {
    if (o.role === "mentioned" || placed.has(who)) return;
    const at = firstSeen.get(who) ?? -1;
    // The meeting that holds that sentence, else the last one opened before it, else the first.
    const holding = byUnit.get(at) ?? lastOpenedBy(episodes, at) ?? episodes[0]!;
    (o.role === "participant" ? holding.principals : holding.attendees).add(who);
  });
}

/** The last meeting (in text order) whose opening sentence comes at or before unit `at`. */
function lastOpenedBy(episodes: readonly Episode[], at: number): Episode | undefined {
  let lo = 0;
  let hi = episodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (episodes[mid]!.opener <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? episodes[lo - 1] : undefined;
}

/**
 * The place of each meeting: a call has none; else the venue its sentences name; else, when they
 * put it in another country without a city, none; else the place of the meeting told before it
 * (the series goes on where it was); else the dateline's city.
 */
function placesOf(
  episodes: readonly Episode[],
  spansOf: (e: Episode, i: number) => Span[],
  opening: (e: Episode, i: number) => number,
  text: string,
  dateline: string | null,
): MeetingPlace[] {
  const none: MeetingPlace = { location: null, country: null, evidence: null, basis: "none" };
  const out: MeetingPlace[] = [];
  let last: MeetingPlace | null = null;
  episodes.forEach((e, i) => {
    if (e.call) {
      out.push({ ...none, basis: "call" });
      return;
    }
    const own = ownPlace(text, dateline, spansOf(e, i), opening(e, i));
    const place = own.venue ?? (own.elsewhere ? none : (last ?? own.dateline ?? none));
    out.push(place);
    if (place.location) last = place;
  });
  return out;
}

export type { Evidence };
