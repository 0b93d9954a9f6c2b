// The meetings an article reports. This first form reads every article as one meeting of all the
// officials present (participants and attendees), dated and placed like the article; the record
// keeps the list so that an article reporting several meetings can say so.
import type { Evidence, Official, RecordMeeting } from "../model.ts";

export interface MeetingContext {
  date: string | null;
  location: string | null;
  country: string | null;
  dateEvidence: Evidence | null;
  locationEvidence: Evidence | null;
}

export function extractMeetings(officials: readonly Official[], context: MeetingContext): RecordMeeting[] {
  const participants = officials.filter((o) => o.role === "participant").map((o) => o.name);
  const attendees = officials.filter((o) => o.role === "attendee").map((o) => o.name);
  if (participants.length === 0 && attendees.length === 0) return [];
  return [
    {
      participants,
      attendees,
      date: context.date,
      location: context.location,
      country: context.country,
      call: false,
      evidence: { date: context.dateEvidence, location: context.locationEvidence },
    },
  ];
}
