// Who is who across articles: groups the spellings of names into people, and says why.
//
// In order, each step only joining groups that no counter-evidence tells apart
// (identity-evidence.ts: one article names both, different countries, different offices on
// one day, the people file):
// 1. the people file: a person's name and aliases are one person, whatever else holds;
// 2. one name (name-forms.ts): spellings that differ by a form of address ("Sheikh", "HRH
//    Prince", "Dr"), by romanisation ("Mohammed"/"Muhammad"), by word breaks ("Ji-won"/"Jiwon")
//    or by putting the family name first ("TANAKA Hiroko"/"Hiroko Tanaka");
// 3. short forms: a spelling whose words appear in order in longer spellings joins them when
//    they are all one person ("Sadia Qureshi" → "Sadia Rehman Qureshi"; "Nawaf bin Saad" →
//    "Nawaf bin Saad bin Musaed"); it keeps the given name or the surname, and of an Arabic or
//    Malay chain it keeps the given name. A form that fits two people joins neither.
// Every step beyond an exact spelling is noted (Identity.merges) for the build report and the
// person page; every merge that counter-evidence refused is noted too (keptApart).
import type { ArticleRecord, KeptApart, MergeRule, SpellingMerge } from "../model.ts";
import { addSighting, conflictBetween, emptyFacts, mergeFacts, type Facts } from "./identity-evidence.ts";
import { analyseName, honorificCount, type NameForm } from "./name-forms.ts";
import { isSubsequence, nameKey } from "./names.ts";
import type { PeopleFileEntry } from "./people-file.ts";
import { compareCodePoints } from "./slugs.ts";

export interface Identity {
  /** Stable identity key: the name key of the canonical spelling. */
  key: string;
  name: string;
  /** Other spellings, as written, sorted. */
  aliases: string[];
  entry: PeopleFileEntry | null;
  /** How each spelling beyond the canonical one's key was joined. */
  merges: SpellingMerge[];
  /** Name keys of every spelling. */
  keys: string[];
}

export interface IdentityResolution {
  /** Identity key of each official, indexed [record][official]. */
  personOf: string[][];
  identities: Map<string, Identity>;
  keptApart: KeptApart[];
}

interface Spelling {
  key: string;
  form: NameForm;
  /** Spellings as written, with their number of occurrences. */
  written: Map<string, number>;
  /** Records that write this spelling. */
  records: Set<number>;
  /** What the articles say about this spelling; becomes its group's facts as groups merge. */
  facts: Facts;
}

/** Particles of a patronymic chain: a short form of such a name keeps its first word. */
const CHAIN_PARTICLES = new Set(["bin", "bint", "ben", "ould", "wuld"]);

