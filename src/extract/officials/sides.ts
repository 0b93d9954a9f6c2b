// The side a person speaks for, when the article names it before them rather than in their office:
//   "the Indian side was led by X", "the Afghan delegation by X", "From the Indian side, X ...",
//   "The Bangladesh delegation was led by ... X".
import type { Token } from "./tokens.ts";
import * as lexicon from "./lexicon.ts";
// Imported bindings are read through accessors once transpiled; the hot loops below use local copies.
const { countryAt } = lexicon;

const SIDES = new Set(["side", "delegation", "team", "contingent", "party"]);
/** How far before a mention the side may be named: "the Indian side was led by Shri". */
const SIDE_WINDOW = 8;

/** The country of the side named just before the mention starting at `start` in its sentence, or null. */
export function sideCountry(tokens: Token[], start: number): string | null {
  const sent = tokens[start]?.sent;
  for (let k = start - 1; k >= 0 && k >= start - SIDE_WINDOW; k--) {
    const t = tokens[k]!;
    // "From the Indian side, Shri X": the comma right before the person is no boundary.
    if (t.sent !== sent || (t.text === "," && k < start - 1)) break;
    if (!SIDES.has(t.key)) continue;
    // "the Indian side", "the Bangladesh delegation", "the Central African delegation"
    for (let c = k - 1; c >= k - 3 && c >= 0; c--) {
      const country = countryAt(tokens, c);
      if (country && c + country.length === k) return country.value.name;
    }
    return null;
  }
  return null;
}
