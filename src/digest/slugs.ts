// Slugs are URL path segments built from names and headlines. They must be readable ASCII,
// stable across builds, safe as a single path segment, and never shared by two things.
import anyAscii from "any-ascii";

const MAX_SLUG_LENGTH = 80;

/**
 * "Ünal Çelik" → "unal-celik". Transliterates to ASCII, folds case, keeps letters and digits,
 * joins words with single hyphens. Returns `fallback` when nothing usable is left
 * (for example a name written only in punctuation).
 */
export function slugify(text: string, fallback = "item"): string {
  const ascii = anyAscii(text.normalize("NFC")).toLowerCase();
  const words = ascii.split(/[^a-z0-9]+/).filter((w) => w.length > 0);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG_LENGTH) {
      if (!slug) slug = word.slice(0, MAX_SLUG_LENGTH);
      break;
    }
    slug = next;
  }
  if (slug) return slug;
  return fallback === "" ? "item" : slugify(fallback, "item");
}

/** True for a string that is safe as one path segment of a permalink. */
export function isSafeSlug(slug: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug);
}

/**
 * Gives each item a unique slug. Items are handled in order of their `key` (a stable identity,
 * such as a canonical name plus a source), so the result never depends on input order: the first
 * key keeps the plain slug, later ones get "-2", "-3", ...
 */
export function assignUniqueSlugs(items: { key: string; base: string }[]): Map<string, string> {
  const sorted = [...items].sort((a, b) => compareCodePoints(a.key, b.key));
  const taken = new Set<string>();
  const result = new Map<string, string>();
  for (const item of sorted) {
    if (result.has(item.key)) continue;
    const base = isSafeSlug(item.base) ? item.base : slugify(item.base);
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    result.set(item.key, slug);
  }
  return result;
}

/** Plain code-point order: the same on every machine and locale. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
