// Stable addresses. A person's page is named after their fullest name and a meeting's after its
// principals, so a later article can change an address: a fuller name ("Sadia Qureshi" →
// "Sadia Rehman Qureshi"), a second outlet joining a meeting, or a newcomer with the same name
// taking the plain slug. Shared links must keep working, so the build remembers, per address,
// what it was given to (a person's spellings, a meeting's reports), and
//   - gives a page back the exact address it had when its name has not changed (so a suffix
//     such as "-2" never moves to someone else);
//   - makes every earlier address that is no longer a page a redirect to the page that now
//     holds what it held.
// The memory (the address book) is kept in the cache folder by the pipeline. The same seeds and
// the same address book give the same slugs and redirects; a cold build without a cache has no
// redirects to make.
import { z } from "zod";
import type { AddressBook } from "../model.ts";
import { compareCodePoints, isSafeSlug } from "./slugs.ts";

export const EMPTY_ADDRESS_BOOK: AddressBook = { version: 1, people: {}, meetings: {} };

const bookSchema = z.object({
  version: z.literal(1),
  people: z.record(z.string(), z.array(z.string())),
  meetings: z.record(z.string(), z.array(z.string())),
});

/** Reads a stored address book; anything unreadable or unsafe is dropped, never trusted. */
export function parseAddressBook(text: string | null): AddressBook {
  if (!text) return EMPTY_ADDRESS_BOOK;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return EMPTY_ADDRESS_BOOK;
  }
  const result = bookSchema.safeParse(data);
  if (!result.success) return EMPTY_ADDRESS_BOOK;
  const safe = (entries: Record<string, string[]>) => Object.fromEntries(Object.entries(entries).filter(([slug]) => isSafeSlug(slug)));
  return { version: 1, people: safe(result.data.people), meetings: safe(result.data.meetings) };
}

export function formatAddressBook(book: AddressBook): string {
  const sorted = (entries: Record<string, string[]>) =>
    Object.fromEntries(Object.keys(entries).sort(compareCodePoints).map((slug) => [slug, [...entries[slug]!].sort(compareCodePoints)]));
  return `${JSON.stringify({ version: 1, people: sorted(book.people), meetings: sorted(book.meetings) })}\n`;
}

export interface SlugItem {
  /** Stable identity of the item (orders the assignment). */
  key: string;
  /** The slug its name gives. */
  base: string;
  /** What the address book remembers it by. */
  members: string[];
}

export interface StableSlugs {
  slugs: Map<string, string>;
  /** Earlier addresses that are no longer pages → the key of the item that holds what they held. */
  moved: Map<string, string>;
  /** The address book's entries for this kind, after this build. */
  remembered: Record<string, string[]>;
}

/**
 * Unique slugs for `items`, each keeping the address it had under the same name (`previous`);
 * then, in key order, the plain slug or the first free "-2", "-3"... Earlier addresses resolve
 * to the item sharing most members with them (ties: the smallest key).
 */
export function stableSlugs(items: SlugItem[], previous: Record<string, string[]>): StableSlugs {
  const sorted = [...items].sort((a, b) => compareCodePoints(a.key, b.key));
  const itemOfMember = new Map<string, number>();
  sorted.forEach((item, i) => {
    for (const m of item.members) if (!itemOfMember.has(m)) itemOfMember.set(m, i);
  });
  const holderOf = new Map<string, number>(); // earlier address → item
  for (const slug of Object.keys(previous).sort(compareCodePoints)) {
    const overlap = new Map<number, number>();
    for (const m of previous[slug]!) {
      const i = itemOfMember.get(m);
      if (i !== undefined) overlap.set(i, (overlap.get(i) ?? 0) + 1);
    }
    let best: number | null = null;
    for (const [i, n] of overlap) if (best === null || n > overlap.get(best)! || (n === overlap.get(best)! && i < best)) best = i;
    if (best !== null) holderOf.set(slug, best);
  }

  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  // Addresses kept: an item whose earlier address is its name's slug, or that slug with a suffix.
  const kept = new Map<number, string>();
  for (const [slug, i] of holderOf) {
    const base = sorted[i]!.base;
    if (slug !== base && !new RegExp(`^${base}-\\d+$`).test(slug)) continue;
    const had = kept.get(i);
    if (had === undefined || rankAddress(slug, base) < rankAddress(had, base)) kept.set(i, slug);
  }
  for (const [i, slug] of kept) {
    slugs.set(sorted[i]!.key, slug);
    taken.add(slug);
  }
  sorted.forEach((item) => {
    if (slugs.has(item.key)) return;
    const base = isSafeSlug(item.base) ? item.base : "item";
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(item.key, slug);
  });

  const moved = new Map<string, string>();
  const remembered: Record<string, string[]> = {};
  for (const [slug, i] of holderOf) {
    if (!taken.has(slug)) moved.set(slug, sorted[i]!.key);
  }
  for (const slug of Object.keys(previous)) {
    const i = holderOf.get(slug);
    const members = i === undefined || taken.has(slug) ? previous[slug]! : [...previous[slug]!, ...sorted[i]!.members];
    if (!taken.has(slug)) remembered[slug] = [...new Set(members)];
  }
  sorted.forEach((item, i) => {
    const slug = slugs.get(item.key)!;
    const before = holderOf.get(slug) === i ? previous[slug]! : [];
    remembered[slug] = [...new Set([...before, ...item.members])];
  });
  return { slugs, moved, remembered };
}

/** The plain slug first, then the smallest suffix. */
function rankAddress(slug: string, base: string): number {
  return slug === base ? 0 : Number(slug.slice(base.length + 1));
}
