// The metadata that scraped articles carry in their first lines: a " date YYYY-MM-DD " header
// stamp, a "Published: 2 October 2024" line, a headline line, and the dateline that opens the
// story ("ISLAMABAD:", "KARACHI, March 3 (APP) -"). Each reader takes the text and returns what
// it found plus the text without it (the dateline stays in the text: it is part of the story).
import { addDays, isoDate, MONTH, monthNumber, parseWrittenDate, WEEKDAY, WEEKDAY_SHORT } from "../extract/calendar.ts";
import { knownCity } from "../extract/cities.ts";
import { cityNamed, datelineCityNamed } from "../extract/places/gazetteer.ts";

const HEADER_LINE = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*/;

/**
 * " date 2024-05-15 ISLAMABAD: ..." → the date, and the text from "ISLAMABAD:" on. A stamp that
 * is not a calendar date ("2024-13-45") is dropped with a warning.
 */
export function readHeaderLine(text: string): { date: string | null; text: string; warning: string | null } {
  const m = HEADER_LINE.exec(text);
  if (!m) return { date: null, text, warning: null };
  const rest = text.slice(m[0].length);
  const [y, mo, d] = m[1]!.split("-").map(Number);
  const date = isoDate(y!, mo!, d!);
  const warning = date ? null : `the header line's date ${m[1]} is not a calendar date; it was ignored`;
  return { date, text: rest.startsWith("\n") ? rest.replace(/^\n+/, "") : rest, warning };
}

// "Published: 2 October 2024", "Published: 13 March 2025, 09:15 PKT", "Published on March 3, 2025",
// and scraped bylines such as "Published March 3, 2025 Updated March 3, 2025 08:12am".
const PUBLISHED_LINE = /^[ \t]*(?:[^\n.]{0,80}?[\s|,·•\-])?(?:Published|Posted|Updated|Update)\b/;
const PUBLISHED_SCAN_LINES = 12;
/** The weekday a page header may open its date with: "Tuesday,", "Wed". */
const HEADER_WEEKDAY = `(?:${WEEKDAY}|${WEEKDAY_SHORT}),?[ \\t]+`;
/** The written date of a header: "3 October 2024", "October 3, 2024", "2024-10-03". */
const HEADER_DATE = `(?:\\d{1,2}(?:st|nd|rd|th)?[ \\t]+${MONTH},?[ \\t]+\\d{4}|${MONTH}[ \\t]+\\d{1,2}(?:st|nd|rd|th)?,?[ \\t]+\\d{4}|\\d{4}-\\d{2}-\\d{2})`;
/** The time and zone after it: "10:15 AM", "14.05 BST", "14:05 IST", "2:05 PM GMT+3"; copied pages may run it into the year. */
const HEADER_TIME = "(?:[ \\t,|at-]*\\d{1,2}[:.]\\d{2}(?:[ \\t]*[AaPp]\\.?[Mm]\\.?)?(?:[ \\t]*(?:[A-Z]{2,4}|\\[[A-Z]{2,4}\\])(?:[+-]\\d{1,2}(?::?\\d{2})?)?)?)";
/**
 * A line that is only a date, as many sites print above the story: "Tuesday, October 3, 2024 10:15 AM",
 * "Wed 10 Sep 2025 14.05 BST", or a date and time copied together with the note after them
 * ("September 10, 20252:05 PM GMT+3Updated 2 hours ago").
 */
const DATE_ONLY_LINE = new RegExp(`^[ \\t]*(?:${HEADER_WEEKDAY})?${HEADER_DATE}${HEADER_TIME}?(?:[ \\t]*(?:Last[ \\t]+)?Updated\\b[^\\n]*)?[ \\t]*$`);

/** Lines further down a page may still carry its date, in stricter forms (below). */
const PAGE_SCAN_LINES = 40;
/** "Published 14 May 2025", "Posted on: 11 MAR 2025", "Date: 5 June 2025", alone on their line. */
const STRICT_PUBLISHED = /^[ \t]*(?:Published|Posted|First published|Date|Dated)(?:[ \t]+on)?[ \t]*:?[ \t]+(?=\S)/i;
const STRICT_MAX_CHARS = 100;
/** A date line split into fields: "Daily News | Statement | 12 February 2025", "September 16, 2025 - Ottawa, Ontario - Global Affairs Canada". */
const FIELD_SEPARATOR = /[ \t]*[|·•][ \t]*|[ \t]+[-–—][ \t]+/;
const DATE_FIELD = new RegExp(`^(?:${HEADER_WEEKDAY})?${HEADER_DATE}${HEADER_TIME}?$`, "i");
/** The other fields of a date line are labels: a few capitalised words ("Press release", "Ottawa, Ontario"). */
const LABEL_FIELD = /^\p{Lu}[\p{L}.'’&-]*(?:,?[ \t]+[\p{L}.'’&-]+){0,5}$/u;
const DATE_LINE_MAX_CHARS = 140;

