// Countries by name, other name or demonym, and the country of a city: what officials'
// affiliations and organisation pages need ("Nigerian" → Nigeria, "KSA" → Saudi Arabia,
// "Addis Ababa" → Ethiopia). The names are the English short names of countries-list, the other
// names those of i18n-iso-countries, the demonyms those of i18n-nationality, with the few that
// src/lexicon/place-names.json adds by hand; all through the generated gazetteer index.
import { cityNamed, gazetteerCountries } from "./gazetteer.ts";
import { placeKey } from "./fold.ts";

export interface CountryEntry {
  /** English short name: "United States", "Saudi Arabia". */
  name: string;
  /** ISO 3166 code; "" for a union of countries (the European Union). */
  code: string;
  aliases: string[];
  demonyms: string[];
  /** Provinces whose offices belong to the country ("Punjab Minister ..."). */
  regions: string[];
  /** Its capital, as the gazetteer names it ("Kuwait City"); "" when it has none. */
  capital: string;
}

export const COUNTRY_ENTRIES: readonly CountryEntry[] = gazetteerCountries().map(([code, name, aliases, demonyms, regions, capital]) => ({ name, code, aliases, demonyms, regions, capital }));

const BY_NAME = new Map<string, CountryEntry>();
const BY_DEMONYM = new Map<string, CountryEntry>();
const BY_REGION = new Map<string, CountryEntry>();
for (const c of COUNTRY_ENTRIES) {
  for (const r of c.regions) BY_REGION.set(placeKey(r), c);
  for (const n of [c.name, ...c.aliases]) if (!BY_NAME.has(placeKey(n))) BY_NAME.set(placeKey(n), c);
  for (const d of c.demonyms) if (!BY_DEMONYM.has(placeKey(d))) BY_DEMONYM.set(placeKey(d), c);
}
/** "the Netherlands", "the United States": the article is not part of the name. */
const ARTICLE = /^the\s+/i;

/** The entry of a country by its name or other name. */
export function countryEntryNamed(spelling: string): CountryEntry | null {
  return BY_NAME.get(placeKey(spelling.replace(ARTICLE, ""))) ?? null;
}

/** The country a name or other name gives ("USA", "Viet Nam", "the Netherlands"), or null. */
export function countryNamed(spelling: string): string | null {
  return BY_NAME.get(placeKey(spelling.replace(ARTICLE, "")))?.name ?? null;
}

/** The country of a demonym ("Nigerian", "Emirati", "South Korean"), or null. */
export function countryOfDemonym(demonym: string): string | null {
  return BY_DEMONYM.get(placeKey(demonym))?.name ?? null;
}

/** The country of a province the hand-kept list names ("Sindh" → Pakistan), or null. */
export function countryOfRegion(region: string): string | null {
  return BY_REGION.get(placeKey(region))?.name ?? null;
}

/** The country of a city ("Addis Ababa", "KL", "Genève"), or null. */
export function countryOfCity(city: string): string | null {
  return cityNamed(city)?.country ?? null;
}

/** The country a word or phrase points to: a country's name, a demonym, then a city. */
export function countryOf(cityOrCountryOrDemonym: string): string | null {
  return countryNamed(cityOrCountryOrDemonym) ?? countryOfDemonym(cityOrCountryOrDemonym) ?? countryOfCity(cityOrCountryOrDemonym);
}
