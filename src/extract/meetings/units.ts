// The sentences of an article as the meeting reader walks them, with the lines that only frame
// the story marked: headlines and kickers left in the text, photo captions, section labels
// ("Co-chairs: A. SEITKALI; V. RƏHİMOV"). Those lines name people but report no meeting, so they
// neither open a meeting nor put anyone in one.
import honorificsLexicon from "../../lexicon/honorifics.json" with { type: "json" };
import type { Span } from "../sentences.ts";

export interface Unit extends Span {
  /** Position in the article's list of sentences. */
  index: number;
  end: number;
  /** A heading, caption or label rather than a sentence of the story. */
  heading: boolean;
}

/** A line with fewer words than this and no closing stop reads as a heading. */
const HEADING_MAX_WORDS = 25;
const CLOSERS = new Set([".", "!", "?", "۔", "؟", '"', "”", "’"]);
/** Does the text end with a closing stop (or a closing quote)? */
function closesSentence(text: string): boolean {
  const t = text.trimEnd();
  return CLOSERS.has(t[t.length - 1] ?? "");
}
const CAPTION = /^\s*(?:\[[^\]]*\]|\((?:photo|image|picture|caption|video)\b[^)]*\)|(?:photo|image|caption|picture)\s*:)/iu;

/** Forms of address that end in a dot and never end a sentence ("Smt.", "Barr.", "Engr."). */
const ADDRESS = new Set(
  [...honorificsLexicon.honorifics, "Smt", "Shri", "Sh", "Kum", "Cde", "Atty", "Arch", "Barr", "Engr", "Eng", "Amb", "Sen", "Rep", "Gen", "Brig", "Maj", "Col", "Capt", "Cdr", "Adm", "Lt", "Rt", "Hon", "Ma", "St", "Sr", "Jr", "Pres", "Gov", "Supt"]
    .filter((h) => /^[\p{L}]+$/u.test(h.replace(/\.$/, "")))
    .map((h) => h.replace(/\.$/, "").toLowerCase()),
);
/** The word before a final dot: "Smt" in "... called on Smt.". */
function wordBeforeFinalDot(text: string): string | null {
  if (!text.endsWith(".")) return null;
  const from = Math.max(text.lastIndexOf(" "), text.lastIndexOf("("), text.lastIndexOf("\n")) + 1;
  const word = text.slice(from, -1);
  return /^\p{L}+$/u.test(word) ? word : null;
}
/** Fewer words than this on a line that stops mid-sentence make a heading, not a wrapped line. */
const WRAPPED_MIN_WORDS = 4;

/**
 * Sentences as the meeting reader needs them: a sentence cut after a form of address ("Smt. |
 * Kavitha") or at a line break inside it (a name split across lines: "Rokeya Sultana | Haque")
 * is put back together.
 */
function rejoin(spans: readonly Span[], text: string): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out.at(-1);
    if (prev) {
      const prevEnd = prev.start + prev.text.length;
      const gap = text.slice(prevEnd, s.start);
      const address = wordBeforeFinalDot(prev.text);
      const cutAtAddress = address !== null && ADDRESS.has(address.toLowerCase()) && /^[ \t]*\n?[ \t]*$/.test(gap);
      const wrapped = gap === "\n" && !closesSentence(prev.text) && wordCount(prev.text, WRAPPED_MIN_WORDS) >= WRAPPED_MIN_WORDS && /^[\p{L}(]/u.test(s.text);
      if (cutAtAddress || wrapped) {
        out[out.length - 1] = { text: text.slice(prev.start, s.start + s.text.length), start: prev.start, paragraph: prev.paragraph };
        continue;
      }
    }
    out.push({ ...s });
  }
  return out;
}

export function toUnits(raw: readonly Span[], text: string): Unit[] {
  const spans = rejoin(raw, text);
  // Sentences of one paragraph: a heading is a paragraph that is one short unclosed line.
  const perParagraph = new Map<number, number>();
  for (const s of spans) perParagraph.set(s.paragraph, (perParagraph.get(s.paragraph) ?? 0) + 1);
  return spans.map((s, index) => {
    const t = s.text;
    const alone = perParagraph.get(s.paragraph) === 1;
    const heading =
      (/^\s*[[(PpIiCc]/.test(t) && CAPTION.test(t)) ||
      (alone && !closesSentence(t) && wordCount(t, HEADING_MAX_WORDS + 1) <= HEADING_MAX_WORDS) ||
      !/\p{L}{2}/u.test(t);
    return { text: t, start: s.start, paragraph: s.paragraph, index, end: s.start + t.length, heading };
  });
}

/** Words in `text`, counted up to `max`. */
function wordCount(text: string, max: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n < max; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** The unit that holds offset `at` (binary search over units in text order), or -1. */
export function unitAt(units: readonly Unit[], at: number): number {
  let lo = 0;
  let hi = units.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = units[mid]!;
    if (at < u.start) hi = mid - 1;
    else if (at >= u.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
