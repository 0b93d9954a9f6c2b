// "his Azerbaijani counterpart, Elçin Qəhrəmanov": a person named as the counterpart of another holds
// the same office for another country. When the article writes no office for them, they take the
// office of the person whose counterpart they are, with their own nationality:
//   "Turkish Energy Minister X ... his Azerbaijani counterpart, Y"  →  Y: "Azerbaijani Energy Minister"
import type { Token } from "./tokens.ts";
import { tokenize } from "./tokens.ts";
import * as lexicon from "./lexicon.ts";
import { headAt } from "./offices.ts";
import { countryOfDemonym } from "../places/countries.ts";
// Imported bindings are read through accessors once transpiled; the hot loops below use local copies.
const { COUNTRIES, isDemonym, isHeadWord } = lexicon;

const DETERMINERS = new Set(["his", "her", "their", "its"]);
/** Deputy heads of a government, who also hold a ministry ("Deputy Prime Minister and Minister of ..."). */
const GOVERNMENT_RANKS = /^(?:First\s+|Second\s+)?(?:Deputy|Vice)[\s-]+(?:Prime\s+Minister|Premier)$/i;
/** Words of a state's formal name: "the Republic of", "the Kingdom of", "the Democratic Republic of". */
const STATE_WORDS = new Set("republic kingdom state sultanate emirate federation principality commonwealth democratic socialist islamic people united federal plurinational hashemite arab grand duchy".split(" "));

/**
 * At a "counterpart" word (index k), the nationality written between the determiner and it
 * ("his Azerbaijani counterpart" → "Azerbaijani"), "" when none, or null when k is no such phrase.
 */
export function counterpartAt(tokens: Token[], k: number): string | null {
  const t = tokens[k];
  if (!t || (t.key !== "counterpart" && t.key !== "counterparts")) return null;
  let j = k - 1;
  while (j >= k - 3 && tokens[j]?.kind === "word" && tokens[j]!.cap) j--;
  // "with visiting Ugandan counterpart X", "met Ugandan counterpart X": a nationality says it
  // is a counterpart of the article's people without a determiner.
  if (!DETERMINERS.has(tokens[j]?.key ?? "") && !(j < k - 1 && isDemonym(tokens[k - 1]))) return null;
  return tokens
    .slice(j + 1, k)
    .map((w) => w.text)
    .join(" ");
}

/**
 * The office of the host written for the counterpart: the host's nationality and the country of the
 * office left out, the counterpart's nationality put in. Null when the host has no office.
 */
