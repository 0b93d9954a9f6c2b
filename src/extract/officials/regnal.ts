// Monarchs and popes are named by one given name and, often, a regnal number: "King Tarek II",
// "Pope Leo X", "Sultan Qadir of Oman received"; patriarchs by one name too ("Patriarch Ilia II"),
// and cardinals, archbishops and ayatollahs often by their surname ("Cardinal Tagle").
// King, Sultan and Pope are not office heads elsewhere, since they are also family and given
// names ("Daniel King", "Sultan Mahmood"); all these words are read as an office before a single
// name only when it is closed by a regnal number, "of" and a country, or the clause going on.
import type { Token } from "./tokens.ts";
import { countryAt } from "./lexicon.ts";
import { isNameWord } from "./names.ts";
import { honorificAt } from "./address.ts";
import { knownCity } from "../cities.ts";

const REGNAL_OFFICES = ["king", "queen", "sultan", "emperor", "empress", "pope", "grand duke", "grand duchess", "patriarch", "cardinal", "archbishop", "ayatollah", "grand ayatollah"].map((o) => o.split(" "));
const ROMAN_NUMERAL = /^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$/;
const CLOSERS = new Set([",", ".", ";", ":", ")"]);

export interface RegnalSpan {
  titleStart: number;
  titleEnd: number;
  nameStart: number;
  nameEnd: number;
}

const FIRST_WORDS = new Set(REGNAL_OFFICES.map((words) => words[0]!));

function officeAt(tokens: Token[], i: number): number {
  const t = tokens[i];
  if (!t?.cap || !FIRST_WORDS.has(t.key)) return 0;
  for (const words of REGNAL_OFFICES) if (words.every((w, k) => tokens[i + k]?.kind === "word" && tokens[i + k]!.key === w)) return words.length;
  return 0;
}

/** The monarch or pope named at token i, or null. */
export function regnalAt(tokens: Token[], i: number): RegnalSpan | null {
  const length = officeAt(tokens, i);
  if (length === 0) return null;
  const prev = tokens[i - 1];
  if (prev && prev.sent === tokens[i]!.sent && (isNameWord(prev) || honorificAt(tokens, i - 1) > 0)) return null;
  const ns = i + length;
  const name = tokens[ns];
  if (!name || name.kind !== "word" || !isNameWord(name) || name.sent !== tokens[i]!.sent || knownCity(name.text) || countryAt(tokens, ns)) return null;
  let ne = ns + 1;
  const after = tokens[ne];
  if (after?.kind === "word" && ROMAN_NUMERAL.test(after.text)) ne++;
  else if (after?.kind === "word" && after.key === "of") {
    if (!countryAt(tokens, ne + 1)) return null;
  } else if (!(after === undefined || CLOSERS.has(after.text) || (after.kind === "word" && !after.cap))) return null;
  return { titleStart: i, titleEnd: ns, nameStart: ns, nameEnd: ne };
}
