// Who is who across articles: groups the spellings of names into people.
//
// A shorter spelling joins a longer one when its words appear in the longer one in order and it
// keeps the given name or the surname ("Shaza Fatima" and "Shaza" → "Shaza Fatima Khawaja";
// "Sadia Qureshi" → "Sadia Rehman Qureshi"; "Faraz Bukhari" → "Syed Faraz Bukhari"), but only
// when exactly one person fits and the two spellings never appear side by side in one article.
// Two full names that share only a surname ("Kamran Siddiqui", "Farah Siddiqui") stay apart.
// The people file wins over all of this: its spellings merge, its keep_apart spellings do not.
import type { ArticleRecord } from "../model.ts";
import { isSubsequence, nameKey, nameTokens } from "./names.ts";
import type { PeopleFileEntry } from "./people-file.ts";
import { compareCodePoints } from "./slugs.ts";

export interface Identity {
  /** Stable identity key: the name key of the canonical spelling. */
  key: string;
  name: string;
  /** Other spellings, as written, sorted. */
  aliases: string[];
  entry: PeopleFileEntry | null;
}

export interface IdentityResolution {
  /** Identity key of each official, indexed [record][official]. */
  personOf: string[][];
  identities: Map<string, Identity>;
}

interface Spelling {
  key: string;
  tokens: string[];
  /** Record indexes the spelling occurs in (ascending, unique). */
  records: number[];
  /** Spellings as written, with their number of occurrences. */
  written: Map<string, number>;
}

export function resolveIdentities(records: ArticleRecord[], entries: PeopleFileEntry[] = []): IdentityResolution {
  const spellings = collectSpellings(records);
  const root = new Map<string, string>(); // spelling key → identity key
  const entryOf = new Map<string, PeopleFileEntry>(); // identity key → people-file entry
  const blocked = new Map<string, Set<string>>(); // identity key → spelling keys kept apart

  for (const entry of entries) {
    const id = nameKey(entry.name);
    entryOf.set(id, entry);
    blocked.set(id, new Set(entry.keepApart.map(nameKey)));
    for (const spelling of [entry.name, ...entry.aliases]) root.set(nameKey(spelling), id);
  }

  // Fullest spellings first, so a short form always finds its long forms already placed.
  const ordered = [...spellings.values()].sort(
    (a, b) => b.tokens.length - a.tokens.length || compareCodePoints(a.key, b.key),
  );
  const byFirst = new Map<string, Spelling[]>();
  const byLast = new Map<string, Spelling[]>();
  for (const s of ordered) {
    if (!root.has(s.key)) root.set(s.key, findLongForm(s, byFirst, byLast, root, blocked) ?? s.key);
    push(byFirst, s.tokens[0]!, s);
    push(byLast, s.tokens[s.tokens.length - 1]!, s);
  }

  const identities = buildIdentities(spellings, root, entryOf);
  const personOf = records.map((r) => r.officials.map((o) => root.get(nameKey(o.name) || o.name) ?? nameKey(o.name)));
  return { personOf, identities };
}

function collectSpellings(records: ArticleRecord[]): Map<string, Spelling> {
  const spellings = new Map<string, Spelling>();
  records.forEach((record, index) => {
    for (const official of record.officials) {
      const key = nameKey(official.name) || official.name;
      let s = spellings.get(key);
      if (!s) {
        const tokens = nameTokens(official.name);
        s = { key, tokens: tokens.length > 0 ? tokens : [key], records: [], written: new Map() };
        spellings.set(key, s);
      }
      if (s.records[s.records.length - 1] !== index) s.records.push(index);
      s.written.set(official.name, (s.written.get(official.name) ?? 0) + 1);
    }
  });
  return spellings;
}

function findLongForm(
  short: Spelling,
  byFirst: Map<string, Spelling[]>,
  byLast: Map<string, Spelling[]>,
  root: Map<string, string>,
  blocked: Map<string, Set<string>>,
): string | null {
  const first = short.tokens[0]!;
  const last = short.tokens[short.tokens.length - 1]!;
  const candidates = new Set<string>();
  const consider = (long: Spelling) => {
    if (long.tokens.length <= short.tokens.length) return;
    if (short.tokens.length === 1) {
      // A lone word is a given name or a surname of the long form, never a middle name.
      if (first !== long.tokens[0] && first !== long.tokens[long.tokens.length - 1]) return;
    } else if (!isSubsequence(short.tokens, long.tokens)) return;
    if (sharesRecord(short.records, long.records)) return; // named side by side: two people
    const id = root.get(long.key)!;
    if (blocked.get(id)?.has(short.key)) return;
    candidates.add(id);
  };
  for (const long of byFirst.get(first) ?? []) consider(long);
  for (const long of byLast.get(last) ?? []) consider(long);
  return candidates.size === 1 ? [...candidates][0]! : null;
}

function buildIdentities(
  spellings: Map<string, Spelling>,
  root: Map<string, string>,
  entryOf: Map<string, PeopleFileEntry>,
): Map<string, Identity> {
  const members = new Map<string, Spelling[]>();
  for (const s of spellings.values()) push(members, root.get(s.key)!, s);
  const identities = new Map<string, Identity>();
  for (const [id, group] of members) {
    const entry = entryOf.get(id) ?? null;
    const written = new Map<string, { tokens: number; count: number }>();
    for (const s of group) for (const [w, count] of s.written) written.set(w, { tokens: s.tokens.length, count });
    // Canonical: the people file's name, else the fullest spelling, then the most frequent.
    const best = [...written.entries()].sort(
      (a, b) => b[1].tokens - a[1].tokens || b[1].count - a[1].count || compareCodePoints(a[0], b[0]),
    );
    const name = entry?.name ?? best[0]![0];
    const aliasSet = new Set<string>([...written.keys(), ...(entry?.aliases ?? [])]);
    aliasSet.delete(name);
    identities.set(id, { key: id, name, aliases: [...aliasSet].sort(compareCodePoints), entry });
  }
  return identities;
}

function sharesRecord(a: number[], b: number[]): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) return true;
    if (a[i]! < b[j]!) i++;
    else j++;
  }
  return false;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