export interface PublishedDate {
  date: string | null;
  text: string;
  /** A city a page's date line names ("September 16, 2025 - Ottawa, Ontario - ..."), for a page with no dateline. */
  place: string | null;
}

/**
 * The publication date from a "Published ..." line near the top (a byline's "Published" wins over
 * its "Updated"), a "Posted On:" line, a line that is only a date, or a page's own date line
 * further down ("Published 14 May 2025" under a cookie banner, "Daily News | Statement | 12
 * February 2025"), or else from a "Published in <paper>, <date>" line at the end. A "Published"
 * line is removed; a date line of labelled fields stays, since it may name the place.
 */
export function readPublishedLine(text: string): PublishedDate {
  const lines = text.split("\n");
  for (let i = 0; i < Math.min(lines.length, PUBLISHED_SCAN_LINES); i++) {
    const line = lines[i]!;
    if (line.length > 200 || !(PUBLISHED_LINE.test(line) || DATE_ONLY_LINE.test(line))) continue;
    const from = line.search(/\b(?:Published|Posted)\b/); // "Updated" dates come after it
    const date = parseWrittenDate(line.slice(from < 0 ? 0 : from));
    if (!date) continue;
    lines.splice(i, 1);
    return { date, text: lines.join("\n").replace(/^\n+/, ""), place: null };
  }
  for (let i = 0; i < Math.min(lines.length, PAGE_SCAN_LINES); i++) {
    const line = lines[i]!.trim();
    if (line.length <= STRICT_MAX_CHARS && STRICT_PUBLISHED.test(line)) {
      const date = parseWrittenDate(line);
      if (date) {
        lines.splice(i, 1);
        return { date, text: lines.join("\n").replace(/^\n+/, ""), place: null };
      }
    }
    const fields = line.length <= DATE_LINE_MAX_CHARS ? dateLine(line) : null;
    if (fields) return { date: fields.date, text, place: fields.place };
  }
  return { ...readPrintedInLine(text), place: null };
}

/** A line of fields of which one is a full date and the others labels; the first label that is a city. */
function dateLine(line: string): { date: string; place: string | null } | null {
  const fields = line.split(FIELD_SEPARATOR).map((f) => f.trim()).filter(Boolean);
  if (fields.length < 2) return null;
  const dates = fields.filter((f) => DATE_FIELD.test(f));
  if (dates.length !== 1 || !fields.every((f) => DATE_FIELD.test(f) || LABEL_FIELD.test(f))) return null;
  const date = parseWrittenDate(dates[0]!);
  if (!date) return null;
  const place = fields.map((f) => f.split(",")[0]!.trim()).find((f) => knownCity(f)) ?? null;
  return { date, place };
}

/** The print-edition note that closes newspaper articles: "Published in Dawn, May 16th, 2024". */
const PRINTED_IN_LINE = /^[ \t]*(?:Published|Printed|Appeared) in (?:the )?[^,\n]{2,60},[ \t]*([^\n]{6,40})$/i;
const PRINTED_IN_SCAN_LINES = 4;

function readPrintedInLine(text: string): { date: string | null; text: string } {
  const lines = text.split("\n");
  for (let seen = 0, i = lines.length - 1; i >= 0 && seen < PRINTED_IN_SCAN_LINES; i--) {
    if (!lines[i]!.trim()) continue;
    seen++;
    const m = PRINTED_IN_LINE.exec(lines[i]!);
    const date = m ? parseWrittenDate(m[1]!) : null;
    if (!date) continue;
    lines.splice(i, 1);
    return { date, text: lines.join("\n").trimEnd() };
  }
  return { date: null, text };
}

const HEADLINE_MAX_CHARS = 160;
const HEADLINE_MAX_WORDS = 20;

/**
 * A first line that reads like a headline: short, no closing full stop, followed by more text,
 * and not the dateline of the story itself. It is removed from the text.
 */
