// A site with hundreds of meetings: long lists are split into pages that link to each other and stay valid HTML.
import { HtmlValidate } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixtureSite, type BuiltSite } from "./fixtures/site/built-site.ts";
import { largeFixtureDigest } from "./fixtures/site/digest.ts";

let site: BuiltSite;
beforeAll(async () => {
  site = await buildFixtureSite(largeFixtureDigest(320));
});
afterAll(() => site?.remove());

describe("long lists", () => {
  it("split a busy person's meetings into pages of 50, linked in order", () => {
    const first = site.page("/people/shaza-fatima-khawaja/");
    expect(first).toContain('href="/people/shaza-fatima-khawaja/page-2/" rel="next"');
    expect(first).toContain("Page 1 of 7");
    const last = site.page("/people/shaza-fatima-khawaja/page-7/");
    expect(last).toContain('href="/people/shaza-fatima-khawaja/page-6/" rel="prev"');
    expect(last).not.toContain("Offices held");
    // Only the person's first page is a search result.
    expect(first).toContain("data-pagefind-body");
    expect(last).not.toContain("data-pagefind-body");
    expect(site.has("/people/shaza-fatima-khawaja/page-8/")).toBe(false);
  });

  it("split a topic's meetings the same way", () => {
    expect(site.page("/topics/connectivity/")).toContain('href="/topics/connectivity/page-2/"');
    expect(site.has("/topics/connectivity/page-7/")).toBe(true);
  });

  it("turn the timeline into an overview with a page per year, undated meetings staying on the main page", () => {
    const main = site.page("/timeline/");
    expect(main).toContain('<a href="/timeline/2023/">2023</a>');
    expect(main).toContain('href="/timeline/2022/#month-2022-07"');
    expect(main).toContain('id="undated"');
    expect(main).not.toContain("Busy meeting");
    const year = site.page("/timeline/2023/");
    expect(year).toContain("<title>Meetings in 2023 · News Digest</title>");
    expect(year).toContain('id="month-2023-03"');
    expect(year.match(/Busy meeting/g)).toHaveLength(160);
  });

  it("list every page in the sitemap", () => {
    const sitemap = site.page("/sitemap.xml");
    for (const url of ["/people/shaza-fatima-khawaja/page-7/", "/topics/connectivity/page-7/", "/timeline/2022/"]) {
      expect(sitemap).toContain(`https://news-digest.example${url}<`);
    }
  });

  it("leave out of the sitemap only the page-not-found page and redirects", () => {
    const listed = [...site.page("/sitemap.xml").matchAll(/<loc>https:\/\/news-digest\.example(\/[^<]*)<\/loc>/g)].map((m) => m[1]);
    const pages = site
      .files()
      .filter((f) => f.endsWith(".html") && f !== "404.html")
      .map((f) => `/${f.replace(/index\.html$/, "")}`)
      .filter((url) => !site.page(url).includes('http-equiv="refresh"'))
      .sort();
    expect(listed).toEqual(pages);
  });

  it("keep those pages free of html-validate errors", async () => {
    const validator = new HtmlValidate({ extends: ["html-validate:standard"] });
    const problems: string[] = [];
    for (const url of ["/timeline/", "/timeline/2023/", "/people/shaza-fatima-khawaja/page-2/", "/topics/connectivity/page-3/"]) {
      const report = await validator.validateString(site.page(url), url);
      for (const r of report.results) for (const m of r.messages) problems.push(`${url}:${m.line} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });
});
