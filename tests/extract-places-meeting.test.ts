import { describe, expect, it } from "vitest";
import { extractLocation, meetingPlace } from "../src/extract/location.ts";
import { sentences } from "../src/extract/sentences.ts";

const article = [
  "ISLAMABAD: The minister met the visiting envoy Rana Veltrop in Beijing on Monday.",
  "Later, the minister received the trade delegation of Korvel Industries at her office.",
  "On Tuesday she held a telephone conversation with the foreign minister of Zalandia.",
].join("\n\n");
const spans = sentences(article);

describe("the place of one meeting", () => {
  it("is the venue its sentences give, with the sentence as evidence", () => {
    const found = meetingPlace(article, "ISLAMABAD", [spans[0]!], false);
    expect(found).toMatchObject({ location: "Beijing", basis: "venue" });
    expect(found.evidence).toEqual({ text: spans[0]!.text, start: spans[0]!.start, end: spans[0]!.start + spans[0]!.text.length });
    expect(article.slice(found.evidence!.start, found.evidence!.end)).toBe(found.evidence!.text);
  });

  it("is the dateline's city when its sentences name no place, with the dateline as evidence", () => {
    const found = meetingPlace(article, "ISLAMABAD", [spans[1]!], false);
    expect(found).toMatchObject({ location: "Islamabad", basis: "dateline", evidence: { text: "ISLAMABAD", start: 0, end: 9 } });
  });

  it("is null for a telephone or video call, whatever the dateline says", () => {
    expect(meetingPlace(article, "ISLAMABAD", [spans[2]!], true)).toEqual({ location: null, country: null, evidence: null, basis: "call" });
  });

  it("is null when neither the sentences nor a dateline give a place", () => {
    expect(meetingPlace(article, null, [spans[1]!], false)).toMatchObject({ location: null, basis: "none", evidence: null });
  });
});

describe("the article's place", () => {
  it("is that of the first-reported meeting", () => {
    expect(extractLocation(article, "ISLAMABAD")).toMatchObject({ location: "Beijing", basis: "venue" });
  });

  it("is null when the first-reported meeting is a call", () => {
    const text = "KARACHI: The minister held a video call with the governor of Brenmark province on Monday.";
    expect(extractLocation(text, "KARACHI")).toMatchObject({ location: null, basis: "call" });
  });
});
