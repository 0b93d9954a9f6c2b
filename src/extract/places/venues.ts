// Named seats of government, ministries, palaces and headquarters (src/lexicon/venues.json): a
// meeting "at the Itamaraty Palace" was held in Brasília though no city is written. Only after a
// word that places something there ("at", "in", "inside", "to"), so that "the White House said"
// or "a Kremlin spokesman" place nothing.
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
for (const v of lexicon.venues) {
  const city = cityNamed(v.city, v.country);
  if (!city || city.countryCode !== v.country) throw new Error(`venues.json: ${v.names[0]} is in ${v.city} (${v.country}), which the gazetteer does not have`);
  for (const n of v.names) CITY_OF.set(n, city);
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Longest names first, so "Itamaraty Palace" is read before "Itamaraty". */
const NAMES = [...CITY_OF.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape);
const VENUE = new RegExp(`\\b(?:at|in|inside|to|within)\\s+(?:the\\s+)?(${NAMES.join("|")})(?![\\p{L}\\p{N}])`, "gu");

/** The known venues a sentence names after a placing word, in text order. */
export function venuesIn(text: string): VenueMatch[] {
  const out: VenueMatch[] = [];
  VENUE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = VENUE.exec(text))) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    out.push({ name, city: CITY_OF.get(name)!, start, end: start + name.length });
  }
  return out;
}
