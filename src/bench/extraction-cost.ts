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
  /**
   * The fastest-growing case measured again at four times its sizes. The fastest of many growth
   * ratios is biased upwards by timer and collector noise on small texts; a ratio that stays
   * high at larger sizes is real.
   */
  byGrowthAtLargerSize: CaseCost;
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

/** A text of `bytes` bytes and the same text four times over, so a linear cost grows exactly ×4. */
type CaseTexts = (bytes: number) => [small: string, large: string];

const repeated = (unit: string): CaseTexts => (bytes) => {
  const small = repeatedText(unit, bytes);
  return [small, small.repeat(4)];
};

const longLine: CaseTexts = (bytes) => [oneLongLine(bytes), oneLongLine(bytes * 4)];

/** Measures every adversarial unit, a book-long line and `randomMixes` random mixes. */
export function findWorstCase(options: WorstCaseOptions): WorstCase {
  const kinds: [kind: string, sample: string, texts: CaseTexts][] = Object.entries(ADVERSARIAL_UNITS).map(
    ([kind, unit]) => [kind, unit, repeated(unit)],
  );
  kinds.push(["one line with no full stop", oneLongLine(60), longLine]);
  const mixes = fc.sample(adversarialArticle(30), { numRuns: options.randomMixes, seed: options.seed });
  mixes.forEach((mix, i) => {
    if (mix.length > 0) kinds.push([`random mix #${i + 1}`, mix, repeated(mix)]);
  });
  const measure = ([kind, sample, texts]: (typeof kinds)[number], bytes: number): CaseCost =>
    measureCase(kind, sample, ...texts(bytes));
  const cases = kinds.map((k) => measure(k, options.bytes));
  const worstIndex = (score: (c: CaseCost) => number): number =>
    cases.reduce((best, c, i) => (score(c) > score(cases[best] as CaseCost) ? i : best), 0);
  const growthIndex = worstIndex((c) => c.growth / c.sizeRatio);
  return {
    cases,
    byCostPerKb: cases[worstIndex((c) => c.large.msPerKb)] as CaseCost,
    byGrowth: cases[growthIndex] as CaseCost,
    byGrowthAtLargerSize: measure(kinds[growthIndex] as (typeof kinds)[number], options.bytes * 4),
  };
}
