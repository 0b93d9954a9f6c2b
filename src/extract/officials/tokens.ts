// Tokenizer for the officials extractor: words (with hyphens, inner apostrophes and dotted
// abbreviations kept whole), possessive "'s" as its own token, punctuation, and paragraph breaks.
// Every token knows its sentence, so role cues never leak from one sentence into the next.
import honorifics from "../../lexicon/honorifics.json" with { type: "json" };

export type TokenKind = "word" | "punct" | "poss" | "para";

export interface Token {
  text: string;
  /** Lower-cased text without a final dot, for lexicon look-ups. */
  key: string;
  kind: TokenKind;
  start: number;
  end: number;
  /** Index of the sentence the token belongs to. */
  sent: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Memoised word classes (filled on first use by the name and office grammars). */
  nameWord?: boolean;
  officeish?: boolean;
  /** Memoised lengths of the office head and the form of address starting at this token. */
  head?: number;
  lowerHead?: number;
  honorific?: number;
  /** Memoised country phrase starting at this token (null: none). */
  country?: { length: number; value: { name: string } } | null;
}

// 1 paragraph break · 2 dotted initialism (H.E., U.S., a.i., e.g.) · 3 word · 4 possessive · 5 any other character
const TOKEN_RE =
  /(\n[ \t\r]*\n\s*)|((?:\p{L}\.){2,})|([\p{L}\p{N}@](?:[\p{L}\p{M}\p{N}@]|['’](?=\p{L})(?!s(?![\p{L}]))|[-‑&](?=[\p{L}\p{N}]))*\.?)|(['’]s(?![\p{L}]))|(\S)/gu;

const ABBREVIATIONS = new Set(honorifics.abbreviations);
const UPPER_START = /^\p{Lu}/u;
const SINGLE_LETTER = /^\p{Lu}$/u;

function keyOf(text: string): string {
  let key = text.toLowerCase();
  if (key.includes("’")) key = key.replace(/’/g, "'");
  return key.length > 1 && key.endsWith(".") ? key.slice(0, -1) : key;
}

function makeToken(text: string, kind: TokenKind, start: number): Token {
  const c = text.charAt(0);
  // Cheap upper-case test on the first letter; the regex only for letters outside ASCII.
  const cap = c >= "A" && c <= "Z" ? true : c < "\u00c0" ? false : UPPER_START.test(c);
  // Every memo field is present from the start, so all tokens share one object shape.
  return {
    text,
    key: kind === "word" ? keyOf(text) : text,
    kind,
    start,
    end: start + text.length,
    sent: 0,
    cap,
    nameWord: undefined,
    officeish: undefined,
    head: undefined,
    lowerHead: undefined,
    honorific: undefined,
    country: undefined,
  };
}

/** A dot after a word stays with it only for abbreviations and initials ("Dr.", "Md.", "R."). */
function keepsDot(word: string): boolean {
  const bare = word.slice(0, -1);
  return SINGLE_LETTER.test(bare) || ABBREVIATIONS.has(bare.toLowerCase());
}

const SENTENCE_END = new Set([".", "!", "?"]);
const COMPOUND_SUFFIX = /^(.+?)(-(?:led|based|headed|born|owned|run|backed|funded|sponsored|chaired|level|specific))$/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    const start = m.index;
    if (m[1] !== undefined) tokens.push(makeToken("\n\n", "para", start));
    else if (m[2] !== undefined) tokens.push(makeToken(m[2], "word", start));
    else if (m[3] !== undefined) {
      const dot = m[3].endsWith(".") && !keepsDot(m[3]);
      const w = dot ? m[3].slice(0, -1) : m[3];
      const compound = w.includes("-") ? COMPOUND_SUFFIX.exec(w) : null;
      if (compound) {
        // "a Shaza Fatima-led delegation": the name ends before "-led".
        tokens.push(makeToken(compound[1]!, "word", start));
        tokens.push(makeToken(w.slice(compound[1]!.length), "word", start + compound[1]!.length));
      } else tokens.push(makeToken(w, "word", start));
      if (dot) tokens.push(makeToken(".", "punct", start + w.length));
    } else if (m[4] !== undefined) tokens.push(makeToken(m[4], "poss", start));
    else {
      const p = m[5] ?? "";
      // "the Netherlands' Minister": an apostrophe right after a capitalised word in s, before a word.
      const prev = tokens[tokens.length - 1];
      const plural = (p === "'" || p === "’") && prev?.kind === "word" && prev.cap && prev.end === start && prev.text.endsWith("s") && /^\s\p{Lu}/u.test(text.slice(start + 1, start + 3));
      tokens.push(makeToken(p, plural ? "poss" : "punct", start));
    }
  }
  // Sentence numbers: a new sentence after ". ! ?" or a paragraph break.
  // Several marks in a row ("?!", ".\n\n") end one sentence, so sentence numbers have no gaps.
  let sent = 0;
  let ended = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A full stop before a bracket or a comma closes an abbreviation ("(D-Md.), members of"), not a sentence.
    const closesAbbreviation = t.text === "." && /^[),;]$/.test(tokens[i + 1]?.text ?? "");
    const ends = t.kind === "para" || (t.kind === "punct" && SENTENCE_END.has(t.text) && !closesAbbreviation);
    if (ended && !ends) {
      sent++;
      ended = false;
    }
    t.sent = sent;
    if (ends) ended = true;
  }
  return tokens;
}

/** Character span of each sentence, indexed by sentence number. */
export function sentenceSpans(tokens: Token[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const t of tokens) {
    const s = spans[t.sent];
    if (s) s.end = t.end;
    else spans[t.sent] = { start: t.start, end: t.end };
  }
  return spans;
}
