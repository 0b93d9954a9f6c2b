// Officials of an article: every named person with the office the article gives them and their
// role at the meeting. Mentions are found by the grammar (mentions.ts), short forms
// ("Ambassador Blome", "Dr. Ahmed", "Shaza Fatima") are folded into the fullest name, and the role
// comes from the cues around the mentions (roles.ts).
import type { Official, Role } from "../../model.ts";
import { tokenize, sentenceSpans, type Token } from "./tokens.ts";
import { findMentions, type Mention } from "./mentions.ts";
import { isSubName } from "./names.ts";
import { findCues, guessRole, type RoleGuess } from "./roles.ts";
import { affiliationOf } from "./affiliation.ts";
import { extractUrduOfficials } from "./urdu.ts";

interface Person {
  words: string[];
  mentions: Mention[];
}

/** Longest names first; a shorter mention joins the one person whose name contains it, else it is dropped. */
function groupMentions(mentions: Mention[]): Person[] {
  const people: Person[] = [];
  const byLength = [...mentions].sort((a, b) => b.words.length - a.words.length || a.nameStart - b.nameStart);
  for (const m of byLength) {
    // The same words in another order are the same person: "TANAKA Kenji" and "Kenji TANAKA".
    const exact = people.find((p) => sameWords(p.words, m.words));
    if (exact) {
      exact.mentions.push(m);
      continue;
    }
    const containing = people.filter((p) => isSubName(m.words, p.words));
    if (containing.length === 1) containing[0]!.mentions.push(m);
    else if (containing.length === 0 && m.words.length >= 2) people.push({ words: m.words, mentions: [m] });
    // Several people contain it ("Mr. Siddiqui" with two Siddiquis): ambiguous, not a new person.
  }
  for (const p of people) p.mentions.sort((a, b) => a.nameStart - b.nameStart);
  return people;
}

function sameWords(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  if (a.join(" ") === b.join(" ")) return true;
  return a.length === 2 && a[0] === b[1] && a[1] === b[0];
}

/** Mentions joined only by commas and "and" form a list that shares a trailing cue. */
function groupEnds(mentions: Mention[], tokens: Token[]): Map<Mention, number> {
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
      for (let g = gapFrom; g < gapTo && onlyJoins; g++) {
        const t = tokens[g]!;
        onlyJoins = t.text === "," || t.key === "and" || t.text === "&" || t.text === ";";
      }
      if (onlyJoins && tokens[gapFrom]?.sent === tokens[gapTo]?.sent) end = ends.get(next) ?? end;
    }
    ends.set(m, end);
  }
  return ends;
}

function bestTitle(p: Person): Mention | null {
  let best: Mention | null = null;
  for (const m of p.mentions) {
    if (m.title && (!best || m.titleEnd - m.titleStart > best.titleEnd - best.titleStart)) best = m;
  }
  return best;
}

function fullestName(p: Person): string {
  let best = p.mentions[0]!;
  for (const m of p.mentions) if (m.words.length > best.words.length) best = m;
  return best.name;
}

const ROLE_ORDER: Record<Role, number> = { participant: 0, attendee: 1, mentioned: 2 };

export function extractOfficials(text: string): Official[] {
  const urdu = extractUrduOfficials(text);
  const latin = extractLatinOfficials(text);
  if (urdu.length === 0) return latin;
  return [...latin, ...urdu].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
}

/** Officials written in Latin script, found by the grammar of titles and capitalised names. */
function extractLatinOfficials(text: string): Official[] {
  const tokens = tokenize(text);
  const mentions = findMentions(text, tokens);
  if (mentions.length === 0) return [];
  const sentences = sentenceSpans(tokens);
  const cues = findCues(text);
  const ends = groupEnds(mentions, tokens);
  const leadSentence = tokens[mentions[0]!.nameStart]!.sent;

  const roleOf = (m: Mention): RoleGuess => {
    const start = Math.min(m.titleStart, m.nameStart);
    const sent = tokens[m.nameStart]!.sent;
    return guessRole(text, cues, {
      start: tokens[start]!.start,
      nameEnd: tokens[m.nameEnd - 1]!.end,
      groupEnd: ends.get(m) ?? tokens[m.nameEnd - 1]!.end,
      sentence: sentences[sent] ?? { start: 0, end: text.length },
      lead: sent === leadSentence,
    });
  };

  const people = groupMentions(mentions);
  const officials = people.map((p) => {
    const guesses = p.mentions.map(roleOf);
    const role = (guesses.find((g) => g.strong) ?? guesses[0]!).role;
    const titled = bestTitle(p);
    const title = titled?.title ?? null;
    const possessor = titled?.possessor ?? p.mentions.find((m) => m.possessor)?.possessor ?? null;
    const { organization, country } = affiliationOf(title, possessor);
    // The sentence that gives the office, else the first that names the person.
    const shown = sentences[tokens[(titled ?? p.mentions[0]!).nameStart]!.sent] ?? null;
    const evidence = shown ? { text: text.slice(shown.start, shown.end), start: shown.start, end: shown.end } : null;
    const official: Official = { name: fullestName(p), title, organization, country, role, evidence };
    return { official, first: p.mentions[0]!.nameStart };
  });
  officials.sort((a, b) => ROLE_ORDER[a.official.role] - ROLE_ORDER[b.official.role] || a.first - b.first);
  return officials.map((o) => o.official);
}