export function counterpartTitle(hostTitle: string | null, nationality: string): string | null {
  if (!hostTitle) return null;
  const tokens = tokenize(hostTitle);
  let from = 0;
  // "Turkish Energy Minister", "Kenya's Cabinet Secretary": the host's own nationality.
  while (from < tokens.length) {
    if (isDemonym(tokens[from]) || (COUNTRIES.match(tokens, from) && tokens[from + 1]?.kind === "poss")) from += tokens[from + 1]?.kind === "poss" ? 2 : 1;
    // "South Korean", "New Zealand": a nationality of two words.
    else if (tokens[from + 1] && countryOfDemonym(`${tokens[from]!.text} ${tokens[from + 1]!.text}`)) from += 2;
    else break;
  }
  let to = tokens.length;
  // "Minister for Foreign Affairs of Japan": the host's country at the end.
  for (let j = from + 1; j < tokens.length && to === tokens.length; j++) {
    if (tokens[j]!.key !== "of") continue;
    // "of Japan", "of the Republic of Uzbekistan": only a state's name up to the end of the title.
    let c = j + 1;
    let country = false;
    while (c < tokens.length) {
      const w = tokens[c]!;
      const named = COUNTRIES.match(tokens, c);
      if (named) {
        country = true;
        c += named.length;
      } else if (w.key === "the" || w.key === "of" || w.kind === "poss" || STATE_WORDS.has(w.key)) c++;
      else break;
    }
    if (country && c === tokens.length) to = j;
  }
  if (from >= to) return null;
  // "Deputy Prime Minister and Minister of Foreign Affairs": a government rank held with a ministry;
  // the counterpart is the other country's minister, so the office after "and" is the one shared.
  for (let j = from + 1; j < to - 1; j++) {
    if (tokens[j]!.key !== "and" || headAt(tokens, j + 1) === 0) continue;
    if (GOVERNMENT_RANKS.test(tokens.slice(from, j).map((t) => t.text).join(" "))) from = j + 1;
    break;
  }
  // The counterpart shares the core of the office, not every portfolio the host's country joins to
  // it: "Energy and Natural Resources Minister" → "Energy Minister", "Minister of Foreign Affairs and
  // International Cooperation" → "Minister of Foreign Affairs".
  let head = -1;
  for (let j = from; j < to && head < 0; j++) if (headAt(tokens, j) > 0 && isHeadWord(tokens[j]!.key)) head = j;
  const words: Token[] = [];
  let skipping = false;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    const join = t.key === "and" || t.text === "&" || t.text === ",";
    if (head >= 0 && j > head && join) break;
    if (head >= 0 && j < head && join) skipping = true;
    if (j === head) skipping = false;
    if (!skipping) words.push(t);
  }
  const office = words.map((t) => t.text).join(" ").replace(/ ([,)])/g, "$1").replace(/\( /g, "(");
  return nationality ? `${nationality} ${office}` : office;
}

/** One side of a list of counterparts: a nationality written before the office, or a country after it. */
export type CounterpartSide = { nationality: string; country?: string };

/**
 * At a "counterparts" word (index k), the nationalities of a list, in order: "his Jordanian and
 * Saudi counterparts" → Jordanian, Saudi; "his counterparts from Jordan and Saudi Arabia" →
 * Jordan, Saudi Arabia (as countries). Also the token after the phrase. Null when k is no
 * such phrase or it names fewer than two.
 */
export function counterpartSides(tokens: Token[], k: number): { sides: CounterpartSide[]; end: number } | null {
  if (tokens[k]?.key !== "counterparts") return null;
  let d = k - 1;
  while (d >= Math.max(0, k - 12) && !DETERMINERS.has(tokens[d]!.key)) d--;
  if (d >= 0 && DETERMINERS.has(tokens[d]!.key) && d < k - 1) {
    const before = countryList(tokens, d + 1, k);
    if (before && before.end === k && before.names.length >= 2) return { sides: before.names.map((nationality) => ({ nationality })), end: k + 1 };
  }
  if (tokens[k + 1]?.key === "from" || tokens[k + 1]?.key === "of") {
    const after = countryList(tokens, k + 2, tokens.length);
    if (after && after.names.length >= 2) return { sides: after.names.map((country) => ({ nationality: "", country })), end: after.end };
  }
  return null;
}

/** Country phrases separated by commas and "and" from `from`, stopping before `to`; the text of each and where the list ends. */
function countryList(tokens: Token[], from: number, to: number): { names: string[]; end: number } | null {
  const names: string[] = [];
  let j = from;
  while (j < to) {
    if (tokens[j]?.key === "the") j++;
    const found = lexicon.countryAt(tokens, j);
    if (!found || j + found.length > to) break;
    names.push(tokens.slice(j, j + found.length).map((t) => t.text).join(" "));
    j += found.length;
    const comma = tokens[j]?.text === ",";
    const and = tokens[j + (comma ? 1 : 0)]?.key === "and";
    if (!comma && !and) break;
    // A comma not followed by another country ends the list ("..., Ayman Safadi and ...").
    const next = j + (comma ? 1 : 0) + (and ? 1 : 0);
    if (!lexicon.countryAt(tokens, tokens[next]?.key === "the" ? next + 1 : next)) break;
    j = next;
  }
  return names.length > 0 ? { names, end: j } : null;
}
