// The key places are matched on: case, accents, dots, apostrophes and hyphens do not count
// ("SÃO PAULO", "Sao Paulo"; "Xi'an", "Xian"; "Sharm el-Sheikh", "Sharm El Sheikh").

const LETTERS: Record<string, string> = { ı: "i", ø: "o", æ: "ae", œ: "oe", ß: "ss", đ: "d", ł: "l", þ: "th", ð: "d" };

/** Most spellings are plain ASCII words: lower case is their key, without the cost of normalising. */
const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

export function placeKey(spelling: string): string {
  if (PLAIN.test(spelling)) return spelling.toLowerCase();
  return spelling
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ıøæœßđłþð]/g, (ch) => LETTERS[ch]!)
    .replace(/['’‘ʻʼ`.]/g, "")
    .replace(/[\s,\-–]+/g, " ")
    .trim();
}
