// Offices written in lower case before a name ("PTA chairman X", "the company's outgoing chief
// executive X", "the head of the Lake Basin Secretariat, Dr X"): where such an office begins, and
// what before it makes the lower-case words an office rather than a description.
import type { Token } from "./tokens.ts";
import * as lexicon from "./lexicon.ts";
import * as offices from "./offices.ts";
import * as names from "./names.ts";
import * as appositives from "./appositives.ts";
import * as address from "./address.ts";
// Imported bindings are read through accessors once transpiled; the functions below run per token, so they use local copies.
const { PORTFOLIO } = lexicon;
const { headAt } = offices;
const { nameRunEnd } = names;
const { describesBody } = appositives;
const { skipHonorifics } = address;

export const DETERMINERS = new Set(["the", "its", "his", "her", "their", "our"]);

/**
 * Length of a lower-case head at i (from: its first portfolio word), when what comes before makes it an
 * office: an organisation or nationality ("PTA chairman", "Uzbek trade minister", "Salares Andinos chief
 * executive"), a possessive ("Corfo's executive vice-president"), or a determiner ("the head of ...").
 */
export function lowerHeadAt(tokens: Token[], i: number, from: number): number {
  const len = headAt(tokens, i, true);
  if (len === 0) return 0;
  // "the company's outgoing chief executive", "Corfo's newly appointed head": words of the moment
  // of a tenure, not of the office, stand between the context and the office.
  let c = from - 1;
  while (c > from - 3 && TENURE_MOMENTS.has(tokens[c]?.key ?? "")) c--;
  const prev = tokens[c];
  if (!prev) return 0;
  if (prev.kind === "poss") return tokens[c - 1]?.cap || BODY_NOUNS.has(tokens[c - 1]?.key ?? "") ? len : 0;
  if (prev.kind === "word" && prev.cap && prev.sent === tokens[i]!.sent) return len;
  // "MIDA) chief executive officer Datuk S. K. Ravindran": an acronym in brackets before the office.
  if (prev.text === ")" && tokens[from - 2]?.cap) return len;
  if (prev.kind === "word" && DETERMINERS.has(prev.key)) return len;
  return 0;
}

/**
 * "the head of the Nairobi Convention Secretariat, Dr Amina ...": from the end the grammar read, the
 * comma that closes an office phrase whose words all read as one, with a name after it; else `end`.
 */
export function phraseToComma(tokens: Token[], end: number): number {
  for (let j = end; j < end + 16; j++) {
    const t = tokens[j];
    if (!t || t.kind === "para" || t.sent !== tokens[end - 1]?.sent) return end;
    if (t.text === ",") {
      const ns = skipHonorifics(tokens, j + 1);
      return nameRunEnd(tokens, ns) > ns ? j : end;
    }
    if (t.kind === "word" && !t.cap && !describesBody(tokens, j)) return end;
    if (t.kind !== "word" && t.kind !== "poss" && t.text !== "(" && t.text !== ")") return end;
  }
  return end;
}

/** Start of up to three lower-case portfolio words before i: "trade" in "Uzbek trade minister". */
export function lowerPortfolioStart(tokens: Token[], i: number): number {
  let k = i;
  while (k > i - 3 && tokens[k - 1]?.kind === "word" && !tokens[k - 1]!.cap && (PORTFOLIO.has(tokens[k - 1]!.key) || OFFICE_QUALIFIERS.has(tokens[k - 1]!.key))) k--;
  return k;
}

/** Lower-case words that are part of the office: "Huawei's rotating chairman", "the bank's acting governor". */
const OFFICE_QUALIFIERS = new Set(["rotating", "acting", "interim", "caretaker", "former"]);
/** Bodies named by a common noun before a possessive office: "the company's chairman", "the bank's acting governor". */
const BODY_NOUNS = new Set(["company", "firm", "group", "bank", "fund", "ministry", "agency", "government", "commission", "council", "authority", "organisation", "organization", "union", "party", "association", "federation"]);
/** Lower-case words of when a tenure is, not of the office: "the outgoing chief executive". */
const TENURE_MOMENTS = new Set(["outgoing", "incoming", "new", "newly", "appointed", "newly-appointed", "current", "then"]);
