import { describe, expect, it } from "vitest";
import { extractLocation } from "../src/extract/location.ts";
import { isCallSentence } from "../src/extract/places/calls.ts";

describe("a telephone or video call", () => {
  it.each([
    "The minister held a telephone conversation with her counterpart.",
    "The two ministers spoke by phone on Monday.",
    "The minister held a video call with the envoy.",
    "The ministers met via videoconference.",
    "The two sides held a virtual meeting on Friday.",
    "The secretary had phone talks with the minister.",
    "The minister held talks with her counterpart by phone.",
  ])("%j", (text) => {
    expect(isCallSentence(text)).toBe(true);
  });

  it.each([
    "The minister met the envoy in Geneva.",
    "The minister gave the envoy her phone number.",
    "The minister received the ambassador, who conveyed a message from the telephone call of the two presidents.",
  ])("not %j", (text) => {
    expect(isCallSentence(text)).toBe(false);
  });

  it("has no place, even with a dateline or a city where one side sat", () => {
    const text = "GENEVA: The minister held a video call from Geneva with the foreign minister of Zalandia.";
    expect(extractLocation(text, "GENEVA")).toMatchObject({ location: null, country: null, basis: "call" });
  });
});
