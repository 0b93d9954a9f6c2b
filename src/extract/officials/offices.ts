// The grammar of offices: [modifiers] HEAD [complements], e.g.
//   "Federal Minister for IT & Telecommunication", "Kenyan High Commissioner to Pakistan",
//   "Chairman Pakistan Telecommunication Authority (PTA)", "Director General (Economic Diplomacy) at the Ministry of Foreign Affairs".
// Spans are token index ranges [start, end); the title text is cut from the article text.
import type { Token } from "./tokens.ts";
import * as lexicon from "./lexicon.ts";
import { knownCity, MAX_CITY_WORDS } from "../cities.ts";
import { capsSurnameFirst } from "./names.ts";
import { MAX_MODIFIERS, MAX_TITLE_TOKENS } from "./limits.ts";
import { honorificAt } from "./address.ts";
// Imported bindings are read through accessors once transpiled; the hot loops below use local copies.
const { countryAt, HEADS, LOWER_HEADS, MODIFIERS, NAME_PREFIXES, NAME_STARTS, PORTFOLIO, isAllCaps, isDemonym, isHeadWord, isOfficeish, isOrgNoun } = lexicon;

export interface TitleSpan {
  start: number;
  end: number;
  /** Text of a possessor written before the title and dropped from it ("Pakistan" in "Pakistan's Ambassador"). */
  possessor: string | null;
}

const COMPLEMENT_PREPS = new Set(["of", "for", "to", "at", "on", "in"]);
/** Offices also written as a form of address before a name: never read into the title before them. */
const ADDRESS_HEADS = new Set(["ambassador", "senator"]);
/** Offices an article uses alone for a person named before ("the Minister"). */
const ANAPHORIC_HEADS = new Set(["minister", "secretary", "president", "chairman", "chairperson", "governor", "ambassador"]);

/** Length in tokens of an office head starting at i (0 when none). Capitalised heads only, unless lowerOk. */
export function headAt(tokens: Token[], i: number, lowerOk = false): number {
  const t = tokens[i];
  if (!t || t.kind !== "word") return 0;
  if (t.cap) return (t.head ??= HEADS.match(tokens, i)?.length ?? 0);
  if (lowerOk) return (t.lowerHead ??= LOWER_HEADS.match(tokens, i)?.length ?? 0);
  return 0;
}

function sameSentence(tokens: Token[], a: number, b: number): boolean {
  const x = tokens[a];
  const y = tokens[b];
  return !!x && !!y && x.sent === y.sent;
}

/** Lower-case modifiers kept in a title: "the acting Minister of Public Works". */
const LOWER_MODIFIERS = new Set(["acting", "caretaker", "interim", "former"]);

/** Walk left from a head over modifiers ("Federal", "Deputy", "US", "World Bank", "P@SHA"), stopping at a possessive. */
export function extendBackward(tokens: Token[], headStart: number, floor: number): TitleSpan {
  let start = headStart;
  let possessor: string | null = null;
  let joined = false;
  const lowest = Math.max(floor, headStart - MAX_MODIFIERS);
  for (let j = headStart - 1; j >= lowest; j--) {
    const t = tokens[j]!;
    if (!sameSentence(tokens, j, headStart)) break;
    if (t.kind === "poss") {
      // "Pakistan's Ambassador to China": keep the possessor aside, leave it out of the title.
      let k = j - 1;
      while (k >= floor && k >= j - 4 && tokens[k]!.kind === "word" && tokens[k]!.cap) k--;
      if (k < j - 1) {
        // "the UN Secretary-General's Special Envoy": a possessor that is itself an office stays in the title.
        if (hasHead(tokens, k + 1, j)) {
          start = k + 1;
          break;
        }
        possessor = tokens.slice(k + 1, j).map((o) => o.text).join(" ");
      }
      break;
    }
    // "Environment, Climate Change and Forestry Cabinet Secretary": a list of portfolios closed by "and".
    if (t.text === "," && joined && start === j + 1 && j - 1 >= floor && tokens[j - 1]!.cap && PORTFOLIO.has(tokens[j - 1]!.key)) continue;
    if (t.kind !== "word") break;
    // "State Bank of Pakistan Governor", "Bank of China Chairman": "of" inside an organisation's name.
    if ((t.key === "of" || t.key === "for") && start === j + 1 && j - 1 >= floor && tokens[j - 1]!.cap && isOfficeish(tokens[j - 1])) continue;
    // "Planning and Development Board Chairman", "Law and Justice Minister": "and" inside a portfolio
    // or a body's name, never between two offices ("the Minister and Deputy Chairman").
    if ((t.key === "and" || t.key === "&") && start === j + 1 && j - 1 >= floor && tokens[j - 1]!.cap && isOfficeish(tokens[j - 1]) && headAt(tokens, j - 1) === 0) {
      joined = true;
      continue;
    }
    const modifier = (t.cap && (MODIFIERS.has(t.key) || isOfficeish(t))) || LOWER_MODIFIERS.has(t.text);
    // A form of address ends the title ("H.E. Minister"), unless it is also a modifier ("Chief Director", "General Manager").
    if (!modifier || (honorificAt(tokens, j) > 0 && !MODIFIERS.has(t.key))) break;
    start = j;
  }
  return { start, end: headStart, possessor };
}

