import { describe, expect, it } from "vitest";
import { countryNamed, countryOf, countryOfCity, countryOfDemonym, countryOfRegion } from "../src/extract/places/countries.ts";

describe("countries by name, other name, demonym, region and city", () => {
  it.each([
    ["Nigerian", "Nigeria"],
    ["Emirati", "United Arab Emirates"],
    ["South Korean", "South Korea"],
    ["USA", "United States"],
    ["the Netherlands", "Netherlands"],
    ["Viet Nam", "Vietnam"],
    ["Russian Federation", "Russia"],
    ["KSA", "Saudi Arabia"],
    ["Addis Ababa", "Ethiopia"],
    ["KL", "Malaysia"],
    ["Genève", "Switzerland"],
  ])("%j → %s", (word, country) => {
    expect(countryOf(word)).toBe(country);
  });

  it("keeps each look-up to its kind", () => {
    expect(countryNamed("Nigerian")).toBeNull();
    expect(countryOfDemonym("Nigeria")).toBeNull();
    expect(countryOfCity("Nigeria")).toBeNull();
    expect(countryOfRegion("Sindh")).toBe("Pakistan");
  });

  it("reads the demonym package's phrases as demonyms and leaves out its errors", () => {
    expect(countryOfDemonym("Tobagonian")).toBe("Trinidad and Tobago");
    expect(countryOfDemonym("Welsh")).toBeNull();
    expect(countryNamed("The Gambia")).toBe("Gambia");
  });

  it("knows nothing of a word that is none of these", () => {
    expect(countryOf("Minister")).toBeNull();
  });
});
