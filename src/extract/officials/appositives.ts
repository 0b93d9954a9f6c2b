// Appositive offices around a name and the honorifics in front of it:
//   "Doreen Bogdan-Martin, Secretary-General of the ITU,"   "Ali Zafar (Chairman PTA)"
//   "Mahnoor Sheikh, co-founder of the lending platform QarzTech,"   "H.E. Dr. Faisal", "Maj Gen (R) Hafeez"
import type { Token } from "./tokens.ts";
import * as lexicon from "./lexicon.ts";
import * as offices from "./offices.ts";
import * as names from "./names.ts";
import { honorificAt, skipHonorifics } from "./address.ts";
// Imported bindings are read through accessors once transpiled; the hot loops below use local copies.
const { MODIFIERS, ORGS, inOfficeWord, isBodyNoun, isHeadWord, isOfficeish } = lexicon;
const { extendForward, headAt, orgEndAhead } = offices;
const { nameRunEnd } = names;

export interface Appositive {
  start: number;
  end: number;
  possessor: string | null;
}

/** Determiners between an appositive comma and the office: "the", "its", "a", "the company's". */
function skipDeterminers(tokens: Token[], k: number): { at: number; possessor: string | null } {
  const t = tokens[k];
  if (!t) return { at: k, possessor: null };
  const det = DETERMINERS.has(t.key);
  // "the company's", "Pakistan's", "the US Embassy's"
  for (let j = k + (det ? 1 : 0); j < k + 4; j++) {
    const w = tokens[j];
    if (w?.kind === "poss") {
      const from = k + (det ? 1 : 0);
      // "the UN Secretary-General's Special Envoy": an office as possessor stays in the title.
      if (j > from && hasOfficeHead(tokens, from, j)) return { at: from, possessor: null };
      return { at: j + 1, possessor: j > from ? tokens.slice(from, j).map((x) => x.text).join(" ") : null };
    }
    if (!w || w.kind !== "word" || (!w.cap && !det)) break;
  }
  return { at: det ? k + 1 : k, possessor: null };
}

const DETERMINERS = new Set(["the", "its", "his", "her", "their", "a", "an", "our"]);

function hasOfficeHead(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (headAt(tokens, j) > 0 && isHeadWord(tokens[j]!.key)) return true;
  return false;
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
  // "Shri Dinsha Rao, Hon'ble Minister of Mines": a form of address before the office.
  if (headAt(tokens, det.at) === 0) det.at = skipHonorifics(tokens, det.at);
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

/**
 * The appositive title after "Name,": up to the closing comma when every word between reads as part of
 * an office ("deputy head of Afghanistan's Railway Authority", "chief executive officer of the Abu
 * Dhabi-based Al Waha Fund"), else by grammar. A portfolio list the grammar reads across a comma
 * ("Secretary of the Ministry of Energy, Water Resources and Irrigation") is followed to its end.
 */
function appositiveEnd(tokens: Token[], head: number, len: number): number {
  const lower = !tokens[head]!.cap;
  const grammar = extendForward(tokens, head + len, lower);
  for (let j = head + len; j < head + len + 24; j++) {
    const t = tokens[j];
    if (!t || t.kind === "para") return j;
    if (t.text === ",") {
      if (grammar > j + 1) {
        j = grammar - 1;
        continue;
      }
      return organisationAfterComma(tokens, j) ?? j;
    }
    if (t.text === "." || t.text === ";" || t.text === ":") return j;
    if (t.kind === "word" && !t.cap && !describesBody(tokens, j)) break;
    // "Minister of Water, Irrigation and Energy and Mr. Hailemariam Desalegn": the next person.
    if (honorificAt(tokens, j) > 0) break;
  }
  return grammar;
}

/**
 * A lower-case word inside an office phrase: an office or organisation word, or a word of a noun
 * phrase that names the body ("the lending platform QarzTech", "battery maker Hanbit"). A verb
 * after the office ("... of South Africa paid a courtesy call") is none of these.
 */
export function describesBody(tokens: Token[], j: number): boolean {
  const t = tokens[j]!;
  if (inOfficeWord(t)) return true;
  const next = tokens[j + 1];
  if (next && next.kind === "word" && !next.cap && isBodyNoun(next)) return true;
  // After "the"/"a" (and the words of the same noun phrase), up to the body's name.
  for (let k = j - 1; k >= j - 3; k--) {
    const p = tokens[k];
    if (!p || p.kind !== "word" || p.cap) return false;
    if (p.key === "the" || p.key === "a" || p.key === "an") return true;
    if (inOfficeWord(p)) return false;
  }
  return false;
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