export function resolveIdentities(records: ArticleRecord[], entries: PeopleFileEntry[] = []): IdentityResolution {
  const { spellings: byKey, keyOf } = collectSpellings(records);
  for (const entry of entries) for (const s of [entry.name, ...entry.aliases]) spellingOf(byKey, nameKey(s) || s, s);
  // Fullest spellings first, so a short form always finds its long forms already grouped.
  const spellings = [...byKey.values()].sort((a, b) => b.form.folded.length - a.form.folded.length || compareCodePoints(a.key, b.key));
  const at = new Map(spellings.map((s, i) => [s.key, i]));
  const parent = spellings.map((_, i) => i);
  const facts = spellings.map((s) => s.facts);
  const notes: SpellingMerge[][] = spellings.map(() => []);
  const keptApart: KeptApart[] = [];
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (a: number, b: number, note: SpellingMerge | null) => {
    let ra = find(a);
    let rb = find(b);
    if (ra === rb) return;
    if (facts[ra]!.keys.size < facts[rb]!.keys.size) [ra, rb] = [rb, ra];
    parent[rb] = ra;
    mergeFacts(facts[ra]!, facts[rb]!);
    notes[ra]!.push(...notes[rb]!, ...(note ? [note] : []));
  };
  const sourceOf = (r: number) => records[r]!.source;
  const written = (i: number) => mostWritten(spellings[i]!);
  const articles = (i: number) => [...spellings[i]!.records].sort((x, y) => x - y).map(sourceOf);
  const note = (i: number, j: number, rules: MergeRule[]): SpellingMerge => ({
    spelling: written(i),
    matched: written(j),
    rules,
    articles: articles(i),
    matchedArticles: articles(j),
  });
  /** Joins i to j unless counter-evidence says otherwise (then notes why). */
  const tryJoin = (i: number, j: number, rules: MergeRule[]) => {
    if (find(i) === find(j)) return;
    const conflict = conflictBetween(facts[find(i)]!, facts[find(j)]!, sourceOf);
    if (conflict) keptApart.push({ spelling: written(i), others: [written(j)], rule: rules[rules.length - 1]!, ...conflict });
    else join(i, j, note(i, j, rules));
  };

  // 1. The people file.
  entries.forEach((entry, e) => {
    const own = [entry.name, ...entry.aliases].map((s) => at.get(nameKey(s) || s)!);
    const f = facts[find(own[0]!)]!;
    f.entry = e;
    for (const s of entry.keepApart) f.blocked.add(nameKey(s));
    for (const i of own.slice(1)) {
      join(own[0]!, i, spellings[i]!.records.size > 0 ? note(i, own[0]!, ["people-file"]) : null);
    }
  });

  // 2. One name, written otherwise.
  const sameName = new Map<string, number[]>();
  spellings.forEach((s, i) => {
    if (s.form.folded.length >= 2) push(sameName, s.form.joined, i);
  });
  spellings.forEach((s, i) => {
    if (s.form.folded.length < 2) return;
    for (const j of sameName.get(s.form.joined)!) if (j < i) tryJoin(i, j, sameNameRules(s.form, spellings[j]!.form, false));
    if (s.form.rotated) for (const j of sameName.get(s.form.rotated) ?? []) tryJoin(i, j, sameNameRules(s.form, spellings[j]!.form, true));
  });

  // 3. Short forms.
  const longForms = indexLongForms(spellings);
  spellings.forEach((s, i) => {
    const fitting = new Map<number, number>(); // group → the first long spelling of it that fits
    for (const j of candidatesFor(s.form, longForms)) {
      if (fitsShortForm(s.form, spellings[j]!.form) && !fitting.has(find(j))) fitting.set(find(j), j);
    }
    if (fitting.size === 0 || (fitting.size === 1 && fitting.has(find(i)))) return;
    if (fitting.size > 1) {
      const others = [...fitting.values()].filter((j) => find(j) !== find(i)).map(written);
      keptApart.push({ spelling: written(i), others, rule: "short-form", reason: "ambiguous", detail: `it fits ${fitting.size} people` });
      return;
    }
    tryJoin(i, [...fitting.values()][0]!, ["short-form"]);
  });

  const { identities, identityOfGroup } = buildIdentities(spellings, find, notes, facts, entries);
  const personOf = keyOf.map((keys) => keys.map((key) => identityOfGroup.get(find(at.get(key)!))!));
  return { personOf, identities, keptApart };
}

/** Every spelling with what the articles say about it, and the spelling key of each official ([record][official]). */
function collectSpellings(records: ArticleRecord[]): { spellings: Map<string, Spelling>; keyOf: string[][] } {
  const spellings = new Map<string, Spelling>();
  const keys = new Map<string, string>(); // written → key: a build writes a few thousand names tens of thousands of times
  const keyOf = records.map((record, index) => {
    const dateOf = (name: string) => record.meetings.find((m) => m.participants.includes(name) || m.attendees.includes(name))?.date ?? record.date;
    return record.officials.map((official) => {
      let key = keys.get(official.name);
      if (key === undefined) keys.set(official.name, (key = nameKey(official.name) || official.name));
      const s = spellingOf(spellings, key, official.name);
      s.written.set(official.name, (s.written.get(official.name) ?? 0) + 1);
      s.records.add(index);
      addSighting(s.facts, index, official.country, official.title, official.title ? dateOf(official.name) : null);
      return key;
    });
  });
  return { spellings, keyOf };
}

function spellingOf(spellings: Map<string, Spelling>, key: string, name: string): Spelling {
  let s = spellings.get(key);
  if (!s) {
    s = { key, form: analyseName(name), written: new Map(), records: new Set(), facts: emptyFacts(key) };
    if (s.form.folded.length === 0) s.form = { ...s.form, core: [key], folded: [key], joined: key, plain: key };
    spellings.set(key, s);
  }
  return s;
}

function sameNameRules(a: NameForm, b: NameForm, rotated: boolean): MergeRule[] {
  const rules: MergeRule[] = [];
  if (a.address.join(" ") !== b.address.join(" ")) rules.push("form-of-address");
  if (rotated) {
    rules.push("family-name-first");
    if (a.rotatedPlain !== b.plain) rules.push("transliteration");
  } else if (a.plain !== b.plain) rules.push("transliteration");
  else if (a.core.join(" ") !== b.core.join(" ")) rules.push("word-breaks");
  return rules.length > 0 ? rules : ["transliteration"];
}

