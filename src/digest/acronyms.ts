// "Full Name (ACR)" in an article: the acronym the article uses for a body. The acronym's capital
// letters must be the initials of the words before it, in order, with the first word's initial
// first ("Tanzania Investment and Special Economic Zones Authority (TISEZA)"); "(Retd)", "(PhD)"
// and "(ANTARA)" after a name define nothing.
const CONNECTORS = new Set(["of", "for", "and", "the", "on", "in", "&", "de", "du", "des", "la", "le", "al", "el"]);
const DEFINITION = /\(([\p{Lu}][\p{L}\p{N}@&]{1,11})\)/gu;
const WORD = /[\p{L}\p{N}@&'’-]+|&/gu;

/** Acronym → full name for every acronym the text defines (the first definition of each). */
export function acronymDefinitions(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(DEFINITION)) {
    const acronym = match[1]!;
    if (found.has(acronym)) continue;
    const letters = acronym.match(/\p{Lu}/gu) ?? [];
    if (letters.length < 2) continue;
    const before = text.slice(Math.max(0, match.index! - 200), match.index!).split(/[\n.;:,!?]/).pop() ?? "";
    const words = [...before.matchAll(WORD)].map((m) => m[0]);
    const full = fullNameFor(letters, words);
    if (full) found.set(acronym, full);
  }
  return found;
}

/** The shortest run of capitalised words (connectors allowed inside) ending the text whose initials spell `letters`. */
function fullNameFor(letters: string[], words: string[]): string | null {
  let end = words.length;
  while (end > 0 && CONNECTORS.has(words[end - 1]!.toLowerCase())) end--;
  const target = letters.join("");
  for (let start = end - 1; start >= 0; start--) {
    const word = words[start]!;
    if (CONNECTORS.has(word.toLowerCase())) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(word)) return null;
    const content = words.slice(start, end).filter((w) => !CONNECTORS.has(w.toLowerCase()));
    if (content.length > letters.length) return null;
    if (spells(content, target)) return words.slice(start, end).join(" ");
  }
  return null;
}

/** Each word gives its initial, or the initials of its hyphenated parts ("Inter-Services": "IS"). */
function spells(words: string[], target: string): boolean {
  if (words.length === 0) return target.length === 0;
  const [word, ...rest] = words;
  const options = new Set([word!.charAt(0).toUpperCase(), word!.split("-").map((p) => p.charAt(0).toUpperCase()).join("")]);
  for (const option of options) if (target.startsWith(option) && spells(rest, target.slice(option.length))) return true;
  return false;
}
