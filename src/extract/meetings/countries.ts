// Countries named in a stretch of text, by name, other spelling or demonym ("Omani", "Oman's",
// "the UAE"): what "the Omani minister" or "the Afghan delegation" points to.
import anyAscii from "any-ascii";
import countriesLexicon from "../../lexicon/countries.json" with { type: "json" };

const fold = (w: string) => anyAscii(w).toLowerCase().replace(/['’]s$/, "").replace(/[^a-z0-9 ]/g, "");

const BY_PHRASE = new Map<string, string>();
let longest = 1;
for (const c of countriesLexicon.countries) {
  for (const form of [c.name, ...c.aliases, ...c.demonyms]) {
    const key = fold(form);
    if (!key) continue;
    BY_PHRASE.set(key, c.name);
    longest = Math.max(longest, key.split(" ").length);
  }
}

const CAPITALISED = /[\p{Lu}][\p{L}\p{M}.’'-]*/gu;

/** The countries named in `text`, in order, each once. */
export function countriesIn(text: string): string[] {
  const words: string[] = [];
  CAPITALISED.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAPITALISED.exec(text))) words.push(fold(m[0]));
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(longest, words.length - i); n > 0; n--) {
      const c = BY_PHRASE.get(words.slice(i, i + n).join(" "));
      if (c) {
        if (!found.includes(c)) found.push(c);
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

/** The country a single word names ("Omani" → Oman), or null. */
export function countryOfWord(word: string): string | null {
  return BY_PHRASE.get(fold(word)) ?? null;
}
