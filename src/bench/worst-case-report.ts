// The benchmark's section on hostile text: which adversarial text costs most per kilobyte, and
// which grows fastest when the text is made four times longer (linear growth is ×4).

import type { CaseCost, WorstCase } from "./extraction-cost.ts";

const describeCase = (c: CaseCost): string =>
  `${c.kind} ("${c.sample.trim().slice(0, 40)}"): ${c.large.msPerKb.toFixed(2)} ms/KB at ${Math.round(c.large.bytes / 1024)} KB, ` +
  `×${c.growth.toFixed(1)} time for ×${c.sizeRatio.toFixed(1)} text`;

export function formatWorstCase(w: WorstCase): string {
  return [
    `extraction on ${w.cases.length} adversarial texts (runs of forms of address, offices, capitals, commas, dots, a line with no full stop, random mixes):`,
    `  highest cost: ${describeCase(w.byCostPerKb)}`,
    `  fastest growth: ${describeCase(w.byGrowth)}`,
    `  the same at four times the size: ${describeCase(w.byGrowthAtLargerSize)}`,
  ].join("\n");
}

/** The figures of the two worst cases, for the JSON results. */
export function worstCaseSummary(w: WorstCase): Record<string, unknown> {
  const figures = (c: CaseCost) => ({
    kind: c.kind,
    sample: c.sample,
    bytes: c.large.bytes,
    msPerKb: c.large.msPerKb,
    growth: c.growth,
    sizeRatio: c.sizeRatio,
  });
  return {
    cases: w.cases.length,
    highestCost: figures(w.byCostPerKb),
    fastestGrowth: figures(w.byGrowth),
    fastestGrowthAtLargerSize: figures(w.byGrowthAtLargerSize),
  };
}
