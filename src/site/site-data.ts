// The digest, reshaped once for the templates: lookup maps by slug and pre-chunked long lists, so
// no template ever loops over all meetings inside a loop over all people.
import anyAscii from "any-ascii";
import type { BuildReport, Digest, Meeting, Person, TimelineYear, Topic } from "../model.ts";
import { checkedRedirectPath, checkedSlug } from "./format.ts";
import { ExploreData } from "./explore-data.ts";
import type { SiteSettings } from "./settings.ts";

/** Long lists on person and topic pages are split into pages of this many meetings. */
export const MEETINGS_PER_PAGE = 50;
const HOME_LIST_LENGTH = 10;
const FEED_LENGTH = 50;
/** Up to this many dated meetings the timeline is one page; beyond it, one page per year. */
export const TIMELINE_SINGLE_PAGE_LIMIT = 300;

export interface TimelinePage {
  /** "/timeline/" or "/timeline/2024/". */
  url: string;
  /** The year this page shows, or null for the main timeline page. */
  year: string | null;
  /** Years listed in full on this page. */
  years: TimelineYear[];
  /** On the main page of a split timeline: every year with its months, linking to the year pages. */
  overview: { year: string; url: string; count: number; months: { key: string; label: string; count: number }[] }[];
}

export interface ListPage<T> {
  /** The person or topic the page belongs to. */
  owner: T;
  /** Site path of this page ("/people/jane-doe/", "/people/jane-doe/page-2/"). */
  url: string;
  pageNumber: number;
  pageCount: number;
  /** Meeting slugs on this page. */
  meetings: string[];
  previousUrl: string | null;
  nextUrl: string | null;
  /** Site path of the first page. */
  rootUrl: string;
  /** Title of the Atom feed at `${rootUrl}feed.xml`, or null when the owner has none. */
  feedTitle: string | null;
}

type TopicWithMeetings = Topic & { meetings: string[] };

function lookup<T extends { slug: string }>(items: T[]): Record<string, T> {
  const map: Record<string, T> = Object.create(null);
  for (const item of items) map[checkedSlug(item.slug)] = item;
  return map;
}

