// Appositive offices around a name and the honorifics in front of it:
//   "Doreen Bogdan-Martin, Secretary-General of the ITU,"   "Ali Zafar (Chairman PTA)"
//   "Mahnoor Sheikh, co-founder of the lending platform QarzTech,"   "H.E. Dr. Faisal", "Maj Gen (R) Hafeez"
import type { Token } from "./tokens.ts";
import * as lexicon from "./lexicon.ts";
import * as offices from "./offices.ts";
import * as names from "./names.ts";
import { skipHonorifics } from "./address.ts";
// Imported bindings are read through accessors once transpiled; the hot loops below use local copies.
const { MODIFIERS, ORGS, isOfficeish } = lexicon;
const { extendForward, headAt, orgEndAhead } = offices;
const { nameRunEnd } = names;

export interface Appositive {
  start: number;
  end: number;
  possessor: string | null;
}

const APPOSITIVE_STOP = new Set(
  "who which whose that said says told met meets was were is are has have had will would shall can could also expressed discussed called held".split(
    " ",
  ),
);
/** Determiners between an appositive comma and the office: "the", "its", "the company's". */
function skipDeterminers(tokens: Token[], k: number): { at: number; possessor: string | null } {
  const t = tokens[k];
  if (!t) return { at: k, possessor: null };
  const det = t.key === "the" || t.key === "its" || t.key === "his" || t.key === "her" || t.key === "their";
  // "the company's", "Pakistan's", "the US Embassy's"
  for (let j = k + (det ? 1 : 0); j < k + 4; j++) {
    const w = tokens[j];
    if (w?.kind === "poss") {
      const from = k + (det ? 1 : 0);
      return { at: j + 1, possessor: j > from ? tokens.slice(from, j).map((x) => x.text).join(" ") : null };
    }
    if (!w || w.kind !== "word" || (!w.cap && !det)) break;
  }
  return { at: det ? k + 1 : k, possessor: null };
}

/** "Ali Khan (Chairman PTA)": an office in brackets right after the name. */
function bracketedOffice(tokens: Token[], open: number): Appositive | null {
  const { head } = officeHeadFrom(tokens, open + 1);
  if (head !== open + 1 && head < 0) return null;
  for (let j = open + 1; j < open + 16; j++) {
    const t = tokens[j];
    if (!t || t.kind === "para" || t.text === "(") return null;
    if (t.text === ")") return j > open + 1 && head >= 0 ? { start: open + 1, end: j, possessor: null } : null;
  }
  return null;
}

/** An appositive office after a name ("Ali Khan, Chairman of the Senate Committee,"), unless it heads the next name in a list. */
export function appositiveAfter(tokens: Token[], ne: number): Appositive | null {
  if (tokens[ne]?.text === "(") return bracketedOffice(tokens, ne);
  if (tokens[ne]?.text !== ",") return null;
  const det = skipDeterminers(tokens, ne + 1);
  const { head, len } = officeHeadFrom(tokens, det.at);
  if (head < 0) return null;
  // "A, Secretary IT B C and ...": the office belongs to the name after it, not to A.
  const grammarEnd = extendForward(tokens, head + len);
  const next = skipHonorifics(tokens, grammarEnd);
  if (nameRunEnd(tokens, next) - next >= 2) return null;
  const end = appositiveEnd(tokens, head, len);
  if (tokens[end]?.text !== "," && nameRunEnd(tokens, skipHonorifics(tokens, end)) > end) return null;
  return { start: det.at, end, possessor: det.possessor };
}

/** Where an office starts at k (after modifiers such as "Deputy", "P@SHA Senior Vice"), or -1. */
function officeHeadFrom(tokens: Token[], k: number): { head: number; len: number } {
  for (let m = k; m < k + 5; m++) {
    const len = headAt(tokens, m, true);
    if (len > 0) return { head: m, len };
    const t = tokens[m];
    if (!t || t.kind !== "word" || !(isOfficeish(t) || MODIFIERS.has(t.key))) break;
  }
  return { head: -1, len: 0 };
}

/** The appositive title after "Name,": up to the closing comma when it reads as one office, else by grammar. */
function appositiveEnd(tokens: Token[], head: number, len: number): number {
  for (let j = head + len; j < head + len + 22; j++) {
    const t = tokens[j];
    if (!t || t.kind === "para") return j;
    if (t.text === ",") return organisationAfterComma(tokens, j) ?? j;
    if (t.text === "." || t.text === ";" || t.text === ":") return j;
    if (t.kind === "word" && !t.cap && APPOSITIVE_STOP.has(t.key)) break;
  }
  return extendForward(tokens, head + len);
}

const CLOSES = new Set([",", ".", ";", ":", ")"]);

/**
 * "Ahmed Jamal, Chief Executive Officer, Pakistan Software Export Board.": an organisation set off
 * by its own comma still belongs to the office, when it closes the appositive.
 */
function organisationAfterComma(tokens: Token[], comma: number): number | null {
  const k = comma + 1;
  const known = ORGS.match(tokens, k);
  const end = known ? k + known.length : orgEndAhead(tokens, k);
  if (end <= k) return null;
  const after = tokens[end];
  return !after || after.kind === "para" || CLOSES.has(after.text) ? end : null;
}
