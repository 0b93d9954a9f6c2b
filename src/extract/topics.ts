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
const ABSOLUTE_FLOOR = 1;
const HEADLINE_WEIGHT = 3;
const LEAD_WEIGHT = 2;

/**
 * All keywords of a taxonomy in one longest-first alternation, so an article is scanned once;
 * each match is looked up to find the topics it signals.
 */
interface CompiledTaxonomy {
  pattern: RegExp;
  /** Keywords in capitals, as written → topic indexes. */
  exact: Map<string, number[]>;
  /** Other keywords, lower-cased → topic indexes. */
  folded: Map<string, number[]>;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const isCapitals = (k: string) => /\p{Lu}/u.test(k) && k === k.toUpperCase();

const compiled = new WeakMap<readonly Topic[], CompiledTaxonomy>();

function add(map: Map<string, number[]>, key: string, topic: number): void {
  const list = map.get(key) ?? [];
  if (!list.includes(topic)) list.push(topic);
  map.set(key, list);
}

function compile(topics: readonly Topic[]): CompiledTaxonomy {
  let out = compiled.get(topics);
  if (out) return out;
  const exact = new Map<string, number[]>();
  const folded = new Map<string, number[]>();
  topics.forEach((t, i) => {
    for (const k of [t.label, ...t.keywords].map((k) => k.trim()).filter(Boolean)) {
      if (isCapitals(k)) add(exact, k, i);
      else add(folded, k.toLowerCase(), i);
    }
  });
  const all = [...new Set([...exact.keys(), ...folded.keys()].map((k) => k.toLowerCase()))].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${all.join("|") || "(?!)"})(?![\\p{L}\\p{N}]|-\\p{L})`, "gu");
  out = { pattern, exact, folded };
  compiled.set(topics, out);
  return out;
}

/** Adds `weight` to each topic's score for every keyword found in `text`. */
function score(c: CompiledTaxonomy, text: string, weight: number, scores: number[]): void {
  if (!text) return;
  const lower = text.toLowerCase();
  // Lower-casing keeps offsets for nearly all text; where it does not ("İ"), the original case is unknown.
  const sameOffsets = lower.length === text.length;
  c.pattern.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = c.pattern.exec(lower))) {
    const written = sameOffsets ? text.slice(m.index, m.index + m[0].length) : m[0];
    const hit = c.exact.get(written) ?? c.folded.get(m[0]);
    if (hit) for (const i of hit) scores[i]! += weight;
  }
}

/** Ranked topic labels for an article: headline, lead paragraph, rest of the text. */
export function extractTopics(headline: string | null, text: string, topics: readonly Topic[] = DEFAULT_TOPICS): string[] {
  const c = compile(topics);
  const split = text.indexOf("\n");
  const scores = topics.map(() => 0);
  score(c, headline ?? "", HEADLINE_WEIGHT, scores);
  score(c, split < 0 ? text : text.slice(0, split), LEAD_WEIGHT, scores);
  if (split >= 0) score(c, text.slice(split + 1), 1, scores);
  const ranked = topics.map((t, order) => ({ label: t.label, score: scores[order]!, order }));
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  const best = ranked[0]?.score ?? 0;
  const floor = Math.max(ABSOLUTE_FLOOR, best * RELATIVE_FLOOR);
  const chosen = ranked.filter((t, i) => t.score > 0 && (t.score >= floor || i < MIN_TOPICS));
  return [...new Set(chosen.slice(0, MAX_TOPICS).map((t) => t.label))];
}
