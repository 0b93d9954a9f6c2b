import { describe, expect, it } from "vitest";
import { datelinePlace, extractLocation } from "../src/extract/location.ts";

describe("the venue named in the text", () => {
  it.each([
    ["The minister held talks in Geneva with the envoy.", "Geneva"],
    ["The ministers met at the Foreign Office in London on Monday.", "London"],
    ["She met her counterpart on the sidelines of the climate summit in Riyadh.", "Riyadh"],
    ["The minister, on a visit to China, met the vice minister in Beijing.", "Beijing"],
    ["The envoy met the minister in the Saudi capital Riyadh.", "Riyadh"],
    ["The two sides met in NEW YORK on Friday.", "New York"],
    ["The minister met the envoy to discuss trade on the sidelines of the summit in Baku.", "Baku"],
    ["The meeting was held at the Authority's Headquarters, Islamabad, on Monday.", "Islamabad"],
    ["The two ministers met at ICT Tower, Agargaon, Dhaka on Sunday.", "Dhaka"],
  ])("%j → %s", (text, city) => {
    expect(extractLocation(text, null)).toMatchObject({ location: city, basis: "venue" });
  });

  it("wins over the dateline", () => {
    expect(extractLocation("ISLAMABAD: The minister met the vice minister in Beijing on Tuesday.", "ISLAMABAD")).toMatchObject({ location: "Beijing", basis: "venue" });
  });

  it("reads a city written straight after a building, with or without a comma", () => {
    expect(extractLocation("The minister called on the governor at Governor House Lahore on Monday.", "KARACHI")).toMatchObject({ location: "Lahore" });
    expect(extractLocation("The minister met the envoy at PTA Headquarters, Islamabad.", "KARACHI")).toMatchObject({ location: "Islamabad" });
  });

  it("normalises another spelling to the usual English name", () => {
    expect(extractLocation("The ministers met in Bangalore.", null).location).toBe("Bengaluru");
  });

  it("counts a visit to a city as the place of a meeting held there", () => {
    expect(extractLocation("The minister, on a two-day visit to Karachi, met the traders.", null).location).toBe("Karachi");
    expect(extractLocation("The minister, who visited Baku this week, met the governor.", null).location).toBe("Baku");
  });
});

describe("places of other events do not count", () => {
  it.each([
    "The minister met the envoy and said a workshop would be held in Lahore later this year.",
    "The secretary met the ambassador. They agreed to hold the next round in Beijing.",
    "The minister met representatives of firms based in Dubai.",
    "The minister met the envoy, who invited her to a forum in Nairobi next month.",
    "The minister met the mayor and discussed flood relief in Karachi.",
    "The minister extended an invitation to the envoy for visiting the party office in Karachi.",
  ])("%j", (text) => {
    expect(extractLocation(text, null)).toMatchObject({ location: null, basis: "none" });
  });

  it("ignores a city in a sentence that is not about the meeting", () => {
    expect(extractLocation("The minister met the envoy.\nGame studios in Lahore are growing.", "KARACHI").location).toBe("Karachi");
  });
});

describe("the dateline", () => {
  it.each([
    ["ISLAMABAD", "Islamabad"],
    ["KARACHI, March 3 (APP)", "Karachi"],
    ["LAHORE, Nov 14 (APP)", "Lahore"],
    ["Lahore/Karachi", "Lahore"],
    ["NEW DELHI", "New Delhi"],
    ["MUZAFFARGARH", "Muzaffargarh"],
    ["اسلام آباد۔(نمائندہ خصوصی )", "Islamabad"],
  ])("%j → %s", (dateline, city) => {
    expect(datelinePlace(dateline)).toBe(city);
  });

  it("is used when the text names no venue, and null when there is neither", () => {
    expect(extractLocation("KARACHI: The minister met the traders here.", "KARACHI")).toMatchObject({ location: "Karachi", basis: "dateline" });
    expect(extractLocation("The minister met the traders.", null)).toMatchObject({ location: null, basis: "none" });
  });
});
