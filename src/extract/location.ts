// Where the meeting an article reports first took place: the article-level place of the record.
// The rules live in ./places/; this is the entry the record extractor calls.
import { sentences, type Span } from "./sentences.ts";
import { meetingPlace, type PlaceFinding } from "./places/meeting-place.ts";
import { isCallSentence } from "./places/calls.ts";

export { isCallSentence } from "./places/calls.ts";
export { datelinePlace } from "./places/datelines.ts";
export { meetingPlace, type MeetingSpan, type PlaceBasis, type PlaceFinding } from "./places/meeting-place.ts";

/** The venue is looked for in the opening paragraphs of the story, where news copy reports the first meeting. */
const VENUE_PARAGRAPHS = 3;

/**
 * The place of the first-reported meeting. `spans` are the text's sentences, when the caller has
 * them already. When the first sentence that reports a meeting reports a call, it has no place.
 */
export function extractLocation(text: string, dateline: string | null, spans: readonly Span[] = sentences(text)): PlaceFinding {
  const opening = openingParagraphs(spans);
  const first = opening.find((s) => isMeetingSentence(s.text));
  return meetingPlace(text, dateline, opening, first !== undefined && isCallSentence(first.text));
}

const MEETING_VERB = /\b(?:met|meets?|meeting|talks|called on|calls? on|received|receives|hosted|held|spoke|conversation)\b/i;

function isMeetingSentence(text: string): boolean {
  return MEETING_VERB.test(text);
}

/** The sentences of the first story paragraphs; headings, captions and date lines above them do not count. */
function openingParagraphs(spans: readonly Span[]): Span[] {
  const lastOf = new Map<number, Span>();
  for (const s of spans) lastOf.set(s.paragraph, s);
  const story = [...lastOf].filter(([, s]) => endsLikeSentence(s.text)).map(([p]) => p);
  const last = story.length ? story[Math.min(story.length, VENUE_PARAGRAPHS) - 1]! : VENUE_PARAGRAPHS - 1;
  return spans.filter((s) => s.paragraph <= last);
}

/** A paragraph of the story ends like a sentence (a full stop, perhaps inside a quote or bracket); headings, captions and date lines do not. */
function endsLikeSentence(text: string): boolean {
  const t = text.trimEnd();
  const last = t.at(-1) ?? "";
  const stop = "\"”’)".includes(last) ? (t.at(-2) ?? "") : last;
  return stop !== "" && ".!?۔".includes(stop);
}
