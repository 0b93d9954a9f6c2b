// Generated people for the benchmark corpus. Names are built from syllables, not taken from any
// list of real people, and every person keeps one spelling everywhere, so the number of distinct
// people in a generated corpus is known in advance (about one per two articles).

import { createPrng, seedFrom, type Prng } from "./prng.ts";

/** How a name is written in a template article: kept parts ("Syed", "bin", "R.") and word slots ("W"). */
export type NameShape = string;

const ONSETS = ["b", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "kh", "th", "br", "tr"];
const VOWELS = ["a", "e", "i", "o", "u", "a", "i", "aa", "ei"];
const CODAS = ["", "", "", "n", "r", "m", "l", "s", "d", "k"];

function syllable(rng: Prng): string {
  return rng.pick(ONSETS) + rng.pick(VOWELS);
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A pronounceable capitalised word of 2 or 3 syllables that is not in `avoid` (lower case). */
export function generateNameWord(rng: Prng, avoid: ReadonlySet<string>): string {
  for (;;) {
    const syllables = 2 + (rng.next() < 0.35 ? 1 : 0);
    let word = "";
    for (let i = 0; i < syllables; i++) word += syllable(rng);
    word += rng.pick(CODAS);
    if (word.length >= 4 && !avoid.has(word)) return capitalise(word);
  }
}

/** One generated person: a word for each "W" slot of the shape it was made for. */
export interface GeneratedPerson {
  shape: NameShape;
  words: string[];
}

/**
 * For each shape, `size` people whose word sequences are all different (also across shapes).
 * Words come from shared given-name and surname stocks so surnames repeat across people, as in life.
 */
export function generatePools(
  sizes: ReadonlyMap<NameShape, number>,
  avoid: ReadonlySet<string>,
  seed: string,
): Map<NameShape, GeneratedPerson[]> {
  const rng = createPrng(seedFrom(`stock:${seed}`));
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  // Stocks a bit smaller than the number of people, so full names are unique but parts recur.
  const stockSize = Math.max(50, Math.ceil(Math.sqrt(total) * 8));
  const used = new Set<string>(avoid);
  const stock = (): string[] =>
    Array.from({ length: stockSize }, () => {
      const word = generateNameWord(rng, used);
      used.add(word.toLowerCase());
      return word;
    });
  const given = stock();
  const surnames = stock();
  const seen = new Set<string>();
  const pools = new Map<NameShape, GeneratedPerson[]>();
  for (const [shape, size] of [...sizes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const slots = shape.split(" ").filter((part) => part.endsWith("W")).length;
    const people: GeneratedPerson[] = [];
    const shapeRng = createPrng(seedFrom(`pool:${seed}:${shape}`));
    while (people.length < size) {
      const words = Array.from({ length: slots }, (_, i) =>
        i === slots - 1 && slots > 1 ? shapeRng.pick(surnames) : shapeRng.pick(given),
      );
      const key = `${shape}|${words.join(" ")}`;
      if (new Set(words).size !== words.length || seen.has(key)) continue;
      seen.add(key);
      people.push({ shape, words });
    }
    pools.set(shape, people);
  }
  return pools;
}
