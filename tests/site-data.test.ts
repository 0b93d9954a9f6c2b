// The digest reshaped for the templates: lookups by slug, long lists split into pages, A–Z groups.
import { describe, expect, it } from "vitest";
import type { Meeting } from "../src/model.ts";
import { MEETINGS_PER_PAGE, SiteData, TIMELINE_SINGLE_PAGE_LIMIT } from "../src/site/site-data.ts";
import { fixtureDigest, fixtureReport } from "./fixtures/site/digest.ts";
import { DEFAULT_SETTINGS } from "../src/site/settings.ts";

const TEST_SETTINGS = { ...DEFAULT_SETTINGS, url: "https://x.example/" };

function digestWithBusyMinister(meetingCount: number) {
  const digest = fixtureDigest();
  const template = digest.meetings[0] as Meeting;
  const extra = Array.from({ length: meetingCount }, (_, i) => ({ ...template, slug: `busy-${String(i).padStart(3, "0")}` }));
  digest.meetings = [...digest.meetings, ...extra];
  const minister = digest.people[0]!;
  minister.meetings = extra.map((m) => m.slug);
  return digest;
}

describe("SiteData", () => {
  it("splits a long meeting list into numbered pages linked to each other", () => {
    const data = new SiteData(digestWithBusyMinister(MEETINGS_PER_PAGE * 2 + 1), fixtureReport(), TEST_SETTINGS);
    const pages = data.personPages.filter((p) => p.owner.slug === "shaza-fatima-khawaja");
    expect(pages.map((p) => p.url)).toEqual([
      "/people/shaza-fatima-khawaja/",
      "/people/shaza-fatima-khawaja/page-2/",
      "/people/shaza-fatima-khawaja/page-3/",
    ]);
    expect(pages.map((p) => p.meetings.length)).toEqual([MEETINGS_PER_PAGE, MEETINGS_PER_PAGE, 1]);
    expect(pages[1]).toMatchObject({ previousUrl: "/people/shaza-fatima-khawaja/", nextUrl: "/people/shaza-fatima-khawaja/page-3/" });
  });

  it("gives a person with no meetings one page", () => {
    const digest = fixtureDigest();
    digest.people[2]!.meetings = [];
    const pages = new SiteData(digest, fixtureReport(), TEST_SETTINGS).personPages.filter((p) => p.owner.slug === "aisha-humera-moriani");
    expect(pages).toHaveLength(1);
    expect(pages[0]!.meetings).toEqual([]);
  });

  it("groups people A–Z by the ASCII form of their name, others under #", () => {
    const digest = fixtureDigest();
    digest.people.push({ ...digest.people[2]!, slug: "unal-celik", name: "Ünal Çelik" }, { ...digest.people[2]!, slug: "xi", name: "习近平" });
    const groups = new SiteData(digest, fixtureReport(), TEST_SETTINGS).peopleByLetter;
    expect(groups.map((g) => g.letter)).toEqual(["A", "D", "S", "U", "X"]);
    expect(groups.find((g) => g.letter === "U")!.people.map((p) => p.name)).toEqual(["Ünal Çelik"]);
  });

  it("feeds only dated meetings, newest first, and dates the feed by its newest entry", () => {
    const data = new SiteData(fixtureDigest(), fixtureReport(), TEST_SETTINGS);
    expect(data.feedMeetings.map((m) => m.date)).toEqual(["2024-06-01", "2024-05-15"]);
    expect(data.feedUpdated).toBe("2024-06-01");
  });

  it("refuses a digest holding an unsafe slug", () => {
    const digest = fixtureDigest();
    digest.people[0]!.slug = "A/../b";
    expect(() => new SiteData(digest, fixtureReport(), TEST_SETTINGS)).toThrow(/unsafe slug/);
  });
});

describe("SiteData timeline", () => {
  it("is one page while small", () => {
    const pages = new SiteData(fixtureDigest(), fixtureReport(), TEST_SETTINGS).timelinePages;
    expect(pages.map((p) => p.url)).toEqual(["/timeline/"]);
    expect(pages[0]!.years.map((y) => y.year)).toEqual(["2024"]);
  });

  it("splits into a page per year when large, the main page keeping an overview", () => {
    const digest = digestWithBusyMinister(TIMELINE_SINGLE_PAGE_LIMIT);
    digest.timeline.years.push({ year: "2023", months: [{ key: "2023-01", label: "January 2023", meetings: digest.meetings.slice(3).map((m) => m.slug) }] });
    const pages = new SiteData(digest, fixtureReport(), TEST_SETTINGS).timelinePages;
    expect(pages.map((p) => p.url)).toEqual(["/timeline/", "/timeline/2024/", "/timeline/2023/"]);
    expect(pages[0]!.years).toEqual([]);
    expect(pages[0]!.overview.map((y) => [y.year, y.count])).toEqual([["2024", 2], ["2023", TIMELINE_SINGLE_PAGE_LIMIT]]);
  });
});
