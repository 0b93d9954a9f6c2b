// Named seats of government, ministries, palaces and headquarters (src/lexicon/venues.json): a
// meeting "at the Itamaraty Palace" was held in Brasília though no city is written. Only after a
// word that places something there ("at", "in", "inside"), so that "the White House said"
// or "a Kremlin spokesman" place nothing. Gatherings always held in one city count the same way
// ("on the sidelines of the 80th session of the UN General Assembly" is in New York).
import lexicon from "../../lexicon/venues.json" with { type: "json" };
import { cityNamed, type City } from "./gazetteer.ts";

export interface VenueMatch {
  /** The venue as written. */
  name: string;
  city: City;
  /** Offsets of the venue name in the searched text. */
  start: number;
  end: number;
}

const CITY_OF = new Map<string, City>();
function load(list: readonly { names: string[]; city: string; country: string }[]): string {
  for (const v of list) {
    const city = cityNamed(v.city, v.country);
    if (!city || city.countryCode !== v.country) throw new Error(`venues.json: ${v.names[0]} is in ${v.city} (${v.country}), which the gazetteer does not have`);
    for (const n of v.names) CITY_OF.set(n, city);
  }
  // Longest names first, so "Itamaraty Palace" is read before "Itamaraty".
  return list.flatMap((v) => v.names).sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape).join("|");
}
function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
// Not "to": "Permanent Representative to the United Nations", "invited to the White House".
const VENUE = new RegExp(`\\b(?:at|in|inside|within)\\s+(?:the\\s+)?(${load(lexicon.venues)})(?![\\p{L}\\p{N}])`, "gu");
/** "on the sidelines of the 80th session of the UN General Assembly", "at the Munich Security Conference", "during the Doha Forum". */
const EVENT = new RegExp(
  `\\b(?:(?:sidelines?|margins?|session|meeting|edition)\\s+of|at|during|attending)\\s+(?:the\\s+)?(?:\\d{1,3}(?:st|nd|rd|th)\\s+)?(?:(?:annual|ordinary|regular|high-level|ministerial)\\s+)?(?:(?:session|meeting|segment|edition)\\s+of\\s+(?:the\\s+)?)?(${load(lexicon.events)})(?![\\p{L}\\p{N}])`,
  "gu",
);

/** The known venues and gatherings a sentence names after a placing word, in text order. */
export function venuesIn(text: string): VenueMatch[] {
  const out: VenueMatch[] = [];
  for (const re of [VENUE, EVENT]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const name = m[1]!;
      const start = m.index + m[0].length - name.length;
      out.push({ name, city: CITY_OF.get(name)!, start, end: start + name.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
