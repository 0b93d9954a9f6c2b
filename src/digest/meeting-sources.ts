// The sources of a meeting reported by several articles: how each is cited, and where they
// disagree. A reader sees "Dawn gives 3 November, APP 4 November" instead of one of them
// silently winning: the date, the place, and the office a person held, per source.
import type { ArticleRecord, Disagreement, MeetingSource } from "../model.ts";
import { safeHttpUrl } from "../ingest/article-source.ts";
import { knownCity } from "../extract/cities.ts";
import type { MeetingUnit } from "./meeting-units.ts";
import { officeTokens, sameOffice, shorterForm } from "./offices.ts";

export function meetingSource(record: ArticleRecord): MeetingSource {
  // Records are validated, but the link is what a reader clicks: checked again where it is made.
  const url = record.sourceUrl ? safeHttpUrl(record.sourceUrl) : null;
  return {
    id: record.id,
    source: record.source,
    title: record.title,
    outlet: record.outlet,
    url,
    articleDate: record.articleDate,
    label: record.outlet ?? record.source,
  };
}

interface Report {
  unit: MeetingUnit;
  record: ArticleRecord;
  /** The day this report gives, or null (textDay of meeting-groups.ts). */
  day: string | null;
  /** Identity of each official of the record. */
  people: string[];
}

/**
 * Facts the reports give differently. One report per source; dates only as the texts give
 * them (a report without a day of its own does not disagree), places by their usual name,
 * offices by the office-history rules (abbreviations and shorter wordings are one office).
 */
export function disagreements(reports: Report[], nameOf: (id: string) => string): Disagreement[] {
  const out: Disagreement[] = [];
  const labelOf = (r: Report) => r.record.outlet ?? r.record.source;

  // A report dated only by its article's date still counts: that is the date a reader of it sees.
  const dated = reports.flatMap((r) => (r.unit.date ? [{ value: r.unit.date, source: labelOf(r), fromArticle: r.day === null }] : []));
  const dates = tally(dated, (v) => v).map((a) => ({
    ...a,
    ...(dated.filter((d) => d.value === a.value).every((d) => d.fromArticle) ? { fromArticle: true } : {}),
  }));
  if (dates.length > 1) out.push({ about: "date", person: null, accounts: dates });

  const places = tally(
    reports.flatMap((r) => (r.unit.location ? [{ value: knownCity(r.unit.location) ?? r.unit.location, source: labelOf(r) }] : [])),
    (v) => v.toLowerCase(),
  );
  if (places.length > 1) out.push({ about: "place", person: null, accounts: places });

  const titles = new Map<string, { value: string; source: string }[]>();
  for (const r of reports) {
    for (const k of [...r.unit.participants, ...r.unit.attendees]) {
      const title = r.record.officials[k]?.title;
      if (!title) continue;
      const id = r.people[k]!;
      const list = titles.get(id);
      if (list) list.push({ value: title, source: labelOf(r) });
      else titles.set(id, [{ value: title, source: labelOf(r) }]);
    }
  }
  for (const [id, given] of titles) {
    const offices = tallyOffices(given);
    if (offices.length > 1) out.push({ about: "office", person: nameOf(id), accounts: offices });
  }
  return out;
}

/** Accounts of one value, in order of first appearance, each with its sources (each once). */
function tally(items: { value: string; source: string }[], keyOf: (v: string) => string): Disagreement["accounts"] {
  const byKey = new Map<string, { value: string; sources: string[] }>();
  for (const { value, source } of items) {
    const key = keyOf(value);
    const account = byKey.get(key);
    if (!account) byKey.set(key, { value, sources: [source] });
    else if (!account.sources.includes(source)) account.sources.push(source);
  }
  return [...byKey.values()];
}

/** Titles grouped into offices: one wording of an office and its abbreviations or shorter forms are one account. */
function tallyOffices(given: { value: string; source: string }[]): Disagreement["accounts"] {
  const rows: { tokens: string[]; value: string; sources: string[] }[] = [];
  for (const { value, source } of given) {
    const tokens = officeTokens(value);
    const row = rows.find((r) => sameOffice(r.tokens, tokens) || shorterForm(tokens, r.tokens) || shorterForm(r.tokens, tokens) || within(tokens, r.tokens) || within(r.tokens, tokens) || sameWords(tokens, r.tokens));
    if (!row) rows.push({ tokens, value, sources: [source] });
    else {
      if (value.length > row.value.length) [row.value, row.tokens] = [value, tokens];
      if (!row.sources.includes(source)) row.sources.push(source);
    }
  }
  return rows.map(({ value, sources }) => ({ value, sources }));
}

/**
 * The same words in another order, a country's name for its adjective ("High Commissioner of
 * Kenya" / "Kenyan High Commissioner"): each word equal to, or the start (4 letters or more) of, a word of the other.
 */
function sameWords(a: string[], b: string[]): boolean {
  const like = (x: string, y: string) => x === y || (Math.min(x.length, y.length) >= 4 && (x.startsWith(y) || y.startsWith(x)));
  return a.every((x) => b.some((y) => like(x, y))) && b.every((y) => a.some((x) => like(x, y)));
}

/** Every word of `a` is a word of `b` ("Minister" of "Federal Minister for Trade"). */
function within(a: string[], b: string[]): boolean {
  return a.length > 0 && a.every((w) => b.includes(w));
}
