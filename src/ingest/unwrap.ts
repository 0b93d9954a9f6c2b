// Some sources (wire feeds, e-mailed press releases, text copied from PDFs) break lines at a fixed
// width inside paragraphs. Each line would then read as a paragraph of its own, splitting
// sentences and names ("High Commissioner Ikram / Mohammad Ibrahim"). When most lines share one
// width, lines that reach it are joined with the next; a shorter line ends its paragraph.

const MIN_LINES = 5;
/** Share of lines that must be near the common width for the text to count as hard-wrapped. */
const WRAPPED_SHARE = 0.6;
/** A line this close to the width (as a share of it) was broken by the wrap, not by the writer. */
const FULL_LINE = 0.75;

export function unwrapHardBreaks(text: string): string {
  const lines = text.split("\n");
  const filled = lines.filter((l) => l.trim() !== "");
  if (filled.length < MIN_LINES) return text;
  const width = Math.max(...filled.map((l) => l.length));
  if (width < 40 || width > 120) return text;
  const full = filled.filter((l) => l.length >= width * FULL_LINE).length;
  if (full / filled.length < WRAPPED_SHARE) return text;

  const out: string[] = [];
  let current = "";
  for (const line of lines) {
    const t = line.trim();
    if (!t) {
      if (current) out.push(current);
      current = "";
      out.push("");
      continue;
    }
    current = current ? `${current}${current.endsWith("-") && /^\p{Ll}/u.test(t) ? "" : " "}${t}` : t;
    if (line.length < width * FULL_LINE) {
      out.push(current);
      current = "";
    }
  }
  if (current) out.push(current);
  return out.join("\n");
}
