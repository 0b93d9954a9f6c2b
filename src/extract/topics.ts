// Topics: each taxonomy entry's keywords are counted in the article, the headline and the lead
// weighing more than the rest, and the best-scoring 2 to 6 labels are returned, ranked.
// Keywords written in capitals ("AI", "5G", "CERT") match case-sensitively so that "ai" or "it"
// inside ordinary words and sentences never counts; the others ignore case.
import type { Topic } from "../model.ts";
import taxonomy from "../lexicon/topics.json" with { type: "json" };

export const DEFAULT_TOPICS: readonly Topic[] = taxonomy.topics;

const MIN_TOPICS = 2;
const MAX_TOPICS = 6;
/** A topic is kept when it scores at least this share of the best topic's score... */
const RELATIVE_FLOOR = 0.1;
/** ...and at least this much in absolute terms. */
const ABSOLUTE_FLOOR = 2;
const HEADLINE_WEIGHT = 3;
const LEAD_WEIGHT = 2;

interface CompiledTopic {
  label: string;
  exact: RegExp | null;
  folded: RegExp | null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const isCapitals = (k: string) => /\p{Lu}/u.test(k) && k === k.toUpperCase();

function alternation(keywords: string[], flags: string): RegExp | null {
  if (keywords.length === 0) return null;
  // Longest first, so "digital payments" is one hit rather than "digital" and "payments".
  const sorted = [...keywords].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}\\p{N}-])(?:${sorted.join("|")})(?![\\p{L}\\p{N}]|-\\p{L})`, `g${flags}u`);
}

const compiled = new WeakMap<readonly Topic[], CompiledTopic[]>();

function compile(topics: readonly Topic[]): CompiledTopic[] {
  let out = compiled.get(topics);
  if (!out) {
    out = topics.map((t) => {
      const keywords = [t.label, ...t.keywords].filter((k) => k.trim() !== "");
      return {
        label: t.label,
        exact: alternation(keywords.filter(isCapitals), ""),
        folded: alternation(keywords.filter((k) => !isCapitals(k)), "i"),
      };
    });
    compiled.set(topics, out);
  }
  return out;
}

function count(re: RegExp | null, text: string): number {
  if (!re || !text) return 0;
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Ranked topic labels for an article: headline, lead paragraph, rest of the text. */
export function extractTopics(headline: string | null, text: string, topics: readonly Topic[] = DEFAULT_TOPICS): string[] {
  const split = text.indexOf("\n");
  const lead = split < 0 ? text : text.slice(0, split);
  const rest = split < 0 ? "" : text.slice(split + 1);
  const scored = compile(topics).map((t, order) => {
    const hits = (s: string) => count(t.exact, s) + count(t.folded, s);
    const score = HEADLINE_WEIGHT * hits(headline ?? "") + LEAD_WEIGHT * hits(lead) + hits(rest);
    return { label: t.label, score, order };
  });
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  const best = scored[0]?.score ?? 0;
  const floor = Math.max(ABSOLUTE_FLOOR, best * RELATIVE_FLOOR);
  const chosen = scored.filter((t, i) => t.score > 0 && (t.score >= floor || i < MIN_TOPICS));
  return [...new Set(chosen.slice(0, MAX_TOPICS).map((t) => t.label))];
}
