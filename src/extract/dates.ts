// The date of the meeting, which is not always the date of the article. In order of trust:
//   1. an explicit date tied to the meeting: "met ... on 12 March 2025", "on Tuesday, June 3";
//   2. a relative cue resolved against the article date: a weekday (the most recent such day on
//      or before it), "yesterday", "today"; a vague cue ("last week") settles nothing;
//   3. the article date itself, when the text gives no cue at all;
//   4. otherwise null, with a warning saying why.
// Dates of other events (an auction scheduled, a bill to be tabled, a meeting recalled) are not
// cues: explicit dates count only after "on" in a sentence about the meeting, and any cue right
// after words of the future or of the past ("will", "next", "recalled", "had met") is skipped.
import type { DateBasis } from "../model.ts";
import { addDays, isoDate, lastWeekdayOnOrBefore, MONTH, monthNumber, WEEKDAY, WEEKDAYS, weekdayOf } from "./calendar.ts";
import { sentences, type Span } from "./sentences.ts";

export interface DateFinding {
  date: string | null;
  basis: DateBasis;
  /** Set when no date could be settled, in words for the user. */
  warning: string | null;
}

const DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
/** "on 12 March 2025", "on March 12, 2025", "on Tuesday, June 3", "on Sunday (9 March)", "on the 3rd of June". */
const EXPLICIT = new RegExp(
  `\\b(?:on|dated)\\s+(?:(${WEEKDAY}),?\\s+\\(?(?:the\\s+)?)?(?:the\\s+)?(?:${DAY}\\s+(?:of\\s+)?(${MONTH})|(${MONTH})\\s+${DAY}\\b)(?:,?\\s+(\\d{4})\\b)?`,
  "gi",
);
/**
 * "on 12-03-2025", "on 12/03/2025", "on 2025-03-12": numbers only. Day-month and month-day orders
 * are both in use, so such a date counts only when one reading alone is possible.
 */
const NUMERIC = new RegExp(`\\b(?:on|dated)\\s+(?:(${WEEKDAY}),?\\s+)?(?:(\\d{1,2})([-/.])(\\d{1,2})\\3(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2}))\\b`, "gi");
/** A weekday, or "yesterday"/"last night"/"today"/"tonight"/"this morning". */
// A weekday may be glued to the word before it in scraped copy ("called on him hereTuesday").
const RELATIVE = new RegExp(`(?:\\b|(?<=\\p{Ll}))(?:(${WEEKDAY})|(yesterday|last night)|(today(?!['’]s)|tonight|this (?:morning|afternoon|evening)))\\b`, "giu");
/** The same cues in Urdu: "پیر کو" (on Monday), "آج" (today), "گزشتہ روز" (yesterday). */
/**
 * "on Tues.", "on Thu.": the agency style of abbreviated weekdays. Only after "on", capitalised
 * and with the dot, so that "Sat", "Sun" and "wed" elsewhere are not read as days.
 */
const ABBREVIATED_WEEKDAY = /\bon\s+(Sun|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat)\.(?=[\s,;)]|$)/g;
const ABBREVIATION_DAY: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Tues: 2, Wed: 3, Thu: 4, Thur: 4, Thurs: 4, Fri: 5, Sat: 6 };
const URDU_WEEKDAYS = ["اتوار", "پیر", "منگل", "بدھ", "جمعرات", "جمعہ", "ہفتہ"];
const URDU_RELATIVE = /(?<![\u0600-\u06FF])(?:(جمعرات|جمعہ|اتوار|پیر|منگل|بدھ|ہفتہ|ہفتے)\s*(?:کو|کے روز)|(گزشتہ روز|گذشتہ روز)|(آج))(?![\u0600-\u06FF])/gu;
/** Cues that place the meeting only vaguely: they settle no date. */
const VAGUE =
  /\b(?:last|past|earlier this|previous) (?:week|weekend|month)\b|\bthis week(?:end)?\b|\b(?:over|during|at) the weekend\b|\ba few days ago\b|\b(?:in recent|over the past few|in the past few) (?:days|weeks)\b|\brecently\b|\bthe other day\b/gi;

