// The parts of a page around the story, whose names are not people of the story: headlines and
// related-story teasers, bylines and editor lines, photo captions, agency signatures.
//   a block of short lines none of which ends a sentence   "PM call with Prime Minister X of New Zealand: 14 May 2025"
//   a list of such lines                                   "- Minister X flags off immunisation drive in Enugu"
//   a line opened by a teaser, credit or byline word       "READ: ...", "Related news: ...", "By X", "Editor: X"
//   a line in brackets                                     "[Photo caption: Minister X (right) ...]"
// A story paragraph always ends a sentence somewhere, hard-wrapped or not.

export interface Range {
  start: number;
  end: number;
}

/** Words a headline or teaser line has at most. */
const MAX_HEADLINE_WORDS = 22;
const ENDS_SENTENCE = /[.!?:;"”’»)\]]\s*$/u;
const LIST_ITEM = /^\s*(?:[-•*>▪►–—]|\d{1,2}[.)])\s+/u;
const TEASER_OR_CREDIT =
  /^\s*(?:READ|Read|ALSO READ|Also [Rr]ead|Related(?: [Nn]ews| [Ss]tories| [Cc]ontent| [Aa]rticles| [Pp]osts)?|RELATED|See also|MORE|More|WATCH|Watch|Recommended|Trending|Photo(?:s| caption)?|Caption|Pic|Image|Video|Source|Credit|Editor|Editing|Reporter|Reporting|Writer|Author|Photographer|Translator|Contacts?|Enquiries|Inquiries|Media contact)\s*(?:by\s+)?[:|]/u;
const BYLINE = /^\s*(?:By|BY|Edited by|Written by|Reported by|Reporting by|Compiled by|Translated by|Photo by|Photos by)\s+\p{Lu}/u;
const BRACKETED = /^\s*\[.*\]\s*$/u;

/** Character ranges of the text that are not the story. */
export function asideRanges(text: string): Range[] {
  const out: Range[] = [];
  const lines: { start: number; end: number; text: string }[] = [];
  const re = /[^\n]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    lines.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (re.lastIndex >= text.length) break;
    re.lastIndex++; // past the newline
  }
  // A list introduced by a colon ("The delegation included:") is part of the story.
  const introduced = new Set<number>();
  let lastText = "";
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text;
    if (t.trim() === "") continue;
    if (LIST_ITEM.test(t)) {
      if (/:\s*$/.test(lastText) && !TEASER_OR_CREDIT.test(lastText)) introduced.add(i);
      continue;
    }
    lastText = t;
  }
  let blockStart = 0;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    if (line && line.text.trim() !== "") continue;
    // Lines [blockStart, i) form a block between blank lines.
    const block: number[] = [];
    for (let k = blockStart; k < i; k++) if (lines[k]!.text.trim() !== "") block.push(k);
    if (block.length > 0) {
      const headlines = block.every((k) => !introduced.has(k) && !ENDS_SENTENCE.test(lines[k]!.text) && words(lines[k]!.text) <= MAX_HEADLINE_WORDS);
      for (const k of block) {
        const l = lines[k]!;
        const teaser = LIST_ITEM.test(l.text) && !introduced.has(k) && !ENDS_SENTENCE.test(l.text);
        if (headlines || teaser || TEASER_OR_CREDIT.test(l.text) || BYLINE.test(l.text) || BRACKETED.test(l.text)) out.push({ start: l.start, end: l.end });
      }
    }
    blockStart = i + 1;
  }
  return out;
}

function words(line: string): number {
  let n = 0;
  for (const _ of line.matchAll(/\S+/g)) n++;
  return n;
}

/** True when the offset lies in one of the ranges (sorted, not overlapping), found by binary search. */
export function inRanges(ranges: Range[], at: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  const r = ranges[lo];
  return !!r && r.start <= at && at < r.end;
}
