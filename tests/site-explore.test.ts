// The explore pages: organisations, countries, pairs of countries, charts, networks, data files,
// feeds per page, and a site published under a path prefix.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync } from "node:fs";
import path from "node:path";
import { DEFAULT_SETTINGS } from "../src/site/settings.ts";
import { buildFixtureSite, internalLinks, type BuiltSite } from "./fixtures/site/built-site.ts";
import { fixtureDigest } from "./fixtures/site/digest.ts";

let site: BuiltSite;
let prefixed: BuiltSite;
beforeAll(async () => {
  const digest = fixtureDigest();
  const shaza = digest.meetings[0]!.participants[0]!;
  Object.assign(shaza, { organization: "Ministry of IT & <Telecom>", organisationSlug: "ministry-of-it", country: "Pakistan", countrySlug: "pakistan" });
  site = await buildFixtureSite(digest);
  prefixed = await buildFixtureSite(fixtureDigest(), undefined, { ...DEFAULT_SETTINGS, title: "Ministry <Watch>", url: "https://example.org/digest/", pathPrefix: "/digest/" });
});
afterAll(() => {
  site?.remove();
  prefixed?.remove();
});

describe("explore pages", () => {
  it("writes the organisation, country, pair and data pages, the CSV files and a feed per page", () => {
    for (const url of [
      "/organisations/", "/organisations/international-telecommunication-union/", "/countries/", "/countries/pakistan/",
      "/countries/pakistan/united-states/", "/data/", "/meetings.csv", "/people.csv",
      "/people/shaza-fatima-khawaja/feed.xml", "/organisations/ministry-of-it/feed.xml", "/countries/pakistan/feed.xml", "/topics/connectivity/feed.xml",
    ]) {
      expect(site.has(url), url).toBe(true);
    }
  });

  it("links a person at a meeting to their organisation and country, escaping the names", () => {
    const html = site.page("/meetings/2024-05-15-khawaja-meets-bogdan-martin/");
    expect(html).toContain('<a href="/organisations/ministry-of-it/">Ministry of IT &amp; &lt;Telecom&gt;</a>');
    expect(html).toContain('<a href="/countries/pakistan/">Pakistan</a>');
  });

  it("shows a chart of meetings per month with its numbers in a table, and escapes text inside the SVG", () => {
    const html = site.page("/organisations/ministry-of-it/");
    expect(html).toMatch(/<svg class="chart__svg"[^>]*role="img"[^>]*aria-labelledby="chart-org-title chart-org-desc"/);
    expect(html).toContain("<title id=\"chart-org-title\">Meetings per month: Ministry of IT &amp; &lt;Telecom&gt;</title>");
    expect(html).toMatch(/<th scope="row"><time datetime="2024-05">May 2024<\/time><\/th><td>1<\/td>/);
    expect(html).not.toContain("<Telecom>");
  });

  it("a pair page lists the meetings by year, undated last, and who met whom", () => {
    const html = site.page("/countries/pakistan/united-states/");
    expect(html).toContain("Pakistan – United States");
    expect(html.indexOf('id="year-2024"')).toBeLessThan(html.indexOf('id="year-undated"'));
    expect(html).toMatch(/class="chart__svg network"/);
  });

  it("puts every new page in the sitemap", () => {
    const sitemap = site.page("/sitemap.xml");
    for (const url of ["organisations/", "organisations/ministry-of-it/", "countries/", "countries/pakistan/", "countries/pakistan/united-states/", "data/"]) {
      expect(sitemap).toContain(`<loc>https://news-digest.example/${url}</loc>`);
    }
  });

  it("gives person, organisation, country and topic pages their feed in the head", () => {
    expect(site.page("/organisations/ministry-of-it/")).toContain('<link rel="alternate" type="application/atom+xml" href="/organisations/ministry-of-it/feed.xml"');
    const feed = site.page("/countries/pakistan/feed.xml");
    expect(feed).toContain("<id>https://news-digest.example/countries/pakistan/feed.xml</id>");
    expect(feed).toContain("<link href=\"https://news-digest.example/meetings/2024-06-01-safety-check/\"/>");
  });
});

describe("a site published under a path prefix", () => {
  it("starts every internal link, asset and the search script with the prefix, and they resolve", () => {
    const broken: string[] = [];
    const outside: string[] = [];
    for (const file of prefixed.files().filter((f) => f.endsWith(".html"))) {
      for (const link of internalLinks(prefixed.page(`/${file}`))) {
        if (!link.startsWith("/digest/")) {
          outside.push(`${file} → ${link}`);
          continue;
        }
        const rest = link.slice("/digest".length).split(/[?#]/)[0]!;
        if (rest.startsWith("/pagefind/")) continue;
        const target = path.join(prefixed.dir, rest.endsWith("/") ? `${rest}index.html` : rest);
        if (!existsSync(target)) broken.push(`${file} → ${link}`);
      }
    }
    expect(outside).toEqual([]);
    expect(broken).toEqual([]);
  });

  it("uses the public address with its path in feeds and the sitemap, and the title everywhere", () => {
    expect(prefixed.page("/sitemap.xml")).toContain("<loc>https://example.org/digest/organisations/</loc>");
    expect(prefixed.page("/feed.xml")).toContain("<link href=\"https://example.org/digest/meetings/2024-05-15-khawaja-meets-bogdan-martin/\"/>");
    expect(prefixed.page("/")).toContain("<title>Home · Ministry &lt;Watch&gt;</title>");
    expect(prefixed.page("/search/")).toContain('data-base="/digest/"');
  });
});
