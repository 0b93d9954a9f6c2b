// The timeline: years and months newest first, meetings in a month newest first, then the
// undated meetings in their own section.
import type { Meeting, TimelineYear } from "../model.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** `meetings` must already be newest first (as buildMeetings returns them). */
export function buildTimeline(meetings: Meeting[]): { years: TimelineYear[]; undated: string[] } {
  const years: TimelineYear[] = [];
  const undated: string[] = [];
  for (const meeting of meetings) {
    if (!meeting.date) {
      undated.push(meeting.slug);
      continue;
    }
    const year = meeting.date.slice(0, 4);
    const key = meeting.date.slice(0, 7);
    let y = years[years.length - 1];
    if (!y || y.year !== year) {
      y = { year, months: [] };
      years.push(y);
    }
    let m = y.months[y.months.length - 1];
    if (!m || m.key !== key) {
      m = { key, label: `${MONTHS[Number(key.slice(5, 7)) - 1] ?? key.slice(5, 7)} ${year}`, meetings: [] };
      y.months.push(m);
    }
    m.meetings.push(meeting.slug);
  }
  return { years, undated };
}
