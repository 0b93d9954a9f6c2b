// Mentions folded into people: a short form ("Ambassador Blome", "Dr. Ahmed", "Shaza Fatima")
// joins the one person whose fuller name contains it; the person keeps the fullest name and the
// fullest title the article gives.
import type { Token } from "./tokens.ts";
import type { Mention } from "./mentions.ts";
import { isSubName } from "./names.ts";
import { MAX_NAME_CANDIDATES } from "./limits.ts";

export interface Person {
  words: string[];
  mentions: Mention[];
}

/**
 * Longest names first; a shorter mention joins the one person whose name contains it, else it is
 * dropped. People are indexed by their words, so a mention is compared only with the people who
 * share its rarest word, and with at most MAX_NAME_CANDIDATES of them.
 */
export function groupMentions(mentions: Mention[]): Person[] {
  const people: Person[] = [];
  const byKey = new Map<string, Person>();
  const byWord = new Map<string, Person[]>();
  const byLength = [...mentions].sort((a, b) => b.words.length - a.words.length || a.nameStart - b.nameStart);
  for (const m of byLength) {
    // The same words in another order are the same person: "TANAKA Kenji" and "Kenji TANAKA".
    const exact = byKey.get(m.words.join(" ")) ?? (m.words.length === 2 ? byKey.get(`${m.words[1]} ${m.words[0]}`) : undefined);
    if (exact) {
      exact.mentions.push(m);
      continue;
    }
    let candidates: Person[] | undefined;
    for (const w of m.words) {
      const list = byWord.get(w) ?? [];
      if (!candidates || list.length < candidates.length) candidates = list;
    }
    const containing: Person[] = [];
    for (const p of (candidates ?? []).slice(0, MAX_NAME_CANDIDATES)) {
      if (isSubName(m.words, p.words)) containing.push(p);
      if (containing.length > 1) break;
    }
    const ambiguous = (candidates?.length ?? 0) > MAX_NAME_CANDIDATES;
    if (containing.length === 1 && !ambiguous) containing[0]!.mentions.push(m);
    else if (containing.length === 0 && !ambiguous && (m.words.length >= 2 || m.mononym)) {
      const p = { words: m.words, mentions: [m] };
      people.push(p);
      byKey.set(m.words.join(" "), p);
      for (const w of new Set(m.words)) {
        const list = byWord.get(w) ?? [];
        list.push(p);
        byWord.set(w, list);
      }
    }
    // Several people contain it ("Mr. Siddiqui" with two Siddiquis): ambiguous, not a new person.
  }
  for (const p of people) p.mentions.sort((a, b) => a.nameStart - b.nameStart);
  return people;
}

/** Mentions joined only by commas and "and" form a list that shares a trailing cue: the character end of each one's list. */
const RELATIVE = new Set(["who", "which", "whose"]);

export function mentionGroupEnds(mentions: Mention[], tokens: Token[]): Map<Mention, number> {
  const ends = new Map<Mention, number>();
  const ordered = [...mentions].sort((a, b) => a.nameStart - b.nameStart);
  for (let i = ordered.length - 1; i >= 0; i--) {
    const m = ordered[i]!;
    const lastToken = Math.max(m.nameEnd, m.titleEnd) - 1;
    let end = tokens[lastToken]!.end;
    const next = ordered[i + 1];
    if (next) {
      const gapFrom = Math.max(m.nameEnd, m.titleEnd);
      const gapTo = Math.min(next.nameStart, next.titleStart);
      let onlyJoins = true;
      // "A, who chairs the sub-committee, and B attended": a relative clause set off by commas inside the list.
      let from = gapFrom;
      if (tokens[gapFrom]?.text === "," && RELATIVE.has(tokens[gapFrom + 1]?.key ?? "")) {
        let lastComma = -1;
        for (let g = gapFrom + 2; g < gapTo && g < gapFrom + 40; g++) if (tokens[g]!.text === ",") lastComma = g;
        if (lastComma > 0) from = lastComma;
      }
      for (let g = from; g < gapTo && onlyJoins; g++) {
        const t = tokens[g]!;
        onlyJoins = t.text === "," || t.key === "and" || t.text === "&" || t.text === ";" || (t.key === "the" && g === gapTo - 1);
      }
      if (onlyJoins && tokens[gapFrom]?.sent === tokens[gapTo]?.sent) end = ends.get(next) ?? end;
    }
    ends.set(m, end);
  }
  return ends;
}

export function bestTitle(p: Person): Mention | null {
  let best: Mention | null = null;
  for (const m of p.mentions) {
    if (m.title && (!best || m.titleEnd - m.titleStart > best.titleEnd - best.titleStart)) best = m;
  }
  return best;
}

export function fullestName(p: Person): string {
  let best = p.mentions[0]!;
  for (const m of p.mentions) if (m.words.length > best.words.length) best = m;
  return best.name;
}

/** A later mention by one word of a person's name ("Keller said", "talks with Gao"): token index and person. */
export interface ShortMention {
  at: number;
  person: Person;
}

/**
 * Single words of known names, written alone: "Later, Keller received ...". A word counts only when
 * it belongs to one person of the article, stands alone (no capitalised name word on either side)
 * and is not inside another mention. Looked up in a map, so the pass is linear in the text.
 */
export function findShortMentions(tokens: Token[], people: Person[], covered: Uint8Array, isWordOfName: (t: Token) => boolean): ShortMention[] {
  const owner = new Map<string, Person | null>();
  for (const p of people) {
    for (const m of p.mentions) {
      for (let j = m.nameStart; j < m.nameEnd; j++) {
        const t = tokens[j]!;
        if (t.text.length < 3 || !isWordOfName(t)) continue;
        // Keyed by the lower-case word: a short form is spelt as the full name spells it.
        const key = t.key;
        const seen = owner.get(key);
        owner.set(key, seen === undefined || seen === p ? p : null);
      }
    }
  }
  const out: ShortMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (covered[i] || t.kind !== "word" || !t.cap) continue;
    const person = owner.get(t.key);
    if (!person) continue;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    const capBefore = before && before.kind === "word" && before.cap && before.sent === t.sent;
    const capAfter = after && after.kind === "word" && after.cap && after.sent === t.sent;
    if (capBefore || capAfter) continue;
    out.push({ at: i, person });
  }
  return out;
}
