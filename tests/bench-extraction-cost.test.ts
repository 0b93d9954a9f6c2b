// The benchmark's search for the costliest text measures every named adversarial text, a line
// with no full stop and the random mixes asked for, and names the worst of them by each measure.
import { describe, expect, it } from "vitest";
import { ADVERSARIAL_UNITS } from "../src/bench/adversarial-texts.ts";
import { findWorstCase } from "../src/bench/extraction-cost.ts";
import { formatWorstCase } from "../src/bench/worst-case-report.ts";

describe("findWorstCase", () => {
  const worst = findWorstCase({ bytes: 1024, randomMixes: 3, seed: 5 });

  it("measures each adversarial text at two sizes, the larger about four times the smaller", () => {
    const kinds = worst.cases.map((c) => c.kind);
    expect(kinds).toEqual(expect.arrayContaining([...Object.keys(ADVERSARIAL_UNITS), "one line with no full stop"]));
    expect(kinds.filter((k) => k.startsWith("random mix")).length).toBeGreaterThan(0);
    for (const c of worst.cases) expect(c.sizeRatio).toBeCloseTo(4, 1);
  });

  it("names the case with the highest cost per kilobyte and the one that grows fastest", () => {
    const maxPerKb = Math.max(...worst.cases.map((c) => c.large.msPerKb));
    expect(worst.byCostPerKb.large.msPerKb).toBe(maxPerKb);
    const maxGrowth = Math.max(...worst.cases.map((c) => c.growth / c.sizeRatio));
    expect(worst.byGrowth.growth / worst.byGrowth.sizeRatio).toBe(maxGrowth);
    expect(formatWorstCase(worst)).toContain(`highest cost: ${worst.byCostPerKb.kind}`);
  });

  it("measures the fastest-growing case again at four times its sizes, where noise weighs less", () => {
    expect(worst.byGrowthAtLargerSize.kind).toBe(worst.byGrowth.kind);
    // Each text is whole repetitions of its unit, so its sizes are rounded to units: a random mix's
    // units run to tens of bytes, and at 1 KB that moves the ratio by a few per cent.
    const ratio = worst.byGrowthAtLargerSize.small.bytes / worst.byGrowth.small.bytes;
    expect(ratio).toBeGreaterThan(3.6);
    expect(ratio).toBeLessThan(4.4);
    expect(formatWorstCase(worst)).toContain(`the same at four times the size: ${worst.byGrowth.kind}`);
  });
});