/** A vague cue counts only this close to a verb of meeting. */
const VAGUE_REACH = 40;
/** A month or a year without a day: "In March 2024, ...", "met in Accra in 2023". */
const PERIOD = new RegExp(`\\b[Ii]n\\s+(?:(?:early|late|mid-?)\\s*)?(?:(${MONTH})\\.?\\s+)?((?:19|20)\\d\\d)\\b`, "g");
/** A period dates the meeting when it opens the sentence, or follows the meeting verb in its clause ("met the envoy in Accra in 2023", not "discussed the accord signed in 2023"). */
const PERIOD_OPENS = /^[\s"“‘(]*$/;
// Not "X, who met Y in 2019, held talks": the year of a meeting the relative clause recalls.
const PERIOD_AFTER_MEETING = /(?<!\bwho\s+(?:had\s+)?(?:also\s+|first\s+|previously\s+|earlier\s+|once\s+)?)\b(?:met|meet|meets|held talks|called on|received|hosted)\b[^,.;]{0,60}$/i;
const PERIOD_OF_OTHER_EVENT = /\b(?:signed|agreed|adopted|launched|established|founded|began|started|concluded|approved|announced|since|of)\b[^,.;]{0,40}$/i;
const MEETING_VERB = /\b(?:met|meet|meets|meeting|talks|called on|calls? on|held|discussed|visited|hosted|received)\b/i;
/** Words of the meeting itself: a cue counts only in a sentence about the meeting. */
const MEETING_WORDS = /\b(?:met|meet|meets|meeting|meetings|talks|called on|calls? on|discuss(?:ed|es|ing)?|held|holds|hosted|received|receives|chaired|co-chaired|visited|session|conference|summit|sidelines|briefed|reviewed|signed|agreed|exchanged views)\b|ملاقات/i;
/** Words just before a cue that point to another event (future or past). */
const OTHER_EVENT_BEFORE = new RegExp(
  [
    // future, conditional or recalled, a few words before the cue
    "\\b(?:will|would|shall|should|could|to be|upcoming|scheduled|due|expected|planned|plans? to|recalled|had (?:met|held|visited)|previous|earlier meeting|deadline|invited?|invitation|to attend)\\b[^.]{0,40}$",
    // a preposition right before the cue that moves it off the meeting day
    "\\b(?:by|until|till|before|after|since|every|next|coming|following|from|had|has|have)\\s+(?:the\\s+)?$",
  ].join("|"),
  "i",
);
const CUE_WINDOW = 60;
/** Words right after a cue that move it to another time: "on June 25 next year". */
const OTHER_EVENT_AFTER = /^,?\s*(?:next|this coming|later)\s+(?:year|month|week)\b/i;
/**
 * A meeting is reported within days: an explicit date far before the article's own date (or
 * after it) belongs to another event, such as an agreement signed years ago.
 */
const EXPLICIT_MAX_DAYS_BEFORE = 21;

interface Cue {
  kind: "explicit" | "numeric" | "weekday" | "yesterday" | "today" | "vague" | "period";
  span: Span;
  /** The possible readings of a numeric date, as ISO dates. */
  readings?: string[];
  at: number;
  month?: number;
  day?: number;
  year?: number;
  weekday?: number;
}

/** `spans` are the text's sentences, when the caller has them already. */
export function extractDate(text: string, articleDate: string | null, spans: readonly Span[] = sentences(text)): DateFinding {
  const found = dateOfSpans(spans, articleDate, text);
  if (found) return found.finding;
  if (articleDate) return { date: articleDate, basis: "article-date", warning: null };
  return {
    date: null,
    basis: "none",
    warning: "no date found: the text names no meeting date and the article has no date of its own",
  };
}

/** A date found in some sentences, with the sentence it was read from. */
export interface SpanDate {
  finding: DateFinding;
  /** The sentence that holds the cue. */
  span: Span;
}

/**
 * The date that the cues of these sentences give (explicit dates first, then the first relative
 * cue, or with `openingFirst` a relative cue of the first sentence before those of the others),
 * or null when they hold no cue at all: the caller then falls back on what it knows (the article
 * date, the date of the meeting before). `text` is the article text, for the warning about a year
 * that is missing everywhere.
 */
export function dateOfSpans(spans: readonly Span[], articleDate: string | null, text: string, openingFirst = false): SpanDate | null {
  const cues = findCues(spans);
  for (const cue of cues) {
    if (cue.kind !== "explicit" && cue.kind !== "numeric") continue;
    const found = cue.kind === "numeric" ? resolveNumeric(cue, articleDate) : resolveExplicit(cue, articleDate, text);
    if (found) return { finding: found, span: cue.span };
  }
  // A month or year before the article's own month says the meeting was not on the article's day;
  // the article's own month or year says nothing about which day it was.
  const relatives = cues.filter((c) => c.kind !== "explicit" && c.kind !== "numeric" && (c.kind !== "period" || periodBefore(c, articleDate)));
  const relative = (openingFirst ? relatives.find((c) => c.span === spans[0]) : undefined) ?? relatives[0];
  if (relative) return { finding: resolveRelative(relative, articleDate), span: relative.span };
  return null;
}

function findCues(spans: readonly Span[]): Cue[] {
  const cues: Cue[] = [];
  for (const s of spans) {
    // The lead sentence reports the news, which here is the meeting; later ones must say so.
    if (s.paragraph > 0 && !MEETING_WORDS.test(s.text)) continue;
    const otherEvent = (at: number, end = at) =>
      OTHER_EVENT_BEFORE.test(s.text.slice(Math.max(0, at - CUE_WINDOW), at)) || OTHER_EVENT_AFTER.test(s.text.slice(end, end + 30));
    EXPLICIT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = EXPLICIT.exec(s.text))) {
      if (otherEvent(m.index, m.index + m[0].length)) continue;
      const day = Number(m[2] ?? m[5]);
      const month = monthNumber((m[3] ?? m[4])!) ?? 0;
      const weekday = m[1] ? WEEKDAYS.indexOf(m[1].toLowerCase()) : undefined;
      cues.push({ kind: "explicit", span: s, at: s.start + m.index, day, month, year: m[6] ? Number(m[6]) : undefined, weekday });
    }
    NUMERIC.lastIndex = 0;
    while ((m = NUMERIC.exec(s.text))) {
      if (otherEvent(m.index, m.index + m[0].length)) continue;
      const weekday = m[1] ? WEEKDAYS.indexOf(m[1].toLowerCase()) : undefined;
      const readings = m[6]
        ? [isoDate(Number(m[6]), Number(m[7]), Number(m[8]))]
        : [isoDate(Number(m[5]), Number(m[4]), Number(m[2])), isoDate(Number(m[5]), Number(m[2]), Number(m[4]))];
      const valid = [...new Set(readings.filter((d): d is string => d !== null))].filter((d) => weekday === undefined || weekdayOf(d) === weekday);
      cues.push({ kind: "numeric", span: s, at: s.start + m.index, readings: valid });
    }
    RELATIVE.lastIndex = 0;
    while ((m = RELATIVE.exec(s.text))) {
      if (otherEvent(m.index)) continue;
      const at = s.start + m.index;
      if (m[1]) cues.push({ kind: "weekday", span: s, at, weekday: WEEKDAYS.indexOf(m[1].toLowerCase()) });
      else cues.push({ kind: m[2] ? "yesterday" : "today", span: s, at });
    }
    ABBREVIATED_WEEKDAY.lastIndex = 0;
    while ((m = ABBREVIATED_WEEKDAY.exec(s.text))) {
      if (otherEvent(m.index)) continue;
      cues.push({ kind: "weekday", span: s, at: s.start + m.index + m[0].indexOf(m[1]!), weekday: ABBREVIATION_DAY[m[1]!]! });
    }
    URDU_RELATIVE.lastIndex = 0;
    while ((m = URDU_RELATIVE.exec(s.text))) {
      const at = s.start + m.index;
      if (m[1]) cues.push({ kind: "weekday", span: s, at, weekday: URDU_WEEKDAYS.indexOf(m[1] === "ہفتے" ? "ہفتہ" : m[1]) });
      else cues.push({ kind: m[2] ? "yesterday" : "today", span: s, at });
    }
    VAGUE.lastIndex = 0;
    while ((m = VAGUE.exec(s.text))) {
      // "met last week" settles nothing; "the policy approved recently" says nothing of the meeting.
      const near = s.text.slice(Math.max(0, m.index - VAGUE_REACH), m.index + m[0].length + VAGUE_REACH);
      if (!otherEvent(m.index) && MEETING_VERB.test(near)) cues.push({ kind: "vague", span: s, at: s.start + m.index });
    }
    PERIOD.lastIndex = 0;
    while ((m = PERIOD.exec(s.text))) {
      const before = s.text.slice(Math.max(0, m.index - CUE_WINDOW), m.index);
      const dates = PERIOD_OPENS.test(before) || (PERIOD_AFTER_MEETING.test(before) && !PERIOD_OF_OTHER_EVENT.test(before));
      if (!dates || otherEvent(m.index, m.index + m[0].length)) continue;
      cues.push({ kind: "period", span: s, at: s.start + m.index, year: Number(m[2]), month: m[1] ? (monthNumber(m[1]) ?? undefined) : undefined });
    }
  }
  return cues.sort((a, b) => a.at - b.at);
}

