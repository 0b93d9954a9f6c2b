// Where each official of the record is named in the text: the full name and the short forms news
// copy uses later ("Dr. Yohannes", "Ambassador Kang", "Sheikh Hamad", "Madam Diep", "OKABE" for
// "Okabe Shintaro"). The meeting reader needs the places, not only the names, to know which
// sentences speak of whom. A word shared by two officials of the article names neither.
import anyAscii from "any-ascii";
import namePartsLexicon from "../../lexicon/name-parts.json" with { type: "json" };
import honorificsLexicon from "../../lexicon/honorifics.json" with { type: "json" };
import type { Official } from "../../model.ts";
import { unitAt, type Unit } from "./units.ts";

export interface Mention {
  /** Index of the official in the list given. */
  who: number;
  start: number;
  end: number;
  /** Index of the unit (sentence) that holds it. */
  unit: number;
}

const ASCII_WORD = /^[A-Za-z]+$/;
const fold = (w: string) => (ASCII_WORD.test(w) ? w.toLowerCase() : anyAscii(w).toLowerCase().replace(/[^a-z0-9]/g, ""));

const PARTICLES = new Set([...namePartsLexicon.particles.map(fold), "y", "e", "jr", "sr", "ii", "iii"]);
/** Name parts that open many names (Sheikh, Sayyid, Mohd, Haji ...): part of a run, never enough alone. */
const PREFIXES = new Set(
  [...namePartsLexicon.prefixes, "Haji", "Hajah", "Awang", "Dayang", "Pehin", "Dato", "Datuk", "Datin", "Tan", "Sri", "Seri", "Sheikha", "Seyed", "Sayed", "Abu", "Abdul", "Abd"].map(fold),
);
/** Common given names: written alone they do not say which official is meant. */
const GIVEN_NAMES = new Set(namePartsLexicon.nameStarts.map(fold));
const HONORIFICS = new Set(honorificsLexicon.honorifics.map(fold));

