// The cities lexicon as a lookup: any spelling (name or alias, any case) → the usual English name.
import lexicon from "../lexicon/cities.json" with { type: "json" };

const BY_SPELLING = new Map<string, string>();
for (const city of lexicon.cities) {
  BY_SPELLING.set(fold(city.name), city.name);
  for (const alias of city.aliases) BY_SPELLING.set(fold(alias), city.name);
}

/** Longest spelling in words, so a scan can try "New York City" before "New York". */
export const MAX_CITY_WORDS = Math.max(...[...BY_SPELLING.keys()].map((k) => k.split(" ").length));

function fold(s: string): string {
  return s.normalize("NFC").toLowerCase().replace(/[.,]/g, "").replace(/\s+/g, " ").trim();
}

/** The lexicon's name for a spelling of a city ("ISLAMABAD", "Bangalore"), or null when unknown. */
export function knownCity(spelling: string): string | null {
  return BY_SPELLING.get(fold(spelling)) ?? null;
}

/** A dateline city in its usual form: the lexicon's name when known, else title case. */
export function cityName(spelling: string): string {
  const known = knownCity(spelling);
  if (known) return known;
  return spelling
    .trim()
    .toLowerCase()
    .replace(/(^|[\s\-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
