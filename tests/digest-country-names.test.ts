import { describe, expect, it } from "vitest";
import { countriesInTitle, countryOf } from "../src/digest/country-names.ts";

describe("countryOf", () => {
  it("gives the lexicon's name for aliases and long official forms", () => {
    expect(countryOf("U.S.")).toBe("United States");
    expect(countryOf("United States of America")).toBe("United States");
    expect(countryOf("the Republic of Korea")).toBe("South Korea");
    expect(countryOf("Kingdom of Thailand")).toBe("Thailand");
    expect(countryOf("Atlantis")).toBeNull();
  });
});

describe("countriesInTitle", () => {
  it("reads a demonym as the official's own country and 'to X' as the posting", () => {
    expect(countriesInTitle("Kenyan High Commissioner to Pakistan")).toEqual({ own: ["Kenya"], posted: ["Pakistan"] });
    expect(countriesInTitle("Ambassador of the Republic of the Philippines to Japan")).toEqual({ own: ["Philippines"], posted: ["Japan"] });
  });
  it("takes 'of X' and 'X's' as the own country", () => {
    expect(countriesInTitle("Minister for Foreign Affairs of Japan").own).toEqual(["Japan"]);
    expect(countriesInTitle("deputy head of Afghanistan's Railway Authority").own).toEqual(["Afghanistan"]);
  });
  it("treats a list after 'for' as postings", () => {
    expect(countriesInTitle("Country Director for Ethiopia, Kenya and Tanzania")).toEqual({ own: [], posted: ["Ethiopia", "Kenya", "Tanzania"] });
  });
  it("does not read 'North America' as the United States, nor 'us' as US", () => {
    expect(countriesInTitle("Secretary for Europe and North America")).toEqual({ own: [], posted: [] });
    expect(countriesInTitle("adviser to us all")).toEqual({ own: [], posted: [] });
  });
});