/** Capitalised words, and the lower-case particles that may stand inside a name. */
const WORD = new RegExp(
  `\\p{Lu}[\\p{L}\\p{M}]*(?:['’\\-][\\p{L}\\p{M}]+)*|\\b(?:${[...PARTICLES].filter((p) => /^[a-z]+$/.test(p)).join("|")})\\b`,
  "gu",
);
/** What may stand between two words of one name: spaces, a hyphen, nickname quotes. */
const NAME_GAP = /^[\s"“”‘’'-]{1,3}$/u;
/** A letter, mark, apostrophe or hyphen: a word that starts right after one is inside another word. */
const INSIDE_WORD = /[\p{L}\p{M}'’-]/u;

interface Token {
  start: number;
  end: number;
  key: string;
  upper: boolean;
  /** Starts with a capital (or is written in capitals). */
  capital: boolean;
}

/** The words that can be part of a name: capitalised words and lower-case particles ("bin", "van"). */
function tokens(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) {
    const w = m[0];
    if (m.index > 0 && INSIDE_WORD.test(text[m.index - 1]!)) continue;
    const capital = w[0] !== w[0]!.toLowerCase();
    out.push({ start: m.index, end: m.index + w.length, key: fold(w), upper: capital && w.length > 1 && w === w.toUpperCase(), capital });
  }
  return out;
}

interface NameIndex {
  /** Distinctive word → the officials whose name has it. */
  owners: Map<string, Set<number>>;
  /** Per official: its distinctive words in order. */
  words: string[][];
}

function indexNames(officials: readonly Official[]): NameIndex {
  const owners = new Map<string, Set<number>>();
  const words: string[][] = [];
  officials.forEach((o, who) => {
    const own: string[] = [];
    for (const raw of o.name.split(/[\s"“”]+/)) {
      const parts = [raw, ...(raw.includes("-") ? raw.split("-") : [])];
      for (const p of parts) {
        const k = fold(p);
        if (k.length < 2 || PARTICLES.has(k) || PREFIXES.has(k) || HONORIFICS.has(k)) continue;
        own.push(k);
        const set = owners.get(k) ?? new Set<number>();
        set.add(who);
        owners.set(k, set);
      }
    }
    words.push(own);
  });
  return { owners, words };
}

/** Where an officials reader found one name written: a span of the article text. */
export interface NamedSpan {
  name: { start: number; end: number };
}

/**
 * The mentions an officials reader gives (one list per official, parallel to the officials), in
 * the walk's form, joined with those found by name: a reader may skip a place it has no need of
 * ("A and B held a separate meeting" after both were named with their offices), and an official
 * added by a correction has no places at all. Where both find a name, the reader's place stands.
 */
export function mentionsGiven(text: string, officials: readonly Official[], given: readonly (readonly NamedSpan[] | undefined)[], units: readonly Unit[]): Mention[] {
  const out: Mention[] = [];
  officials.forEach((_, who) => {
    for (const m of given[who] ?? []) {
      const unit = unitAt(units, m.name.start);
      if (unit >= 0) out.push({ who, start: m.name.start, end: m.name.end, unit });
    }
  });
  out.sort((a, b) => a.start - b.start);
  const byName = locateMentions(text, officials, units);
  // Both lists are in text order: one merge walk finds the places of names the reader did not give.
  const merged: Mention[] = [];
  let i = 0;
  for (const m of byName) {
    while (i < out.length && out[i]!.start < m.start) merged.push(out[i++]!);
    const prev = merged.at(-1);
    const overlaps = (prev !== undefined && prev.end > m.start) || (i < out.length && out[i]!.start < m.end);
    if (!overlaps) merged.push(m);
  }
  while (i < out.length) merged.push(out[i++]!);
  return merged;
}

/** Every mention of every official, in text order. */
export function locateMentions(text: string, officials: readonly Official[], units: readonly Unit[]): Mention[] {
  if (officials.length === 0) return [];
  const index = indexNames(officials);
  const toks = tokens(text);
  const out: Mention[] = [];
  let i = 0;
  while (i < toks.length) {
    const run = nameRun(text, toks, i, index);
    if (run.length === 0) {
      i++;
      continue;
    }
    for (const part of splitRun(toks, run, index, officials)) {
      const first = toks[part.from]!;
      const last = toks[part.to - 1]!;
      const unit = unitAt(units, first.start);
      if (unit >= 0) out.push({ who: part.who, start: first.start, end: last.end, unit });
    }
    i = run[run.length - 1]! + 1;
  }
  return out;
}

/** Token indices of the name words starting at token i (particles and prefixes only inside). */
function nameRun(text: string, toks: Token[], i: number, index: NameIndex): number[] {
  if (!isKey(toks[i]!, index)) return [];
  const run = [i];
  let j = i + 1;
  while (j < toks.length) {
    if (!NAME_GAP.test(text.slice(toks[j - 1]!.end, toks[j]!.start))) break;
    if (isKey(toks[j]!, index)) {
      run.push(j);
      j++;
      continue;
    }
    // "bin", "van der", "Al" inside a name: kept only when a name word follows.
    let k = j;
    while (k < toks.length && isInner(toks[k]!) && NAME_GAP.test(text.slice(toks[k - 1]!.end, toks[k]!.start))) k++;
    if (k > j && k < toks.length && isKey(toks[k]!, index) && NAME_GAP.test(text.slice(toks[k - 1]!.end, toks[k]!.start))) {
      j = k;
      continue;
    }
    break;
  }
  return run.filter((t) => isKey(toks[t]!, index));
}

function isKey(t: Token, index: NameIndex): boolean {
  return t.capital && index.owners.has(t.key);
}

function isInner(t: Token): boolean {
  return PARTICLES.has(t.key) || (t.capital && PREFIXES.has(t.key));
}

interface Part {
  who: number;
  from: number;
  to: number;
}

/** Owner sets larger than this are not copied: such a word (a surname many share) names no one alone. */
const FEW = 16;
type Owners = { few: number[] } | { many: Set<number> };

function ownersOf(index: NameIndex, key: string): Owners {
  const set = index.owners.get(key)!;
  return set.size <= FEW ? { few: [...set] } : { many: set };
}

/** Officials both sets share; two large sets stay an unresolved "many" (the smaller one). */
function intersect(a: Owners, b: Owners): Owners {
  if ("few" in a) return { few: "few" in b ? a.few.filter((o) => b.few.includes(o)) : a.few.filter((o) => b.many.has(o)) };
  if ("few" in b) return { few: b.few.filter((o) => a.many.has(o)) };
  return a.many.size <= b.many.size ? a : b;
}

/** A run of name words → the mentions it makes: one official when the words agree, else split. */
function splitRun(toks: Token[], run: number[], index: NameIndex, officials: readonly Official[]): Part[] {
  const parts: Part[] = [];
  let a = 0;
  while (a < run.length) {
    let owners = ownersOf(index, toks[run[a]!]!.key);
    let b = a + 1;
    while (b < run.length) {
      const both = intersect(owners, ownersOf(index, toks[run[b]!]!.key));
      if ("few" in both && both.few.length === 0) break;
      owners = both;
      b++;
    }
    const who = !("few" in owners) ? null : owners.few.length === 1 ? owners.few[0]! : fullMatch(toks, run.slice(a, b), owners.few, index);
    if (who !== null && accepted(toks, run.slice(a, b), who, index, officials)) parts.push({ who, from: run[a]!, to: run[b - 1]! + 1 });
    a = b;
  }
  return parts;
}

/** Several officials share the words: the one whose name is exactly these words. */
function fullMatch(toks: Token[], run: number[], candidates: number[], index: NameIndex): number | null {
  const keys = run.map((t) => toks[t]!.key).join(" ");
  const exact = candidates.filter((c) => index.words[c]!.join(" ") === keys);
  return exact.length === 1 ? exact[0]! : null;
}

/**
 * One word alone names an official only when it is the family name, a name written family name
 * first ("OKABE"), a word after a title or form of address ("Ambassador Kang", "Dr. Yohannes"),
 * or a word too rare to be a common given name.
 */
function accepted(toks: Token[], run: number[], who: number, index: NameIndex, officials: readonly Official[]): boolean {
  if (run.length > 1) return true;
  const t = toks[run[0]!]!;
  const words = index.words[who]!;
  if (words.length <= 1 || t.upper) return true;
  const ends = officials[who]!.name
    .split(/[\s"“”]+/)
    .map(fold)
    .filter((k) => k.length >= 2 && !PARTICLES.has(k) && !PREFIXES.has(k) && !HONORIFICS.has(k));
  if (t.key === ends.at(-1)) return true;
  const prev = toks[run[0]! - 1];
  if (prev && prev.capital && !index.owners.has(prev.key) && prev.end >= t.start - 2) return true;
  // The first word of a name written family name first ("Byun Seok-ho", "Gao Jianxin"), or a rare word.
  if (GIVEN_NAMES.has(t.key)) return false;
  return (t.key === ends[0] && t.key.length >= 3) || t.key.length >= 5;
}
