// Officials of Urdu-script articles. Urdu has no capitals, so a name is found by its place instead:
// right after an office ("وفاقی وزیر احسن اقبال نے", "چینی سفیر جیانگ زائیدونگ سے") and its portfolio,
// province or body ("وزیراعلیٰ پنجاب", "وفاقی وزیر برائے منصوبہ بندی"), up to the postposition or
// particle that ends it (نے، سے، کی، کے، کو، اور، comma). A name counts only when it has two to four
// words and none of them is a common word, portfolio word or office, so an office with no name
// after it ("وفاقی وزیر برائے انفارمیشن ٹیکنالوجی نے") gives nothing.
import type { Official, Role } from "../../model.ts";
import type { OfficialMention, OfficialWithMentions } from "./index.ts";
import urdu from "../../lexicon/offices-urdu.json" with { type: "json" };
import { MAX_HONORIFIC_TOKENS, MAX_TITLE_TOKENS } from "./limits.ts";

const ARABIC_SCRIPT = /[\u0600-\u06FF]/;
/** A sentence: up to an Urdu full stop, question or exclamation mark, or a line break. */
const SENTENCE = /[^\n۔؟!]+[۔؟!]?/gu;
/** Words, and each punctuation mark (Urdu comma and full stop too) as its own token. */
const TOKEN = /(?:(?![\u060C\u061B\u061F\u06D4])[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF\u200C\u200D])+|\S/gu;

function phraseIndex(phrases: string[]): Map<string, string[][]> {
  const byFirst = new Map<string, string[][]>();
  for (const p of phrases) {
    const words = p.split(/\s+/);
    const list = byFirst.get(words[0]!) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    byFirst.set(words[0]!, list);
  }
  return byFirst;
}

const HEADS = phraseIndex(urdu.heads);
const HONORIFICS = phraseIndex(urdu.honorifics);
const DEMONYMS = phraseIndex(urdu.demonyms);
const COMPLEMENTS = new Set(urdu.complements.flatMap((c) => c.split(/\s+/)));
const PREFIXES = new Set(urdu.namePrefixes);
const DELIMITERS = new Set(urdu.delimiters);
const NOT_NAME = new Set([...urdu.notName, ...urdu.complements.flatMap((c) => c.split(/\s+/)), ...urdu.heads.flatMap((h) => h.split(/\s+/))]);

/** Length of the longest phrase of the index starting at word i, or 0. */
function matchAt(index: Map<string, string[][]>, words: string[], i: number): number {
  for (const phrase of index.get(words[i] ?? "") ?? []) {
    if (phrase.every((w, k) => words[i + k] === w)) return phrase.length;
  }
  return 0;
}

/** Sentence cues: a meeting, attendance, or only a reference ("کی ہدایت پر" = on the directions of). */
const MEETING = /ملاقات|بات چیت|مذاکرات|استقبال|زیر صدارت|صدارت کی|وفد کی قیادت/u;
const ATTENDED_AFTER = /^[^۔]{0,60}?(?:بھی موجود|موجود تھے|موجود تھیں|بھی شریک|شرکت کی|ہمراہ تھے)/u;
const MENTIONED_AFTER = /^\s*(?:کی|کے)\s+(?:ہدایت|ہدایات|وژن|ویژن|قیادت میں|خصوصی ہدایت)/u;

interface Sentence {
  text: string;
  start: number;
}

interface UrduMention {
  name: string;
  title: string;
  sentence: number;
  after: string;
  /** Offsets in the sentence. */
  nameStart: number;
  nameEnd: number;
  titleStart: number;
  titleEnd: number;
}

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  for (const m of text.matchAll(SENTENCE)) if (m[0].trim()) out.push({ text: m[0], start: m.index });
  return out;
}

