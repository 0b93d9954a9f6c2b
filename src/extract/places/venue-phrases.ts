// The venue a sentence gives a meeting: "held talks in Geneva", "at the Foreign Office in London",
// "on the sidelines of ... in Riyadh", "met ... in Beijing". Places of other events ("will visit
// Lagos", "a workshop in Islamabad next year", "firms based in Lahore") do not count.
import { cityNamed, MAX_CITY_WORDS, type City } from "./gazetteer.ts";
import type { MeetingSpan, PlaceFinding } from "./meeting-place.ts";

const MEETING_WORDS =
  /\b(?:met|meet|meets|meeting|meetings|talks|called on|calls? on|discuss(?:ed|es|ing)?|held|hosted|received|receives|chaired|co-chaired|session|conference|summit|forum|sidelines|visit|visiting|signed)\b/i;
/**
 * "in Geneva", "at Beijing", "in the Saudi capital Riyadh", "at PTA Headquarters, Islamabad", "at Governor House Lahore",
 * "visit to Karachi", "visited Baku".
 */
const VENUE = /\b(in|at|to|visited|visiting|(?:Headquarters|House|Secretariat|Office|Ministry|Hotel|Centre|Center|Complex|Hall|Tower|Building|Auditorium|Campus|Embassy|Commission|Consulate)(?:,(?:\s+\p{Lu}[\p{L}-]+,)?)?)\s+(?:the\s+(?:[\p{Lu}][\p{L}-]+\s+)?(?:capital|city|port city)(?:\s+of)?,?\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}[\p{L}'’-]*|de|es|el-\p{L}+|al-\p{L}+)){0,4})/gu;
/** Words shortly before a place that make it the place of something else. */
const OTHER_PLACE_BEFORE =
  /\b(?:based|headquartered|located|offices|studios?|branch|firms?|companies|operating|working|born)\b[^.;]{0,50}$/i;
/** Words anywhere earlier in the sentence that move what follows to another time. */
const OTHER_TIME_BEFORE =
  /\b(?:will|would|shall|should|could|may|might|next|later|upcoming|invited?|invitation|proposed|plans?|planned|scheduled|to be held|lead(?:s|ing)? (?:a|an|the)\b[^,]{0,40}delegation)\b/i;
/**
 * The last of these words before a place tells whether it is where the meeting was (a venue
 * word) or what the meeting was about ("discussed flood relief in Karachi").
 */
const VENUE_OR_TOPIC = /\b(?:(discuss\w*|regarding|about|concerning|situation|on ways to|to review|to promote|to expand|to improve)|met|meet|meeting|talks|held|hosted|sidelines|summit|conference|forum|session|visit\w*|at the)\b/gi;
const OTHER_PLACE_AFTER = /^[^.;]{0,25}\b(?:later|next (?:week|month|year)|in the coming|early next|this year|in future)\b/i;

export interface VenueResult {
  place: PlaceFinding | null;
  /** The sentences put the meeting somewhere the dateline is not (reserved for rules that know it). */
  elsewhere: boolean;
}

/** The first venue the sentences give, else the first city visited. */
export function findVenue(spans: readonly MeetingSpan[]): VenueResult {
  let visit: PlaceFinding | null = null;
  for (const s of spans) {
    if (!MEETING_WORDS.test(s.text)) continue;
    VENUE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = VENUE.exec(s.text))) {
      const city = longestCity(m[2]!);
      if (!city) {
        VENUE.lastIndex = m.index + 1; // let a later preposition in the same stretch try again
        continue;
      }
      const before = s.text.slice(Math.max(0, m.index - 80), m.index);
      const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      const sentenceBefore = s.text.slice(0, m.index);
      if (OTHER_PLACE_BEFORE.test(before) || OTHER_TIME_BEFORE.test(sentenceBefore) || OTHER_PLACE_AFTER.test(after) || isTopicPlace(sentenceBefore)) continue;
      const found = finding(city, s);
      if (m[1] === "visited" || m[1] === "visiting") {
        visit ??= found;
        continue;
      }
      if (m[1] === "to") {
        // "on a visit to Karachi": where the visitor is, a weaker sign than "in Karachi".
        if (/\bvisit(?:ing)?\s+$|\btrip\s+$|\btour\s+$/i.test(before) || /\bvisit\b[^.]{0,20}$/i.test(before)) visit ??= found;
        continue;
      }
      return { place: found, elsewhere: false };
    }
  }
  return { place: visit, elsewhere: false };
}

function finding(city: City, s: MeetingSpan): PlaceFinding {
  return { location: city.name, country: city.country, evidence: { text: s.text, start: s.start, end: s.start + s.text.length }, basis: "venue" };
}

function isTopicPlace(before: string): boolean {
  let last: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  VENUE_OR_TOPIC.lastIndex = 0;
  while ((m = VENUE_OR_TOPIC.exec(before))) last = m;
  return last?.[1] !== undefined;
}

/** The longest run of leading words that the gazetteer knows as a city ("New York City Hall" → New York). */
function longestCity(words: string): City | null {
  const parts = words.split(/\s+/);
  for (let n = Math.min(parts.length, MAX_CITY_WORDS); n > 0; n--) {
    const city = cityNamed(parts.slice(0, n).join(" "));
    if (city) return city;
  }
  return null;
}
