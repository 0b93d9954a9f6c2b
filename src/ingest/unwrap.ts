// Some sources (wire feeds, e-mailed press releases, text copied from PDFs) break lines at a fixed
// width inside paragraphs. Each line would then read as a paragraph of its own, splitting
// sentences and names ("High Commissioner Ikram / Mohammad Ibrahim"). When most lines share one
// width, lines that reach it are joined with the next; a shorter line ends its paragraph.

const MIN_LINES = 4;
/** Share of lines that must be near the common width for the text to count as hard-wrapped. */
const WRAPPED_SHARE = 0.6;
/** A line this close to the width (as a share of it) was broken by the wrap, not by the writer. */
const FULL_LINE = 0.75;

/** Lines shorter than this (headlines, codes, bylines) say nothing about the wrap width. */
const MIN_BODY_LINE = 30;

export function unwrapHardBreaks(text: string): string {
  const lines = text.split("\n");
  const filled = lines.filter((l) => l.trim().length > MIN_BODY_LINE);
  if (filled.length < MIN_LINES) return text;
  const width = filled.reduce((max, l) => Math.max(max, l.length), 0);
  if (width < 40 || width > 120) return text;
  const full = filled.filter((l) => l.length >= width * FULL_LINE);
  if (full.length / filled.length < WRAPPED_SHARE) return text;
  // Wrapped lines stop mid-sentence; full-width lines that end sentences are paragraphs.
  const midSentence = full.filter((l) => !/[.!?:;"”’)]\s*$/.test(l)).length;
  if (midSentence / full.length < WRAPPED_SHARE) return text;

  const out: string[] = [];
  let parts: string[] = [];
  const flush = () => {
    if (parts.length) out.push(parts.join(""));
    parts = [];
  };
  for (const line of lines) {
    const t = line.trim();
    if (!t) {
      flush();
      out.push("");
      continue;
    }
    // A word hyphenated at the end of a line ("digi-/tal") is joined without a space.
    const previous = parts.at(-1);
    if (previous !== undefined) parts.push(previous.endsWith("-") && /^\p{Ll}/u.test(t) ? "" : " ");
    parts.push(t);
    if (line.length < width * FULL_LINE) flush();
  }
  flush();
  return out.join("\n");
}
