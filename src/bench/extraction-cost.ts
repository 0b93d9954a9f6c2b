// What one text costs the extractor, end to end (ingest + extractRecord + the record schema),
// and the search for the worst text: each adversarial unit and random mixes, each measured at
// two sizes, so that both a high cost per kilobyte and a cost that grows faster than the text
// show.

import fc from "fast-check";
import { ingestFile } from "../ingest/index.ts";
import { extractRecord } from "../extract/index.ts";
import { parseRecord } from "../records/schema.ts";
import { ADVERSARIAL_UNITS, adversarialArticle, oneLongLine, repeatedText } from "./adversarial-texts.ts";

export interface TextCost {
  bytes: number;
  ms: number;
  msPerKb: number;
}

/**
 * Reads `text` as the seed file `source` would be read and validates the record it gives.
 * Throws what the extractor throws, or the schema's error naming the file.
 */
export function extractText(text: string, source = "adversarial.txt"): TextCost {
  const bytes = new TextEncoder().encode(text);
  const started = performance.now();
  const ingested = ingestFile(source, bytes);
  if (ingested.kind === "article") parseRecord(extractRecord(ingested.article), source);
  const ms = performance.now() - started;
  return { bytes: bytes.length, ms, msPerKb: ms / Math.max(1, bytes.length / 1024) };
}

export interface CaseCost {
  /** What the text is: an adversarial unit's name, or "random mix #n". */
  kind: string;
  /** The first characters of the repeated unit, to reproduce the case. */
  sample: string;
  small: TextCost;
  large: TextCost;
  /** Time of the large text over time of the small; the size ratio for linear growth. */
  growth: number;
  sizeRatio: number;
}

export interface WorstCase {
  cases: CaseCost[];
  byCostPerKb: CaseCost;
  byGrowth: CaseCost;
}

export interface WorstCaseOptions {
  /** Size of the smaller text of each case, in bytes; the larger is four times it. */
  bytes: number;
  /** Random mixes tried besides the named units. */
  randomMixes: number;
  seed: number;
}

/** The fastest of three runs: other work on the machine only ever adds time. */
function fastestOf3(text: string): TextCost {
  const runs = [extractText(text), extractText(text), extractText(text)];
  return runs.reduce((a, b) => (b.ms < a.ms ? b : a));
}

function measureCase(kind: string, sample: string, small: string, large: string): CaseCost {
  extractText(small.slice(0, 4096)); // warm the code paths this text takes
  const smallCost = fastestOf3(small);
  const largeCost = fastestOf3(large);
  return {
    kind,
    sample: sample.slice(0, 60),
    small: smallCost,
    large: largeCost,
    growth: largeCost.ms / Math.max(smallCost.ms, 0.01),
    sizeRatio: largeCost.bytes / smallCost.bytes,
  };
}

/** The larger text is the smaller four times over, so a linear cost grows exactly ×4. */
function repeatedCase(kind: string, unit: string, bytes: number): CaseCost {
  const small = repeatedText(unit, bytes);
  return measureCase(kind, unit, small, small.repeat(4));
}

/** Measures every adversarial unit, a book-long line and `randomMixes` random mixes. */
export function findWorstCase(options: WorstCaseOptions): WorstCase {
  const cases: CaseCost[] = Object.entries(ADVERSARIAL_UNITS).map(([kind, unit]) => repeatedCase(kind, unit, options.bytes));
  cases.push(measureCase("one line with no full stop", oneLongLine(60), oneLongLine(options.bytes), oneLongLine(options.bytes * 4)));
  const mixes = fc.sample(adversarialArticle(30), { numRuns: options.randomMixes, seed: options.seed });
  mixes.forEach((mix, i) => {
    if (mix.length > 0) cases.push(repeatedCase(`random mix #${i + 1}`, mix, options.bytes));
  });
  const worst = (score: (c: CaseCost) => number): CaseCost =>
    cases.reduce((a, b) => (score(b) > score(a) ? b : a));
  return {
    cases,
    byCostPerKb: worst((c) => c.large.msPerKb),
    byGrowth: worst((c) => c.growth / c.sizeRatio),
  };
}
