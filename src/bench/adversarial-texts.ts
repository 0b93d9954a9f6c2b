// Texts made to find where extraction costs more than linear time: long runs of the things the
// grammar looks ahead or back over (forms of address, office words, capitalised words, commas,
// dots, brackets), and random mixes of them. The property test and the benchmark share them, so
// the worst case the benchmark prints is one the test bounds.

import fc from "fast-check";

/** A unit repeated until the text has the size asked for; each names a way text can go wrong. */
export const ADVERSARIAL_UNITS: Readonly<Record<string, string>> = {
  "one form of address repeated": "H.E. ",
  "forms of address of every kind": "His Excellency Rt Hon. Dato' Sri Tan Sri Alhaji Sheikha Dr. ",
  "an office word repeated": "Minister ",
  "offices of offices": "Deputy Minister of Foreign Affairs of the Ministry of ",
  "a portfolio list with no name": "Minister for Trade, Industry, ",
  "titled names in one sentence": "Minister Tolu Adebayo-Reyes ",
  "names and commas": "Ina Varga, Director, ",
  "names joined by and": "Ines Moreau and ",
  "capitalised words": "Northern Grand Central Authority ",
  "a name in capitals repeated": "KOVAC Mirela ",
  "particles without a name": "de la van der bin Al- ",
  "initials": "S. K. R. ",
  commas: ", ",
  dots: ". ",
  "brackets that never close": "Minister ( [ ",
  "dates and nothing else": "on 3 March 2024, on Monday, ",
  "places and nothing else": "in Addis Ababa, Lagos, Geneva, ",
  "meeting cues": "Earlier, Separately, he also met ",
  "received in turn": "The Minister received Ambassador Pia Lund, then ",
  "a telephone call repeated": "In a telephone call with ",
};

/** `unit` repeated to about `bytes` bytes of text (the units are ASCII, one byte a character). */
export function repeatedText(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
}

/** A single line of about `bytes` bytes with no full stop: one "sentence" the size of a book. */
export function oneLongLine(bytes: number): string {
  const words = ["Minister", "Ina", "Varga", "met", "Ambassador", "Pia", "Lund", "of", "the", "Republic", "and"];
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const word = words[i % words.length] as string;
    out.push(word);
    size += word.length + 1;
  }
  return out.join(" ");
}

const FRAGMENTS = [
  ...Object.values(ADVERSARIAL_UNITS),
  "Minister ",
  "Ambassador ",
  "President ",
  "Secretary-General ",
  "the ",
  "met ",
  "called on ",
  "received ",
  "said. ",
  "\n",
  "\n\n",
  "ISLAMABAD, March 3 (APP) - ",
  "Mr ",
  "Ms. ",
  "(Retd) ",
  "OBE, ",
  "MP ",
  "Ă Đ Ş İ ",
  "“",
  "”",
  "'s ",
  "-",
  "  ",
];

/**
 * Random article texts made of the fragments above and arbitrary characters, up to about
 * `maxFragments` fragments long: what a scraped page or a badly converted file could hold.
 */
export function adversarialArticle(maxFragments: number): fc.Arbitrary<string> {
  const fragment = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
  );
  const run = fc.tuple(fragment, fc.integer({ min: 1, max: 40 })).map(([text, times]) => text.repeat(times));
  return fc.array(run, { minLength: 1, maxLength: maxFragments }).map((parts) => parts.join(""));
}