function resolveExplicit(cue: Cue, articleDate: string | null, text: string): DateFinding | null {
  const { day = 0, month = 0 } = cue;
  if (cue.year) {
    const date = isoDate(cue.year, month, day);
    if (!date) return null;
    if (articleDate && (date > addDays(articleDate, 1) || date < addDays(articleDate, -EXPLICIT_MAX_DAYS_BEFORE))) return null;
    return { date, basis: "explicit", warning: null };
  }
  // A month and day without a year: the article date says which year (the latest such day on or
  // shortly after it); without one the year is unknown.
  if (!articleDate) {
    return {
      date: null,
      basis: "none",
      warning: `the meeting date is given without a year and the article has no date${/\b\d{4}\b/.test(text) ? "" : " or year"}`,
    };
  }
  const year = Number(articleDate.slice(0, 4));
  for (const y of [year, year - 1]) {
    const date = isoDate(y, month, day);
    if (date && date <= addDays(articleDate, 1)) {
      return date >= addDays(articleDate, -EXPLICIT_MAX_DAYS_BEFORE) ? { date, basis: "explicit", warning: null } : null;
    }
  }
  return null;
}

/** A numeric date settles the meeting only when the article date leaves one reading ("12-03-2025" in a March article). */
function resolveNumeric(cue: Cue, articleDate: string | null): DateFinding | null {
  let readings = cue.readings ?? [];
  if (articleDate) readings = readings.filter((d) => d <= addDays(articleDate, 1) && d >= addDays(articleDate, -EXPLICIT_MAX_DAYS_BEFORE));
  if (readings.length === 1) return { date: readings[0]!, basis: "explicit", warning: null };
  if (readings.length === 0) return null;
  return { date: null, basis: "none", warning: "the meeting date is written in numbers that read both as day-month and as month-day" };
}

