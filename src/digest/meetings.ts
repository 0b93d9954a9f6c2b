// Meetings from the meetings of records (meeting-units.ts). Reports by several articles are one
// meeting when they give the same date and the same principals: the same set of participants,
// or at least two participants in common. Copies of one article (the same text under another
// name, in another encoding or with other line endings) are one meeting too, meeting by meeting,
// dated or not. Otherwise every reported meeting is its own; undated ones never merge on
// participants alone, since nothing says it was the same day.
import crypto from "node:crypto";
import type { ArticleRecord, Meeting, MeetingPerson, Role, Topic } from "../model.ts";
import type { Identity } from "./identity.ts";
import type { MeetingUnit } from "./meeting-units.ts";
import { assignUniqueSlugs, compareCodePoints, slugify } from "./slugs.ts";

const ROLE_RANK: Record<Role, number> = { participant: 0, attendee: 1, mentioned: 2 };

/** Groups unit indexes into meetings. Linear: merging goes through hash keys, never pairs. */
export function groupMeetings(units: MeetingUnit[], records: ArticleRecord[], personOf: string[][]): number[][] {
  const parent = units.map((_, i) => i);
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

  const bodyHashes = new Map<number, string>();
  units.forEach((unit, index) => {
    const day = unit.date ?? "undated";
    let bodyHash = bodyHashes.get(unit.record);
    if (bodyHash === undefined) bodyHashes.set(unit.record, (bodyHash = hashText(records[unit.record]!.body)));
    link(`text\0${day}\0${unit.index}\0${bodyHash}`, index);
    if (!unit.date) return;
    const principals = [...new Set(unit.participants.map((k) => personOf[unit.record]![k]!))].sort(compareCodePoints);
    if (principals.length === 0) return;
    link(`set\0${day}\0${principals.join("\0")}`, index);
    for (let a = 0; a < principals.length; a++) {
      for (let b = a + 1; b < principals.length; b++) link(`pair\0${day}\0${principals[a]}\0${principals[b]}`, index);
    }
  });

  const groups = new Map<number, number[]>();
  units.forEach((_, index) => {
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
  units: MeetingUnit[];
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
  linkRelated(groups, meetings, inputs.units);
  return meetings.sort(compareMeetingsNewestFirst);
}

/** Each meeting lists the other meetings its articles report, in the order an article reports them. */
function linkRelated(groups: number[][], meetings: Meeting[], units: MeetingUnit[]): void {
  const meetingOfUnit = new Map<number, number>();
  groups.forEach((group, g) => group.forEach((u) => meetingOfUnit.set(u, g)));
  const unitsOfRecord = new Map<number, number[]>();
  units.forEach((unit, u) => {
    const list = unitsOfRecord.get(unit.record);
    if (list) list.push(u);
    else unitsOfRecord.set(unit.record, [u]);
  });
  groups.forEach((group, g) => {
    const related: number[] = [];
    const records = [...new Set(group.map((u) => units[u]!.record))].sort((a, b) => a - b);
    for (const r of records) {
      for (const u of unitsOfRecord.get(r) ?? []) {
        const other = meetingOfUnit.get(u)!;
        if (other !== g && !related.includes(other)) related.push(other);
      }
    }
    meetings[g]!.related = related.map((m) => ({ slug: meetings[m]!.slug, title: meetings[m]!.title }));
  });
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
  const { records, units, personOf, identities, personSlugs } = inputs;
  // The report whose article text is shown: the one naming most people, then the longest, then by path.
  const ordered = [...group].sort((a, b) => {
    const ua = units[a]!;
    const ub = units[b]!;
    const ra = records[ua.record]!;
    const rb = records[ub.record]!;
    return (
      peopleOf(ub) - peopleOf(ua) ||
      rb.body.length - ra.body.length ||
      compareCodePoints(ra.source, rb.source) ||
      ua.index - ub.index
    );
  });
  const primaryUnit = units[ordered[0]!]!;
  const primary = records[primaryUnit.record]!;
  const rest = ordered
    .slice(1)
    .sort((a, b) => compareCodePoints(records[units[a]!.record]!.source, records[units[b]!.record]!.source) || a - b);
  const unitOrder = [ordered[0]!, ...rest];

  const people = new Map<string, MeetingPerson>();
  for (const u of unitOrder) {
    const unit = units[u]!;
    const record = records[unit.record]!;
    const sides: [number[], Role][] = [
      [unit.participants, "participant"],
      [unit.attendees, "attendee"],
      [unit.mentioned, "mentioned"],
    ];
    for (const [indexes, role] of sides) {
      for (const k of indexes) {
        const official = record.officials[k]!;
        const id = personOf[unit.record]![k]!;
        const seen = people.get(id);
        if (!seen) {
          people.set(id, {
            personSlug: personSlugs.get(id)!,
            name: identities.get(id)!.name,
            title: official.title,
            organization: official.organization,
            country: official.country,
            role,
            evidence: official.evidence,
          });
          continue;
        }
        if (ROLE_RANK[role] < ROLE_RANK[seen.role]) seen.role = role;
        seen.title ??= official.title;
        seen.organization ??= official.organization;
        seen.country ??= official.country;
        seen.evidence ??= official.evidence;
      }
    }
  }
  const everyone = [...people.values()];
  const participants = everyone.filter((p) => p.role === "participant");

  const topicSlugs = new Set<string>();
  const topics: Topic[] = [];
  const recordOrder = [...new Set(unitOrder.map((u) => units[u]!.record))];
  for (const r of recordOrder) {
    for (const label of records[r]!.topics) {
      const topic = inputs.topicOf(label);
      if (!topicSlugs.has(topic.slug)) {
        topicSlugs.add(topic.slug);
        topics.push(topic);
      }
    }
  }

  const placed = unitOrder.map((u) => units[u]!).find((unit) => unit.location) ?? primaryUnit;
  const several = primary.meetings.length > 1;
  const title = several && participants.length >= 2 ? meetingTitle(participants.map((p) => p.name)) : primary.title;
  const named = participants.length >= 2 ? `${participants[0]!.name} meets ${participants[1]!.name}` : title;
  const base = slugify(named, primary.id);
  const meeting: Meeting = {
    slug: "",
    title,
    date: primaryUnit.date,
    location: placed.location,
    country: placed.country,
    call: primaryUnit.call,
    evidence: { date: primaryUnit.evidence.date, location: placed.evidence.location },
    participants,
    attendees: everyone.filter((p) => p.role === "attendee"),
    mentioned: everyone.filter((p) => p.role === "mentioned"),
    topics,
    summary: primary.summary,
    sources: recordOrder.map((r) => ({ id: records[r]!.id, source: records[r]!.source, title: records[r]!.title })),
    related: [],
    body: primary.body,
    lang: primary.lang,
    dir: primary.dir,
    previous: null,
    next: null,
  };
  return {
    key: `${primaryUnit.date ?? "undated"}\0${primary.source}\0${primaryUnit.index}`,
    slugBase: primaryUnit.date ? slugify(`${primaryUnit.date}-${base}`) : base,
    meeting,
  };
}

function peopleOf(unit: MeetingUnit): number {
  return unit.participants.length + unit.attendees.length + unit.mentioned.length;
}

/** "A meets B", "A meets B and C", "A meets B, C and 2 others". */
export function meetingTitle(names: string[]): string {
  const [host, ...others] = names;
  if (others.length <= 3) {
    const list = others.length === 1 ? others[0]! : `${others.slice(0, -1).join(", ")} and ${others[others.length - 1]}`;
    return `${host} meets ${list}`;
  }
  return `${host} meets ${others.slice(0, 2).join(", ")} and ${others.length - 2} others`;
}
