// The grammar of personal names: capitalised words with hyphens and apostrophes, particles
// (bin, al, ul, de, van), name parts that belong to the name (Syed, Mian, Md.), middle initials,
// and surnames written in capitals ("Kenji TANAKA"). Honorifics in front are skipped, not kept.
import type { Token } from "./tokens.ts";
import * as lexicon from "./lexicon.ts";
import { knownCity } from "../cities.ts";
// Imported bindings are read through accessors once transpiled; the hot loops below use local copies.
const { ACRONYMS, COUNTRIES, HONORIFICS, MODIFIERS, NAME_PREFIXES, NOT_NAME, PARTICLES, PORTFOLIO, POST_NOMINALS, SURNAMES_LIKE_WORDS, countryAt, isAllCaps, isCapsNameWord, isDemonym, isHeadWord, isNonNameWord } = lexicon;

const INITIAL = /^\p{Lu}\.$/u;
const BARE_INITIAL = /^\p{Lu}$/u;
const PREFIXED_LOWER = /^(?:al|el|ul|ud|ad|ar|as|at|az|ash|bin|ibn|abd|abu|de|di|da|van|von)-\p{Lu}/u;
const MAX_NAME_TOKENS = 8;
const NAMES_ALSO_VERBS = new Set(["said", "met", "hosted"]);

/** A word that can stand in a name by itself. */
export function isNameWord(t: Token | undefined): boolean {
  if (!t || t.kind !== "word") return false;
  if (t.nameWord === undefined) t.nameWord = classifyNameWord(t);
  return t.nameWord;
}

function classifyNameWord(t: Token): boolean {
  if (NAME_PREFIXES.has(t.key)) return true;
  if (!t.cap && !(t.text.includes("-") && PREFIXED_LOWER.test(t.text))) return false;
  if (t.text.length < 2 || INITIAL.test(t.text)) return false;
  if (HONORIFICS.match([t], 0)) return false;
  return !isNonNameWord(t);
}

/** A word that names its bearer by itself when written alone later: not a particle or a name part such as "Sheikh". */
export function isDistinctiveNameWord(t: Token): boolean {
  return isNameWord(t) && !NAME_PREFIXES.has(t.key) && !PARTICLES.has(t.key) && foldWord(t.text) !== "muhammad";
}

/**
 * The end (exclusive) of a name starting at i, or i when no name starts there.
 * The name must end with a real name word, never with a particle or an initial.
 */
export function nameRunEnd(tokens: Token[], i: number): number {
  const first = tokens[i];
  if (!first) return i;
  if (capsSurnameFirst(tokens, i) || surnameLikeWordAt(tokens, i)) {
    // "TANAKA Kenji": the surname in capitals, then the given name(s).
    const rest = nameRunEnd(tokens, i + 1);
    return rest > i + 1 ? rest : i;
  }
  let j = i;
  // "Sheikh Dr Ahmad Nasser": a form of address inside a name, after the name part that opens it.
  if (NAME_PREFIXES.has(first.key) && INNER_HONORIFICS.has(tokens[i + 1]?.key ?? "") && isNameWord(tokens[i + 2])) j = i + 1;
  if (j > i) {
    // read on from the word after the form of address
  } else if (PARTICLES.has(first.key)) {
    // "Van der Linde-Bos said", "De los Reyes-Abad", "Al Naimi": a surname opening with its particle.
    j = afterParticles(tokens, i);
    if (j === i) return i;
  } else if (!isNameWord(first)) {
    // Leading initials: "T. V. Somanathan", "S. Krishnan", and "S Tharmalingam" after a form of address.
    let k = i;
    while (k < i + 3 && leadingInitial(tokens, k, i)) k++;
    if (k === i || !isNameWord(tokens[k]) || isDemonym(tokens[k]) || PARTICLES.has(tokens[k]!.key)) return i;
    j = k;
  }
  let lastGood = j + 1;
  j++;
  while (j < tokens.length && j - i < MAX_NAME_TOKENS) {
    const t = tokens[j]!;
    if (t.sent !== first.sent && t.kind !== "word") break;
    // "de la Fuente", "van der Walt", "bin Haji Latif", "Al Said": particles, then the name word they lead to.
    if (t.kind === "word" && PARTICLES.has(t.key)) {
      const k = afterParticles(tokens, j);
      if (k === j) break;
      j = k;
      lastGood = ++j;
      continue;
    }
    // A demonym may open a name ("Danish Ali Khan") but never continues one ("... Khawaja Meets Chinese Envoy").
    if (isNameWord(t) && !isDemonym(t)) {
      lastGood = ++j;
      continue;
    }
    // "Nawaf bin Said Al-Malkiy": a given name that is also a verb, accepted inside a name only.
    if (verbNameAt(tokens, j)) {
      j++;
      continue;
    }
    // "Daniel R. Whitcomb", and "Farhan S Qureshi" with the dot left out.
    if (t.kind === "word" && (INITIAL.test(t.text) || BARE_INITIAL.test(t.text)) && isNameWord(tokens[j + 1])) {
      j++;
      continue;
    }
    // 'Rodolfo "Jojo" Manansala': a nickname in quotes inside the name.
    if (QUOTE.test(t.text) && isNameWord(tokens[j + 1]) && QUOTE.test(tokens[j + 2]?.text ?? "") && isNameWord(tokens[j + 3])) {
      j += 3;
      continue;
    }
    // A surname in capitals after a given name: "Kenji TANAKA" (but not an acronym, an office or honours: "Ali Khan PTA", "X MNA", "X OBE").
    if (isAllCaps(t) && t.text.length >= 3 && !ACRONYMS.has(t.text) && !POST_NOMINALS.has(t.text) && !isHeadWord(t.key) && !/\d/.test(t.text)) {
      lastGood = ++j;
      continue;
    }
    break;
  }
  return lastGood;
}

