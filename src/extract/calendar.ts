// Calendar arithmetic on ISO dates (YYYY-MM-DD) and the month and weekday words of English news
// text. Everything works in UTC so that a date never shifts with the machine's time zone.

const MONTH_NAMES = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

/** "March", "Mar", "Mar.", "Sept" → 1..12. */
const MONTH_NUMBER = new Map<string, number>();
MONTH_NAMES.forEach((name, i) => {
  MONTH_NUMBER.set(name, i + 1);
  MONTH_NUMBER.set(name.slice(0, 3), i + 1);
});
MONTH_NUMBER.set("sept", 9);

/** Regex source matching a month word (full or abbreviated, optional dot). */
export const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
/** Regex source matching a weekday name. */
export const WEEKDAY = "(?:Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day";
/** A weekday as page headers shorten it ("Wed 10 Sep 2025"): never read in the story, where "Sun" or "Sat" are words. */
export const WEEKDAY_SHORT = "(?:Sun|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)\\.?";

export function monthNumber(word: string): number | null {
  return MONTH_NUMBER.get(word.toLowerCase().replace(/\.$/, "")) ?? null;
}

/** A valid ISO date from its parts, or null ("31 February" is not a date). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/** The most recent given weekday on or before `iso` (the same day when it matches). */
export function lastWeekdayOnOrBefore(iso: string, weekday: number): string {
  const back = (weekdayOf(iso) - weekday + 7) % 7;
  return addDays(iso, -back);
}

// "2 October 2024", "2nd October, 2024", "11 MAR 2025", "October 2, 2024", "Oct. 2 2024", "February 15/2025";
// a year may run into the time after it where a page's date and time were copied together ("September 10, 20252:05 PM").
const YEAR_END = "(?:\\b|(?=\\d{1,2}:\\d{2}\\s*[AaPp]\\.?[Mm]\\b))";
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH})(?:,)?\\s+(\\d{4})${YEAR_END}`, "i");
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+|\\/)(\\d{4})${YEAR_END}`, "i");

const ISO_DATE = /\b(\d{4})-(\d{2})-(\d{2})\b/;

/** The first full written date (day, month and year) in a short piece of text, as ISO. */
export function parseWrittenDate(text: string): string | null {
  const iso = ISO_DATE.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const a = DAY_MONTH_YEAR.exec(text);
  const b = MONTH_DAY_YEAR.exec(text);
  const first = a && b ? (a.index <= b.index ? a : b) : a ?? b;
  if (!first) return null;
  if (first === a) return isoDate(Number(a[3]), monthNumber(a[2]!) ?? 0, Number(a[1]));
  return isoDate(Number(first[3]), monthNumber(first[1]!) ?? 0, Number(first[2]));
}
