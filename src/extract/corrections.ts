// The user's front-matter corrections, applied on top of what the extractor found: officials
// amended, added or removed by name, meetings replaced, topics replaced.
import anyAscii from "any-ascii";
import type { FrontMatter, Official, RecordMeeting, Topic } from "../model.ts";
import { knownCity } from "./cities.ts";

const nameKey = (name: string) => anyAscii(name).toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

/** A corrected location reads like an extracted one ("islamabad" → "Islamabad"); unknown places stay as written. */
export function correctedLocation(given: string | null): string | null {
  return given === null ? null : (knownCity(given) ?? given);
}

/** Front-matter officials amend the extracted official of the same name, add new ones, or remove. */
export function applyOfficialOverrides(extracted: Official[], fm: FrontMatter): Official[] {
  const out = extracted.map((o) => ({ ...o }));
  for (const o of fm.officials ?? []) {
    const at = out.findIndex((e) => nameKey(e.name) === nameKey(o.name));
    if (o.remove) {
      if (at >= 0) out.splice(at, 1);
      continue;
    }
    const base: Official =
      at >= 0 ? out[at]! : { name: o.name, title: null, organization: null, country: null, role: "participant", evidence: null };
    const amended: Official = {
      name: at >= 0 ? base.name : o.name,
      title: o.title !== undefined ? o.title : base.title,
      organization: o.organization !== undefined ? o.organization : base.organization,
      country: o.country !== undefined ? o.country : base.country,
      role: o.role ?? base.role,
      evidence: base.evidence,
    };
    if (at >= 0) out[at] = amended;
    else out.push(amended);
  }
  return out;
}

/**
 * Meetings from the front matter replace the extracted ones. A name refers to the official of
 * that name (any case or accents); a name the record does not have becomes an official, and an
 * official's role follows the meetings: a principal of any meeting is a participant, someone only
 * present is an attendee. People present in no meeting are left to the mentioned.
 */
export function applyMeetingOverrides(
  officials: Official[],
  meetings: RecordMeeting[],
  fm: FrontMatter,
  defaults: { date: string | null; location: string | null; country: string | null },
): { officials: Official[]; meetings: RecordMeeting[] } {
  if (!fm.meetings) return { officials, meetings };
  const out = officials.map((o) => ({ ...o }));
  const resolve = (name: string): Official => {
    const found = out.find((o) => nameKey(o.name) === nameKey(name));
    if (found) return found;
    const added: Official = { name, title: null, organization: null, country: null, role: "attendee", evidence: null };
    out.push(added);
    return added;
  };
  const principals = new Set<Official>();
  const present = new Set<Official>();
  const replaced: RecordMeeting[] = fm.meetings.map((m) => {
    const participants = m.participants.map(resolve);
    const attendees = (m.attendees ?? []).map(resolve).filter((o) => !participants.includes(o));
    participants.forEach((o) => principals.add(o));
    attendees.forEach((o) => present.add(o));
    const location = m.location !== undefined ? correctedLocation(m.location) : defaults.location;
    return {
      participants: participants.map((o) => o.name),
      attendees: attendees.map((o) => o.name),
      date: m.date !== undefined ? m.date : defaults.date,
      location,
      country: m.location !== undefined ? null : defaults.country,
      call: m.call ?? false,
      evidence: { date: null, location: null },
    };
  });
  for (const o of out) {
    if (principals.has(o)) o.role = "participant";
    else if (present.has(o)) o.role = "attendee";
    else if (o.role !== "mentioned") o.role = "mentioned";
  }
  return { officials: out, meetings: replaced };
}

/** Front-matter topics name taxonomy topics by label or slug; anything else is a new label. */
export function resolveTopics(given: string[], topics: readonly Topic[]): string[] {
  const byKey = new Map<string, string>();
  for (const t of topics) {
    byKey.set(t.label.toLowerCase(), t.label);
    byKey.set(t.slug.toLowerCase(), t.label);
  }
  return [...new Set(given.map((g) => byKey.get(g.toLowerCase()) ?? g))];
}

/**
 * Meetings name only officials present in the record; an official corrected away (removed, or
 * made "mentioned") leaves the meetings too, and a meeting left with nobody is dropped. Someone
 * present whom no meeting names joins the first one, so nobody present is lost from the pages.
 */
export function reconcileMeetings(
  meetings: RecordMeeting[],
  officials: Official[],
  defaults: { date: string | null; location: string | null; country: string | null },
): RecordMeeting[] {
  const present = new Set(officials.filter((o) => o.role !== "mentioned").map((o) => o.name));
  const kept = meetings
    .map((m) => ({ ...m, participants: m.participants.filter((n) => present.has(n)), attendees: m.attendees.filter((n) => present.has(n)) }))
    .filter((m) => m.participants.length + m.attendees.length > 0);
  const named = new Set(kept.flatMap((m) => [...m.participants, ...m.attendees]));
  const missing = officials.filter((o) => o.role !== "mentioned" && !named.has(o.name));
  if (missing.length === 0) return kept;
  const first: RecordMeeting = kept[0] ?? {
    participants: [],
    attendees: [],
    ...defaults,
    call: false,
    evidence: { date: null, location: null },
  };
  const joined: RecordMeeting = {
    ...first,
    participants: [...first.participants, ...missing.filter((o) => o.role === "participant").map((o) => o.name)],
    attendees: [...first.attendees, ...missing.filter((o) => o.role === "attendee").map((o) => o.name)],
  };
  return [joined, ...kept.slice(1)];
}
