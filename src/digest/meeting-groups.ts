// Which reported meetings are one meeting. Outlets report the same meeting in their own words,
// with their own spellings and sometimes their own day; reports are one meeting when
//   - they are copies of one article (the same text under another name or encoding), or
//   - their principals are the same people (by identity, not spelling: the same set, or two in
//     common) and they give the same day, or
//   - one report gives no day of its own (none at all, or only the article's date because the
//     text names none) and the two articles appeared within two days of each other: it joins
//     the one meeting of those people it fits, and two such reports join each other;
// and, in every case, the places do not contradict (two different cities, unless both are known
// to be in one country) and no article is counted twice (one article's two meetings stay two).
// Two meetings of the same people on different days given by their texts never merge.
//
// Linear in the number of reports: candidates come from hash keys (day + principals), never
// from comparing all pairs.
import crypto from "node:crypto";
import type { ArticleRecord } from "../model.ts";
import { addDays } from "../extract/calendar.ts";
import { knownCity } from "../extract/cities.ts";
import type { MeetingUnit } from "./meeting-units.ts";

/** How far apart (in days) two articles may appear for a report without a day of its own to join the other. */
export const ARTICLE_DAYS_APART = 2;

interface Group {
  records: number[];
  /** The day the texts of its reports give (one at most). */
  day: string | null;
  /** Cities with their country (null when unknown). */
  places: [string, string | null][];
  /** Earliest and latest article date of the reports without a day of their own. */
  softFrom: string | null;
  softTo: string | null;
}

/** The day a report's text gives, or null when it gives none (or only the article's own date). */
export function textDay(unit: MeetingUnit, record: ArticleRecord): string | null {
  if (!unit.date) return null;
  const fromArticleDate = record.dateBasis === "article-date" && unit.date === record.date && unit.evidence.date === null;
  return fromArticleDate ? null : unit.date;
}

