// Delegations an article speaks of: who leads each ("a Chinese delegation led by X", "the Afghan
// delegation by Y", "The delegation was led by Z" for one met earlier without a leader), who its
// members are ("The delegation included A and B"), and which meetings it attended. Members other
// than the leader are present at every meeting of their delegation.
import { countriesIn, countryOfWord } from "./countries.ts";
import type { Reading } from "./analyse.ts";
import { OrderedSet } from "./ordered-set.ts";
import type { Episode } from "./segment.ts";

export interface Delegation {
  leader: number | null;
  country: string | null;
  members: OrderedSet<number>;
  /** The meetings it attended. */
  meetings: OrderedSet<Episode>;
}

const INDEFINITE_DELEGATION = /\b(?:a|an)\s+(?:[^\s,.;:()]+\s+){0,3}?delegation\b/i;
/** How far after "led by" the leader's name may start (past the office written before it). */
const LEADER_REACH = 200;

export class Delegations {
  private list: Delegation[] = [];
  private byLeader = new Map<number, Delegation>();
  private byCountry = new Map<string, Delegation>();
  private leaderless: Delegation | null = null;

  /** Reads who leads which delegation and who its members are, from one sentence. */
  note(r: Reading): void {
    const t = r.unit.text;
    for (let i = 0; i < r.ledBy.length; i++) {
      const l = r.ledBy[i]!;
      const nextBy = r.ledBy[i + 1]?.by ?? Infinity;
      const leader = r.mentions.find((x) => x.start >= l.by && x.start - l.by < LEADER_REACH && x.start < nextBy);
      if (!leader) continue;
      const window = t.slice(Math.max(0, l.delegationAt - r.unit.start - 60), l.by - r.unit.start);
      const country = countriesIn(window).at(-1) ?? null;
      const saysThe = /\bthe\s+$/i.test(t.slice(Math.max(0, l.delegationAt - r.unit.start - 8), l.delegationAt - r.unit.start));
      const open = this.leaderless;
      if (open && saysThe && (country === null || open.country === null || open.country === country)) {
        open.leader = leader.who;
        open.country ??= country;
        this.index(open);
        this.leaderless = null;
      } else if (!this.byLeader.has(leader.who)) {
        this.index(this.make(leader.who, country));
      }
    }
    if (r.ledBy.length === 0 && (r.event || r.nominal) && t.includes("delegation") && INDEFINITE_DELEGATION.test(t)) {
      const country = countriesIn(t.slice(r.object ? r.object.start - r.unit.start : 0)).at(0) ?? null;
      this.leaderless = this.make(null, country);
    }
    if (r.membersFrom !== null) {
      const d = this.list.at(-1);
      if (d) for (const x of r.mentions) if (x.start >= r.membersFrom && x.who !== d.leader) d.members.add(x.who);
    }
  }

  /** "the delegation", "the Afghan delegation": the one of that country, else the latest. */
  find(adjective: string): Delegation | null {
    const country = adjective.split(/\s+/).map(countryOfWord).find((c) => c !== null) ?? null;
    return (country ? this.byCountry.get(country) : undefined) ?? this.list.at(-1) ?? null;
  }

  ledBy(who: number): Delegation | null {
    return this.byLeader.get(who) ?? null;
  }

  all(): readonly Delegation[] {
    return this.list;
  }

  private make(leader: number | null, country: string | null): Delegation {
    const d: Delegation = { leader, country, members: new OrderedSet(), meetings: new OrderedSet() };
    this.list.push(d);
    return d;
  }

  private index(d: Delegation): void {
    if (d.leader !== null) this.byLeader.set(d.leader, d);
    if (d.country) this.byCountry.set(d.country, d);
  }
}
