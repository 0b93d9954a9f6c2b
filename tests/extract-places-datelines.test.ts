import { describe, expect, it } from "vitest";
import { extractLocation } from "../src/extract/location.ts";
import { datelineFinding, datelinePlace } from "../src/extract/places/datelines.ts";
import { findDateline, readDateline } from "../src/ingest/article-meta.ts";

describe("datelines in agency forms", () => {
  it.each([
    ["Jakarta (ANTARA) - Minister Budi Lestaro received the investor.", "Jakarta (ANTARA)"],
    ["Hanoi (VNA) – Deputy Prime Minister Vu Thanh received the delegation.", "Hanoi (VNA)"],
    ["Addis Ababa, February 15/2025 (ENA) – The minister held talks.", "Addis Ababa, February 15/2025 (ENA)"],
    ["Riyadh, March 10, 2025, SPA -- The minister received the envoy.", "Riyadh, March 10, 2025, SPA"],
    ["Stellenbosch, March 3 (SAnews) - The minister met farmers.", "Stellenbosch, March 3 (SAnews)"],
    ["Abu Dhabi [UAE], June 4 (ANI/WAM): The minister received the envoy.", "Abu Dhabi [UAE], June 4 (ANI/WAM)"],
    ["MOSCOW, April 12. /TASS/. The ministers began talks.", "MOSCOW, April 12. /TASS/"],
    ["KUCHING, June 21 ― The minister paid a courtesy call.", "KUCHING, June 21"],
    ["BALI, Indonesia, July 23 (Yonhap) -- The ministers met.", "BALI, Indonesia, July 23 (Yonhap)"],
    ["ASTANA. KAZINFORM - The minister met the ambassador.", "ASTANA. KAZINFORM"],
    ["ASTANA. KAZINFORM The president held a meeting.", "ASTANA. KAZINFORM"],
  ])("%j", (text, dateline) => {
    expect(readDateline(text).dateline).toBe(dateline);
  });

  it("does not take a headline that starts with a country or a town named like a word for a dateline", () => {
    expect(readDateline("Pakistan - Zalandia trade talks open in the spring").dateline).toBeNull();
    expect(readDateline("Hope – a new start for the valley farmers").dateline).toBeNull();
  });

  it("reads the UN's own dateline", () => {
    expect(readDateline("United Nations, March 4 (UN News) - The Secretary-General met the envoy.").dateline).toBe("United Nations, March 4 (UN News)");
  });

  it("takes a government page's date line before the dateline", () => {
    const text = "Readout\n\nSeptember 16, 2025 - Ottawa, Ontario - Department of Trade\n\nToday, the minister met the secretary.";
    expect(findDateline(text).dateline).toBe("Ottawa, Ontario");
  });

  it("reads a dateline printed on a line of its own, and takes the line out of the text", () => {
    const found = findDateline("Baku, November 3, AZERTAC\n\nThe minister met the delegation of Zalandia.");
    expect(found).toMatchObject({ dateline: "Baku, November 3, AZERTAC", places: ["Baku"], text: "The minister met the delegation of Zalandia." });
    expect(findDateline("Kigali, 3 November 2025 (RBA)\n\nThe minister received the envoy.").dateline).toBe("Kigali, 3 November 2025 (RBA)");
  });

  it("takes the closing agency tag when no dateline opens the story", () => {
    const text = "The minister held talks with the envoy on Wednesday.\n\nThey discussed trade.\n\n(MAP-Rabat)";
    const found = findDateline(text);
    expect(found.dateline).toBe("(MAP-Rabat)");
    expect(datelinePlace(found.dateline)).toBe("Rabat");
    expect(datelineFinding(text, found.dateline)?.place.evidence).toEqual({ text: "(MAP-Rabat)", start: text.length - 11, end: text.length });
  });

  it("does not read an issuing office in a byline as a dateline", () => {
    expect(findDateline("Posted On: 12 MAR 2025 by PIB Delhi\n\nThe minister met the envoy.").dateline).toBeNull();
  });
});

describe("the dateline's city", () => {
  it.each([
    ["KARACHI, March 3 (APP)", "Karachi", "Pakistan"],
    ["Jakarta (ANTARA)", "Jakarta", "Indonesia"],
    ["(MAP-Rabat)", "Rabat", "Morocco"],
    ["TERMEZ, Uzbekistan", "Termez", "Uzbekistan"],
    ["BALI, Indonesia, July 23 (Yonhap)", "Bali", "Indonesia"],
    ["HYDERABAD, Sindh", "Hyderabad", "Pakistan"],
    ["Washington, D.C.", "Washington", "United States"],
    ["UNITED NATIONS, Dec 2 (Reuters)", "New York", "United States"],
    ["KUWAIT, Jan 3 (KUNA)", "Kuwait City", "Kuwait"],
    ["ASTANA. KAZINFORM", "Astana", "Kazakhstan"],
    ["Singapore, May 2", "Singapore", "Singapore"],
  ])("%j → %s, %s", (dateline, city, country) => {
    expect(datelineFinding(dateline, dateline)?.place).toMatchObject({ location: city, country, basis: "dateline" });
  });

  it("places a meeting whose sentences name no place", () => {
    const text = "Hanoi (VNA) – Deputy Prime Minister Vu Thanh received the chief executive of Korvel Industries on May 12.";
    expect(extractLocation(text, "Hanoi (VNA)")).toMatchObject({ location: "Hanoi", country: "Vietnam", basis: "dateline", evidence: { text: "Hanoi (VNA)", start: 0, end: 11 } });
  });
});
