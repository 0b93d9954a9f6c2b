import { describe, expect, it } from "vitest";
import { extractLocation, meetingPlace } from "../src/extract/location.ts";

const place = (text: string, dateline: string | null = null) => extractLocation(text, dateline).location;

describe("any city of the world, under its usual English name", () => {
  it.each([
    ["The minister received the chairman at her office in Dar es Salaam.", "Dar es Salaam"],
    ["The minister received the investor at his office in Putrajaya.", "Putrajaya"],
    ["The delegation called on the secretary at the ministry in Pasay City yesterday.", "Pasay"],
    ["The minister met the envoy in Addis on Tuesday.", "Addis Ababa"],
    ["The two sides held talks in KL on Monday.", "Kuala Lumpur"],
    ["The minister met investors in Rio on Friday.", "Rio de Janeiro"],
    ["The ministers met in Sao Paulo.", "São Paulo"],
    ["The ministers met in Nairobi's Gigiri district.", "Nairobi"],
    ["The ministers met at the Kigali Convention Centre.", "Kigali"],
    ["The two ministers met in Nice on Monday.", "Nice"],
    ["The envoys met in Nigeria's capital, Abuja, on Monday.", "Abuja"],
    ["The envoys met in the Kenyan capital Nairobi.", "Nairobi"],
    ["In Cairo, the foreign minister received his Jordanian counterpart on Sunday.", "Cairo"],
    ["The president received on Sunday in Cairo US Central Command chief General Ada Brill.", "Cairo"],
    ["The minister met in Doha Qatari officials of the energy ministry.", "Doha"],
    ["“At Davos, the two ministers held talks on trade,” the statement said.", "Davos"],
  ])("%j → %s", (text, city) => {
    expect(place(text)).toBe(city);
  });

  it("comes with its country", () => {
    expect(extractLocation("The ministers met in Riyadh.", null)).toMatchObject({ location: "Riyadh", country: "Saudi Arabia" });
  });

  it("reads a namesake in the dateline's country", () => {
    expect(extractLocation("KARACHI, March 3 (APP): The minister met the traders in Hyderabad.", "KARACHI, March 3 (APP)").country).toBe("Pakistan");
  });
});

describe("a sentence that opens with a place", () => {
  it("gives it only at the start, and not when it dates another meeting", () => {
    expect(place("The Minister In Charge met the envoy on Monday.")).toBeNull();
    expect(place("In Cairo last year, the two ministers met for the first time.")).toBeNull();
  });
});

describe("a place inside another name is not the venue", () => {
  it.each([
    "The ministers met to review the Nairobi Convention.",
    "The minister met the envoy at the Nairobi Convention secretariat.",
    "The two sides met and discussed the Paris Club talks.",
    "The minister met the head of the Abu Dhabi-based fund.",
    "The ministers met at the Dar es Salaam Declaration review.",
    "Minister Ilse Varga spoke to the Jakarta Post after meeting the envoy.",
    "The minister met the editor of the Kyiv Independent.",
  ])("%j", (text) => {
    expect(place(text)).toBeNull();
  });

  it("'based' right before a place makes it another's; further back it does not", () => {
    expect(place("The minister met representatives of firms based in Dubai.")).toBeNull();
    expect(place("The minister received the head of the Abu Dhabi-based fund at his office in Putrajaya.")).toBe("Putrajaya");
  });

  it("'at his offices in' a city is where the meeting was, not where a firm has offices", () => {
    expect(place("The secretary hosted the ambassador at his Harbour Road offices in Nairobi on Monday.")).toBe("Nairobi");
    expect(place("The minister met representatives of firms with offices in Lagos.")).toBeNull();
  });
});

describe("a region, a person or a common word is not a meeting place", () => {
  it.each([
    "The minister met the envoy in Western Cape.",
    "The delegation met farmers in Atacama.",
    "The minister met the governor in Sabah.",
    "The ministers met in Silesia.",
    "The minister received a proposal for a refinery in Kigoma Region.",
    "The two ministers met in Of on Monday.",
    "The envoy met the minister at Victoria Okafor's residence.",
    "The delegates met at Independence Hall on Monday.",
  ])("%j", (text) => {
    expect(place(text)).toBeNull();
  });
});

describe("places of other times do not count", () => {
  it.each([
    "The minister met the envoy; the joint commission last met in Abuja in 2023.",
    "Minister Teo Varsan recalled his previous meeting with the envoy in Buenos Aires in March 2024.",
    "Minister Teo Varsan said the envoys may meet again in Lisbon.",
  ])("%j", (text) => {
    expect(place(text, "RABAT")).toBe("Rabat");
  });

  it("the month May in a dated dateline is no 'may' of another time", () => {
    expect(place("ACCRA, May 12 (Reuters) - Minister Teo Varsan met Envoy Ada Brill in Lisbon on Monday.", "ACCRA")).toBe("Lisbon");
    expect(place("ACCRA, May 12 - Minister Teo Varsan, on a two-day visit to Lisbon, called on Envoy Ada Brill.", "ACCRA")).toBe("Lisbon");
  });
});

describe("a meeting put in another country than the dateline's", () => {
  it("is not placed in the dateline's city", () => {
    const text = "ISLAMABAD: The minister met her counterpart in Japan on Monday.";
    expect(meetingPlace(text, "ISLAMABAD", [{ text, start: 0 }], false)).toMatchObject({ location: null, basis: "none" });
  });

  it("in the dateline's own country is", () => {
    const text = "ISLAMABAD: The minister met the governors in Pakistan's capital on Monday.";
    expect(meetingPlace(text, "ISLAMABAD", [{ text, start: 0 }], false)).toMatchObject({ location: "Islamabad", basis: "dateline" });
  });
});

describe("bounded cost", () => {
  it("stays linear on a long sentence full of places it must reject", () => {
    const time = (n: number) => {
      // Every place is rejected ("this year" after it), and each one is first weighed against the words before it.
      const text = "The minister met the envoy " + "in Karachi this year, ".repeat(n) + "and in Lahore Region.";
      const t0 = performance.now();
      extractLocation(text, null);
      return performance.now() - t0;
    };
    time(500);
    const small = Math.max(time(2000), 1);
    const large = time(8000);
    expect(large).toBeLessThan(small * 16); // four times the text; quadratic work would be sixteen times
  });
});
