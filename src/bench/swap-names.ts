// Replaces the people of a template article with generated people, consistently: the full name,
// its short forms ("Ms. Qureshi", "Dr. Ahmed", "Mr. Li") and its other spellings all change the
// same way, because the swap is done word by word over the whole text in one pass.

import type { GeneratedPerson, NameShape } from "./name-pools.ts";
import type { Prng } from "./prng.ts";

// Parts that belong to many names and say nothing about who the person is; they stay as written
// so the generated corpus keeps the shapes the extractor must handle.
const KEPT_PARTS = new Set([
  "Syed", "Mian", "Makhdoom", "Sheikh", "Chaudhry", "Khawaja", "Md.", "Muhammad", "Mohammad",
  "bin", "bint", "ibn", "Al", "al", "ul", "de", "van", "von", "da", "di", "Abu",
]);
const INITIAL = /^\p{Lu}\.$/u;
const ARTICLE_PREFIX = /^(Al-|al-|El-|el-)(.+)$/;

function slotOf(token: string): string {
  if (KEPT_PARTS.has(token) || INITIAL.test(token)) return token;
  const prefixed = ARTICLE_PREFIX.exec(token);
  return prefixed ? `${prefixed[1]}W` : "W";
}

/** The shape of a written name: "Syed Faraz Bukhari" → "Syed W W", "Daniel R. Whitcomb" → "W R. W". */
export function nameShape(name: string): NameShape {
  return name.split(/\s+/).filter(Boolean).map(slotOf).join(" ");
}

/** The word tokens of a name paired with their slot, for mapping onto a generated person. */
function wordTokens(name: string): string[] {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .filter((t) => slotOf(t).endsWith("W"))
    .map((t) => ARTICLE_PREFIX.exec(t)?.[2] ?? t);
}

/** The generated person's name written in the shape of the template name. */
export function realise(shape: NameShape, person: GeneratedPerson): string {
  let slot = 0;
  return shape
    .split(" ")
    .map((part) => (part.endsWith("W") ? part.slice(0, -1) + (person.words[slot++] ?? "") : part))
    .join(" ");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export interface SwapResult {
  text: string;
  /** The generated full names, in the order of the template's people. */
  names: string[];
}

/**
 * Draws one generated person per template person (distinct within the article) and rewrites the text.
 * Two template people sharing a word (a surname) keep sharing it after the swap.
 */
export function swapNames(
  text: string,
  people: readonly { name: string; aliases: readonly string[] }[],
  pools: ReadonlyMap<NameShape, GeneratedPerson[]>,
  rng: Prng,
): SwapResult {
  const wordMap = new Map<string, string>();
  const usedValues = new Set<string>();
  const chosen = new Set<GeneratedPerson>();
  const names: string[] = [];
  for (const person of people) {
    const shape = nameShape(person.name);
    const pool = pools.get(shape);
    if (!pool || pool.length === 0) throw new Error(`no generated people for name shape "${shape}"`);
    const tokens = wordTokens(person.name);
    let pickedPerson = rng.pick(pool);
    for (let attempt = 0; attempt < 50; attempt++) {
      const clash =
        chosen.has(pickedPerson) ||
        tokens.some((t, i) => !wordMap.has(t) && usedValues.has(pickedPerson.words[i] ?? ""));
      if (!clash) break;
      pickedPerson = rng.pick(pool);
    }
    chosen.add(pickedPerson);
    const words = tokens.map((t, i) => wordMap.get(t) ?? (pickedPerson.words[i] as string));
    tokens.forEach((t, i) => {
      wordMap.set(t, words[i] as string);
      usedValues.add(words[i] as string);
    });
    names.push(realise(shape, { shape, words }));
    for (const alias of person.aliases) {
      const aliasTokens = wordTokens(alias);
      aliasTokens.forEach((t, i) => {
        if (wordMap.has(t)) return;
        // Same number of words: align by position; otherwise first with first, the rest with the last.
        const j = aliasTokens.length === tokens.length ? i : i === 0 ? 0 : tokens.length - 1;
        wordMap.set(t, words[j] as string);
      });
    }
  }
  if (wordMap.size === 0) return { text, names };
  for (const [from, to] of [...wordMap]) {
    const upper = from.toUpperCase();
    if (upper !== from && !wordMap.has(upper)) wordMap.set(upper, to.toUpperCase());
  }
  const keys = [...wordMap.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${keys.map(escapeRegExp).join("|")})(?![\\p{L}\\p{M}\\p{N}])`, "gu");
  return { text: text.replace(pattern, (word) => wordMap.get(word) ?? word), names };
}
