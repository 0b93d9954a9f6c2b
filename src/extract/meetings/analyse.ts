// What one sentence says about meetings, before the walk decides which meeting it belongs to:
// whether it reports a meeting (and where the verb, its subject and its object are), whether it
// moves on to another meeting and how its time relates to the one before, whether it announces a
// series, reports a call, says who was present or who led a delegation, and whether its meeting
// is yet to come or long past.
import type { Official } from "../../model.ts";
import { isCallSentence } from "../location.ts";
import { WEEKDAY, MONTH } from "../calendar.ts";
import {
  ATTEND_AFTER,
  ATTEND_BEFORE,
  RECEIVED_CALL,
  CLOCK_TIME,
  EVENT,
  EVENT_WORD,
  FOLLOWED_BY,
  FUTURE_BEFORE,
  JOINT,
  EACH_APART,
  LED_BY,
  MEETING_NOUN,
  MEMBERS,
  MET_THING,
  MEET_SOMEONE,
  OBJECT_END,
  ONE_TO_ONE,
  ORDINAL_OPENER,
  WITH_OPENER,
  RECALL_AFTER,
  RECALL_BEFORE,
  RECEIVED_THING,
  SAME_DAY,
  SCOPE,
  SENT_BY,
  SEPARATE,
  SERIES,
  SERIES_COUNT,
  SPOKE,
  TRANSITION,
  URGING,
  VERB_TRANSITION,
} from "./cues.ts";
import type { Mention } from "./mentions.ts";
import { descriptionsIn, mayHoldOffice, type Description } from "./references.ts";
import { has as hasFamily, wordsOf, type Words } from "./words.ts";
import type { Unit } from "./units.ts";

/** How the time of a meeting relates to the one told before it. */
export type Timing = "later" | "same-day" | "earlier" | "next-day" | "day-before" | "separate" | "dated" | "sequence";

export interface TextRange {
  start: number;
  end: number;
}

export interface Reading {
  unit: Unit;
  /** The verb that reports the meeting, offsets into the article text. */
  event: TextRange | null;
  /** An opening that names a meeting without a verb: the next of a series ("In the third meeting"), or a counterpart ("With X, ..."). */
  nominal: boolean;
  /** The opening names the next meeting of a series: it always starts one. */
  ordinal: boolean;
  /** End of "was followed by": who stands before it was the previous caller. */
  followedBy: number | null;
  /** Where the subject and the object of the meeting verb lie. */
  subject: TextRange | null;
  object: TextRange | null;
  timing: Timing | null;
  /** A time of day: an earlier meeting with one is tied to the day told. */
  clock: boolean;
  /** The meeting is yet to come, or is only recalled. */
  aside: boolean;
  /** No meeting verb, but the sentence moves on to something else ("Later, she addressed students"). */
  moved: boolean;
  series: { count: number | null; oneToOne: boolean } | null;
  call: boolean;
  spoke: boolean;
  joint: boolean;
  /** "held bilateral meetings with A and B": a meeting with each counterpart the sentence names. */
  apart: boolean;
  scope: { last: number } | "all" | null;
  /** "The delegation was led by X": the positions right after each "by". */
  ledBy: { delegationAt: number; by: number }[];
  /** Where "The delegation included" ends: the names after it are its members. */
  membersFrom: number | null;
  meetingNoun: boolean;
  mentions: Mention[];
  descriptions: Description[];
  /** Local role of each mention: a principal, present, or not at this meeting. */
  roles: Map<Mention, "principal" | "attendee" | "absent">;
  /** "She also held": the subject is a pronoun. */
  pronounSubject: boolean;
  /** "the delegation", "the Afghan delegation" in the subject or object. */
  delegationRefs: { at: number; adjective: string }[];
  /** "a delegation", "a group of investors": an unnamed side. */
  group: boolean;
}

