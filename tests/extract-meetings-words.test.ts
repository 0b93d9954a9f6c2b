// The words a sentence must have before a family of cues is looked for in it. Every text is
// invented for the test.
import { describe, expect, it } from "vitest";
import { has, wordsOf } from "../src/extract/meetings/words.ts";

describe("the families of cue words a sentence has", () => {
  it.each([
    ["Minister Ada Brill co-chaired the session.", "event"],
    ["Minister Ada Brill cochaired the session.", "event"],
    ["They spoke via videolink on Monday.", "call"],
    ["Envoy Tomas Vell was also present.", "attendBefore"],
    ["The delegation was led by Governor Ina Roe.", "ledBy"],
    ["She attended both meetings.", "scope"],
    ["In the Morning the two met.", "clock"],
  ] as const)("%j has words of %s", (text, family) => {
    expect(has(wordsOf(text), family)).toBe(true);
  });

  it("finds no family in a sentence of none of their words", () => {
    const words = wordsOf("Exports of tea grew by a fifth.");
    for (const family of ["event", "call", "ledBy", "scope", "series", "attendAfter"] as const) expect(has(words, family)).toBe(false);
  });

  it("reads words whole: 'metal' is not 'met', 'sidewalk' not 'side'", () => {
    const words = wordsOf("The metal sidewalk was phonetic.");
    expect(has(words, "event")).toBe(false);
    expect(has(words, "delegation")).toBe(false);
    expect(has(words, "call")).toBe(false);
  });
});
