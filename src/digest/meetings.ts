// Meetings from records. Several articles report one meeting when they give the same date and
// the same principals: the same set of participants, or at least two participants in common.
// Copies of one article (the same text under another name, in another encoding or with other
// line endings) are one meeting too, dated or not. Otherwise every article is its own meeting;
// undated articles never merge on participants alone, since nothing says it was the same day.
import crypto from "node:crypto";
import type { ArticleRecord, Meeting, MeetingPerson, Role, Topic } from "../model.ts";
import type { Identity } from "./identity.ts";
import { assignUniqueSlugs, compareCodePoints, slugify } from "./slugs.ts";

const ROLE_RANK: Record<Role, number> = { participant: 0, attendee: 1, mentioned: 2 };

/** Groups record indexes into meetings. Linear: merging goes through hash keys, never pairs. */
export function groupMeetings(records: ArticleRecord[], personOf: string[][]): number[][] {
  const parent = records.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const firstWith = new Map<string, number>();
  const link = (key: string, index: number) => {
    const seen = firstWith.get(key);
    if (seen === undefined) firstWith.set(key, index);
    else union(seen, index);
  };

  records.forEach((record, index) => {
    const day = record.date ?? "undated";
    link(`text\0${day}\0${hashText(record.body)}`, index);
    if (!record.date) return;
    const principals = [
      ...new Set(record.officials.flatMap((o, k) => (o.role === "participant" ? [personOf[index]![k]!] : []))),
    ].sort(compareCodePoints);
    if (principals.length === 0) return;
    link(`set\0${day}\0${principals.join("\0")}`, index);
    for (let a = 0; a < principals.length; a++) {
      for (let b = a + 1; b < principals.length; b++) link(`pair\0${day}\0${principals[a]}\0${principals[b]}`, index);
    }
  });

  const groups = new Map<number, number[]>();
  records.forEach((_, index) => {
    const root = find(index);
    const group = groups.get(root);
    if (group) group.push(index);
    else groups.set(root, [index]);
  });
  return [...groups.values()];
}

function hashText(text: string): string {
  return crypto.createHash("sha1").update(text.trim()).digest("hex");
}

export interface MeetingInputs {
  records: ArticleRecord[];
  personOf: string[][];
  identities: Map<string, Identity>;
  personSlugs: Map<string, string>;
  topicOf: (label: string) => Topic;
}

/** Builds meetings (without previous/next), newest first, undated last. */
export function buildMeetings(groups: number[][], inputs: MeetingInputs): Meeting[] {
  const drafts = groups.map((group) => draftMeeting(group, inputs));
  const slugs = assignUniqueSlugs(drafts.map((d) => ({ key: d.key, base: d.slugBase })));
  const meetings = drafts.map((d) => ({ ...d.meeting, slug: slugs.get(d.key)! }));
  return meetings.sort(compareMeetingsNewestFirst);
}

export function compareMeetingsNewestFirst(a: Meeting, b: Meeting): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? 1 : -1;
  }
  return compareCodePoints(a.slug, b.slug);
}

/** Gives each dated meeting its neighbours in time; undated meetings have none. */
export function linkNeighbours(meetingsNewestFirst: Meeting[]): void {
  const dated = meetingsNewestFirst.filter((m) => m.date !== null).reverse();
  dated.forEach((m, i) => {
    const prev = dated[i - 1];
    const next = dated[i + 1];
    m.previous = prev ? { slug: prev.slug, title: prev.title } : null;
    m.next = next ? { slug: next.slug, title: next.title } : null;
  });
}

function draftMeeting(group: number[], inputs: MeetingInputs): { key: string; slugBase: string; meeting: Meeting } {
  const { records, personOf, identities, personSlugs } = inputs;
  // The article whose text is shown: the one naming most people, then the longest, then by path.
  const ordered = [...group].sort((a, b) => {
    const ra = records[a]!;
    const rb = records[b]!;
    return rb.officials.length - ra.officials.length || rb.body.length - ra.body.length || compareCodePoints(ra.source, rb.source);
  });
  const primary = records[ordered[0]!]!;
  const rest = ordered.slice(1).sort((a, b) => compareCodePoints(records[a]!.source, records[b]!.source));
  const sourceOrder = [ordered[0]!, ...rest];

  const people = new Map<string, MeetingPerson>();
  for (const index of sourceOrder) {
    records[index]!.officials.forEach((official, k) => {
      const id = personOf[index]![k]!;
      const seen = people.get(id);
      if (!seen) {
        people.set(id, {
          personSlug: personSlugs.get(id)!,
          name: identities.get(id)!.name,
          title: official.title,
          organization: official.organization,
          country: official.country,
          role: official.role,
        });
        return;
      }
      if (ROLE_RANK[official.role] < ROLE_RANK[seen.role]) seen.role = official.role;
      seen.title ??= official.title;
      seen.organization ??= official.organization;
      seen.country ??= official.country;
    });
  }
  const everyone = [...people.values()];
  const participants = everyone.filter((p) => p.role === "participant");

  const topicSlugs = new Set<string>();
  const topics: Topic[] = [];
  for (const index of sourceOrder) {
    for (const label of records[index]!.topics) {
      const topic = inputs.topicOf(label);
      if (!topicSlugs.has(topic.slug)) {
        topicSlugs.add(topic.slug);
        topics.push(topic);
      }
    }
  }

  const location = primary.location ?? sourceOrder.map((i) => records[i]!.location).find((l) => l) ?? null;
  const named =
    participants.length >= 2 ? `${participants[0]!.name} meets ${participants[1]!.name}` : primary.title;
  const base = slugify(named, primary.id);
  const meeting: Meeting = {
    slug: "",
    title: primary.title,
    date: primary.date,
    location,
    participants,
    attendees: everyone.filter((p) => p.role === "attendee"),
    mentioned: everyone.filter((p) => p.role === "mentioned"),
    topics,
    summary: primary.summary,
    sources: sourceOrder.map((i) => ({ id: records[i]!.id, source: records[i]!.source, title: records[i]!.title })),
    body: primary.body,
    lang: primary.lang,
    dir: primary.dir,
    previous: null,
    next: null,
  };
  return {
    key: `${primary.date ?? "undated"}\0${primary.source}`,
    slugBase: primary.date ? slugify(`${primary.date}-${base}`) : base,
    meeting,
  };
}