export function chunkPages<T extends { slug: string }>(
  owner: T,
  base: string,
  meetings: string[],
  root = `/${base}/${checkedSlug(owner.slug)}/`,
  feedTitle: string | null = null,
): ListPage<T>[] {
  const pageCount = Math.max(1, Math.ceil(meetings.length / MEETINGS_PER_PAGE));
  const urlOf = (n: number) => (n === 1 ? root : `${root}page-${n}/`);
  const pages: ListPage<T>[] = [];
  for (let n = 1; n <= pageCount; n++) {
    pages.push({
      owner,
      url: urlOf(n),
      pageNumber: n,
      pageCount,
      meetings: meetings.slice((n - 1) * MEETINGS_PER_PAGE, n * MEETINGS_PER_PAGE),
      previousUrl: n > 1 ? urlOf(n - 1) : null,
      nextUrl: n < pageCount ? urlOf(n + 1) : null,
      rootUrl: root,
      feedTitle,
    });
  }
  return pages;
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

function sortKey(name: string): string {
  return anyAscii(name).trim();
}

function letterOf(name: string): string {
  const first = sortKey(name).charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : "#";
}

/** The site paths a build writes: all of them in a cold build, in a rebuild those whose data changed. */
export type PageSelection = (url: string) => boolean;

/** The pages listed in the sitemap besides the paginated ones: the templates of fixed address that are in Eleventy's collections. */
const LISTED_FIXED_PAGES = ["/", "/countries/", "/data/", "/organisations/", "/people/", "/search/", "/topics/"];

/** Everything the templates read, as one object. A class instance, so Eleventy passes it by reference instead of deep-copying it into every template's data. */
export class SiteData {
  readonly meetingBySlug: Record<string, Meeting>;
  readonly personBySlug: Record<string, Person>;
  readonly topicBySlug: Record<string, TopicWithMeetings>;
  /** Meeting slugs newest first, undated last. */
  readonly meetingsNewestFirst: string[];
  readonly personPages: ListPage<Person>[];
  readonly topicPages: ListPage<TopicWithMeetings>[];
  readonly peopleByLetter: { letter: string; people: Person[] }[];
  readonly latestMeetings: string[];
  readonly activePeople: Person[];
  readonly topicsByCount: TopicWithMeetings[];
  /** Dated meetings for the feeds, newest first. */
  readonly feedMeetings: Meeting[];
  readonly feedUpdated: string | null;
  readonly timelinePages: TimelinePage[];
  /** Organisation, country and pair pages, charts, feeds per page, data files. */
  readonly explore: ExploreData;
  /**
   * What the paginated templates write: every page, or in a rebuild only the selected ones (the
   * rest are carried over from the previous site). Timeline and redirect pages are always written.
   */
  render!: {
    meetings: Meeting[];
    personPages: ListPage<Person>[];
    topicPages: ListPage<TopicWithMeetings>[];
    organisationPages: ExploreData["organisationPages"];
    countryPages: ExploreData["countryPages"];
    pairPages: ExploreData["pairPages"];
    feeds: ExploreData["feeds"];
  };
  /** Every page of the sitemap, sorted: it lists the pages whether or not this build writes them. */
  readonly sitemapUrls: string[];

  /** Absolute address of the home page, ending in "/": the base of links in feeds and the sitemap. */
  readonly siteUrl: string;

  constructor(
    readonly digest: Digest,
    readonly report: BuildReport,
    readonly settings: SiteSettings,
  ) {
    this.siteUrl = settings.url;
    this.meetingBySlug = lookup(digest.meetings);
    this.personBySlug = lookup(digest.people);
    this.topicBySlug = lookup(digest.topics);
    // Checked before Eleventy starts: a refusal from inside a template would leave its asset copy
    // running into a folder the caller is already removing.
    for (const redirect of digest.redirects) {
      checkedRedirectPath(redirect.from);
      checkedRedirectPath(redirect.to);
    }
    this.meetingsNewestFirst = [
      ...digest.timeline.years.flatMap((y) => y.months.flatMap((m) => m.meetings)),
      ...digest.timeline.undated,
    ];
    this.personPages = digest.people.flatMap((p) => chunkPages(p, "people", p.meetings, undefined, p.meetings.length > 0 ? `Meetings of ${p.name}` : null));
    this.topicPages = digest.topics.flatMap((t) => chunkPages(t, "topics", t.meetings, undefined, `Meetings on ${t.label}`));

    const people = [...digest.people].sort(
      (a, b) => collator.compare(sortKey(a.name), sortKey(b.name)) || (a.slug < b.slug ? -1 : 1),
    );
    const groups = new Map<string, Person[]>();
    for (const person of people) {
      const letter = letterOf(person.name);
      groups.set(letter, [...(groups.get(letter) ?? []), person]);
    }
    this.peopleByLetter = [...groups.entries()]
      .sort(([a], [b]) => (a === "#" ? 1 : b === "#" ? -1 : a < b ? -1 : 1))
      .map(([letter, list]) => ({ letter, people: list }));

    this.latestMeetings = this.meetingsNewestFirst.slice(0, HOME_LIST_LENGTH);
    this.activePeople = [...digest.people]
      .filter((p) => p.meetings.length > 0)
      .sort((a, b) => b.meetings.length - a.meetings.length || (a.slug < b.slug ? -1 : 1))
      .slice(0, HOME_LIST_LENGTH);
    this.topicsByCount = [...digest.topics].sort(
      (a, b) => b.meetings.length - a.meetings.length || (a.slug < b.slug ? -1 : 1),
    );
    this.feedMeetings = this.meetingsNewestFirst
      .map((slug) => this.meetingBySlug[slug])
      .filter((m): m is Meeting => m !== undefined && m.date !== null)
      .slice(0, FEED_LENGTH);
    this.feedUpdated = this.feedMeetings[0]?.date ?? null;
    this.timelinePages = timelinePages(digest.timeline.years);
    this.explore = new ExploreData(digest, this.meetingBySlug, this.personBySlug, this.meetingsNewestFirst, this.siteUrl);
    this.selectPages(() => true);
    const explore = this.explore;
    const listed = [this.personPages, this.topicPages, explore.organisationPages, explore.countryPages, explore.pairPages, this.timelinePages];
    this.sitemapUrls = [...LISTED_FIXED_PAGES, ...digest.meetings.map((m) => this.meetingUrl(m)), ...listed.flatMap((pages) => pages.map((p) => p.url))].sort(
      (a, b) => (a < b ? -1 : a > b ? 1 : 0),
    );
  }

  /** Has the paginated templates write only the selected pages (see `render`). */
  selectPages(writes: PageSelection): void {
    const explore = this.explore;
    this.render = {
      meetings: this.digest.meetings.filter((m) => writes(this.meetingUrl(m))),
      personPages: this.personPages.filter((p) => writes(p.url)),
      topicPages: this.topicPages.filter((p) => writes(p.url)),
      organisationPages: explore.organisationPages.filter((p) => writes(p.url)),
      countryPages: explore.countryPages.filter((p) => writes(p.url)),
      pairPages: explore.pairPages.filter((p) => writes(p.url)),
      feeds: explore.feeds.filter((f) => writes(f.url)),
    };
  }

  /** Site path of a meeting page, refusing unsafe slugs. Used as the meeting pages' permalink. */
  meetingUrl(meeting: Meeting): string {
    return `/meetings/${checkedSlug(meeting.slug)}/`;
  }
}

/** One timeline page while it stays readable, else a main page with an overview plus a page per year. */
function timelinePages(years: TimelineYear[]): TimelinePage[] {
  const count = (y: TimelineYear) => y.months.reduce((n, m) => n + m.meetings.length, 0);
  const total = years.reduce((n, y) => n + count(y), 0);
  if (total <= TIMELINE_SINGLE_PAGE_LIMIT) return [{ url: "/timeline/", year: null, years, overview: [] }];
  const yearUrl = (y: TimelineYear) => `/timeline/${checkedSlug(y.year)}/`;
  const overview = years.map((y) => ({
    year: y.year,
    url: yearUrl(y),
    count: count(y),
    months: y.months.map((m) => ({ key: checkedSlug(m.key), label: m.label, count: m.meetings.length })),
  }));
  return [
    { url: "/timeline/", year: null, years: [], overview },
    ...years.map((y) => ({ url: yearUrl(y), year: y.year, years: [y], overview: [] })),
  ];
}
