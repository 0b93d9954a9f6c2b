// A person's offices over time (like Wikidata's "position held"). Near-identical wordings of one
// office are one row ("Federal Minister for IT and Telecommunication" = "Federal Minister for IT
// & Telecom"); a different office is another row ("Minister of State for IT and
// Telecommunication" → "Federal Minister ...": a promotion shows as two rows).
import anyAscii from "any-ascii";
import type { OfficeHeld } from "../model.ts";
import type { PeopleFileOffice } from "./people-file.ts";
import { compareCodePoints } from "./slugs.ts";

/** One report of an office: at a meeting (with its date) or from the people file. */
export interface OfficeSighting {
  title: string;
  organization: string | null;
  date: string | null;
  meetingSlug: string | null;
}

/** Words that do not tell offices apart. */
const FILLER = new Set(["the", "of", "for", "and", "to", "at", "in", "on", "a", "an"]);

export function officeTokens(title: string): string[] {
  return anyAscii(title)
    .toLowerCase()
    .replace(/\([^)]*\)/g, " ") // "(PTA)" repeats the organisation already named
    .replace(/&/g, " and ")
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0 && !FILLER.has(t));
}

/** Same office: the same words in the same order, allowing abbreviations ("Telecom", "IT"). */
export function sameOffice(a: string[], b: string[]): boolean {
  return align(a, b, false) || align(b, a, false);
}

/**
 * `short` names the office `long` names, only less fully: it keeps the head words and leaves
 * out some complements ("US Ambassador" / "US Ambassador to Pakistan"). One-word titles are
 * too vague to count ("Secretary").
 */
export function shorterForm(short: string[], long: string[]): boolean {
  return short.length >= 2 && short.length < long.length && align(short, long, true);
}

/**
 * Walks `a` against `b`: each word of `a` matches the next word of `b` (equal, or one a prefix
 * of the other) or a run of words whose initials it spells ("it" = "information technology").
 * With `skip`, words of `b` may be left out after the first; without, all of `b` must be used.
 */
function align(a: string[], b: string[], skip: boolean): boolean {
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    let step = 0;
    while (j < b.length) {
      step = matchAt(a[i]!, b, j);
      if (step > 0 || !skip || i === 0) break;
      j++;
    }
    if (step === 0) return false;
    j += step;
  }
  return skip || j === b.length;
}

function matchAt(word: string, b: string[], j: number): number {
  const other = b[j]!;
  if (word === other) return 1;
  const [short, long] = word.length < other.length ? [word, other] : [other, word];
  if (short.length >= 3 && long.startsWith(short)) return 1;
  // An abbreviation spelling the initials of the next words.
  if (word.length >= 2 && word.length <= 5 && j + word.length <= b.length) {
    let initials = "";
    for (let k = 0; k < word.length; k++) initials += b[j + k]![0];
    if (initials === word) return word.length;
  }
  return 0;
}

interface Row {
  tokens: string[];
  titles: string[];
  organization: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  meetings: Set<string>;
  order: number;
}

/** Groups sightings into office rows, in order of first appearance (undated rows last). */
export function officeHistory(sightings: OfficeSighting[], fromFile: PeopleFileOffice[] = []): OfficeHeld[] {
  const rows: Row[] = [];
  const rowFor = (title: string): Row => {
    const tokens = officeTokens(title);
    let row = rows.find((r) => sameOffice(r.tokens, tokens));
    if (!row) {
      // A less full wording joins the one office it fits, when exactly one fits.
      const fits = rows.filter((r) => shorterForm(tokens, r.tokens) || shorterForm(r.tokens, tokens));
      if (fits.length === 1) row = fits[0]!;
      if (row && row.tokens.length < tokens.length) row.tokens = tokens;
    }
    if (!row) {
      row = { tokens, titles: [], organization: null, firstSeen: null, lastSeen: null, meetings: new Set(), order: rows.length };
      rows.push(row);
    }
    row.titles.push(title);
    return row;
  };
  const widen = (row: Row, date: string | null) => {
    if (!date) return;
    if (!row.firstSeen || date < row.firstSeen) row.firstSeen = date;
    if (!row.lastSeen || date > row.lastSeen) row.lastSeen = date;
  };
  for (const s of sightings) {
    const row = rowFor(s.title);
    row.organization ??= s.organization;
    widen(row, s.date);
    if (s.meetingSlug) row.meetings.add(s.meetingSlug);
  }
  for (const o of fromFile) {
    const row = rowFor(o.title);
    if (o.organization) row.organization = o.organization;
    widen(row, o.from);
    widen(row, o.to);
    // The user's wording wins over the articles'.
    row.titles = [o.title];
  }
  return rows
    .sort((a, b) => compareNullableDates(a.firstSeen, b.firstSeen) || a.order - b.order)
    .map((row) => ({
      title: fullest(row.titles),
      organization: row.organization,
      firstSeen: row.firstSeen,
      lastSeen: row.lastSeen,
      meetings: row.meetings.size,
    }));
}

/** The office seen most recently; when none is dated, the one reported at most meetings. */
export function latestOffice(offices: OfficeHeld[]): string | null {
  let best: OfficeHeld | null = null;
  for (const o of offices) {
    if (!best) best = o;
    else if (o.lastSeen && (!best.lastSeen || o.lastSeen > best.lastSeen)) best = o;
    else if (!o.lastSeen && !best.lastSeen && o.meetings > best.meetings) best = o;
  }
  return best?.title ?? null;
}

/** Dated before undated, then ascending. */
export function compareNullableDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function fullest(titles: string[]): string {
  return [...titles].sort((a, b) => b.length - a.length || compareCodePoints(a, b))[0]!;
}