/** Long spellings by their first word, their last word, and every pair of words in order. */
function indexLongForms(spellings: Spelling[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  spellings.forEach((s, i) => {
    const words = s.form.folded;
    if (words.length < 2) return;
    push(index, `first\0${words[0]}`, i);
    push(index, `last\0${words[words.length - 1]}`, i);
    const pairs = new Set<string>();
    for (let x = 0; x < words.length; x++) for (let y = x + 1; y < words.length; y++) pairs.add(`pair\0${words[x]}\0${words[y]}`);
    for (const pair of pairs) push(index, pair, i);
  });
  return index;
}

function candidatesFor(short: NameForm, index: Map<string, number[]>): number[] {
  const words = short.folded;
  if (words.length === 1) return [...(index.get(`first\0${words[0]}`) ?? []), ...(index.get(`last\0${words[0]}`) ?? [])];
  return index.get(`pair\0${words[0]}\0${words[words.length - 1]}`) ?? [];
}

/**
 * `short` names the person `long` names, less fully: its words appear in `long` in order and it
 * keeps the given name or the surname; a lone word is the given name or the surname. Of a chain
 * ("Nawaf bin Saad bin Musaed") it keeps the given name: "Saad bin Musaed" is the father.
 */
function fitsShortForm(short: NameForm, long: NameForm): boolean {
  const s = short.folded;
  const l = long.folded;
  if (s.length >= l.length) return false;
  const keepsFirst = s[0] === l[0];
  const keepsLast = s[s.length - 1] === l[l.length - 1];
  if (l.some((w) => CHAIN_PARTICLES.has(w)) && !keepsFirst) return false;
  if (s.every((w) => CHAIN_PARTICLES.has(w) || w === "al")) return false;
  if (s.length === 1) return keepsFirst || keepsLast;
  return (keepsFirst || keepsLast) && isSubsequence(s, l);
}

function buildIdentities(
  spellings: Spelling[],
  find: (i: number) => number,
  notes: SpellingMerge[][],
  facts: Facts[],
  entries: PeopleFileEntry[],
): { identities: Map<string, Identity>; identityOfGroup: Map<number, string> } {
  const groups = new Map<number, Spelling[]>();
  spellings.forEach((s, i) => {
    if (s.records.size > 0) push(groups, find(i), s);
  });
  const identities = new Map<string, Identity>();
  const identityOfGroup = new Map<number, string>();
  for (const [root, group] of groups) {
    const entryIndex = facts[root]!.entry;
    const entry = entryIndex === null ? null : entries[entryIndex]!;
    const forms = group.flatMap((s) => [...s.written.entries()].map(([w, count]) => ({ w, count, form: s.form })));
    // Canonical: the people file's name, else the fullest spelling without forms of address (name
    // parts such as Sheikh or Syed kept), then one not in capitals, then the most frequent.
    const name = entry?.name ?? forms.sort(rankSpelling)[0]!.w;
    const key = nameKey(name) || name;
    const aliasSet = new Set<string>([...forms.map((f) => f.w), ...(entry?.aliases ?? [])]);
    aliasSet.delete(name);
    identities.set(key, {
      key,
      name,
      aliases: [...aliasSet].sort(compareCodePoints),
      entry,
      merges: [...notes[root]!].sort((a, b) => compareCodePoints(a.spelling, b.spelling) || compareCodePoints(a.matched, b.matched)),
      keys: group.map((s) => s.key).sort(compareCodePoints),
    });
    identityOfGroup.set(root, key);
  }
  return { identities, identityOfGroup };
}

type Written = { w: string; count: number; form: NameForm };

function rankSpelling(a: Written, b: Written): number {
  return (
    b.form.core.length - a.form.core.length ||
    honorificCount(a.form) - honorificCount(b.form) ||
    b.form.tokens.length - a.form.tokens.length ||
    capitalsPenalty(a.w) - capitalsPenalty(b.w) ||
    b.count - a.count ||
    compareCodePoints(a.w, b.w)
  );
}

/** "OKABE Shintaro", "OLAF SCHOLZ": shown as written elsewhere when another spelling exists. */
function capitalsPenalty(written: string): number {
  return written.split(/[^\p{L}]+/u).some((w) => w.length >= 3 && w === w.toUpperCase() && w !== w.toLowerCase()) ? 1 : 0;
}

function mostWritten(s: Spelling): string {
  return [...s.written.entries()].sort((a, b) => b[1] - a[1] || compareCodePoints(a[0], b[0]))[0]?.[0] ?? s.key;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