const QUOTE = /^["“”]$/u;
/** Forms of address written inside a name after Sheikh or Sayyid: "Sheikh Dr Ahmad". */
const INNER_HONORIFICS = new Set(["dr", "eng", "engr", "prof"]);

/** The tokens that spell a name, without a form of address written inside it ("Sheikh Dr Ahmad" → Sheikh Ahmad). */
export function nameTokens(tokens: Token[], start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let j = start; j < end; j++) {
    const t = tokens[j]!;
    if (j === start + 1 && NAME_PREFIXES.has(tokens[start]!.key) && INNER_HONORIFICS.has(t.key)) continue;
    out.push(t);
  }
  return out;
}
/** Words of a patronymic after "bin"/"binti": "bin Haji Latif". */
const PATRONYMIC_TITLES = new Set(["haji", "hajah", "hj", "hjh"]);

/**
 * From a particle at j, past up to three particles ("de los", "van der") and a patronymic "Haji",
 * to the name word they lead to: its index, or j when none follows.
 */
function afterParticles(tokens: Token[], j: number): number {
  let k = j;
  while (k < j + 3 && tokens[k]?.kind === "word" && PARTICLES.has(tokens[k]!.key)) k++;
  if (PATRONYMIC_TITLES.has(tokens[k]?.key ?? "") && tokens[k]!.cap && isNameWord(tokens[k + 1])) k++;
  const t = tokens[k];
  if (!t || t.sent !== tokens[j]!.sent) return j;
  if ((isNameWord(t) && !PARTICLES.has(t.key)) || NAMES_ALSO_VERBS.has(t.key) && t.cap) return k;
  return j;
}

/** An initial opening a name: "S." anywhere, a bare "S" only inside a sentence ("Hon. S Tharmalingam"). */
function leadingInitial(tokens: Token[], k: number, start: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== "word") return false;
  if (INITIAL.test(t.text)) return true;
  if (!BARE_INITIAL.test(t.text) || t.text === "A" || t.text === "I") return false;
  const before = tokens[start - 1];
  return !!before && before.sent === t.sent;
}

const CAPS_WORD = /^\p{Lu}{3,}$/u;

/**
 * "TANAKA Kenji", "DUBOIS Pierre": a surname in capitals written before a given name. Any word
 * the lexicon knows (an acronym, a place, an office or portfolio word) is an organisation instead.
 */
export function capsSurnameFirst(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || t.kind !== "word" || !CAPS_WORD.test(t.text) || next.sent !== t.sent) return false;
  if (!isNameWord(next) || isAllCaps(next)) return false;
  const key = t.key;
  if (ACRONYMS.has(t.text) || PORTFOLIO.has(key) || MODIFIERS.has(key) || NOT_NAME.has(key) || isHeadWord(key)) return false;
  return !countryAt(tokens, i) && !knownCity(t.text);
}

/**
 * "Vice Premier He Lifeng": inside a sentence the pronoun would be written "he", so a capitalised
 * "He" followed by a name word is a surname. At a sentence's start it stays the pronoun.
 */
