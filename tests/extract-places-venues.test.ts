import { describe, expect, it } from "vitest";
import { extractLocation } from "../src/extract/location.ts";
import { venuesIn } from "../src/extract/places/venues.ts";

const place = (text: string, dateline: string | null = null) => extractLocation(text, dateline);

describe("a named seat of government or landmark gives its city", () => {
  it.each([
    ["Minister Odalys Brenner received her counterpart at the Itamaraty Palace on Tuesday.", "Brasília", "Brazil"],
    ["Commissioner Tavi Morland met the minister at the Berlaymont.", "Brussels", "Belgium"],
    ["The minister held a working dinner at the Iikura Guest House with Secretary Pell Ardent.", "Tokyo", "Japan"],
    ["Minister Zola Nkwe hosted the visiting minister at the Union Buildings.", "Pretoria", "South Africa"],
    ["President Ferran Olque received the envoy at the Élysée Palace.", "Paris", "France"],
    ["The two leaders held talks in the Kremlin on Monday.", "Moscow", "Russia"],
    ["Premier Dan Weiyu met the delegation at Zhongnanhai.", "Beijing", "China"],
    ["The President received the governor at Aiwan-e-Sadr on Friday.", "Islamabad", "Pakistan"],
    ["The President received the envoy at Rashtrapati Bhavan.", "New Delhi", "India"],
    ["The Secretary met the envoy at the White House.", "Washington", "United States"],
    ["The Prime Minister hosted the chancellor at Downing Street.", "London", "United Kingdom"],
    ["The commissioner met the deputy chairperson at the African Union headquarters.", "Addis Ababa", "Ethiopia"],
    ["Foreign Minister Ilse Varga received her counterpart at the San Martín Palace on Monday.", "Buenos Aires", "Argentina"],
    ["The two presidents met at the Miraflores Palace on Tuesday.", "Caracas", "Venezuela"],
  ])("%j → %s", (text, city, country) => {
    expect(place(text, "LAHORE")).toMatchObject({ location: city, country, basis: "venue" });
  });

  it("wins over the dateline, and keeps the sentence as evidence", () => {
    const text = "LAGOS: Minister Ebun Adeyemi met the envoy at the Berlaymont on Monday.";
    const found = place(text, "LAGOS");
    expect(found.location).toBe("Brussels");
    expect(found.evidence).toEqual({ text, start: 0, end: text.length });
  });

  it("gives way to a city written straight after it", () => {
    expect(place("The envoy met the minister at the UN headquarters in Geneva.").location).toBe("Geneva");
  });

  it("places nothing when it is the government speaking, not a place", () => {
    expect(place("The White House said the envoy met the minister.").location).toBeNull();
    expect(place("The minister met the Permanent Representative to the UN headquarters staff union.").location).toBeNull();
    expect(place("A Kremlin spokesman said the ministers met.").location).toBeNull();
  });

  it("an unknown building gives no city, and the dateline stays", () => {
    expect(place("The envoy met the minister at the Zorvan Palace.")).toMatchObject({ location: null, basis: "none" });
    // Named like a town, but palaces, houses and halls are named after people more often than after towns.
    expect(place("The envoy met the minister at the Toledo Hall.")).toMatchObject({ location: null, basis: "none" });
    expect(place("The ministers met at the Kigali Convention Centre.")).toMatchObject({ location: "Kigali", basis: "venue" });
    expect(place("KARACHI: The envoy met the minister at the ministry's headquarters.", "KARACHI")).toMatchObject({ location: "Karachi", basis: "dateline" });
  });
});

describe("a gathering always held in one city gives that city", () => {
  it.each([
    ["KARACHI: The prime minister met President Ilo Varne on the sidelines of the 80th session of the UN General Assembly.", "New York"],
    ["The minister met her counterpart at the Munich Security Conference.", "Munich"],
    ["The two ministers met on the margins of the Shangri-La Dialogue.", "Singapore"],
  ])("%j → %s", (text, city) => {
    expect(place(text, "KARACHI")).toMatchObject({ location: city, basis: "venue" });
  });

  it("not when it is still to come", () => {
    expect(place("KARACHI: The minister met the envoy and will attend the Doha Forum next month.", "KARACHI")).toMatchObject({ location: "Karachi", basis: "dateline" });
  });
});

describe("the venue list", () => {
  it("matches names as written, with their offsets", () => {
    const text = "The talks were held at the Palacio San Martín.";
    const [v] = venuesIn(text);
    expect(v).toMatchObject({ name: "Palacio San Martín", city: { name: "Buenos Aires" } });
    expect(text.slice(v!.start, v!.end)).toBe("Palacio San Martín");
  });

  it("reads the longest name first", () => {
    expect(venuesIn("The ministers met at the Itamaraty Palace.")[0]?.name).toBe("Itamaraty Palace");
  });
});
