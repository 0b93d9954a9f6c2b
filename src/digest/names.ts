// Comparing spellings of a person's name: case, diacritics, punctuation and hyphens do not
// make a different person ("Élodie Marchand" = "Elodie Marchand", "Daniel R. Whitcomb" has the
// tokens daniel, r, whitcomb).
import anyAscii from "any-ascii";

/** The comparison form of a name: ASCII, lower case, words separated by single spaces. */
export function nameKey(name: string): string {
  return nameTokens(name).join(" ");
}

export function nameTokens(name: string): string[] {
  return anyAscii(name.normalize("NFC"))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

/** True when every token of `short` occurs in `long`, in the same order. */
export function isSubsequence(short: string[], long: string[]): boolean {
  let j = 0;
  for (const token of long) {
    if (j < short.length && token === short[j]) j++;
  }
  return j === short.length;
}
