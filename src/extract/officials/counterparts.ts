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
