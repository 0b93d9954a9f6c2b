// The data of the explore pages, shaped once for the templates: organisation, country and pair
// pages (long lists split like a person's), the organisations grouped by kind, the charts of a
// page (built when its page is rendered, from that page's meetings only), and the Atom feed of
// every person, organisation, country and topic.
import type { Country, CountryPair, Digest, Meeting, Organisation, OrganisationKind, Person } from "../model.ts";
import { countByMonth, monthBars, type MonthChart } from "./charts/month-bars.ts";
import { COUNTERPART_ROWS, counterpartsOverTime } from "./charts/counterparts-over-time.ts";
import { EGO_LIMIT, egoNetwork } from "./charts/ego-network.ts";
import { pairNetwork } from "./charts/pair-network.ts";
import { meetingsCsv, peopleCsv } from "./csv.ts";
import { checkedSlug } from "./format.ts";
import { chunkPages, type ListPage } from "./site-data.ts";

export const KIND_LABELS: Record<OrganisationKind, string> = {
  government: "Ministries and government bodies",
  regulator: "Regulators and central banks",
  legislature: "Parliaments",
  diplomatic: "Embassies and missions",
  international: "International organisations",
  company: "Companies",
  association: "Business and professional associations",
  education: "Universities and institutes",
  other: "Other bodies",
};
const KIND_ORDER = Object.keys(KIND_LABELS) as OrganisationKind[];

const NETWORK_MINIMUM = 3;
/** Counterparts year by year say something from about half a dozen meetings on. */
const TIMELINE_MINIMUM = 6;

/** Entries per feed of one person, body, country or topic. */
const ENTITY_FEED_LENGTH = 10;

export interface EntityFeed {
  /** Site path of the feed ("/people/jane-doe/feed.xml") and of the page it belongs to. */
  url: string;
  pageUrl: string;
  title: string;
  meetings: Meeting[];
  updated: string | null;
}

export class ExploreData {
  readonly organisationBySlug: Record<string, Organisation> = Object.create(null);
  readonly countryBySlug: Record<string, Country> = Object.create(null);
  readonly organisationPages: ListPage<Organisation>[];
  readonly countryPages: ListPage<Country>[];
  readonly pairPages: ListPage<CountryPair>[];
  readonly organisationsByKind: { kind: OrganisationKind; label: string; organisations: Organisation[] }[];
  readonly countriesByName: Country[];
  readonly homeChart: MonthChart | null;
  readonly feeds: EntityFeed[];

  constructor(
    readonly digest: Digest,
    private readonly meetingBySlug: Record<string, Meeting>,
    private readonly personBySlug: Record<string, Person>,
    private readonly meetingsNewestFirst: string[],
    private readonly siteUrl: string,
  ) {
    for (const o of digest.organisations) this.organisationBySlug[checkedSlug(o.slug)] = o;
    for (const c of digest.countries) this.countryBySlug[checkedSlug(c.slug)] = c;
    this.organisationPages = digest.organisations.flatMap((o) => chunkPages(o, "organisations", o.meetings, undefined, `Meetings of ${o.name}`));
    this.countryPages = digest.countries.flatMap((c) => chunkPages(c, "countries", c.meetings, undefined, `Meetings with officials of ${c.name}`));
    this.pairPages = digest.countryPairs.flatMap((p) => chunkPages(p, "countries", p.meetings, this.pairUrl(p)));
    this.organisationsByKind = KIND_ORDER.map((kind) => ({ kind, label: KIND_LABELS[kind], organisations: digest.organisations.filter((o) => o.kind === kind) })).filter(
      (g) => g.organisations.length > 0,
    );
    this.countriesByName = digest.countries;
    this.homeChart = monthBars("chart-home", "all meetings", countByMonth(meetingsNewestFirst.map((s) => meetingBySlug[s]?.date ?? null)));
    this.feeds = [
      ...digest.people.filter((p) => p.meetings.length > 0).map((p) => this.feed(`/people/${checkedSlug(p.slug)}/`, `Meetings of ${p.name}`, p.meetings)),
      ...digest.organisations.map((o) => this.feed(`/organisations/${checkedSlug(o.slug)}/`, `Meetings of ${o.name}`, o.meetings)),
      ...digest.countries.map((c) => this.feed(`/countries/${checkedSlug(c.slug)}/`, `Meetings with officials of ${c.name}`, c.meetings)),
      ...digest.topics.map((t) => this.feed(`/topics/${checkedSlug(t.slug)}/`, `Meetings on ${t.label}`, t.meetings)),
    ];
  }