function resolveRelative(cue: Cue, articleDate: string | null): DateFinding {
  if (cue.kind === "vague") {
    return { date: null, basis: "none", warning: "the text dates the meeting only vaguely (for example \"last week\"); no date was set" };
  }
  if (cue.kind === "period") {
    return { date: null, basis: "none", warning: "the text gives the meeting a month or a year but no day; no date was set" };
  }
  if (!articleDate) {
    const said = cue.kind === "weekday" ? `"${capitalise(WEEKDAYS[cue.weekday!]!)}"` : `"${cue.kind}"`;
    return { date: null, basis: "none", warning: `the meeting is dated ${said} but the article has no date to count from` };
  }
  if (cue.kind === "weekday") return { date: lastWeekdayOnOrBefore(articleDate, cue.weekday!), basis: "weekday", warning: null };
  if (cue.kind === "yesterday") return { date: addDays(articleDate, -1), basis: "relative", warning: null };
  return { date: articleDate, basis: "relative", warning: null };
}

/** True when a "period" cue ends before the article's month (or there is no article date to compare with). */
function periodBefore(cue: Cue, articleDate: string | null): boolean {
  if (!articleDate) return true;
  const year = Number(articleDate.slice(0, 4));
  const month = Number(articleDate.slice(5, 7));
  return cue.year! < year || (cue.year === year && cue.month !== undefined && cue.month < month);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
