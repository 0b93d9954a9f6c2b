// The grammar of offices: [modifiers] HEAD [complements], e.g.
//   "Federal Minister for IT & Telecommunication", "Kenyan High Commissioner to Pakistan",
//   "Chairman Pakistan Telecommunication Authority (PTA)", "Director General (Economic Diplomacy) at the Ministry of Foreign Affairs".
// Spans are token index ranges [start, end); the title text is cut from the article text.
import type { Token } from "./tokens.ts";
import * as lexicon from "./lexicon.ts";
import { knownCity, MAX_CITY_WORDS } from "../cities.ts";
import { capsSurnameFirst } from "./names.ts";
import { MAX_MODIFIERS, MAX_TITLE_TOKENS } from "./limits.ts";
// Imported bindings are read through accessors once transpiled; the hot loops below use local copies.
const { HEADS, LOWER_HEADS, HONORIFICS, MODIFIERS, NAME_PREFIXES, NAME_STARTS, isAllCaps, isDemonym, isOfficeish, isOrgNoun } = lexicon;

export interface TitleSpan {
  start: number;
  end: number;
  /** Text of a possessor written before the title and dropped from it ("Pakistan" in "Pakistan's Ambassador"). */
  possessor: string | null;
}

const COMPLEMENT_PREPS = new Set(["of", "for", "to", "at", "on", "in"]);
/** Offices an article uses alone for a person named before ("the Minister"). */
const ANAPHORIC_HEADS = new Set(["minister", "secretary", "president", "chairman", "chairperson", "governor", "ambassador"]);

/** Length in tokens of an office head starting at i (0 when none). Capitalised heads only, unless lowerOk. */
export function headAt(tokens: Token[], i: number, lowerOk = false): number {
  const t = tokens[i];
  if (!t || t.kind !== "word") return 0;
  if (t.cap) return HEADS.match(tokens, i)?.length ?? 0;
  if (lowerOk) return LOWER_HEADS.match(tokens, i)?.length ?? 0;
  return 0;
}

function sameSentence(tokens: Token[], a: number, b: number): boolean {
  const x = tokens[a];
  const y = tokens[b];
  return !!x && !!y && x.sent === y.sent;
}

/** Walk left from a head over modifiers ("Federal", "Deputy", "US", "World Bank", "P@SHA"), stopping at a possessive. */
export function extendBackward(tokens: Token[], headStart: number, floor: number): TitleSpan {
  let start = headStart;
  let possessor: string | null = null;
  const lowest = Math.max(floor, headStart - MAX_MODIFIERS);
  for (let j = headStart - 1; j >= lowest; j--) {
    const t = tokens[j]!;
    if (!sameSentence(tokens, j, headStart)) break;
    if (t.kind === "poss") {
      // "Pakistan's Ambassador to China": keep the possessor aside, leave it out of the title.
      const owner: string[] = [];
      for (let k = j - 1; k >= floor && k >= j - 4; k--) {
        const o = tokens[k]!;
        if (o.kind !== "word" || !o.cap) break;
        owner.unshift(o.text);
      }
      possessor = owner.length > 0 ? owner.join(" ") : null;
      break;
    }
    if (t.kind !== "word") break;
    // "State Bank of Pakistan Governor", "Bank of China Chairman": "of" inside an organisation's name.
    if ((t.key === "of" || t.key === "for") && start === j + 1 && j - 1 >= floor && tokens[j - 1]!.cap && isOfficeish(tokens[j - 1])) continue;
    // "Planning and Development Board Chairman", "Law and Justice Minister": "and" inside a portfolio
    // or a body's name, never between two offices ("the Minister and Deputy Chairman").
    if ((t.key === "and" || t.key === "&") && start === j + 1 && j - 1 >= floor && tokens[j - 1]!.cap && isOfficeish(tokens[j - 1]) && !HEADS.match(tokens, j - 1)) continue;
    const modifier = (t.cap && (MODIFIERS.has(t.key) || isOfficeish(t))) || t.key === "former";
    // A form of address ends the title ("H.E. Minister"), unless it is also a modifier ("Chief Director", "General Manager").
    if (!modifier || (HONORIFICS.match(tokens, j) && !MODIFIERS.has(t.key))) break;
    start = j;
  }
  return { start, end: headStart, possessor };
}

/** The index after the last organisation head word in a run of capitalised words starting at k, or -1. */
export function orgEndAhead(tokens: Token[], k: number): number {
  let last = -1;
  for (let j = k; j < k + 10; j++) {
    const t = tokens[j];
    if (!t || !sameSentence(tokens, j, k)) break;
    if (t.kind === "word" && t.cap) {
      if (HONORIFICS.match(tokens, j) || NAME_PREFIXES.has(t.key)) break;
      // "... Qureshi and World Bank Country Director": another office starts, the organisation has ended.
      if (j > k && HEADS.match(tokens, j)) break;
      if (isOrgNoun(t.key)) last = j;
      continue;
    }
    const next = tokens[j + 1];
    // Never across "and": "Sadia Qureshi and World Bank ..." is two phrases, not one organisation.
    const joins = t.key === "of" || t.key === "for" || t.key === "the";
    if (joins && next && next.cap) continue;
    break;
  }
  return last >= 0 ? last + 1 : -1;
}

/** Length of a parenthetical "(PTA)" / "(Economic Diplomacy)" at i, or 0. */
function parenAt(tokens: Token[], i: number): number {
  if (tokens[i]?.text !== "(") return 0;
  for (let j = i + 1; j < i + 10; j++) {
    const t = tokens[j];
    if (!t || t.kind === "para") return 0;
    if (t.text === ")") return j > i + 1 && tokens[i + 1]!.cap ? j - i + 1 : 0;
  }
  return 0;
}

