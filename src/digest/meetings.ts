// Meetings from the meetings of records (meeting-units.ts), grouped across articles by
// meeting-groups.ts: one page per meeting, with the people as the article naming most of them
// has them, every source cited, and where the sources disagree (meeting-sources.ts).
import type { ArticleRecord, Meeting, MeetingPerson, Role, Topic } from "../model.ts";
import type { Identity } from "./identity.ts";
import { textDay } from "./meeting-groups.ts";
import { disagreements, meetingSource } from "./meeting-sources.ts";
import type { MeetingUnit } from "./meeting-units.ts";
import { stableSlugs } from "./addresses.ts";
import { compareCodePoints, slugify } from "./slugs.ts";

const ROLE_RANK: Record<Role, number> = { participant: 0, attendee: 1, mentioned: 2 };

export interface MeetingInputs {
  /** The address book's meeting entries from earlier builds. */
  addresses?: Record<string, string[]>;
  records: ArticleRecord[];
  units: MeetingUnit[];
  personOf: string[][];
  identities: Map<string, Identity>;
  personSlugs: Map<string, string>;
  topicOf: (label: string) => Topic;
}

/**
 * Builds meetings (without previous/next), newest first, undated last; a meeting keeps the
 * address it had in an earlier build (addresses.ts), and earlier addresses that moved are given.
 */
export function buildMeetings(
  groups: number[][],
  inputs: MeetingInputs,
): { meetings: Meeting[]; moved: Map<string, Meeting>; remembered: Record<string, string[]> } {
  const drafts = groups.map((group) => draftMeeting(group, inputs));
  const reportKey = (u: number) => `${inputs.records[inputs.units[u]!.record]!.source}#${inputs.units[u]!.index}`;
  const { slugs, moved, remembered } = stableSlugs(
    drafts.map((d, g) => ({ key: d.key, base: d.slugBase, members: groups[g]!.map(reportKey) })),
    inputs.addresses ?? {},
  );
  const meetings = drafts.map((d) => ({ ...d.meeting, slug: slugs.get(d.key)! }));
  const byKey = new Map(drafts.map((d, i) => [d.key, meetings[i]!]));
  linkRelated(groups, meetings, inputs.units);
  return {
    meetings: meetings.sort(compareMeetingsNewestFirst),
    moved: new Map([...moved].map(([slug, key]) => [slug, byKey.get(key)!])),
    remembered,
  };
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
  // The day a text gives wins over a report that only has its article's date.
  const dated = unitOrder.map((u) => units[u]!).find((unit) => textDay(unit, records[unit.record]!) !== null) ?? primaryUnit;
  const firstOfRecord = new Map<number, MeetingUnit>();
  for (const u of unitOrder) if (!firstOfRecord.has(units[u]!.record)) firstOfRecord.set(units[u]!.record, units[u]!);
  const reports = [...firstOfRecord.values()].map((unit) => ({
    unit,
    record: records[unit.record]!,
    day: textDay(unit, records[unit.record]!),
    people: personOf[unit.record]!,
  }));
  const several = primary.meetings.length > 1;
  const title = several && participants.length >= 2 ? meetingTitle(participants.map((p) => p.name)) : primary.title;
  const named = participants.length >= 2 ? `${participants[0]!.name} meets ${participants[1]!.name}` : title;
  const base = slugify(named, primary.id);
  const meeting: Meeting = {
    slug: "",
    title,
    date: dated.date,
    location: placed.location,
    country: placed.country,
    call: primaryUnit.call,
    evidence: { date: dated.evidence.date, location: placed.evidence.location },
    participants,
    attendees: everyone.filter((p) => p.role === "attendee"),
    mentioned: everyone.filter((p) => p.role === "mentioned"),
    topics,
    summary: primary.summary,
    sources: recordOrder.map((r) => meetingSource(records[r]!)),
    disagreements: recordOrder.length > 1 ? disagreements(reports, (id) => identities.get(id)!.name) : [],
    related: [],
    body: primary.body,
    lang: primary.lang,
    dir: primary.dir,
    previous: null,
    next: null,
  };
  return {
    key: `${dated.date ?? "undated"}\0${primary.source}\0${primaryUnit.index}`,
    slugBase: dated.date ? slugify(`${dated.date}-${base}`) : base,
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
