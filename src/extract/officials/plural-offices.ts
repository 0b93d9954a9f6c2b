// Offices written in the plural before a list of names ("Federal Ministers A and B"): telling a
// plural office from a plural complement, its singular for each person, and the country that may
// follow each name of the list.
import type { Token } from "./tokens.ts";
import * as lexicon from "./lexicon.ts";
// Imported bindings are read through accessors once transpiled; a local copy for the loops below.
const { COUNTRIES } = lexicon;

/** "Ministers Anna Berg (Sweden) and Jonas Lind of Norway": the country after a name of the list, skipped. */
export function countryNoteEnd(tokens: Token[], k: number): number {
  const bracket = tokens[k]?.text === "(";
  if (!bracket && tokens[k]?.key !== "of") return k;
  const country = COUNTRIES.match(tokens, k + 1);
  if (!country) return k;
  const end = k + 1 + country.length;
  if (!bracket) return end;
  return tokens[end]?.text === ")" ? end + 1 : k;
}

const PLURAL_HEADS = new Set(
  "ministers secretaries members ambassadors senators advisers advisors directors chairmen chairpersons governors commissioners officers representatives".split(" "),
);

/** True when the office of a title is written in the plural ("Federal Ministers"), not only a complement ("Cabinet of Ministers"). */
export function pluralTitle(tokens: Token[], start: number, end: number): boolean {
  for (let j = start; j < end; j++) {
    const t = tokens[j]!;
    if (t.text === "," || t.key === "of" || t.key === "for" || t.key === "to" || t.key === "at" || t.key === "in") return false;
    if (PLURAL_HEADS.has(t.key)) return true;
  }
  return false;
}

/** "Federal Ministers" → "Federal Minister", as each person holds one office. */
export function singularTitle(title: string | null): string | null {
  if (!title) return title;
  return title.replace(/\b(Minister|Secretar|Member|Ambassador|Senator|Advis[eo]r|Director|Chair|Governor|Commissioner|Officer|Representative)(ies|s|men|persons)\b/g, (_m, stem: string, suffix: string) =>
    stem + (suffix === "ies" ? "y" : suffix === "men" ? "man" : suffix === "persons" ? "person" : ""),
  );
}