export function readHeadline(text: string): { headline: string | null; text: string } {
  const end = text.indexOf("\n");
  if (end < 0) return { headline: null, text };
  const line = text.slice(0, end).trim();
  const rest = text.slice(end + 1).replace(/^\n+/, "");
  if (!line || !rest.trim()) return { headline: null, text };
  if (line.length > HEADLINE_MAX_CHARS || line.split(/\s+/).length > HEADLINE_MAX_WORDS) return { headline: null, text };
  if (/[.;,۔؟]$/.test(line) && !/\.\.\.$/.test(line)) return { headline: null, text };
  // Two sentences ("... on January 18, 2023. PID") make a caption or a lead, not a headline.
  if (/[\p{Ll}\d]{2}[.!?]\s+\S/u.test(line)) return { headline: null, text };
  if (readDateline(line).dateline || readCityLine(line) || datelineLine(line).dateline) return { headline: null, text };
  if (!/\p{L}/u.test(line)) return { headline: null, text };
  // A breadcrumb trail glued to the headline ("HomeNewsDiplomacyMinister meets ...") followed by
  // the headline itself: keep the clean copy.
  const nextEnd = rest.indexOf("\n");
  const next = (nextEnd < 0 ? rest : rest.slice(0, nextEnd)).trim();
  if (next && next !== line && line.endsWith(next) && nextEnd >= 0) {
    return { headline: next.replace(/\s+/g, " "), text: rest.slice(nextEnd + 1).replace(/^\n+/, "") };
  }
  if (next === line && nextEnd >= 0) return { headline: line, text: rest.slice(nextEnd + 1).replace(/^\n+/, "") };
  return { headline: line.replace(/\s+/g, " "), text: rest };
}

const DATELINE_STOP = new Set(["BREAKING", "UPDATE", "UPDATED", "NOTE", "EXCLUSIVE", "PHOTO", "VIDEO", "WATCH", "READ", "ALSO", "EDITORIAL", "OPINION", "ANALYSIS", "LIVE", "REPORT"]);
const UPPER_PLACE = "[A-Z][A-Z'’.\\-]+(?:[ ][A-Z][A-Z'’.\\-]+){0,3}";
const MIXED_PLACE = "\\p{Lu}[\\p{L}'’.\\-]+(?:[ ]\\p{Lu}[\\p{L}'’.\\-]+){0,3}";
/** ", March 3", ", 15 March 2025", ", February 15/2025", then an agency: " (APP)", ", SPA". */
/** A month as news copy writes it, "March", "Mar." or, in some agencies' datelines, "MAR". */
const ANY_MONTH = `(?:${MONTH}|${MONTH.toUpperCase()})`;
/** The agency after the date: "(APP)", "(ANI/WAM)", "(NNN-Bernama)", ", SPA", ". /TASS/", ". KAZINFORM", ". Trend:". */
const AGENCY = `(?:[ ]*\\([A-Z][A-Za-z.&'/ -]{1,30}\\)|,[ ]*[A-Z]{2,8}(?=[ ]*[-–—―])|\\.?[ ]*/[A-Z][A-Za-z-]{1,12}/|\\.[ ]+[A-Z]{4,12}(?=[ ])|[,.][ ]*[A-Z][A-Za-z]{1,11}(?=[ ]*:))`;
/** A Hijri date written before the Gregorian one by Gulf agencies: "Riyadh, Rabi'I 15, 1438, Dec 14, 2016, SPA". */
const HIJRI = "(?:,[ ]*[A-Z][A-Za-z'’-]+(?:[ -][A-Za-z'’-]+)?[ ]+\\d{1,2},[ ]*1[34]\\d{2})?";
/** The date after a comma, or after the full stop that closes a region ("Davos, Switzerland. 24 January 2026"). */
const DATELINE_TAIL = `${HIJRI}(?:[,.][ ]*(?:${ANY_MONTH}[ ]+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?[ ]+${ANY_MONTH})(?:(?:,?[ ]+|/)\\d{4})?)?${AGENCY}?`;
/** ":", a dash ("-", "–", "—", "―", "--"), the full stop after "/TASS/", or the space after ". KAZINFORM" before the story. */
const DATELINE_END = "[ ]*(?::[ ]*|[-–—―]+[ ]+|(?<=/)\\.[ ]+|(?<=\\.[ ]+[A-Z]{4,12})[ ]+(?=\\p{Lu}))";
/** "New Delhi [India], February 17 (ANI):" names the country in brackets. */
const COUNTRY_TAG = "(?:[ ]*\\[[^\\]\\n]{1,30}\\])?";
/** "TASHKENT, Uzbekistan:", "Beijing, China —": the country or province after the city. */
const REGION = "(?:,[ ]*\\p{Lu}[\\p{L}.]*(?:[ ]\\p{Lu}[\\p{L}.]*){0,2})?";
const UPPER_DATELINE = new RegExp(`^((?:${UPPER_PLACE})(?:[ ]*/[ ]*${UPPER_PLACE})*)(${COUNTRY_TAG}${REGION}${DATELINE_TAIL})${DATELINE_END}`, "u");
const MIXED_DATELINE = new RegExp(`^((?:${MIXED_PLACE})(?:[ ]*/[ ]*${MIXED_PLACE})*)(${COUNTRY_TAG}${REGION}${DATELINE_TAIL})${DATELINE_END}`, "u");

