import { describe, expect, it } from "vitest";
import { makeHeadline, makeSummary } from "../src/extract/summary.ts";
import type { Official } from "../src/model.ts";

const person = (name: string, role: Official["role"] = "participant"): Official => ({ name, title: null, organization: null, country: null, role, evidence: null });

describe("the headline", () => {
  it("keeps a headline the article gives", () => {
    expect(makeHeadline("Ministers agree on fibre plan", [person("A B")], [], "")).toBe("Ministers agree on fibre plan");
  });

  it("is made from the two principals and the main topic", () => {
    expect(makeHeadline(null, [person("Amna Tariq"), person("Lars Holm"), person("Bilal Shah", "attendee")], ["Energy"], "")).toBe(
      "Amna Tariq and Lars Holm discuss energy",
    );
    expect(makeHeadline(null, [person("Amna Tariq"), person("Lars Holm")], [], "")).toBe("Amna Tariq meets Lars Holm");
  });

  it("keeps the capitals of acronyms and names in the topic", () => {
    expect(makeHeadline(null, [person("A One"), person("B Two")], ["IT exports and freelancers"], "")).toBe("A One and B Two discuss IT exports and freelancers");
    expect(makeHeadline(null, [person("A One"), person("B Two")], ["China-Pakistan Economic Corridor"], "")).toBe(
      "A One and B Two discuss China-Pakistan Economic Corridor",
    );
  });

  it("lists three principals", () => {
    expect(makeHeadline(null, [person("A One"), person("B Two"), person("C Three")], [], "")).toBe("A One, B Two and C Three meet");
  });

  it("falls back to the lead sentence when nobody is named", () => {
    expect(makeHeadline(null, [], [], "A delegation met officials of the ministry. They talked.")).toBe("A delegation met officials of the ministry");
    expect(makeHeadline(null, [], [], "KARACHI: A delegation met the traders.", "KARACHI")).toBe("A delegation met the traders");
  });
});

describe("the summary", () => {
  it("is the lead sentence without the dateline, with the next one when the first is short", () => {
    const text = "LAHORE: The minister met the envoy. They discussed wind power.\n\nA later paragraph.";
    expect(makeSummary(text, "LAHORE")).toBe("The minister met the envoy. They discussed wind power.");
  });

  it("does not split at abbreviations and initials", () => {
    const text = "The minister met H.E. Dr. Faisal Al-Mutairi and Daniel R. Whitcomb in the capital to discuss data centres and cloud services for the public sector and its agencies. Next sentence.";
    expect(makeSummary(text, null)).toBe(text.replace(" Next sentence.", ""));
  });

  it("ends an Urdu lead at the Urdu full stop", () => {
    const first = `وزیر نے ${"سفیر سے تفصیلی ".repeat(12)}ملاقات کی۔`;
    expect(makeSummary(`${first}دوسرا جملہ یہاں ہے۔`, null)).toBe(first);
  });

  it("is shortened at a word boundary when very long", () => {
    const summary = makeSummary(`${"word ".repeat(200)}end.`, null);
    expect(summary.length).toBeLessThanOrEqual(420);
    expect(summary.endsWith("word…")).toBe(true);
  });
});
