// Moves every calendar date in an article by the same number of whole weeks. Whole weeks keep
// the weekday references in the text ("met on Wednesday") true for the new dates, so a shifted
// article is as consistent as the original.

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];
const ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"];
const MONTH_OF: Record<string, number> = Object.fromEntries([
  ...MONTHS.map((m, i) => [m, i] as const),
  ...ABBREVIATIONS.map((m) => [m, MONTHS.findIndex((full) => full.startsWith(m.slice(0, 3)))] as const),
]);

const FULL = MONTHS.join("|");
const ANY = [...MONTHS, ...ABBREVIATIONS].join("|");
// One pass, alternatives with a year first so "March 3, 2025" is never read as "March 3".
const DATE_PATTERN = new RegExp(
  [
    String.raw`\b(\d{4})-(\d{2})-(\d{2})\b`, // 2024-03-06
    String.raw`\b(\d{1,2}) (${FULL}) (\d{4})\b`, // 1 October 2024
    String.raw`\b(${FULL}) (\d{1,2}), (\d{4})\b`, // January 14, 2025
    String.raw`\b(${ANY})\.? (\d{1,2})\b(?!:)`, // Nov 14, March 3 (no year)
    String.raw`\b(\d{1,2}) (${FULL})\b(?! \d)`, // 14 November (no year)
  ].join("|"),
  "g",
);

const DAY_MS = 86_400_000;

function shifted(year: number, month: number, day: number, days: number): Date {
  return new Date(Date.UTC(year, month, day) + days * DAY_MS);
}

function monthName(date: Date, like: string): string {
  const full = MONTHS[date.getUTCMonth()] as string;
  if (like.length >= 4 && like !== "Sept") return full;
  return full === "September" && like === "Sept" ? "Sept" : full.slice(0, 3);
}

/** The first year written in the article, used to place a date written without one. */
function referenceYear(text: string): number {
  const match = /\b(19|20)\d{2}\b/.exec(text);
  return match ? Number(match[0]) : 2024;
}

/** Shifts ISO dates, "1 October 2024", "January 14, 2025", "Nov 14" and "14 November" by `weeks`. */
export function shiftDates(text: string, weeks: number): string {
  const days = weeks * 7;
  const year = referenceYear(text);
  return text.replace(DATE_PATTERN, (whole, ...groups: (string | undefined)[]) => {
    const [isoY, isoM, isoD, dmyD, dmyM, dmyY, mdyM, mdyD, mdyY, mdM, mdD, dmD, dmM] = groups;
    if (isoY && isoM && isoD) {
      const d = shifted(Number(isoY), Number(isoM) - 1, Number(isoD), days);
      return d.toISOString().slice(0, 10);
    }
    if (dmyD && dmyM && dmyY) {
      const d = shifted(Number(dmyY), MONTH_OF[dmyM] as number, Number(dmyD), days);
      return `${d.getUTCDate()} ${monthName(d, dmyM)} ${d.getUTCFullYear()}`;
    }
    if (mdyM && mdyD && mdyY) {
      const d = shifted(Number(mdyY), MONTH_OF[mdyM] as number, Number(mdyD), days);
      return `${monthName(d, mdyM)} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
    }
    if (mdM && mdD) {
      const d = shifted(year, MONTH_OF[mdM] as number, Number(mdD), days);
      const dot = whole.includes(".") ? "." : "";
      return `${monthName(d, mdM)}${dot} ${d.getUTCDate()}`;
    }
    if (dmD && dmM) {
      const d = shifted(year, MONTH_OF[dmM] as number, Number(dmD), days);
      return `${d.getUTCDate()} ${monthName(d, dmM)}`;
    }
    return whole;
  });
}
