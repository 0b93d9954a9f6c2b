// The place of one meeting, read from the sentences that report it. This is the one seam between
// the meeting reader and the place rules (src/extract/location.ts): the venue named in those
// sentences, else the dateline's city; a call has no place.
import type { Evidence } from "../../model.ts";
import { datelinePlace, extractLocation } from "../location.ts";
import type { Span } from "../sentences.ts";

export interface MeetingPlace {
  location: string | null;
  country: string | null;
  evidence: Evidence | null;
  basis: "venue" | "dateline" | "call" | "none";
}

/**
 * "Later, ...", "Earlier in the day, ...": at the head of a meeting's sentence these order the
 * meetings; they do not move its place to another time, so the place rules read past them.
 */
const SEQUENCE_OPENING = /^(?:later|earlier|subsequently|afterwards|thereafter|then|next|separately|meanwhile|lastly|finally)(?:\s+(?:in the day|that day|on the same day|today|on \w+day))?,?\s+/i;

/** The first venue named in these sentences (each read as if it opened the story), or null. */
export function venueIn(text: string, spans: readonly Span[]): MeetingPlace | null {
  for (const s of spans) {
    const opening = SEQUENCE_OPENING.exec(s.text)?.[0] ?? "";
    const read = { text: s.text.slice(opening.length), start: s.start + opening.length, paragraph: 0 };
    const found = extractLocation(text, null, [read]);
    if (found.basis === "venue" && found.location) {
      return { location: found.location, country: null, evidence: { text: s.text, start: s.start, end: s.start + s.text.length }, basis: "venue" };
    }
  }
  return null;
}

/** The dateline's city, with the dateline as the words it was read from. */
export function datelineIn(text: string, dateline: string | null): MeetingPlace | null {
  const location = datelinePlace(dateline);
  if (!location || !dateline) return null;
  const at = text.indexOf(dateline);
  return { location, country: null, evidence: at >= 0 ? { text: dateline, start: at, end: at + dateline.length } : null, basis: "dateline" };
}
