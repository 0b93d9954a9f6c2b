import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatIndex, GENERATED_PATH, gazetteerFromPackages } from "../src/cli/gazetteer.ts";
import { knownCity } from "../src/extract/cities.ts";
import { placeKey } from "../src/extract/places/fold.ts";
import { cityNamed } from "../src/extract/places/gazetteer.ts";
import { reduceGazetteer, withoutRomanisationMarks, type PlaceNames } from "../src/extract/places/reduce-gazetteer.ts";

const hand: PlaceNames = { englishNames: [{ geonames: "Városvár", country: "HU", name: "Townsburg" }], spellings: [{ city: "Big Harbour", country: "AU", forms: ["BH"] }], notCities: ["Oceania"], countryForms: {}, extraCountries: [] };
const place = (name: string, country: string, population: number, featureCode = "PPL") => ({ name, country, population, featureCode });
const reduce = (cities: ReturnType<typeof place>[]) =>
  reduceGazetteer({ cities, countries: [{ code: "AU", name: "Australia", names: [], demonyms: ["Australian"] }, { code: "HU", name: "Hungary", names: [], demonyms: [] }], commonWords: new Set(["nice"]), hand, sources: {} });

describe("the reduction of the gazetteer packages", () => {
  it("keeps places of 5,000 people or more, and seats of government of any size", () => {
    const index = reduce([place("Big Harbour", "AU", 90000), place("Small Creek", "AU", 800), place("Tiny Seat", "AU", 300, "PPLA2"), place("Old Town Quarter", "AU", 90000, "PPLX")]);
    expect(index.cities.map((l) => l.split("\t")[1])).toEqual(["Big Harbour", "Tiny Seat"]);
  });

  it("gives the English name where the hand-kept list has one, and keeps the local one as a spelling", () => {
    const index = reduce([place("Városvár", "HU", 50000), place("Big Harbour", "AU", 90000)]);
    expect(index.cities).toContain("townsburg\tTownsburg\tHU\t50000\t");
    expect(index.spellings).toContain("Városvár\tTownsburg\tHU");
  });

  it("leaves out places named like a country, a demonym or a continent", () => {
    const index = reduce([place("Australia", "HU", 9000), place("Australian", "HU", 9000), place("Oceania", "AU", 9000), place("Big Harbour", "AU", 90000)]);
    expect(index.cities.map((l) => l.split("\t")[1])).toEqual(["Big Harbour"]);
  });

  it("marks a one-word name that is a common English word, and keeps three namesakes at most, likeliest first", () => {
    const index = reduce([place("Nice", "HU", 9000), place("Big Harbour", "AU", 90000), place("Big Harbour", "HU", 700000), place("Big Harbour", "US", 6000), place("Big Harbour", "GB", 5000)]);
    expect(index.cities.filter((l) => l.startsWith("big harbour\t")).map((l) => l.split("\t")[2])).toEqual(["HU", "AU", "US"]);
    expect(index.cities.find((l) => l.startsWith("nice\t"))).toMatch(/\tw$/);
  });

  it("fails on a hand-kept spelling of a place the gazetteer lacks", () => {
    expect(() => reduce([place("Small Creek", "AU", 9000)])).toThrow(/Big Harbour/);
  });

  it("drops the macrons and dots of scholarly romanisation, not the accents English keeps", () => {
    expect(withoutRomanisationMarks("Muzaffarābād")).toBe("Muzaffarabad");
    expect(withoutRomanisationMarks("Brasília")).toBe("Brasília");
  });

  it("is what the committed index holds (run `npm run gazetteer` after updating a package or place-names.json)", () => {
    expect(readFileSync(GENERATED_PATH, "utf8")).toBe(formatIndex(gazetteerFromPackages()));
  }, 30_000);
});

describe("the city look-up", () => {
  it("ignores case, accents, dots, apostrophes and hyphens", () => {
    expect(placeKey("SÃO PAULO")).toBe(placeKey("Sao Paulo"));
    expect(placeKey("Sharm el-Sheikh")).toBe(placeKey("Sharm El Sheikh"));
    expect(cityNamed("BRASILIA")?.name).toBe("Brasília");
  });

  it("knows any city under its usual English name, with its country", () => {
    expect(cityNamed("Addis Ababa")).toMatchObject({ name: "Addis Ababa", country: "Ethiopia", capital: true });
    expect(cityNamed("Riyadh")).toMatchObject({ country: "Saudi Arabia" });
    expect(cityNamed("Washington")).toMatchObject({ name: "Washington", country: "United States" });
    expect(cityNamed("Genève")?.name).toBe("Geneva");
  });

  it("knows the short forms and former names the hand-kept list gives", () => {
    expect(cityNamed("Addis")?.name).toBe("Addis Ababa");
    expect(cityNamed("Dar")?.name).toBe("Dar es Salaam");
    expect(cityNamed("KL")?.name).toBe("Kuala Lumpur");
    expect(cityNamed("Rio")?.name).toBe("Rio de Janeiro");
    expect(cityNamed("Bangalore")?.name).toBe("Bengaluru");
  });

  it("prefers the namesake in the country asked for", () => {
    expect(cityNamed("Hyderabad", "PK")?.country).toBe("Pakistan");
    expect(cityNamed("Hyderabad")?.country).toBe("India");
  });

  it("counts a place known without context only when it is a capital, a big city not named like a word, or hand-spelled", () => {
    expect(knownCity("ISLAMABAD")).toBe("Islamabad");
    expect(knownCity("Male")).toBe("Male");
    expect(knownCity("Of")).toBeNull();
    expect(knownCity("Nice")).toBeNull();
    expect(knownCity("Pindi")).toBe("Rawalpindi");
  });
});