export function groupMeetings(units: MeetingUnit[], records: ArticleRecord[], personOf: string[][]): number[][] {
  const parent = units.map((_, i) => i);
  const groups: Group[] = units.map((unit) => {
    const record = records[unit.record]!;
    const day = textDay(unit, record);
    const city = unit.location ? (knownCity(unit.location) ?? unit.location).toLowerCase() : null;
    const soft = day === null ? record.articleDate : null;
    return { records: [unit.record], day, places: city ? [[city, unit.country]] : [], softFrom: soft, softTo: soft };
  });
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)].sort((x, y) => x - y) as [number, number];
    if (ra === rb) return;
    parent[rb] = ra;
    absorb(groups[ra]!, groups[rb]!);
  };
  const fits = (a: number, b: number) => find(a) !== find(b) && compatible(groups[find(a)]!, groups[find(b)]!);

  // People as small numbers, so that keys stay short.
  const number = new Map<string, number>();
  const principalsOf = units.map((unit) => {
    const ids = new Set(unit.participants.map((k) => personOf[unit.record]![k]!));
    return [...ids].map((id) => number.get(id) ?? (number.set(id, number.size), number.size - 1)).sort((a, b) => a - b);
  });
  const pairsOf = (u: number) => {
    const p = principalsOf[u]!;
    const pairs: string[] = [];
    for (let a = 0; a < p.length; a++) for (let b = a + 1; b < p.length; b++) pairs.push(`${p[a]},${p[b]}`);
    return pairs;
  };

  // Copies of one article, report by report.
  const bodyHashes = new Map<number, string>();
  const copies = new Map<string, number>();
  units.forEach((unit, u) => {
    let hash = bodyHashes.get(unit.record);
    if (hash === undefined) bodyHashes.set(unit.record, (hash = hashText(records[unit.record]!.body)));
    const key = `${unit.date ?? "undated"}\0${unit.index}\0${hash}`;
    const first = copies.get(key);
    if (first === undefined) copies.set(key, u);
    else union(first, u);
  });

  // The same people on the same day.
  const sameDay = new Map<string, number[]>();
  const byArticleDate = new Map<string, number[]>(); // pair + article date → reports that give a day
  units.forEach((unit, u) => {
    const day = textDay(unit, records[unit.record]!);
    if (!day || principalsOf[u]!.length === 0) return;
    // Two principals: the set is the pair.
    const pairs = pairsOf(u).map((pair) => `${day} ${pair}`);
    const keys = principalsOf[u]!.length === 2 ? pairs : [`${day} ${principalsOf[u]!.join(",")}.`, ...pairs];
    for (const key of keys) {
      const earlier = sameDay.get(key);
      for (const v of earlier ?? []) if (fits(v, u)) union(v, u);
      push(sameDay, key, u);
    }
    const published = records[unit.record]!.articleDate ?? day;
    for (const pair of pairsOf(u)) push(byArticleDate, `${pair} ${published}`, u);
  });

  // Reports without a day of their own: the one meeting of those people they fit, else each other.
  const soft = units.flatMap((unit, u) => {
    const published = records[unit.record]!.articleDate;
    return textDay(unit, records[unit.record]!) === null && published && principalsOf[u]!.length >= 2 ? [u] : [];
  });
  const window = (published: string) => Array.from({ length: 2 * ARTICLE_DAYS_APART + 1 }, (_, i) => addDays(published, i - ARTICLE_DAYS_APART));
  const unjoined: number[] = [];
  for (const u of soft) {
    const published = records[units[u]!.record]!.articleDate!;
    const candidates = new Map<number, number>();
    for (const pair of pairsOf(u)) {
      for (const day of window(published)) {
        for (const v of byArticleDate.get(`${pair} ${day}`) ?? []) if (fits(v, u)) candidates.set(find(v), v);
      }
    }
    if (candidates.size === 1) union([...candidates.values()][0]!, u);
    else if (candidates.size === 0) unjoined.push(u);
  }
  const softByArticleDate = new Map<string, number[]>();
  for (const u of unjoined) {
    const published = records[units[u]!.record]!.articleDate!;
    for (const pair of pairsOf(u)) {
      for (const day of window(published)) for (const v of softByArticleDate.get(`${pair} ${day}`) ?? []) if (fits(v, u)) union(v, u);
      push(softByArticleDate, `${pair} ${published}`, u);
    }
  }

  const result = new Map<number, number[]>();
  units.forEach((_, u) => push(result, find(u), u));
  return [...result.values()];
}

/** Two groups can be one meeting: no article in both, no two days, no two places, soft reports within the window. */
function compatible(a: Group, b: Group): boolean {
  for (const r of a.records) if (b.records.includes(r)) return false;
  if (a.day && b.day && a.day !== b.day) return false;
  for (const [city, country] of a.places) {
    for (const [other, otherCountry] of b.places) {
      if (city !== other && !(country && otherCountry && country === otherCountry)) return false;
    }
  }
  if (a.softFrom && b.softFrom) {
    const from = a.softFrom < b.softFrom ? a.softFrom : b.softFrom;
    const to = a.softTo! > b.softTo! ? a.softTo! : b.softTo!;
    if (to > addDays(from, ARTICLE_DAYS_APART)) return false;
  }
  return true;
}

function absorb(into: Group, from: Group): void {
  into.records.push(...from.records);
  into.day ??= from.day;
  for (const [city, country] of from.places) {
    const seen = into.places.find(([c]) => c === city);
    if (!seen) into.places.push([city, country]);
    else seen[1] ??= country;
  }
  if (from.softFrom && (!into.softFrom || from.softFrom < into.softFrom)) into.softFrom = from.softFrom;
  if (from.softTo && (!into.softTo || from.softTo > into.softTo)) into.softTo = from.softTo;
}

function hashText(text: string): string {
  return crypto.createHash("sha1").update(text.trim()).digest("hex");
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