function surnameLikeWordAt(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  if (t.kind !== "word" || !SURNAMES_LIKE_WORDS.has(t.text) || !before || before.sent !== t.sent) return false;
  if (before.kind !== "word" && !/^[,(]$/.test(before.text)) return false;
  const next = tokens[i + 1];
  return !!next && next.sent === t.sent && isNameWord(next) && !isDemonym(next);
}

function verbNameAt(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return !!t && t.cap && NAMES_ALSO_VERBS.has(t.key) && isNameWord(tokens[j + 1]);
}

/** Display form: words as written, capitalised surnames in title case, whitespace collapsed. */
export function nameText(tokens: Token[], start: number, end: number): string {
  const spelt = nameTokens(tokens, start, end);
  const caps = spelt.length > 1 && spelt.every((t) => /^[\p{Lu}'’-]+$/u.test(t.text));
  return spelt
    .map((t, n) => {
      // A name all in capitals ("PIETER VAN DER WIELEN") reads in title case, its particles in lower case.
      if (caps) return n > 0 && PARTICLES.has(t.key) ? t.key : titleCase(t.text);
      return /^\p{Lu}{3,}(?:-\p{Lu}{2,})*$/u.test(t.text) ? titleCase(t.text) : t.text;
    })
    .join(" ");
}

function titleCase(w: string): string {
  return w.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

/**
 * "HIS EXCELLENCY MR PIETER VAN DER WIELEN, Ambassador": a name written in capitals after a form of
 * address, as official releases print it. At least two name words; particles inside only. The end, or i.
 */
export function capsNameRunEnd(tokens: Token[], i: number): number {
  let j = i;
  let last = i;
  let named = 0;
  while (j < tokens.length && j - i < MAX_NAME_TOKENS) {
    const t = tokens[j]!;
    if (t.sent !== tokens[i]!.sent || !isCapsNameWord(t)) break;
    j++;
    if (!PARTICLES.has(t.key)) {
      named++;
      last = j;
    } else if (j - 1 === i) break;
  }
  return named >= 2 ? last : i;
}

const FOLD_MAP: Record<string, string> = { ı: "i", ø: "o", ß: "ss", æ: "ae", œ: "oe", ł: "l", đ: "d" };

/** Spellings of one name word that articles use interchangeably. */
const SAME_WORD: Record<string, string> = {
  mohammad: "muhammad", mohammed: "muhammad", muhammed: "muhammad", mohamed: "muhammad", md: "muhammad", mohd: "muhammad",
  ahmad: "ahmed", hussein: "hussain", husain: "hussain", syed: "sayed", sayyid: "sayed", chaudhary: "chaudhry", choudhury: "chaudhry",
};

/** Comparison key of one name word: no diacritics, no case, no punctuation, one spelling of common variants. */
export function foldWord(w: string): string {
  const key = foldLetters(w);
  return SAME_WORD[key] ?? key;
}

const PLAIN_WORD = /^[A-Za-z]+$/;

function foldLetters(w: string): string {
  // Most name words are plain letters: no diacritics to take off, no marks to drop.
  if (PLAIN_WORD.test(w)) return w.toLowerCase();
  return w
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ıøßæœłđ]/g, (c) => FOLD_MAP[c] ?? c)
    .replace(/['’`.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-");
}

/** Words that open a patronymic: what follows names the father ("Hamdan bin Mohammed bin Rashid"). */
const PATRONYMIC = new Set(["bin", "binti", "bint", "ibn", "bte", "binte", "ben"]);
const FAMILY_ARTICLE = /^(?:al|el)(?:-|$)/;

/**
 * True when every word of `short` occurs in `full`, in order ("Sadia Qureshi" in "Sadia Rehman Qureshi").
 * In a name with a patronymic, a short form takes the person's own words (before "bin") and the
 * family name at the end, never the father's: "Sheikh Mohammed" is not a short form of
 * "Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum", "Hamdan" and "Al Maktoum" are.
 */
export function isSubName(short: string[], full: string[]): boolean {
  const firstPatronymic = full.findIndex((w) => PATRONYMIC.has(w));
  let familyFrom = full.length - 1;
  if (firstPatronymic >= 0) {
    for (let i = full.length - 1; i > firstPatronymic; i--) {
      if (FAMILY_ARTICLE.test(full[i]!)) {
        familyFrom = i;
        break;
      }
    }
  }
  let k = 0;
  for (let i = 0; i < full.length && k < short.length; i++) {
    const own = firstPatronymic < 0 || i < firstPatronymic || i >= familyFrom;
    if (own && full[i] === short[k]) k++;
  }
  if (k === short.length) return true;
  // A short form that writes out the patronymic itself ("Nawaf bin Saad" of "Nawaf bin Saad bin Musaed"):
  // its own words among the person's own, the rest after them.
  const shortPatronymic = short.findIndex((w) => PATRONYMIC.has(w));
  if (firstPatronymic < 0 || shortPatronymic < 0) return false;
  return subsequence(short.slice(0, shortPatronymic), full.slice(0, firstPatronymic)) && subsequence(short.slice(shortPatronymic), full.slice(firstPatronymic));
}

function subsequence(short: string[], full: string[]): boolean {
  let k = 0;
  for (const w of full) if (k < short.length && w === short[k]) k++;
  return k === short.length;
}