/** "September 16, 2025 - Ottawa, Ontario - Global Affairs Canada": a government page's date, then its dateline. */
const DATE_FIRST = new RegExp(`^(?:${MONTH}[ ]+\\d{1,2},?[ ]+\\d{4}|\\d{1,2}[ ]+${MONTH}[ ]+\\d{4})[ ]+[-–—|][ ]+`, "u");
/** "(MAP-Rabat)": an agency's closing tag naming the city the story was filed from. */
const CLOSING_TAG = /^\([A-Z][A-Za-z]{1,9}[ ]*[-–/][ ]*(\p{Lu}[\p{L} .'’-]{1,40}?)\)$/u;
const CLOSING_TAG_LINES = 3;

/** A line that is only a city ("Islamabad", "KARACHI (APP)"), as some sites print the dateline. */
const CITY_LINE = new RegExp(`^((?:${MIXED_PLACE}))[ ]*(?:\\([^)]{1,30}\\))?[ ]*[:.]?[ ]*$`, "u");
/** "ISLAMABAD, High Commissioner ... called on": a dateline closed by a comma. */
const CITY_COMMA = new RegExp(`^(${UPPER_PLACE}),[ ]+(?=\\p{Lu})`, "u");

/** An Urdu dateline: "اسلام آباد:" or "اسلام آباد۔(نمائندہ خصوصی ):". */
const URDU_DATELINE = /^([\u0600-\u06D3\u06D5-\u06FF]+(?:[ ][\u0600-\u06D3\u06D5-\u06FF]+)?)[ ]*(?:۔|:)?[ ]*(?:\([^)\n]{1,40}\))?[ ]*(?::|۔|-)/u;

export interface Dateline {
  /** As written, without the closing colon or dash: "KARACHI, March 3 (APP)". */
  dateline: string | null;
  /** The place names it gives, in order: ["KARACHI"], ["Lahore", "Karachi"]. */
  places: string[];
}

/**
 * The dateline that opens a story. Capitals ("ISLAMABAD:") are taken as a place even when the
 * city is not in the lexicon; mixed case ("Lahore/Karachi:") only when every part is a known city
 * or a date or agency tag follows, so that a sentence starting "Note:" or a name is not mistaken
 * for one.
 */
export function readDateline(text: string): Dateline {
  const start = text.trimStart();
  for (const [pattern, needKnown] of [[UPPER_DATELINE, false], [MIXED_DATELINE, true]] as const) {
    const m = pattern.exec(start);
    if (!m) continue;
    // "ASTANA. KAZINFORM": the agency after a full stop is not part of the place.
    const places = m[1]!.split("/").map((p) => p.replace(/\.\s+[A-Z]{3,}$/, "").trim());
    if (places.some((p) => DATELINE_STOP.has(p.toUpperCase()) || p.length < 3)) continue;
    // The dateline's shape is context enough for any city of the gazetteer ("Stellenbosch, March 3 (SAnews) -"),
    // but not for a country: "Pakistan - China trade" is a headline.
    // So is a date or an agency tag after a place the gazetteer lacks ("Port Vila, Oct 21 (NA) —").
    const dated = new RegExp(`${MONTH}[ ]+\\d|\\d[ ]+${MONTH}|\\([A-Z][A-Za-z.&' -]{1,30}\\)`).test(m[2]!);
    if (needKnown && !dated && !places.every(isDatelineCity)) continue;
    if (!needKnown && !places.every((p) => knownCity(p) || /^[A-Z'’.\- ]+$/.test(p))) continue;
    return { dateline: (m[1]! + m[2]!).trim(), places };
  }
  const urdu = URDU_DATELINE.exec(start);
  if (urdu && knownCity(urdu[1]!)) return { dateline: urdu[0].replace(/[\s:۔-]+$/u, ""), places: [urdu[1]!] };
  const comma = CITY_COMMA.exec(start);
  if (comma && knownCity(comma[1]!)) return { dateline: comma[1]!, places: [comma[1]!] };
  return { dateline: null, places: [] };
}

/** A place of the gazetteer, but not a small town named like a common word ("Hope – a new start" is a headline). */
function isDatelineCity(place: string): boolean {
  const city = datelineCityNamed(place, false);
  return city !== null && !(city.commonWord && !city.capital && city.population < 100_000);
}

const DATELINE_DAY_MONTH = new RegExp(`[,.][ ]*(?:(${MONTH})[ ]+(\\d{1,2})|(\\d{1,2})(?:st|nd|rd|th)?[ ]+(${MONTH}))`);
/** How far a dateline's day may lie before the publication date it takes its year from. */
const DATELINE_LEAD_DAYS = 7;

/**
 * The day a dateline gives the story: in full ("ISLAMABAD, March 12, 2025:"), or as day and month
 * ("KARACHI, March 3 (APP) -") in the year that puts it on or just before the publication date;
 * a day and month far from that date say nothing sure, so they give null.
 */
export function datelineDate(dateline: string | null, published: string | null): string | null {
  if (!dateline) return null;
  const full = parseWrittenDate(dateline);
  if (full) return full;
  const m = DATELINE_DAY_MONTH.exec(dateline);
  if (!m || !published) return null;
  const month = monthNumber(m[1] ?? m[4]!);
  const day = Number(m[2] ?? m[3]);
  const year = Number(published.slice(0, 4));
  for (const y of [year, year - 1]) {
    const date = month ? isoDate(y, month, day) : null;
    if (date && date <= published && date >= addDays(published, -DATELINE_LEAD_DAYS)) return date;
  }
  return null;
}

/** A paragraph that is nothing but a dateline city. */
export function readCityLine(line: string): string | null {
  const m = CITY_LINE.exec(line.trim());
  return m && knownCity(m[1]!) ? m[1]! : null;
}

/** Paragraphs searched for a dateline: a scraped page may keep a caption or standfirst above it. */
const DATELINE_PARAGRAPHS = 3;

/**
 * The dateline of the story, at the start of the text or of one of its first paragraphs (a
 * standfirst or a photo caption may sit above it; both stay: they often say when the meeting
 * was). A dateline printed on a line of its own ("Islamabad") is taken out of the text.
 */
export function findDateline(text: string): Dateline & { text: string } {
  const paras = text.split("\n").filter((p) => p.trim() !== "");
  for (let i = 0; i < Math.min(paras.length, DATELINE_PARAGRAPHS); i++) {
    const para = paras[i]!;
    const city = readCityLine(para);
    if (city) return { dateline: city, places: [city], text: withoutParagraph(text, i) };
    const found = readDateline(para);
    if (found.dateline) return { ...found, text };
    const dated = DATE_FIRST.exec(para);
    const after = dated ? readDateline(para.slice(dated[0].length)) : null;
    if (after?.dateline) return { ...after, text };
    // Like a city on a line of its own, a dateline line is taken out: the lead starts after it.
    const alone = datelineLine(para);
    if (alone.dateline) return { ...alone, text: withoutParagraph(text, i) };
  }
  return { ...closingTag(paras), text };
}

/** Longest line read as a dateline printed on a line of its own. */
const DATELINE_LINE_CHARS = 80;

/** "Baku, November 3, AZERTAC" on a line of its own: a dateline with its date and no closing dash. */
function datelineLine(para: string): Dateline {
  const line = para.trim();
  if (line.length > DATELINE_LINE_CHARS || !/\d/.test(line)) return { dateline: null, places: [] };
  const found = readDateline(`${line} - `);
  return found.dateline === line ? found : { dateline: null, places: [] };
}

/** The agency tag that closes a story, when no dateline opens it. */
function closingTag(paras: string[]): Dateline {
  for (let i = paras.length - 1; i >= Math.max(0, paras.length - CLOSING_TAG_LINES); i--) {
    const m = CLOSING_TAG.exec(paras[i]!.trim());
    if (m && cityNamed(m[1]!)) return { dateline: m[0], places: [m[1]!] };
  }
  return { dateline: null, places: [] };
}

/** The text without its n-th non-blank line. */
function withoutParagraph(text: string, n: number): string {
  const lines = text.split("\n");
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === "") continue;
    if (seen === n) return [...lines.slice(0, i), ...lines.slice(i + 1)].join("\n").replace(/\n{3,}/g, "\n\n").trim();
    seen++;
  }
  return text;
}
