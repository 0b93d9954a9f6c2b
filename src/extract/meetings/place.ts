// The place of one meeting, read from the sentences that report it by the place rules
// (src/extract/places/, through meetingPlace in location.ts): this is the one seam between the
// meeting reader and those rules.
import type { Evidence } from "../../model.ts";
import { meetingPlace, type PlaceFinding } from "../location.ts";
import type { Span } from "../sentences.ts";

export type MeetingPlace = PlaceFinding;

/**
 * "Later, ...", "Earlier in the day, ...": at the head of a meeting's sentence these order the
 * meetings; they do not move its place to another time, so the place rules read past them.
 */
const SEQUENCE_OPENING = /^(?:later|earlier|subsequently|afterwards|thereafter|then|next|separately|meanwhile|lastly|finally)(?:\s+(?:in the day|that day|on the same day|today|on \w+day))?,?\s+/i;

export interface OwnPlace {
  /** The venue the sentences name, or null. */
  venue: MeetingPlace | null;
  /** The sentences put the meeting somewhere the dateline is not (another country), without a city. */
  elsewhere: boolean;
  /** The dateline's city, as the place rules read it. */
  dateline: MeetingPlace | null;
}

/** A sentence after the opening one tells the venue only when it speaks of the meeting itself. */
const OF_THE_MEETING = /\b(?:meeting|meetings|talks|met|held|hosted|received|took place|venue|reception|audience|call on|called on)\b/i;

/**
 * What the sentences of one meeting say of its place: a venue, somewhere else, or nothing. The
 * opening sentences (`opening` of them) come first; the others count only when they speak of the
 * meeting ("The two discussed training at a school in Kibaha" places the school, not the meeting).
 */
export function ownPlace(text: string, dateline: string | null, spans: readonly Span[], opening = 1): OwnPlace {
  const first = ownPlaceOf(text, dateline, spans.slice(0, opening));
  if (first.venue || first.elsewhere) return first;
  const rest = spans.slice(opening).filter((s) => OF_THE_MEETING.test(s.text));
  return rest.length > 0 ? ownPlaceOf(text, dateline, rest) : first;
}

function ownPlaceOf(text: string, dateline: string | null, spans: readonly Span[]): OwnPlace {
  const read = spans.map((s) => {
    const opening = SEQUENCE_OPENING.exec(s.text)?.[0] ?? "";
    return { text: s.text.slice(opening.length), start: s.start + opening.length };
  });
  const found = meetingPlace(text, dateline, read, false);
  const filed = dateline ? meetingPlace(text, dateline, [], false) : null;
  const datelinePlace = filed && filed.location ? filed : null;
  if (found.basis === "venue") return { venue: { ...found, evidence: wholeSentence(found.evidence, spans) }, elsewhere: false, dateline: datelinePlace };
  return { venue: null, elsewhere: found.basis === "none" && datelinePlace !== null, dateline: datelinePlace };
}

/** The evidence of a venue as the whole sentence it was read from. */
function wholeSentence(evidence: Evidence | null, spans: readonly Span[]): Evidence | null {
  if (!evidence) return null;
  const s = spans.find((x) => evidence.start >= x.start && evidence.start < x.start + x.text.length);
  return s ? { text: s.text, start: s.start, end: s.start + s.text.length } : evidence;
}
