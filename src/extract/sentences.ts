// Paragraphs and sentences with their offsets in the article text. News copy is full of
// abbreviations ("Dr.", "H.E.", "Engr.", "Daniel R. Whitcomb", "U.S."), so a full stop ends a
// sentence only when it is not one of those and the next word starts a new sentence.

export interface Span {
  text: string;
  /** Offset of the first character in the article text. */
  start: number;
  /** Index of the paragraph the span belongs to (0 = first paragraph). */
  paragraph: number;
}

const ABBREVIATIONS = new Set([
  "mr", "mrs", "ms", "dr", "prof", "engr", "md", "st", "no", "nos", "gen", "lt", "col", "maj", "capt", "cdr", "brig",
  "sen", "rep", "gov", "jr", "sr", "co", "corp", "ltd", "inc", "vs", "etc", "e.g", "i.e", "h.e", "u.s", "u.k", "u.n",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "govt", "mt",
  "rs", "hon", "rev", "sh", "syed", "pvt", "int'l", "ft", "art", "sec",
]);

export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].trim()) out.push({ text: m[0], start: m.index, paragraph: out.length });
  }
  return out;
}

/** A full stop before a capital, or an Urdu full stop or question mark (the script has no capitals). */
const BOUNDARY = /[.!?]+["”’)]?(?=\s+["“‘(]?[\p{Lu}\d])|[۔؟]+(?=\s*\S)/gu;

export function sentences(text: string): Span[] {
  const out: Span[] = [];
  for (const para of paragraphs(text)) {
    let from = 0;
    BOUNDARY.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = BOUNDARY.exec(para.text))) {
      const end = m.index + m[0].length;
      if (m[0].startsWith(".") && isAbbreviation(para.text, m.index)) continue;
      push(out, para, from, end);
      from = end;
    }
    push(out, para, from, para.text.length);
  }
  return out;
}

function push(out: Span[], para: Span, from: number, to: number): void {
  const raw = para.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const t = raw.trim();
  if (t) out.push({ text: t, start: para.start + from + lead, paragraph: para.paragraph });
}

/** Is the word that ends at `dot` an abbreviation or an initial ("R." in "Daniel R. Whitcomb")? */
function isAbbreviation(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot);
  const word = /([\p{L}.']+)$/u.exec(before)?.[1] ?? "";
  if (/^\p{Lu}$/u.test(word)) return true; // an initial
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // H.E, U.S
  return ABBREVIATIONS.has(word.toLowerCase());
}
