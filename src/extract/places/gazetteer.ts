// The city lookup every place rule goes through: a spelling (any case) → the city under its usual
// English name, with its country.
import { knownCity, MAX_CITY_WORDS as LEXICON_MAX_WORDS } from "../cities.ts";

export interface City {
  /** Usual English name: "Addis Ababa", "Brasília". */
  name: string;
  /** English short name of its country: "Ethiopia"; null when not known. */
  country: string | null;
}

export const MAX_CITY_WORDS = LEXICON_MAX_WORDS;

/** The city a spelling names ("ADDIS ABABA", "Addis"), or null. */
export function cityNamed(spelling: string): City | null {
  const name = knownCity(spelling);
  return name ? { name, country: null } : null;
}
