// Counter-evidence: what tells two spellings apart even when their names could be one person's.
// Kept per group of spellings (a person in the making), so that a chain of merges cannot join
// two spellings that one article names side by side: every merge is checked against everything
// the two groups already hold.
//   - one article names both;
//   - they are given different countries;
//   - on one day they held different offices (no head word in common: "President" and "Prime
//     Minister" are different offices, "Foreign Minister" and "Minister of Foreign Affairs" are not);
//   - the people file lists them as two people, or keeps one apart from the other.
import offices from "../lexicon/offices.json" with { type: "json" };
import type { KeptApartReason } from "../model.ts";
import { officeTokens } from "./offices.ts";

/** What the articles say about one spelling, or about a group of them. */
export interface Facts {
  /** Record indexes that name it. */
  records: Set<number>;
  /** Countries it is given, lower case. */
  countries: Map<string, string>;
  /** Day → head words of each office held that day. */
  offices: Map<string, { title: string; heads: Set<string> }[]>;
  /** The people-file entry it belongs to (index), if any. */
  entry: number | null;
  /** Spelling keys the entry keeps apart. */
  blocked: Set<string>;
  /** Spelling keys in the group. */
  keys: Set<string>;
}

export function emptyFacts(key: string): Facts {
  return { records: new Set(), countries: new Map(), offices: new Map(), entry: null, blocked: new Set(), keys: new Set([key]) };
}

const modifierWords = new Set(offices.modifiers.flatMap((m) => officeTokens(m)));
/** The words that name an office itself (Minister, Ambassador, President), not its modifiers or portfolio. */
const HEAD_WORDS = new Set(
  [...offices.heads, ...offices.lowercaseHeads].flatMap((h) => officeTokens(h)).filter((w) => !modifierWords.has(w)),
);

const headsOf = new Map<string, Set<string>>();
/** The head words of an office title (remembered: a build sees the same few titles thousands of times). */
export function officeHeads(title: string): Set<string> {
  let heads = headsOf.get(title);
  if (!heads) headsOf.set(title, (heads = new Set(officeTokens(title).filter((w) => HEAD_WORDS.has(w)))));
  return heads;
}

export function addSighting(facts: Facts, record: number, country: string | null, title: string | null, date: string | null): void {
  facts.records.add(record);
  if (country) facts.countries.set(country.trim().toLowerCase(), country.trim());
  if (title && date) {
    const heads = officeHeads(title);
    if (heads.size === 0) return;
    const list = facts.offices.get(date);
    if (list) list.push({ title, heads });
    else facts.offices.set(date, [{ title, heads }]);
  }
}

export interface Conflict {
  reason: KeptApartReason;
  detail: string;
}

/** Why groups `a` and `b` cannot be one person, or null when nothing says so. */
export function conflictBetween(a: Facts, b: Facts, sourceOf: (record: number) => string): Conflict | null {
  if (a.entry !== null && b.entry !== null && a.entry !== b.entry) {
    return { reason: "people-file", detail: "the people file lists them as two people" };
  }
  for (const [x, y] of [[a, b], [b, a]] as const) {
    for (const key of y.keys) if (x.blocked.has(key)) return { reason: "people-file", detail: "the people file keeps them apart" };
  }
  const [small, large] = a.records.size <= b.records.size ? [a, b] : [b, a];
  for (const r of small.records) {
    if (large.records.has(r)) return { reason: "named-together", detail: `${sourceOf(r)} names both` };
  }
  if (a.countries.size > 0 && b.countries.size > 0 && ![...a.countries.keys()].some((c) => b.countries.has(c))) {
    return { reason: "different-countries", detail: `${[...a.countries.values()].join(", ")} and ${[...b.countries.values()].join(", ")}` };
  }
  const [fewer, more] = a.offices.size <= b.offices.size ? [a, b] : [b, a];
  for (const [date, held] of fewer.offices) {
    const other = more.offices.get(date);
    if (!other) continue;
    for (const x of held) {
      for (const y of other) {
        if (![...x.heads].some((h) => y.heads.has(h))) return { reason: "different-offices", detail: `${x.title} and ${y.title} on ${date}` };
      }
    }
  }
  return null;
}

/** Folds `from` into `into` (the group that absorbs it). */
export function mergeFacts(into: Facts, from: Facts): void {
  for (const r of from.records) into.records.add(r);
  for (const [k, v] of from.countries) into.countries.set(k, v);
  for (const [date, held] of from.offices) {
    const list = into.offices.get(date);
    if (list) list.push(...held);
    else into.offices.set(date, [...held]);
  }
  into.entry ??= from.entry;
  for (const k of from.blocked) into.blocked.add(k);
  for (const k of from.keys) into.keys.add(k);
}