/** True when tokens [from, to) hold an office head ("UN Secretary-General"). */
function hasHead(tokens: Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (headAt(tokens, j) > 0 && isHeadWord(tokens[j]!.key)) return true;
  return false;
}

/** The index after the last organisation head word in a run of capitalised words starting at k, or -1. */
export function orgEndAhead(tokens: Token[], k: number): number {
  let last = -1;
  for (let j = k; j < k + 10; j++) {
    const t = tokens[j];
    if (!t || !sameSentence(tokens, j, k)) break;
    if (t.kind === "word" && t.cap) {
      if (honorificAt(tokens, j) > 0 || NAME_PREFIXES.has(t.key)) break;
      // "... Qureshi and World Bank Country Director": another office starts, the organisation has ended.
      if (j > k && headAt(tokens, j) > 0) break;
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

/** Joins between two offices of one person: "Deputy Prime Minister – Minister of Trade", "Minister of Investment/Head of the Board". */
const OFFICE_JOINS = new Set(["/", "–", "—"]);
/** Lower-case nouns of organisations inside a complement: "at the Nigerian foreign ministry", "at the ministry". */
const LOWER_ORG_HEADS = new Set(["ministry", "department", "embassy", "office", "bank", "government", "authority", "commission", "council", "committee", "secretariat", "board", "mission", "agency", "directorate", "division", "high commission", "consulate", "presidency"]);

/**
 * Walk right from the end of a head over complements: "for IT and Telecommunication", "to Pakistan",
 * "PTA", "(NITB)", "of Japan's Kizuna Heavy Industries Corporation", "at the Nigerian foreign ministry".
 * With lower set, the head was written in lower case and its complements may be too ("head of sustainability").
 */
export function extendForward(tokens: Token[], headEnd: number, lower = false): number {
  let end = headEnd;
  const sent = tokens[headEnd - 1]?.sent;
  const officeWord = (t: Token | undefined) => isOfficeish(t) || (lower && !!t && t.kind === "word" && !t.cap && PORTFOLIO.has(t.key));
  for (;;) {
    const t = tokens[end];
    if (!t || t.sent !== sent || end - headEnd >= MAX_TITLE_TOKENS) break;
    const paren = parenAt(tokens, end);
    if (paren > 0) {
      end += paren;
      continue;
    }
    // After a complete title ("Ambassador of Japan"), capitals before a given name are a surname: "TANAKA Kenji";
    // right after the head only a known surname or given name tells them from an acronym ("Ambassador TANAKA Kenji").
    if (t.kind === "word" && officeWord(t) && !NAME_PREFIXES.has(t.key) && !capsSurnameAt(tokens, end, end > headEnd)) {
      // A demonym right after an office is a given name ("its President Danish Ali Khan"); inside a
      // complement it qualifies the next word of the office ("Egyptian Expatriates", "the Argentine Republic").
      if (!isDemonym(t) || (end > headEnd && officeWord(tokens[end + 1]) && !isDemonym(tokens[end + 1]))) {
        end++;
        continue;
      }
    }
    // "Advisor to the Palestinian President", "Adviser for Senegalese President": a nationality and an office inside a complement.
    if (end > headEnd && t.kind === "word" && (isDemonym(t) || demonymLike(t)) && COMPLEMENT_PREPS.has(tokens[end - (tokens[end - 1]?.key === "the" ? 2 : 1)]?.key ?? "")) {
      const head = headAt(tokens, end + 1);
      if (head > 0) {
        end += 1 + head;
        continue;
      }
    }
    // "Member for Solomon of the House": the constituency of a member, a word the lexicon cannot know.
    if (t.key === "for" && CONSTITUENCY_HEADS.has(tokens[end - 1]?.key ?? "") && end === headEnd) {
      let k = end + 1;
      while (k < end + 4 && tokens[k]?.kind === "word" && tokens[k]!.cap) k++;
      if (k > end + 1 && (tokens[k]?.key === "of" || tokens[k]?.text === "," || tokens[k]?.text === ")" || tokens[k]?.text === ".")) {
        end = k;
        continue;
      }
    }
    // "Adviser to the Deputy Foreign Minister", "Assistant Minister for the Deputy Foreign Minister's office": an office inside a complement.
    if (end > headEnd && t.kind === "word" && t.cap && isOfficeish(tokens[end - 1]) && !ADDRESS_HEADS.has(t.key)) {
      const inner = headAt(tokens, end);
      if (inner > 0) {
        end += inner;
        continue;
      }
    }
    // "Assistant Foreign Minister for the Deputy Foreign Minister's office": an office's own office.
    if (t.kind === "poss" && end > headEnd && isHeadWord(tokens[end - 1]?.key ?? "") && tokens[end + 1]?.kind === "word" && !tokens[end + 1]!.cap && LOWER_ORG_HEADS.has(tokens[end + 1]!.key)) {
      end += 2;
      continue;
    }
    if (t.kind === "poss" && isOfficeish(tokens[end - 1])) {
      // "the People's Republic of China": a possessive inside a state's name.
      if (isOfficeish(tokens[end + 1])) {
        end++;
        continue;
      }
      // "President and CEO of Japan's Kizuna Heavy Industries Corporation".
      const org = orgEndAhead(tokens, end + 1);
      if (org > 0) {
        end = org;
        continue;
      }
    }
    const key = t.key;
    if (key === "a.i") {
      // "Chargé d'Affaires a.i.": ad interim.
      end++;
      continue;
    }
    if (OFFICE_JOINS.has(t.text)) {
      const head = headAt(tokens, end + 1, lower);
      if (head > 0) {
        end = end + 1 + head;
        continue;
      }
      break;
    }
    if (key === "," || key === "and" || key === "&" || COMPLEMENT_PREPS.has(key)) {
      let k = end + 1;
      if (tokens[k]?.key === "the" && key !== ",") k++;
      const n = tokens[k];
      if (!n || n.sent !== sent) break;
      if (key === ",") {
        // "Planning, Development and Special Initiatives": a comma continues a portfolio, never into a new office.
        if ((officeWord(n) || coordinatedPortfolio(tokens, k)) && headAt(tokens, k) === 0 && !isAllCaps(n) && !isDemonymBeforeName(tokens, k)) {
          end = k;
          continue;
        }
        break;
      }
      // "Ambassador of Jordan", "Minister of Trade of the Republic of Chad": a country, whatever its words.
      if (key !== "," && key !== "and" && key !== "&") {
        const country = countryAt(tokens, k);
        if (country && !(country.length === 1 && isDemonymBeforeName(tokens, k))) {
          end = k + country.length;
          continue;
        }
      }
      // "Ambassador to Dhaka", "Consul General in Karachi": the city of the posting.
      const city = key === "to" || key === "in" || key === "at" ? cityAt(tokens, k) : 0;
      if (city > 0) {
        end = k + city;
        continue;
      }
      const head = headAt(tokens, k, lower);
      // "The Minister and Deputy Chairman Ali Raza": the minister named before, and another person.
      const anaphoric = key === "and" && end === headEnd && end - 1 >= 1 && ANAPHORIC_HEADS.has(tokens[end - 1]!.key) && tokens[end - 2]?.key === "the";
      if (head > 0 && !anaphoric) {
        // "Ambassador and Permanent Representative", "Special Assistant to the Prime Minister".
        end = k + head;
        continue;
      }
      if (officeWord(n) && !isDemonymBeforeName(tokens, k)) {
        end = k;
        continue;
      }
      // "Minister of Roads and Urban Development": a word the lexicon lacks, listed with portfolios.
      if (coordinatedPortfolio(tokens, k)) {
        end = k + 1;
        continue;
      }
      if (key !== "and" && key !== "&") {
        const lowerOrg = lowerOrgEnd(tokens, k);
        if (lowerOrg > 0) {
          end = lowerOrg;
          continue;
        }
        const based = basedOrgEnd(tokens, k);
        if (based > 0) {
          end = based;
          continue;
        }
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

function capsSurnameAt(tokens: Token[], k: number, complete: boolean): boolean {
  if (!capsSurnameFirst(tokens, k)) return false;
  return complete || NAME_STARTS.has(tokens[k]!.key) || NAME_STARTS.has(tokens[k + 1]?.key ?? "");
}

/** "Minister for Finance, Emigration and Egyptian Expatriates Tarek ...": is the demonym at k the start of a name? */
function isDemonymBeforeName(tokens: Token[], k: number): boolean {
  return isDemonym(tokens[k]) && !isOfficeish(tokens[k + 1]) && headAt(tokens, k + 1) === 0;
}

/** Endings of nationality adjectives the lexicon may lack ("Senegalese", "Chadian", "Malawian"), read as such only before an office. */
const DEMONYM_ENDING = /^\p{Lu}\p{Ll}{3,}(?:ese|ian|ean|ish|an)$/u;

function demonymLike(t: Token): boolean {
  return DEMONYM_ENDING.test(t.text) && !NAME_STARTS.has(t.key);
}

/** Offices held for a constituency: "Member for Solomon", "MP for Bolton West". */
const CONSTITUENCY_HEADS = new Set(["member", "mp", "senator", "representative", "congressman", "congresswoman"]);

/** An unknown capitalised word at k listed with portfolio words: "Roads" in "Roads and Urban Development", "Francophonie" in "Affairs, Francophonie and ...". */
function coordinatedPortfolio(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const join = tokens[k + 1];
  if (!t || t.kind !== "word" || !t.cap || isAllCaps(t) || NAME_STARTS.has(t.key) || NAME_PREFIXES.has(t.key) || headAt(tokens, k) > 0) return false;
  // "and Chadian Expatriates": a word qualifying a portfolio word right after it.
  if (join && join.kind === "word" && isOfficeish(join) && !isDemonym(join) && headAt(tokens, k + 1) === 0 && join.sent === t.sent) return true;
  if (!join || (join.key !== "and" && join.key !== "&" && join.text !== ",")) return false;
  let n = k + 2;
  if (tokens[n]?.key === "the") n++;
  const next = tokens[n];
  return !!next && next.sent === t.sent && isOfficeish(next) && headAt(tokens, n) === 0 && (!isDemonym(next) || isOfficeish(tokens[n + 1]));
}

/** "at the Nigerian foreign ministry", "of the ministry": the index after a lower-case organisation noun, or -1. */
function lowerOrgEnd(tokens: Token[], k: number): number {
  let j = k;
  while (j < k + 3 && tokens[j]?.kind === "word" && tokens[j]!.cap && isOfficeish(tokens[j])) j++;
  while (j < k + 6 && tokens[j]?.kind === "word" && !tokens[j]!.cap && PORTFOLIO.has(tokens[j]!.key) && !LOWER_ORG_HEADS.has(tokens[j]!.key)) j++;
  const t = tokens[j];
  if (!t || t.kind !== "word" || t.cap || !LOWER_ORG_HEADS.has(t.key) || t.sent !== tokens[k]!.sent) return -1;
  // Right before a name ("Secretary at the ministry Hari Khadka") the phrase says where, and stays out of the title.
  const after = tokens[j + 1];
  return after && after.kind === "word" && after.cap ? -1 : j + 1;
}

/** "of Perth-based Kimberley Spodumene Ltd": a place, "-based", and the organisation. */
function basedOrgEnd(tokens: Token[], k: number): number {
  let j = k;
  while (j < k + 3 && tokens[j]?.kind === "word" && tokens[j]!.cap) j++;
  if (j === k || !/^-(?:based|headquartered)$/.test(tokens[j]?.key ?? "")) return -1;
  return orgEndAhead(tokens, j + 1);
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
    if (t.kind === "word" && t.cap && !NAME_STARTS.has(t.key) && honorificAt(tokens, j) === 0) j++;
    else if ((t.key === "of" || t.key === "the") && j > k && tokens[j + 1]?.cap) j++;
    else break;
  }
  const after = tokens[j + 1];
  if (j === k || tokens[j]?.key !== "," || !after || after.sent !== tokens[k]!.sent || !after.cap) return 0;
  return honorificAt(tokens, j + 1) > 0 || NAME_STARTS.has(after.key) ? j : 0;
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