const DATED_OPENING = new RegExp(`^[\\s"“‘'(]*(?:\\d{1,2}[.)]\\s+)?on\\s+(?:${WEEKDAY}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}|the\\s+\\d)`, "iu");
const PRONOUN_SUBJECT = /^[\s"“‘'(]*(?:[^,]{0,60},\s*)?(?:he|she)\b/iu;
const DELEGATION_REF = /\b(?:the|this|that)\s+((?:[^\s,.;:()]+\s+){0,2}?)(?:delegation|side|lawmakers|visitors|guests|visiting team)\b(?!\s+(?:was|were)\s+(?:led|headed)|\s+by\b|\s+led\b|\s+headed\b)/gi;
const GROUP_OBJECT =
  /^\s*(?:[^\s,.;:()]+\s+){0,3}?(?:an?|the)\s+(?:[^\s,.;:()]+\s+){0,4}?(?:delegation|delegations|group|team|company|corporation|firm|chamber|association|federation|mission|consortium|council|board|committee|representatives|leaders|investors|executives|officials|envoys|ambassadors|diplomats|heads|members|students|journalists|businessmen|businesspeople|counterparts|ministers|delegates)\b/i;
/** "The next meeting will be hosted by": a sentence of the future, whatever its opening. */
const FUTURE_ANYWHERE = /\b(?:will|shall|is (?:scheduled|expected|due|set|slated) to|are (?:scheduled|expected|due|set) to|is to be|are to be)\b/i;
/** How far before (or after) a meeting verb the words that move it to another time may stand. */
const LOOK_BACK = 100;
/** How far from a name a cue of presence ("accompanied by", "were also present") may stand. */
const CUE_REACH = 300;

/** `mentions` are those of this unit, in text order. */
export function readUnit(unit: Unit, mentions: Mention[], officials: readonly Official[]): Reading {
  const t = unit.text;
  const withFirst = WITH_OPENER.exec(t);
  // "In his discussion with X" always; "With X, ..." when a name follows soon, then a comma.
  const counterpartFirst = withFirst !== null && (/^[\s"“‘'(]*(?:\d{1,2}[.)]\s+)?(?:in|during)\b/i.test(withFirst[0]) || withOpener(t, unit, mentions));
  const ordinalOpening = ORDINAL_OPENER.test(t);
  // A sentence that names no one and has no meeting verb matters only as the story's lead.
  if (mentions.length === 0 && !counterpartFirst && !ordinalOpening && !EVENT_WORD.test(t) && !t.includes("followed")) return quiet(unit, t);
  const words = wordsOf(t);
  const at0 = unit.start;
  const event = hasFamily(words, "event") ? findEvent(t) : null;
  const followed = hasFamily(words, "followed") ? FOLLOWED_BY.exec(t) : null;
  const ordinal = ordinalOpening || followed !== null;
  const nominal = ordinal || counterpartFirst;
  if (!event && !nominal && mentions.length === 0) return quiet(unit, t);
  const active = event !== null || nominal;
  const before = event ? t.slice(0, event.start) : t;
  // What stands just before the verb: the future, a recollection, a move to another meeting.
  const justBefore = before.slice(-LOOK_BACK);

  let timing: Timing | null = null;
  const tr = TRANSITION.exec(t);
  if (active && hasFamily(words, "sameDay") && SAME_DAY.test(t)) timing = "same-day";
  else if (tr?.[3]) timing = "next-day";
  else if (tr?.[4]) timing = "day-before";
  else if (tr?.[2]) timing = "earlier";
  else if (tr?.[5] || (event && /\bseparately\b/i.test(t))) timing = "separate";
  else if (tr?.[1]) timing = /^[\s"“‘'(]*(?:\d{1,2}[.)]\s+)?(?:then|next|lastly|finally|also)\b/i.test(t) ? "sequence" : "later";
  else if (DATED_OPENING.test(t)) timing = "dated";
  else if (event && hasFamily(words, "verbTransition")) {
    const v = VERB_TRANSITION.exec(justBefore);
    if (v) timing = /^(?:later|subsequently)$/i.test(v[1]!) ? "later" : /^earlier$/i.test(v[1]!) ? "earlier" : /^separately$/i.test(v[1]!) ? "separate" : "sequence";
  }
  if (timing === null && event && SEPARATE.test(t)) timing = "separate";

  const aside = nominal
    ? FUTURE_ANYWHERE.test(t)
    : event !== null && (FUTURE_BEFORE.test(justBefore) || RECALL_BEFORE.test(justBefore) || RECALL_AFTER.test(t.slice(event.end, event.end + LOOK_BACK)));
  const seriesMatch = event && (hasFamily(words, "series") || /\d/.test(t)) ? SERIES.exec(t) : null;
  const countWord = seriesMatch ? (seriesMatch[1] ?? seriesMatch[2] ?? seriesMatch[3] ?? "").toLowerCase() : "";
  const series = seriesMatch ? { count: SERIES_COUNT[countWord] ?? (Number(countWord) || null), oneToOne: ONE_TO_ONE.test(t) } : null;

  const subject = event ? { start: at0 + (leadIn(t)), end: at0 + (event.start) } : null;
  let object: TextRange | null = null;
  if (event) {
    const rest = t.slice(event.end);
    const cut = OBJECT_END.exec(rest);
    object = { start: at0 + (event.end), end: at0 + (event.end + (cut ? cut.index : rest.length)) };
  }
  const followedBy = followed ? at0 + (followed.index + followed[0].length) : null;

  const scopeMatch = mentions.length > 0 && hasFamily(words, "scope") ? SCOPE.exec(t) : null;
  const scope: Reading["scope"] = scopeMatch
    ? scopeMatch[1]
      ? { last: 2 }
      : scopeMatch[2]
        ? { last: SERIES_COUNT[scopeMatch[2].toLowerCase()] ?? Number(scopeMatch[2]) }
        : "all"
    : null;

  const ledBy: Reading["ledBy"] = [];
  LED_BY.lastIndex = 0;
  let m: RegExpExecArray | null;
  if (mentions.length > 0 && /\bby\s/.test(t) && (hasFamily(words, "ledBy") || hasFamily(words, "delegation"))) {
    while ((m = LED_BY.exec(t))) ledBy.push({ delegationAt: at0 + (m.index), by: at0 + (m.index + m[0].length) });
  }
  const members = mentions.length > 0 && hasFamily(words, "delegation") ? MEMBERS.exec(t) : null;

  const own = mentions;
  // Offices matter only where the principals stand: from the subject to the end of the object.
  const zoneFrom = followed ? followed.index + followed[0].length : event ? Math.max(0, leadIn(t) - 1) : 0;
  const zoneTo = event && object && !followed ? object.end - unit.start : t.length;
  const descriptions = (event || nominal) && mayHoldOffice(t) ? descriptionsIn(unit, own, zoneFrom, zoneTo) : [];
  const reading: Reading = {
    unit,
    event: event ? { start: at0 + (event.start), end: at0 + (event.end) } : null,
    nominal,
    ordinal,
    followedBy,
    subject,
    object,
    timing,
    clock: event !== null && (/\d/.test(t) || hasFamily(words, "clock")) && CLOCK_TIME.test(t),
    aside,
    moved:
      !event &&
      !nominal &&
      ((timing !== null && timing !== "sequence" && timing !== "dated") || (hasFamily(words, "moved") && /\b(?:later|subsequently|afterwards)\s+(?!in\b|that\b|on\b)\p{Ll}+/u.test(t))),
    series,
    call: active && hasFamily(words, "call") && (isCallSentence(t) || RECEIVED_CALL.test(t)),
    spoke: event !== null && SPOKE.test(t.slice(event.start, event.end)),
    joint: active && hasFamily(words, "joint") && JOINT.test(t),
    apart: event !== null && hasFamily(words, "apart") && EACH_APART.test(t.slice(event.start)),
    scope,
    ledBy,
    membersFrom: members ? at0 + (members.index + members[0].length) : null,
    meetingNoun: hasFamily(words, "meetingNoun") && MEETING_NOUN.test(t),
    mentions: own,
    descriptions,
    roles: new Map(),
    pronounSubject: event !== null && hasFamily(words, "pronoun") && PRONOUN_SUBJECT.test(before) && !/\b(?:he|she)\b/i.test(before.slice(0, leadIn(t))),
    delegationRefs: [],
    group: object !== null && hasFamily(words, "group") && GROUP_OBJECT.test(t.slice(object.start - unit.start, object.end - unit.start)),
  };
  if ((event || nominal) && hasFamily(words, "delegationRef")) {
    DELEGATION_REF.lastIndex = 0;
    while ((m = DELEGATION_REF.exec(t))) {
      const at = at0 + (m.index);
      if (inZone(reading, at)) reading.delegationRefs.push({ at, adjective: m[1]!.trim() });
    }
  }
  if (own.length > 0) {
    const cues = cuePlaces(t, words, event !== null);
    for (const x of own) reading.roles.set(x, localRole(reading, x, officials, cues));
  }
  return reading;
}

/** A sentence that names no one and reports no meeting. */
function quiet(unit: Unit, t: string): Reading {
  return {
    unit,
    event: null,
    nominal: false,
    ordinal: false,
    followedBy: null,
    subject: null,
    object: null,
    // "On Friday, the minister had a busy day": it dates the meetings told after it.
    timing: DATED_OPENING.test(t) ? "dated" : null,
    clock: false,
    aside: false,
    moved: false,
    series: null,
    call: false,
    spoke: false,
    joint: false,
    apart: false,
    scope: null,
    ledBy: [],
    membersFrom: null,
    meetingNoun: false,
    mentions: [],
    descriptions: [],
    roles: new Map(),
    pronounSubject: false,
    delegationRefs: [],
    group: false,
  };
}

/** The first verb that reports a meeting, skipping "received a letter" and "met the target". */
function findEvent(t: string): TextRange | null {
  EVENT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EVENT.exec(t))) {
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const word = m[0].toLowerCase();
    if (word.startsWith("receiv") && (RECEIVED_THING.test(after) || /^\s+with\b/i.test(after))) continue;
    if (word.startsWith("me") && MET_THING.test(after)) continue;
    if (word.startsWith("meet") && !word.includes("with") && !MEET_SOMEONE.test(after)) continue;
    if (word.startsWith("call") && URGING.test(after)) continue;
    return { start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** "With the IMF Deputy Managing Director, Mr. X, the Minister reviewed ...": a new counterpart first. */
function withOpener(t: string, unit: Unit, mentions: readonly Mention[]): boolean {
  const first = mentions.find((x) => x.unit === unit.index);
  return first !== undefined && first.start - unit.start < 120 && /,/.test(t.slice(first.end - unit.start, first.end - unit.start + 60));
}

/** Where the sentence's subject starts: after a numbering, a quote, an opening adverbial. */
function leadIn(t: string): number {
  const m = /^[\s"“‘'(]*(?:\d{1,2}[.)]\s+)?(?:(?:[\p{L}’'()-]+\s+){0,5}[\p{L}’'()-]+,\s+)?/u.exec(t);
  return m ? m[0].length : 0;
}

export function inZone(r: Reading, at: number): boolean {
  if (r.followedBy !== null) return at >= r.followedBy;
  if (!r.event) return r.nominal;
  return (r.subject !== null && at >= r.subject.start && at < r.subject.end) || (r.object !== null && at >= r.object.start && at < r.object.end);
}

/** Where the cues of presence, meeting verbs and verbs of speech stand in a unit: found once per unit. */
interface CuePlaces {
  /** The sentence has a word of "a message from", "greetings of". */
  sentBy: boolean;
  attendBefore: number[]; // ends of "accompanied by", "attended by", "as was", ...
  attendAfter: number[]; // starts of "were also present", "took part", ...
  verbs: number[]; // starts of meeting verbs and verbs of speech
}

const SPEECH_ALL = /\b(?:said|says|told|added|stressed|noted)\b/gi;

function cuePlaces(t: string, words: Words, hasEvent: boolean): CuePlaces {
  const ends = (re: RegExp) => {
    const out: number[] = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) out.push(m.index + m[0].length);
    return out;
  };
  const starts = (re: RegExp) => {
    const out: number[] = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) out.push(m.index);
    return out;
  };
  const attendAfter = hasFamily(words, "attendAfter") ? starts(ATTEND_AFTER) : [];
  // Verbs matter only between a name and a cue of presence after it.
  const verbs = attendAfter.length === 0 ? [] : [...(hasEvent ? starts(EVENT) : []), ...starts(SPEECH_ALL)].sort((a, b) => a - b);
  return { sentBy: hasFamily(words, "sentBy"), attendBefore: hasFamily(words, "attendBefore") ? ends(ATTEND_BEFORE) : [], attendAfter, verbs };
}

/** Is there an item of the sorted list in [from, to)? */
const within = (list: number[], from: number, to: number) => list.some((p) => p >= from && p < to);

/**
 * A mention's part in this sentence's meeting: absent (a sender, someone only referred to, the
 * caller before "was followed by"), present ("accompanied by X", "X was also present"), or a
 * principal (subject or object of the meeting verb, or a participant of the record).
 */
function localRole(r: Reading, x: Mention, officials: readonly Official[], cues: CuePlaces): "principal" | "attendee" | "absent" {
  const o = officials[x.who]!;
  if (o.role === "mentioned") return "absent";
  const t = r.unit.text;
  const rel = x.start - r.unit.start;
  if (cues.sentBy && SENT_BY.test(t.slice(Math.max(0, rel - 120), rel))) return "absent";
  if (r.followedBy !== null && x.start < r.followedBy) return "absent";
  // A cue before the mention decides ("accompanied by X"), unless the meeting verb came after it.
  const from = Math.max(r.event && r.event.end <= x.start ? r.event.end - r.unit.start : 0, rel - CUE_REACH);
  if (within(cues.attendBefore, from, rel + 1)) return "attendee";
  const zone = (r.event !== null || r.nominal) && inZone(r, x.start);
  if (zone) return "principal";
  // "A and B were also present", "X, who also took part in the meeting, said": no verb between.
  const end = x.end - r.unit.start;
  const cue = cues.attendAfter.find((c) => c >= end && c < end + 250);
  if (cue !== undefined && !within(cues.verbs, end, cue)) return "attendee";
  if (r.membersFrom !== null && x.start >= r.membersFrom) return "attendee";
  return o.role === "participant" ? "principal" : "attendee";
}