  /** The data files, made when their template is rendered. */
  meetingsCsv(): string {
    const meetings = this.meetingsNewestFirst.map((s) => this.meetingBySlug[s]).filter((m): m is Meeting => !!m);
    return meetingsCsv(this.digest, meetings, this.siteUrl);
  }

  peopleCsv(): string {
    return peopleCsv(this.digest, (slug) => this.meetingBySlug[slug]?.date ?? null, this.siteUrl);
  }

  /** "/countries/pakistan/united-states/" */
  pairUrl(pair: CountryPair): string {
    return `/countries/${checkedSlug(pair.a.slug)}/${checkedSlug(pair.b.slug)}/`;
  }

  private feed(pageUrl: string, title: string, meetingSlugs: string[]): EntityFeed {
    // Meeting lists are oldest first, undated last: the newest dated ones are the feed.
    const dated: Meeting[] = [];
    for (let i = meetingSlugs.length - 1; i >= 0 && dated.length < ENTITY_FEED_LENGTH; i--) {
      const m = this.meetingBySlug[meetingSlugs[i]!];
      if (m?.date) dated.push(m);
    }
    return { url: `${pageUrl}feed.xml`, pageUrl, title, meetings: dated, updated: dated[0]?.date ?? null };
  }

  /** Meetings per month of one page's meetings. */
  monthChart(id: string, subject: string, meetingSlugs: string[]): MonthChart | null {
    return monthBars(id, subject, countByMonth(meetingSlugs.map((s) => this.meetingBySlug[s]?.date ?? null)));
  }

  /**
   * The person's network: the people met most often, and which of them met each other. Drawn from
   * three meetings and three people met: below that the list beside it says all a graph would.
   */
  personNetwork(person: Person): string | null {
    if (person.met.length < NETWORK_MINIMUM || person.meetings.length < NETWORK_MINIMUM) return null;
    const shown = new Set(person.met.slice(0, EGO_LIMIT).map((m) => m.slug));
    const ties = new Map<string, number>();
    for (const slug of shown) {
      for (const other of this.personBySlug[slug]?.met ?? []) if (shown.has(other.slug)) ties.set(`${slug}\0${other.slug}`, other.count);
    }
    const result = egoNetwork("network-person", person, person.met, (a, b) => ties.get(`${a}\0${b}`) ?? 0);
    return result?.svg ?? null;
  }

  /** The person's most frequent counterparts, year by year: the chart and the numbers. */
  counterpartsByYear(person: Person): { svg: string; years: string[]; rows: { slug: string; name: string; counts: number[] }[] } | null {
    const top = person.met.slice(0, COUNTERPART_ROWS);
    if (top.length < 2 || person.meetings.length < TIMELINE_MINIMUM) return null;
    const wanted = new Set(top.map((t) => t.slug));
    const counts = new Map(top.map((t) => [t.slug, new Map<string, number>()]));
    const years = new Set<string>();
    for (const slug of person.meetings) {
      const m = this.meetingBySlug[slug];
      if (!m?.date) continue;
      const year = m.date.slice(0, 4);
      years.add(year);
      for (const p of [...m.participants, ...m.attendees]) {
        if (!wanted.has(p.personSlug) || p.personSlug === person.slug) continue;
        const row = counts.get(p.personSlug)!;
        row.set(year, (row.get(year) ?? 0) + 1);
      }
    }
    const yearList = [...years].sort();
    const rows = top.filter((t) => counts.get(t.slug)!.size > 0).map((t) => ({ slug: t.slug, name: t.name, years: counts.get(t.slug)! }));
    if (rows.length < 2) return null;
    const svg = counterpartsOverTime("chart-counterparts", person.name, rows, yearList);
    if (!svg) return null;
    return { svg, years: yearList, rows: rows.map((r) => ({ slug: r.slug, name: r.name, counts: yearList.map((y) => r.years.get(y) ?? 0) })) };
  }

  pairNetwork(pair: CountryPair): string | null {
    return pairNetwork("network-pair", { name: pair.a.name, people: pair.peopleA }, { name: pair.b.name, people: pair.peopleB }, pair.links);
  }

  /** A pair's meetings by year, newest year first; undated ones last. */
  pairYears(pageMeetings: string[]): { year: string; meetings: string[] }[] {
    const groups = new Map<string, string[]>();
    for (const slug of pageMeetings) {
      const year = this.meetingBySlug[slug]?.date?.slice(0, 4) ?? "Undated";
      groups.set(year, [...(groups.get(year) ?? []), slug]);
    }
    return [...groups.entries()].map(([year, meetings]) => ({ year, meetings }));
  }
}