function mentionsIn(sentences: Sentence[]): UrduMention[] {
  const out: UrduMention[] = [];
  sentences.forEach(({ text: sentence }, s) => {
    const tokens = [...sentence.matchAll(TOKEN)];
    const words = tokens.map((m) => m[0]);
    for (let i = 0; i < words.length; i++) {
      const head = matchAt(HEADS, words, i);
      if (head === 0) continue;
      let start = i;
      if (i > 0) {
        for (let back = 2; back >= 1; back--) if (i - back >= 0 && matchAt(DEMONYMS, words, i - back) === back) start = Math.min(start, i - back);
      }
      let j = i + head;
      while (j < words.length && j - i < MAX_TITLE_TOKENS && (COMPLEMENTS.has(words[j]!) || matchAt(HEADS, words, j) > 0)) j += Math.max(1, matchAt(HEADS, words, j));
      const titleEnd = j;
      const titleEndAt = j;
      for (let h = matchAt(HONORIFICS, words, j); h > 0 && j - titleEndAt < MAX_HONORIFIC_TOKENS; h = matchAt(HONORIFICS, words, j)) j += h;
      let k = j;
      while (k < words.length && k - j < 5 && !DELIMITERS.has(words[k]!)) k++;
      const size = k - j;
      const nameWords = words.slice(j, k);
      const sound =
        k < words.length &&
        size >= 2 &&
        size <= (PREFIXES.has(nameWords[0]!) ? 4 : 3) &&
        nameWords.every((w, n) => (n === 0 && PREFIXES.has(w)) || !NOT_NAME.has(w));
      if (!sound) continue;
      const titleFrom = tokens[start]!.index!;
      const titleTo = tokens[titleEnd - 1]!.index! + words[titleEnd - 1]!.length;
      const afterAt = tokens[k]!.index!;
      const nameStart = tokens[j]!.index!;
      const nameEnd = tokens[k - 1]!.index! + words[k - 1]!.length;
      out.push({ name: nameWords.join(" "), title: sentence.slice(titleFrom, titleTo), sentence: s, after: sentence.slice(afterAt), nameStart, nameEnd, titleStart: titleFrom, titleEnd: titleTo });
      i = k - 1;
    }
  });
  return out;
}

function roleOf(m: UrduMention, sentenceText: string, first: boolean): Role {
  if (MENTIONED_AFTER.test(m.after)) return "mentioned";
  if (ATTENDED_AFTER.test(m.after)) return "attendee";
  if (MEETING.test(sentenceText) || first) return "participant";
  return "attendee";
}

/** Officials named in the Urdu-script parts of an article, with their mentions; nothing for text without Arabic letters. */
export function extractUrduMentions(text: string): OfficialWithMentions[] {
  if (!ARABIC_SCRIPT.test(text)) return [];
  const sentences = sentencesOf(text);
  const mentions = mentionsIn(sentences);
  const firstSentence = mentions[0]?.sentence;
  const people = new Map<string, OfficialWithMentions>();
  for (const m of mentions) {
    const sentence = sentences[m.sentence]!;
    const role = roleOf(m, sentence.text, m.sentence === firstSentence);
    const at = sentence.start;
    const mention: OfficialMention = {
      name: { start: at + m.nameStart, end: at + m.nameEnd },
      title: { start: at + m.titleStart, end: at + m.titleEnd },
      sentence: { index: m.sentence, start: at, end: at + sentence.text.length },
      role,
      strong: true,
      short: false,
    };
    const known = people.get(m.name);
    const evidence = { text: text.slice(mention.sentence.start, mention.sentence.end), start: mention.sentence.start, end: mention.sentence.end };
    if (!known) {
      const official: Official = { name: m.name, title: m.title, organization: null, country: null, role, evidence };
      people.set(m.name, { official, mentions: [mention] });
    } else {
      known.mentions.push(mention);
      if (m.title.length > (known.official.title?.length ?? 0)) {
        known.official.title = m.title;
        known.official.evidence = evidence;
      }
    }
  }
  return [...people.values()];
}
