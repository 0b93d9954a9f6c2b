// The walk that splits an article into the meetings it reports. Sentences are read in order; a
// sentence that reports a meeting either opens a new one or tells more of the current one:
//   - it opens one when it says it moves on ("Later", "Earlier in the day", "Separately", "then
//     held talks", "also received", "On Monday", "In the third meeting", "She was followed by"),
//     or when it brings in a principal the current meeting, already complete, does not have;
//   - a sentence announcing a series ("received three envoys in separate calls", "held five
//     bilateral meetings") opens none itself: it gives the host, day and place of the meetings
//     that follow, and a bilateral series gives each counterpart a meeting of its own;
//   - other sentences add the principals and those present they name to the current meeting;
//     "attended both meetings", "present during the calls" reach several meetings, and members
//     of a delegation attend every meeting of that delegation;
//   - meetings yet to come or only recalled open nothing and add no one.
// A meeting told with one side only (a caller "paid the first call") is the host's meeting too.
// Work per sentence is bounded by what the sentence names, so the walk is linear in the text.
import type { Official } from "../../model.ts";
import { readUnit, inZone, type Reading, type Timing } from "./analyse.ts";
import { ABOUT_MEETING, EVENT_WORD, TRANSITION } from "./cues.ts";
import { Delegations } from "./delegations.ts";
import type { Mention } from "./mentions.ts";
import { OrderedSet } from "./ordered-set.ts";
import { OfficeResolver, type Side } from "./references.ts";
import type { Unit } from "./units.ts";

export interface Episode {
  /** The sentence that opened it. */
  opener: number;
  /** Its sentences, opener first. */
  units: OrderedSet<number>;
  principals: OrderedSet<number>;
  attendees: OrderedSet<number>;
  unnamed: Set<string>;
  timing: Timing | null;
  clock: boolean;
  call: boolean;
  /** The series announcement it belongs to, if any. */
  series: Series | null;
}

export interface Series {
  /** The sentence that announced it. */
  unit: number;
  host: Side | null;
  oneToOne: boolean;
  counterparts: number[];
}

export interface Segmentation {
  episodes: Episode[];
  /** Sentences before the first meeting (a lead or a series announcement): they date and place it. */
  preamble: number[];
}

