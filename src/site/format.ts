// Formatting helpers the templates use as filters. Dates are ISO days, read and printed in UTC.
import { DateTime } from "luxon";

function parseDay(iso: string): DateTime {
  return DateTime.fromISO(iso, { zone: "utc", locale: "en-GB" });
}

/**
 * A day formatter that remembers what it printed. The site prints the same few thousand days
 * tens of thousands of times (every meeting in every person's and topic's list), and luxon's
 * parse-and-format took about a second of a 5,000-article build.
 */
function memoDayFormat(format: string, missing: string): (iso: string | null | undefined) => string {
  const printed = new Map<string, string>();
  return (iso) => {
    if (!iso) return missing;
    let text = printed.get(iso);
    if (text === undefined) {
      const day = parseDay(iso);
      text = day.isValid ? day.toFormat(format) : iso;
      printed.set(iso, text);
    }
    return text;
  };
}

/** "2024-05-15" → "Wednesday, 15 May 2024"; null → "Date not known". */
export const longDate = memoDayFormat("cccc, d LLLL yyyy", "Date not known");

/** "2024-05-15" → "15 May 2024"; null → "Undated". */
export const shortDate = memoDayFormat("d LLL yyyy", "Undated");

/** "2024-05-15" → "15 May 2024", as a citation gives an article's date; null → "". */
export const fullDate = memoDayFormat("d LLLL yyyy", "");

/** An absolute http(s) address, or "" for anything else: only such addresses become links. */
export function httpUrl(value: unknown): string {
  return typeof value === "string" && /^https?:\/\/[^\s"'<>]+$/i.test(value) ? value : "";
}

/** ISO day → Date at midnight UTC, for the feed date filters. */
export function dayToDate(iso: string): Date {
  return parseDay(iso).toJSDate();
}

const SLUG = /^[a-z0-9-]+$/;

/** Guard for permalinks: a slug that could leave its folder is refused, whatever the digest says. */
export function checkedSlug(slug: unknown): string {
  if (typeof slug !== "string" || !SLUG.test(slug)) {
    throw new Error(`Refusing to write a page for the unsafe slug ${JSON.stringify(slug)} (expected [a-z0-9-]+)`);
  }
  return slug;
}

const REDIRECT_PATH = /^\/(?:people|meetings)\/[a-z0-9]+(?:-[a-z0-9]+)*\/$/;

/** Guard for redirect pages: both ends must be a person's or a meeting's site path. */
export function checkedRedirectPath(value: unknown): string {
  if (typeof value !== "string" || !REDIRECT_PATH.test(value)) {
    throw new Error(`Refusing a redirect for the unsafe address ${JSON.stringify(value)}`);
  }
  return value;
}

/** "1 meeting", "3 meetings". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** Characters XML 1.0 forbids (C0 controls other than tab/newline/return, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe to place in an XML document (the feed): forbidden characters removed; escaping is left to the template. */
export function xmlText(value: unknown): string {
  return String(value ?? "").replace(NOT_XML, "");
}
