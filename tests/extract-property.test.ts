// Any text at all, however hostile, gives a valid record in time proportional to its size: random
// mixes of forms of address, offices, capitals, commas, dots, dates, places and arbitrary
// characters, and long runs of each. The bound per kilobyte is some twenty times what real
// articles cost, far below what a look-ahead without limit costs on these texts (a text of
// repeated forms of address once took minutes).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ADVERSARIAL_UNITS, adversarialArticle, oneLongLine, repeatedText } from "../src/bench/adversarial-texts.ts";
import { extractText } from "../src/bench/extraction-cost.ts";

const MS_PER_KB = 20;
const withinBound = (cost: { bytes: number; ms: number }): boolean => cost.ms <= 200 + MS_PER_KB * (cost.bytes / 1024);

describe("extraction on any text", () => {
  it("gives a valid record for random mixes, in bounded time per kilobyte", () => {
    fc.assert(
      fc.property(adversarialArticle(80), (text) => {
        const cost = extractText(text);
        expect(withinBound(cost), `${cost.ms.toFixed(0)} ms for ${cost.bytes} bytes`).toBe(true);
      }),
      { numRuns: 150, seed: 20240303 },
    );
  });

  it("gives a valid record for random mixes repeated to 64 KB, in bounded time per kilobyte", () => {
    fc.assert(
      fc.property(adversarialArticle(20), (unit) => {
        const cost = extractText(repeatedText(unit, 64 * 1024));
        expect(withinBound(cost), `${cost.ms.toFixed(0)} ms for ${cost.bytes} bytes`).toBe(true);
      }),
      { numRuns: 15, seed: 7 },
    );
  });

  it.each(Object.entries(ADVERSARIAL_UNITS))("stays within the bound on 256 KB of %s", (_kind, unit) => {
    const cost = extractText(repeatedText(unit, 256 * 1024));
    expect(cost.msPerKb, `${cost.ms.toFixed(0)} ms for ${cost.bytes} bytes`).toBeLessThan(MS_PER_KB);
  });

  it("reads a 2 MB line with no full stop within the bound", () => {
    const cost = extractText(oneLongLine(2 * 1024 * 1024));
    expect(cost.msPerKb, `${cost.ms.toFixed(0)} ms`).toBeLessThan(MS_PER_KB);
  }, 120_000);
});