/** Walk right from the end of a head over complements: "for IT and Telecommunication", "to Pakistan", "PTA", "(NITB)". */
export function extendForward(tokens: Token[], headEnd: number): number {
  let end = headEnd;
  const sent = tokens[headEnd - 1]?.sent;
  for (;;) {
    const t = tokens[end];
    if (!t || t.sent !== sent || end - headEnd >= MAX_TITLE_TOKENS) break;
    const paren = parenAt(tokens, end);
    if (paren > 0) {
      end += paren;
      continue;
    }
    // A bare demonym right after an office is a given name: "its President Danish Ali Khan". After a
    // complete title ("Ambassador of Japan"), capitals before a given name are a surname: "TANAKA Kenji".
    if (t.kind === "word" && isOfficeish(t) && !NAME_PREFIXES.has(t.key) && !isDemonym(t) && !(end > headEnd && capsSurnameFirst(tokens, end))) {
      end++;
      continue;
    }
    // "the People's Republic of China": a possessive inside a state's name.
    if (t.kind === "poss" && isOfficeish(tokens[end - 1]) && isOfficeish(tokens[end + 1])) {
      end++;
      continue;
    }
    const key = t.key;
    if (key === "a.i") {
      // "Chargé d'Affaires a.i.": ad interim.
      end++;
      continue;
    }
    if (key === "," || key === "and" || key === "&" || COMPLEMENT_PREPS.has(key)) {
      let k = end + 1;
      if (tokens[k]?.key === "the" && key !== ",") k++;
      const n = tokens[k];
      if (!n || n.sent !== sent) break;
      if (key === ",") {
        // "Planning, Development and Special Initiatives": a comma continues a portfolio, never into a new office.
        if (isOfficeish(n) && headAt(tokens, k) === 0 && !isAllCaps(n)) {
          end = k;
          continue;
        }
        break;
      }
      // "Ambassador to Dhaka", "Consul General in Karachi": the city of the posting.
      const city = key === "to" || key === "in" || key === "at" ? cityAt(tokens, k) : 0;
      if (city > 0) {
        end = k + city;
        continue;
      }
      const head = headAt(tokens, k);
      // "The Minister and Deputy Chairman Ali Raza": the minister named before, and another person.
      const anaphoric = key === "and" && end === headEnd && end - 1 >= 1 && ANAPHORIC_HEADS.has(tokens[end - 1]!.key) && tokens[end - 2]?.key === "the";
      if (head > 0 && !anaphoric) {
        // "Ambassador and Permanent Representative", "Special Assistant to the Prime Minister".
        end = k + head;
        continue;
      }
      if (isOfficeish(n)) {
        end = k;
        continue;
      }
      if (key !== "and" && key !== "&") {
        const orgEnd = orgEndAhead(tokens, k);
        if (orgEnd > 0) {
          end = orgEnd;
          continue;
        }
      }
      if (key === "of") {
        const nameEnd = unknownBodyBeforeAppositive(tokens, k);
        if (nameEnd > 0) {
          end = nameEnd;
          continue;
        }
      }
      break;
    }
    if (t.kind === "word" && t.cap) {
      // "Chairman Sinolink Digital Technologies": an unknown name that ends in an organisation word.
      const orgEnd = orgEndAhead(tokens, end);
      if (orgEnd > 0) {
        end = orgEnd;
        continue;
      }
    }
    break;
  }
  return end;
}

/**
 * "Deputy Speaker of the Oliy Majlis, Mr. Akmal Saidov": capitals the lexicon does not know, after
 * "of" and closed by a comma with a name behind it, are the body the office belongs to. A known
 * given name among them means a person ("CEO of Nexa Ali Khan, ...") and stops the reading.
 */
function unknownBodyBeforeAppositive(tokens: Token[], k: number): number {
  let j = k;
  while (j < k + 5) {
    const t = tokens[j];
    if (!t || t.sent !== tokens[k]!.sent) return 0;
    if (t.kind === "word" && t.cap && !NAME_STARTS.has(t.key) && !HONORIFICS.match(tokens, j)) j++;
    else if ((t.key === "of" || t.key === "the") && j > k && tokens[j + 1]?.cap) j++;
    else break;
  }
  const after = tokens[j + 1];
  if (j === k || tokens[j]?.key !== "," || !after || after.sent !== tokens[k]!.sent || !after.cap) return 0;
  return HONORIFICS.match(tokens, j + 1) || NAME_STARTS.has(after.key) ? j : 0;
}

/** Length in tokens of a known city written with capitals at k ("Dhaka", "New Delhi"), or 0. */
function cityAt(tokens: Token[], k: number): number {
  for (let n = MAX_CITY_WORDS; n > 0; n--) {
    let words = "";
    let ok = true;
    for (let j = k; j < k + n && ok; j++) {
      const t = tokens[j];
      ok = !!t && t.kind === "word" && t.cap && t.sent === tokens[k]!.sent;
      if (ok) words += (j > k ? " " : "") + t!.text;
    }
    if (ok && knownCity(words)) return n;
  }
  return 0;
}

/** The words of the title as written in the article, whitespace collapsed. */
export function spanText(text: string, tokens: Token[], start: number, end: number): string {
  const a = tokens[start];
  const b = tokens[end - 1];
  if (!a || !b || end <= start) return "";
  return text.slice(a.start, b.end).replace(/\s+/g, " ").trim();
}
