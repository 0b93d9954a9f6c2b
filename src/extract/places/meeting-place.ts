// Where one meeting took place. The venue named in the sentences that report the meeting wins;
// else the dateline, when nothing in those sentences puts the meeting elsewhere; a telephone or
// video call has no meeting place at all. Pure: text in, a place and the words it was read from out.
import type { Evidence } from "../../model.ts";
import type { Span } from "../sentences.ts";
import { datelineFinding } from "./datelines.ts";
import { findVenue } from "./venue-phrases.ts";

export type PlaceBasis = "venue" | "dateline" | "call" | "none";

export interface PlaceFinding {
  /** The city, under its usual English name; null when the text does not settle it, or for a call. */
  location: string | null;
  /** The country of that city, English short name ("United States", "Saudi Arabia"). */
  country: string | null;
  /** The sentence the venue was read from, or the dateline. */
  evidence: Evidence | null;
  basis: PlaceBasis;
}

/** The sentences of one meeting: spans of the article text (a Span from sentences(), or any {text, start}). */
export type MeetingSpan = Pick<Span, "text" | "start">;

export const NO_PLACE: PlaceFinding = Object.freeze({ location: null, country: null, evidence: null, basis: "none" }) as PlaceFinding;
const CALL: PlaceFinding = Object.freeze({ location: null, country: null, evidence: null, basis: "call" }) as PlaceFinding;

/**
 * The place of one meeting. `spans` are the sentences that report it (in text order), `call`
 * says it was a telephone or video call. The venue in those sentences comes first; else the
 * dateline's city, unless the sentences put the meeting in a country other than the dateline's
 * ("met her counterpart in Japan" under an ISLAMABAD dateline): then null.
 */
export function meetingPlace(text: string, dateline: string | null, spans: readonly MeetingSpan[], call: boolean): PlaceFinding {
  if (call) return CALL;
  const filed = datelineFinding(text, dateline);
  const venue = findVenue(spans, filed?.countryCode ?? null);
  if (venue.place) return venue.place;
  if (venue.elsewhere) return NO_PLACE;
  return filed ? filed.place : NO_PLACE;
}
