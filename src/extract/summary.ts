// The headline and the summary of a record. A headline the article gives (front matter title or
// a headline line) is kept; otherwise one is made from the meeting's principals ("A meets B",
// "A and B discuss cybersecurity"). The summary is the lead: the first sentence or two of the
// story without its dateline.
import type { Official } from "../model.ts";
import { sentences, type Span } from "./sentences.ts";

const SUMMARY_SHORT = 140;
const SUMMARY_MAX = 420;
const HEADLINE_MAX = 140;

export function makeHeadline(
  given: string | null,
  officials: readonly Official[],
  topics: readonly string[],
  text: string,
  dateline: string | null = null,
): string {
  if (given && given.trim()) return given.trim();
  const principals = officials.filter((o) => o.role === "participant").map((o) => o.name);
  const topic = topics[0] === undefined ? undefined : inSentence(topics[0]);
  if (principals.length >= 2) {
    const names = principals.length === 2 ? `${principals[0]} and ${principals[1]}` : `${principals.slice(0, -1).join(", ")} and ${principals.at(-1)}`;
    if (principals.length === 2 && !topic) return `${principals[0]} meets ${principals[1]}`;
    return topic ? `${names} discuss ${topic}` : `${names} meet`;
  }
  if (principals.length === 1) return topic ? `${principals[0]} holds talks on ${topic}` : `${principals[0]} holds talks`;
  // No principal named: the lead sentence, shortened, is the best description of the story.
  const lead = leadSentences(sentences(text), 1, dateline);
  if (lead) return shorten(lead.replace(/[.!?]+$/, ""), HEADLINE_MAX);
  return topic ? `Meeting on ${topic}` : "Untitled meeting";
}

/** A label as it reads mid-sentence: "Energy" → "energy", but "IT exports" and "China-Pakistan ..." keep their capitals. */
function inSentence(label: string): string {
  const first = label.split(/\s/)[0] ?? "";
  if (/^\p{Lu}[^\p{Lu}]*$/u.test(first)) return label.charAt(0).toLowerCase() + label.slice(1);
  return label;
}

/** The lead sentence, with the next one when the first is short. */
/** `spans` are the text's sentences, when the caller has them already. */
export function makeSummary(text: string, dateline: string | null, spans: readonly Span[] = sentences(text)): string {
  const lead = leadSentences(spans, 2, dateline);
  if (!lead) return "";
  return shorten(lead, SUMMARY_MAX);
}

function leadSentences(all: readonly Span[], max: number, dateline: string | null): string {
  const first = all[0];
  if (!first) return "";
  const parts = [stripDateline(first.text, dateline)];
  for (const s of all.slice(1, max)) {
    if (s.paragraph !== first.paragraph || parts.join(" ").length >= SUMMARY_SHORT) break;
    parts.push(s.text);
  }
  return parts.join(" ").trim();
}

/** "ISLAMABAD: Minister ..." → "Minister ..."; the dateline is a filing note, not the news. */
function stripDateline(sentence: string, dateline: string | null): string {
  if (!dateline) return sentence;
  const at = sentence.indexOf(dateline);
  if (at !== 0) return sentence;
  return sentence.slice(dateline.length).replace(/^\s*(?::|[-–—]+)\s*/, "");
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, "")}…`;
}
