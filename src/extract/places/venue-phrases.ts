// The venue a sentence gives a meeting: a known seat of government or landmark ("at the Union
// Buildings"), or a city after a placing word ("held talks in Geneva", "at the Foreign Office in
// London", "on the sidelines of ... in Riyadh"). A capitalised word is a city only where its
// context says so: a name the gazetteer knows, after "in"/"at", not followed by a word that makes
// it part of another name ("Nairobi Convention", "Jakarta Post", "Kigoma Region"), not a common
// word of a small town ("in Of"). Places of other events ("will visit Lagos", "a workshop in
// Islamabad next year", "firms based in Lahore", "last met in Abuja in 2023") do not count.
import { countryNamed, countryOfDemonym } from "./countries.ts";
import { cityNamed, countryNameOf, MAX_CITY_WORDS, type City } from "./gazetteer.ts";
import type { MeetingSpan, PlaceFinding } from "./meeting-place.ts";
import { venuesIn } from "./venues.ts";

const MEETING_WORDS =
  /\b(?:met|meet|meets|meeting|meetings|talks|called on|calls? on|discuss(?:ed|es|ing)?|held|hosted|received|receives|chaired|co-chaired|session|conference|summit|forum|sidelines|visit|visiting|signed|courtesy call)\b/i;
/**
 * "in Geneva", "at Beijing", "in the Saudi capital Riyadh", "in Nigeria's capital, Abuja", "at PTA Headquarters, Islamabad", "at Governor House Lahore",
 * "visit to Karachi", "visited Baku", "at the Kigali Convention Centre" (group 2: "the" before a city), and
 * "In Cairo, the minister received ..." at the start of the sentence. The capitalised run is bounded, so the scan stays linear.
 */
