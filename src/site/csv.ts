// The data files: meetings.csv (one row per person per meeting) and people.csv. RFC 4180: fields
// separated by commas, records by CRLF, a field quoted when it holds a comma, a quote, a line
// break or edge spaces, quotes doubled. Cells a spreadsheet would run as a formula (starting with
// = + - @, a tab or a carriage return) get a leading apostrophe, as OWASP advises against CSV
// injection: article text must never become a formula on a reader's machine.
import type { Digest, Meeting, MeetingPerson } from "../model.ts";

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvTable(header: string[], rows: (string | number | null | undefined)[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export const MEETING_COLUMNS = [
  "meeting_id", "date", "place", "place_country", "call", "meeting_title", "person_id", "name", "office",
  "role", "organisation", "organisation_id", "country", "sources", "outlets", "source_urls", "url",
] as const;

export const PEOPLE_COLUMNS = ["person_id", "name", "other_names", "latest_office", "country", "organisations", "meetings", "first_meeting", "last_meeting", "url"] as const;

/** The values a meeting's sources know, each once, in the order of the sources. */
function known(values: (string | null)[]): string {
  return [...new Set(values.filter((v): v is string => v !== null))].join("; ");
}

function personRow(m: Meeting, p: MeetingPerson, siteUrl: string): (string | null)[] {
  return [
    m.slug, m.date, m.location, m.country, m.call ? "yes" : "no", m.title, p.personSlug, p.name, p.title,
    p.role, p.organization, p.organisationSlug ?? null, p.country, m.sources.map((s) => s.source).join("; "),
    known(m.sources.map((s) => s.outlet)), known(m.sources.map((s) => s.url)), `${siteUrl}meetings/${m.slug}/`,
  ];
}

/** One row per person per meeting: participants, attendees and people mentioned, meetings newest first. */
export function meetingsCsv(digest: Digest, meetingsNewestFirst: Meeting[], siteUrl: string): string {
  const rows = meetingsNewestFirst.flatMap((m) => [...m.participants, ...m.attendees, ...m.mentioned].map((p) => personRow(m, p, siteUrl)));
  return csvTable([...MEETING_COLUMNS], rows);
}

export function peopleCsv(digest: Digest, meetingDate: (slug: string) => string | null, siteUrl: string): string {
  const rows = digest.people.map((p) => {
    const dates = p.meetings.map(meetingDate).filter((d): d is string => d !== null).sort();
    const organisations = [...new Set(p.offices.flatMap((o) => (o.organization ? [o.organization] : [])))];
    return [
      p.slug, p.name, p.aliases.join("; "), p.latestOffice, p.country ?? null, organisations.join("; "), p.meetings.length,
      dates[0] ?? null, dates[dates.length - 1] ?? null, `${siteUrl}people/${p.slug}/`,
    ];
  });
  return csvTable([...PEOPLE_COLUMNS], rows);
}
