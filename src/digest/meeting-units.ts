// The meetings of each record, as the digest works with them: officials by their index in the
// record, so that the people of a meeting resolve through the record's identities. A record
// without meetings (older records, or an article naming no one present) still gives one unit,
// so every article ends up on a meeting page.
import type { ArticleRecord, Evidence } from "../model.ts";

export interface MeetingUnit {
  record: number;
  /** Position of the meeting in its record (0 = the first reported). */
  index: number;
  /** Indexes into the record's officials. */
  participants: number[];
  attendees: number[];
  /** Indexes of the record's mentioned officials; only the first unit of a record carries them. */
  mentioned: number[];
  date: string | null;
  location: string | null;
  country: string | null;
  call: boolean;
  evidence: { date: Evidence | null; location: Evidence | null };
}

export function meetingUnits(records: ArticleRecord[]): MeetingUnit[] {
  const units: MeetingUnit[] = [];
  records.forEach((record, r) => {
    const byName = new Map<string, number>();
    record.officials.forEach((o, k) => {
      if (!byName.has(o.name)) byName.set(o.name, k);
    });
    const indexes = (names: string[]) => [...new Set(names.flatMap((n) => (byName.has(n) ? [byName.get(n)!] : [])))];
    const mentioned = record.officials.flatMap((o, k) => (o.role === "mentioned" ? [k] : []));
    if (record.meetings.length === 0) {
      units.push({
        record: r,
        index: 0,
        participants: record.officials.flatMap((o, k) => (o.role === "participant" ? [k] : [])),
        attendees: record.officials.flatMap((o, k) => (o.role === "attendee" ? [k] : [])),
        mentioned,
        date: record.date,
        location: record.location,
        country: record.country,
        call: false,
        evidence: { date: null, location: null },
      });
      return;
    }
    record.meetings.forEach((m, index) => {
      const participants = indexes(m.participants);
      units.push({
        record: r,
        index,
        participants,
        attendees: indexes(m.attendees).filter((k) => !participants.includes(k)),
        mentioned: index === 0 ? mentioned : [],
        date: m.date,
        location: m.location,
        country: m.country,
        call: m.call,
        evidence: m.evidence,
      });
    });
  });
  return units;
}