const VENUE = /\b(in|at|(?:In|At)(?<=^[\s"“‘(]*\w\w)|to|visited|visiting|(?:Headquarters|House|Secretariat|Office|Ministry|Hotel|Centre|Center|Complex|Hall|Tower|Building|Buildings|Auditorium|Campus|Embassy|Commission|Consulate|Palace)(?:,(?:\s+\p{Lu}[\p{L}-]+,)?)?)\s+(?:the\s+(?:[\p{Lu}][\p{L}-]+\s+)?(?:capital|city|port city)(?:\s+of)?,?\s+|\p{Lu}[\p{L}-]+['’]s\s+(?:capital|city|port city),?\s+|(the\s+))?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|es|el-\p{L}+|al-\p{L}+)){0,5})/gu;
/** Words just before a place that make it the place of something else ("firms based in Dubai", "studios in Lahore"). */
const OTHER_PLACE_BEFORE = /\b(?:based|headquartered|located|offices|studios?|branch(?:es)?|firms?|companies|operating|working|born|registered|listed)\s+(?:\p{L}+\s+)?$/iu;
/** "at his offices in Nairobi", "at the company's branch in Lagos": where the meeting was, not where a firm has offices. */
const AT_OFFICES = /\bat\s+(?:his|her|their|its|the)\s[^,.;]{0,50}\b(?:offices|branch(?:es)?|studios?)\s+$/iu;
/** Words anywhere earlier in the sentence that move what follows to another time. */
const OTHER_TIME_BEFORE =
  /\b(?:will|would|shall|should|could|might|next|later|upcoming|invited?|invitation|proposed|plans?|planned|scheduled|to be held|recalled|previous|last met|first met|lead(?:s|ing)? (?:a|an|the)\b[^,]{0,40}delegation)\b/i;
/** "may" moves to another time only as the verb: "May" is a month ("ACCRA, May 12 -"). */
const MAY_AS_VERB = /\bmay\b/;
/**
 * The last of these words before a place tells whether it is where the meeting was (a venue
 * word) or what the meeting was about ("discussed flood relief in Karachi").
 */
const VENUE_OR_TOPIC = /\b(?:(discuss\w*|regarding|about|concerning|situation|on ways to|to review|to promote|to expand|to improve|to build|to open|to set up|to establish|plant|factory|refinery|project|investments?)|met|meet|meeting|talks|held|hosted|received|sidelines|summit|conference|forum|session|visit\w*|at the|office)\b/gi;
const OTHER_PLACE_AFTER = /^[^.;]{0,25}\b(?:later|next (?:week|month|year)|in the coming|early next|this year|in future|last (?:week|month|year))\b|^,?\s+in\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b/i;
/** A word after a city that makes the city part of another name: a region, a body, a paper, an accord. */
const NAME_GOES_ON = /^[\s-]+(?:\p{Lu}[\p{L}'’-]*|region|province|state|district|county|governorate|prefecture|oblast|valley|basin|corridor|area)\b/u;
const BUILDING =
  "(?:International\\s+)?(?:Convention\\s+|Exhibition\\s+|Trade\\s+|Conference\\s+|Expo\\s+)?(?:Centre|Center|Hall|Hotel|Palace|House|Airport|Stadium|Office|Headquarters|Secretariat|Campus|Club|Complex|Building|Tower|Plaza|City Hall)";
/** A building named after its city: "the Kigali Convention Centre", "the Islamabad Club". */
const BUILDING_AFTER = new RegExp(`^\\s+${BUILDING}\\b`);
/** Words after a city that leave it the city: a building in it, or a date. */
const CITY_THEN = new RegExp(`^\\s+(?:${BUILDING}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|on|in|at|and|to|from|for|with|during|where|as|said|this|last|today|yesterday)\\b`);
const PERSONAL_BUILDING_AFTER = /^\s+(?:Palace|House|Hall)\b/;
const LARGE_CITY_POPULATION = 1_000_000;
/** A small town named like a common word ("Of", "Police", "Hope") is a place only in a dateline. */
const COMMON_WORD_POPULATION = 100_000;

export interface VenueResult {
  place: PlaceFinding | null;
  /** The sentences put the meeting in a country that is not the dateline's. */
  elsewhere: boolean;
}

/**
 * The first venue the sentences give, else the first city visited. `datelineCountry` (an ISO
 * code) picks among namesakes and tells whether a country named as the venue is elsewhere.
 */
export function findVenue(spans: readonly MeetingSpan[], datelineCountry: string | null = null): VenueResult {
  let visit: PlaceFinding | null = null;
  let elsewhere = false;
  for (const s of spans) {
    if (!MEETING_WORDS.test(s.text)) continue;
    const building = venuesIn(s.text).find((v) => !otherEvent(s.text, v.start - 4, v.end));
    VENUE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = VENUE.exec(s.text))) {
      const at = m.index + m[0].length - m[3]!.length;
      // The building comes first, unless the city follows it straight away ("at the UN headquarters in Geneva").
      if (building && building.start < m.index && m.index > building.end + 2) break;
      // "at the San Martín Palace": a town named like the listed building's first words is not its city.
      if (building && at >= building.start && at < building.end) continue;
      const city = cityAt(m[3]!, s.text.slice(at), datelineCountry, m[2] !== undefined);
      if (!city) {
        if (/^(?:in|at)$/i.test(m[1]!) && !m[2] && venueCountryElsewhere(m[3]!, datelineCountry) && !otherEvent(s.text, m.index, m.index + m[0].length)) elsewhere = true;
        VENUE.lastIndex = m.index + m[1]!.length; // let a later preposition in the same stretch try again
        continue;
      }
      if (otherEvent(s.text, m.index, at + city.length)) continue;
      const found = finding(city.city, s);
      if (m[1] === "visited" || m[1] === "visiting") {
        visit ??= found;
        continue;
      }
      if (m[1] === "to") {
        // "on a visit to Karachi": where the visitor is, a weaker sign than "in Karachi".
        const before = s.text.slice(Math.max(0, m.index - 80), m.index);
        if (/\bvisit(?:ing)?\s+$|\btrip\s+$|\btour\s+$/i.test(before) || /\bvisit\b[^.]{0,20}$/i.test(before)) visit ??= found;
        continue;
      }
      return { place: found, elsewhere: false };
    }
    if (building) return { place: finding(building.city, s), elsewhere: false };
  }
  return { place: visit, elsewhere: visit ? false : elsewhere };
}

/** How far back in a sentence a word may move a place to another time or topic: a long clause, and a bound on the work per place. */
const CLAUSE_CHARS = 240;

function otherEvent(text: string, from: number, to: number): boolean {
  const before = text.slice(Math.max(0, from - 80), Math.max(0, from));
  const after = text.slice(to, to + 40);
  const sentenceBefore = text.slice(Math.max(0, from - CLAUSE_CHARS), Math.max(0, from));
  const otherPlace = OTHER_PLACE_BEFORE.test(before) && !(AT_OFFICES.test(before) && !/\bbased\s+$/i.test(before));
  return otherPlace || OTHER_TIME_BEFORE.test(sentenceBefore) || MAY_AS_VERB.test(sentenceBefore) || OTHER_PLACE_AFTER.test(after) || isTopicPlace(sentenceBefore);
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

/**
 * The city the capitalised run `words` starts with, when what follows it (`rest`, from the
 * run's start) leaves it a city: the longest run of words the gazetteer knows ("New York City
 * Hall" → New York), "Pasay City" → Pasay, a possessive dropped ("Nairobi's").
 */
function cityAt(words: string, rest: string, preferCountry: string | null, afterThe: boolean): { city: City; length: number } | null {
  const parts = words.split(/\s+/);
  for (let n = Math.min(parts.length, MAX_CITY_WORDS); n > 0; n--) {
    const phrase = parts.slice(0, n).join(" ");
    const bare = phrase.replace(/['’]s$/, "").replace(/[.]$/, "");
    const city = cityNamed(bare, preferCountry);
    if (!city) continue;
    if (city.commonWord && !city.capital && city.population < COMMON_WORD_POPULATION) return null;
    const length = phrase.length;
    let after = rest.slice(length);
    // "at Independence Hall", "at Union House": a building named with a word, not with its city.
    if (city.commonWord && BUILDING_AFTER.test(rest.slice(length))) return null;
    if (afterThe) {
      if (!BUILDING_AFTER.test(after)) return null;
      // "the Nariño Palace", "the Toledo Hall": palaces, houses and halls are named after people and
      // words far more often than after a town; a capital or a large city still names its own.
      if (PERSONAL_BUILDING_AFTER.test(after) && !city.capital && city.population < LARGE_CITY_POPULATION) return null;
      return { city, length };
    }
    if (bare !== phrase) return { city, length };
    if (/^\s+City\b/.test(after)) after = after.replace(/^\s+City\b/, "");
    if (/^-based\b/.test(after)) return null;
    if (NAME_GOES_ON.test(after) && !CITY_THEN.test(after) && !opensPersonFromCountry(after)) return null;
    return { city, length };
  }
  return null;
}

/**
 * "received in Cairo US Central Command chief X", "met in Doha Qatari officials": a country or a
 * nationality after the city opens the people met, not a longer name of which the city is part.
 */
function opensPersonFromCountry(after: string): boolean {
  const words = after.trimStart().split(/\s+/, 3);
  for (let n = Math.min(words.length, 2); n > 0; n--) {
    const phrase = words.slice(0, n).join(" ");
    if (countryNamed(phrase) || countryOfDemonym(phrase)) return true;
  }
  return false;
}

/** "met in Japan" while the dateline is in another country: the meeting was not in the dateline's city. */
function venueCountryElsewhere(words: string, datelineCountry: string | null): boolean {
  if (!datelineCountry) return false;
  const parts = words.split(/\s+/);
  for (let n = Math.min(parts.length, 4); n > 0; n--) {
    const country = countryNamed(parts.slice(0, n).join(" "));
    if (country) return country !== countryNameOf(datelineCountry);
  }
  return false;
}
