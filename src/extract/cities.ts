// Cities for the rules that meet a capitalised word with no context to go on (is "Lahore" in
// "Governor House Lahore" a place or a name? is a top line "D.I. Khan" a byline?): only places
// well enough known that a word spelled like them is the place. The full gazetteer, with its
// context rules, is in ./places/.
import { cityNamed, MAX_CITY_WORDS as GAZETTEER_MAX_WORDS, type City } from "./places/gazetteer.ts";

/** Below this a place is known only where its context says it is one (a dateline, "in ..."). */
const WELL_KNOWN_POPULATION = 100_000;

export const MAX_CITY_WORDS = GAZETTEER_MAX_WORDS;

export function isWellKnown(city: City): boolean {
  return city.capital || city.handSpelled || (city.population >= WELL_KNOWN_POPULATION && !city.commonWord);
}

/** The usual English name of a well-known city ("ISLAMABAD", "Bangalore" → "Bengaluru"), or null. */
export function knownCity(spelling: string): string | null {
  const city = cityNamed(spelling);
  return city && isWellKnown(city) ? city.name : null;
}

/** A dateline city in its usual form: the gazetteer's name when it has the place, else title case. */
export function cityName(spelling: string): string {
  const known = cityNamed(spelling);
  if (known) return known.name;
  return spelling
    .trim()
    .toLowerCase()
    .replace(/(^|[\s\-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