const CALL_IN_ARTICLE = /\bcalls?\s+with\b|\b(?:tele)?phone\b|\bvideo\b/i;
/** Words that can make a sentence without a meeting verb matter beyond the meeting it tells of. */
const MAY_MATTER = /\b(?:delegations?|led|headed|included|both|all|each|meetings|calls|sessions|later|subsequently|afterwards|followed|message|letter|cable|greetings)\b|^[\s"“‘'(]*(?:\d{1,2}[.)]\s+)?(?:on|with|in|at|during|the (?:first|next|last|second|third))\b/i;

export function segment(text: string, units: readonly Unit[], officials: readonly Official[], mentions: Mention[]): Segmentation {
  const byUnit = units.map((): Mention[] => []);
  for (const m of mentions) byUnit[m.unit]!.push(m);
  const walk = new Walk(text, units, officials, mentions);
  for (const u of units) {
    if (u.heading) continue;
    const named = byUnit[u.index]!;
    if (walk.absorbs(u, named)) continue;
    walk.read(readUnit(u, named, officials));
  }
  return walk.finish();
}

interface Sides {
  officials: number[];
  unnamed: string[];
  /** The sides written before the verb, in order. */
  subject: Side[];
}

export function newEpisode(opener: number, r: Pick<Reading, "timing" | "clock">, series: Series | null): Episode {
  return {
    opener,
    units: new OrderedSet([opener]),
    principals: new OrderedSet(),
    attendees: new OrderedSet(),
    unnamed: new Set(),
    timing: r.timing,
    clock: r.clock,
    call: false,
    series,
  };
}

class Walk {
  episodes: Episode[] = [];
  current: Episode | null = null;
  series: Series | null = null;
  host: Side | null = null;
  delegations = new Delegations();
  /** Officials who are a principal of some meeting already. */
  met = new Set<number>();
  scoped: { who: number; scope: { last: number } | "all"; seen: number }[] = [];
  pending = { principals: new OrderedSet<number>(), attendees: new OrderedSet<number>() };
  preamble: number[] = [];
  /** "On Friday, the minister had a busy day": a sentence that dates the meetings told after it. */
  context: number | null = null;
  resolver: OfficeResolver;
  private callArticleCache: boolean | null = null;

  private text: string;

  /** Does the article speak of calls anywhere ("PM call with ...")? Read once, when first asked. */
  get callArticle(): boolean {
    this.callArticleCache ??= CALL_IN_ARTICLE.test(this.text);
    return this.callArticleCache;
  }

  constructor(text: string, units: readonly Unit[], officials: readonly Official[], mentions: Mention[]) {
    this.text = text;
    const walk = this;
    this.resolver = new OfficeResolver({
      officials,
      mentions,
      units,
      get host() {
        return walk.host;
      },
    });
  }

  /**
   * A sentence that only tells more of the current meeting about people already in it ("Zhao
   * said ...") changes nothing but the sentences the meeting is dated and placed from: it is taken
   * without reading it through.
   */
  absorbs(u: Unit, named: readonly Mention[]): boolean {
    const cur = this.current;
    if (!cur || named.length === 0 || this.context !== null) return false;
    for (const m of named) if (!cur.principals.has(m.who) && !cur.attendees.has(m.who)) return false;
    // An opening such as "Meanwhile" or "Earlier" moves the sentence away from the meeting told.
    if (EVENT_WORD.test(u.text) || MAY_MATTER.test(u.text) || TRANSITION.test(u.text)) return false;
    cur.units.add(u.index);
    return true;
  }

  read(r: Reading): void {
    this.delegations.note(r);
    if ((r.event || r.nominal) && r.aside) return;
    if (r.series) {
      this.announce(r);
      return;
    }
    // The story's lead opens the first meeting even when its verb is not a meeting verb.
    const lead =
      this.episodes.length === 0 && !this.series && r.ledBy.length === 0 && ![...r.roles.values()].includes("attendee") && ABOUT_MEETING.test(r.unit.text);
    if (r.event || r.nominal || lead) this.opening(r);
    else this.plain(r);
  }

  private announce(r: Reading): void {
    const sides = this.sidesOf(r);
    const host = sides.subject[0] ?? null;
    const inSubject = new Set(sides.subject.flatMap((s) => (s.kind === "official" ? [s.who] : [])));
    this.series = {
      unit: r.unit.index,
      host,
      oneToOne: r.series!.oneToOne || r.series!.count !== null,
      counterparts: sides.officials.filter((w) => !inSubject.has(w)),
    };
    this.host = host ?? this.host;
    this.current = null;
    this.preamble.push(r.unit.index);
    this.addPresent(r, null);
  }

  private opening(r: Reading): void {
    const sides = this.sidesOf(r);
    const cur = this.current;
    const isNew = () => sides.officials.some((w) => !cur!.principals.has(w)) || sides.unnamed.some((k) => !cur!.unnamed.has(k));
    let open: boolean;
    if (!cur) open = true;
    else if (r.ordinal) open = true;
    else if (r.nominal || r.timing === "sequence") open = isNew();
    else if (r.timing) open = sides.officials.length + sides.unnamed.length > 0;
    else open = isNew() && cur.principals.size + cur.unnamed.size >= 2 && r.ledBy.length === 0;
    if (open) this.open(r, sides.officials, sides.unnamed, sides.subject);
    else this.join(cur!, r, sides.officials, sides.unnamed);
  }

  private open(r: Reading, principals: number[], unnamed: string[], subject: Side[]): void {
    const host = this.host ?? subject[0] ?? null;
    const hasHost = host !== null && (host.kind === "official" ? principals.includes(host.who) : unnamed.includes(host.key));
    // "Later, the minister received X": the host is the other side. Not when the sentence names
    // another subject ("Earlier, X was received by ..."): the meeting is that subject's.
    const otherSubject = subject.some((s) => s.kind === "official" && !(host?.kind === "official" && host.who === s.who));
    const withHost = host !== null && !hasHost && principals.length + unnamed.length < 2 && !otherSubject;
    const counterparts = principals.filter((w) => !(host?.kind === "official" && host.who === w));
    const series = this.series;
    // In a series of bilaterals, "also met A, ..., and B, ..." is a meeting with each.
    const split = ((series !== null && series.oneToOne) || r.apart) && !r.joint && counterparts.length >= 2 && unnamed.length === 0 && (hasHost || withHost);
    const groups = split ? counterparts.map((w) => [w]) : [principals];
    for (const g of groups) {
      const e = newEpisode(r.unit.index, r, series);
      for (const w of g) e.principals.add(w);
      if (!split) for (const k of unnamed) e.unnamed.add(k);
      if ((withHost || split) && host) {
        if (host.kind === "official") e.principals.addFirst(host.who);
        else e.unnamed.add(host.key);
      }
      e.call = r.call || (r.spoke && this.callArticle);
      if (this.context !== null) e.units.add(this.context);
      this.episodes.push(e);
      this.current = e;
      for (const w of e.principals.items) this.met.add(w);
      this.addPresent(r, e);
      this.linkDelegations(r, e);
    }
    this.host ??= subject[0] ?? (principals[0] !== undefined ? { kind: "official", who: principals[0] } : unnamed[0] ? { kind: "unnamed", key: unnamed[0] } : null);
    this.context = null;
    const cur = this.current!;
    for (const w of this.pending.principals.items) {
      cur.principals.add(w);
      this.met.add(w);
    }
    for (const w of this.pending.attendees.items) cur.attendees.add(w);
    this.pending = { principals: new OrderedSet(), attendees: new OrderedSet() };
  }

  private join(e: Episode, r: Reading, principals: number[], unnamed: string[]): void {
    e.units.add(r.unit.index);
    for (const w of principals) {
      e.principals.add(w);
      this.met.add(w);
    }
    for (const k of unnamed) e.unnamed.add(k);
    if (r.call && e.units.size === 1) e.call = true;
    this.addPresent(r, e);
    this.linkDelegations(r, e);
  }

  /** A sentence without a meeting verb: it tells more of the current meeting. */
  private plain(r: Reading): void {
    if (r.moved) return;
    const principals = r.mentions.filter((x) => r.roles.get(x) === "principal").map((x) => x.who);
    const cur = this.current;
    if (r.timing === "dated" && principals.every((w) => this.met.has(w)) && ![...r.roles.values()].includes("attendee")) {
      this.context = r.unit.index;
      return;
    }
    // "The message was delivered by X during a meeting": a principal met nowhere yet, with a meeting.
    const fresh = principals.filter((w) => !this.met.has(w) && !this.pending.principals.has(w));
    // In a series of bilaterals, a counterpart named for the first time is the next meeting of the series.
    const nextOfSeries = this.series !== null && this.series.oneToOne && (!cur || cur.series === this.series);
    const fromMeeting = cur !== null && r.meetingNoun && cur.principals.size + cur.unnamed.size >= 2;
    if (fresh.length > 0 && r.ledBy.length === 0 && (nextOfSeries || fromMeeting) && !(cur && this.memberOfDelegationIn(fresh, cur))) {
      this.open(r, fresh, [], []);
      return;
    }
    if (!cur) {
      for (const w of principals) this.pending.principals.add(w);
      this.addPresent(r, null);
      if (this.series === null) this.preamble.push(r.unit.index);
      return;
    }
    this.join(cur, r, principals, []);
  }

  /** Those a sentence names as present: in this meeting, in several, or held until one opens. */
  private addPresent(r: Reading, e: Episode | null): void {
    for (const x of r.mentions) {
      if (r.roles.get(x) !== "attendee") continue;
      if (r.scope) this.scoped.push({ who: x.who, scope: r.scope, seen: this.episodes.length });
      else if (e) e.attendees.add(x.who);
      else this.pending.attendees.add(x.who);
    }
  }

  /** The sides a meeting sentence names: officials, offices resolved or unnamed, pronouns, delegations. */
  private sidesOf(r: Reading): Sides {
    const positioned: { at: number; side: Side }[] = [];
    for (const x of r.mentions) if (r.roles.get(x) === "principal") positioned.push({ at: x.start, side: { kind: "official", who: x.who } });
    for (const d of r.descriptions) if (inZone(r, d.start)) positioned.push({ at: d.start, side: this.resolver.resolve(d) });
    if (r.pronounSubject && this.host && r.followedBy === null) positioned.push({ at: r.subject!.start, side: this.host });
    for (const ref of r.delegationRefs) {
      const d = this.delegations.find(ref.adjective);
      positioned.push({ at: ref.at, side: d?.leader != null ? { kind: "official", who: d.leader } : { kind: "unnamed", key: `delegation ${ref.adjective}`.trim() } });
    }
    const objectNamed = r.mentions.some((x) => r.object && x.start >= r.object.start && x.start < r.object.end && r.roles.get(x) === "principal");
    if (r.group && !objectNamed) positioned.push({ at: r.object!.start, side: { kind: "unnamed", key: `group ${r.unit.index}` } });
    positioned.sort((a, b) => a.at - b.at);
    const officials = new OrderedSet<number>();
    const unnamed = new OrderedSet<string>();
    const subject: Side[] = [];
    for (const { at, side } of positioned) {
      if (side.kind === "official") officials.add(side.who);
      else unnamed.add(side.key);
      if (r.subject !== null && at >= r.subject.start && at < r.subject.end) subject.push(side);
    }
    return { officials: officials.items, unnamed: unnamed.items, subject };
  }

  /** A meeting whose sentence speaks of a delegation is a meeting of that delegation. */
  private linkDelegations(r: Reading, e: Episode): void {
    if (r.ledBy.length === 0 && r.delegationRefs.length === 0 && !r.unit.text.includes("delegation")) return;
    for (const w of e.principals.items) this.delegations.ledBy(w)?.meetings.add(e);
  }

  private memberOfDelegationIn(people: number[], e: Episode): boolean {
    return e.principals.items.some((w) => {
      const d = this.delegations.ledBy(w);
      return d !== null && people.some((p) => d.members.has(p));
    });
  }

  // ---- the end ---------------------------------------------------------------------------

  finish(): Segmentation {
    for (const s of this.scoped) {
      const list = s.scope === "all" ? this.episodes : lastOf(this.episodes, s.seen, s.scope.last);
      for (const e of list) e.attendees.add(s.who);
    }
    for (const d of this.delegations.all()) for (const e of d.meetings.items) for (const w of d.members.items) e.attendees.add(w);
    // A series announced with counterparts no sentence took up: a meeting each.
    for (const s of new Set(this.episodes.map((e) => e.series).concat(this.series))) {
      if (!s) continue;
      for (const w of s.counterparts) {
        if (this.met.has(w)) continue;
        const e = newEpisode(s.unit, { timing: null, clock: false }, s);
        if (s.host?.kind === "official") e.principals.add(s.host.who);
        e.principals.add(w);
        this.met.add(w);
        this.episodes.push(e);
      }
    }
    this.episodes.sort((a, b) => a.opener - b.opener);
    // A lead that named no side ("Ministers of three countries met in a joint session") is the
    // meeting the next sentences name; it gives that meeting its sentences and those present.
    for (let i = this.episodes.length - 2; i >= 0; i--) {
      const e = this.episodes[i]!;
      if (e.principals.size + e.unnamed.size > 0) continue;
      const next = this.episodes[i + 1]!;
      const units = new OrderedSet([...e.units.items, ...next.units.items]);
      const merged: Episode = { ...next, opener: e.opener, units, timing: next.timing ?? e.timing };
      for (const w of e.attendees.items) merged.attendees.add(w);
      this.episodes.splice(i, 2, merged);
    }
    const kept = this.episodes.filter((e) => e.principals.size + e.attendees.size > 0);
    for (const e of kept) e.attendees = new OrderedSet(e.attendees.items.filter((w) => !e.principals.has(w)));
    return { episodes: kept, preamble: this.preamble };
  }
}

/** The last n meetings told by the time `seen` meetings had been told (or the first n). */
function lastOf(episodes: Episode[], seen: number, n: number): Episode[] {
  if (seen >= n) return episodes.slice(seen - n, seen);
  return episodes.slice(0, n);
}
