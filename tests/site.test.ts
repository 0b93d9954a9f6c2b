// The rendered site, read as HTML: every page the digest calls for, with the links a reader follows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixtureSite, type BuiltSite } from "./fixtures/site/built-site.ts";

let site: BuiltSite;
beforeAll(async () => {
  site = await buildFixtureSite();
});
afterAll(() => site?.remove());

const firstMeeting = "/meetings/2024-05-15-khawaja-meets-bogdan-martin/";
const minister = "/people/shaza-fatima-khawaja/";

describe("pages", () => {
  it("writes every page type, the feeds and the data files", () => {
    for (const url of [
      "/", firstMeeting, "/meetings/undated-urdu-report/", "/people/", minister, "/timeline/",
      "/topics/", "/topics/connectivity/", "/search/", "/404.html", "/feed.xml", "/feed.json",
      "/sitemap.xml", "/records.json", "/assets/site.css", "/assets/search.js",
    ]) {
      expect(site.has(url), url).toBe(true);
    }
  });

  it("home shows the counts, the latest meetings, the most active people and the topics", () => {
    const home = site.page("/");
    expect(home).toMatch(/<strong>3<\/strong> meetings/);
    expect(home).toMatch(/<strong>3<\/strong> people/);
    expect(home).toMatch(/<strong>2<\/strong> topics/);
    expect(home).toContain(`href="${firstMeeting}"`);
    expect(home).toContain(`href="${minister}"`);
    expect(home).toContain('href="/topics/artificial-intelligence/"');
  });

  it("a meeting page shows date, place, people with the office held then, topics, text, source and neighbours", () => {
    const html = site.page(firstMeeting);
    expect(html).toContain("Wednesday, 15 May 2024");
    expect(html).toContain("Islamabad");
    expect(html).toContain(`<a href="${minister}">Shaza Fatima Khawaja</a><span class="office">Minister of State for IT and Telecommunication</span>`);
    expect(html).toContain("Also attending");
    expect(html).toContain('href="/people/aisha-humera-moriani/"');
    expect(html).toContain('href="/topics/connectivity/"');
    expect(html).toContain("<strong>Doreen Bogdan-Martin</strong>");
    expect(html).toContain("<code>001_seed.txt</code>");
    expect(html).toContain('href="/meetings/2024-06-01-safety-check/" rel="next"');
    expect(html).toContain("data-pagefind-body");
  });

  it("article headings sit below the page's own headings", () => {
    const html = site.page(firstMeeting);
    expect(html).toContain("<h3>A heading inside the article</h3>");
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });

  it("an undated Urdu meeting gets its language and right-to-left direction", () => {
    const html = site.page("/meetings/undated-urdu-report/");
    expect(html).toContain('<div class="article-text" lang="ur" dir="rtl">');
    expect(html).toContain("Date not known");
    expect(html).toContain("No officials could be identified");
  });

  it("a person page lists other spellings, both offices with dates, meetings, people met and topics", () => {
    const html = site.page(minister);
    expect(html).toContain("Also written as");
    expect(html).toContain("Shaza Fatima</span>");
    expect(html).toMatch(/Minister of State for IT and Telecommunication<\/th><td>15 May 2024<\/td><td>15 May 2024<\/td>/);
    expect(html).toMatch(/Federal Minister for IT &amp; Telecommunication<\/th><td>1 Jun 2024<\/td>/);
    expect(html.indexOf(firstMeeting)).toBeLessThan(html.indexOf("/meetings/2024-06-01-safety-check/"));
    expect(html).toContain('<a href="/people/doreen-bogdan-martin/">Doreen Bogdan-Martin</a> <span class="muted">×1</span>');
    expect(html).toContain("Artificial intelligence <span class=\"count\">2</span>");
    expect(html).toContain("data-pagefind-body");
  });

  it("people index is A–Z with latest office and meeting count", () => {
    const html = site.page("/people/");
    const order = ["Aisha Humera Moriani", "Doreen Bogdan-Martin", "Shaza Fatima Khawaja"].map((n) => html.indexOf(n));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html).toContain("2 meetings");
    expect(html).toContain("Federal Minister for IT &amp; Telecommunication");
  });

  it("timeline goes newest first by month and ends with the undated section", () => {
    const html = site.page("/timeline/");
    expect(html.indexOf("June 2024")).toBeLessThan(html.indexOf("May 2024"));
    expect(html.indexOf("May 2024")).toBeLessThan(html.indexOf('id="undated"'));
    expect(html).toContain('href="/meetings/undated-urdu-report/"');
  });

  it("topic pages list their meetings in time order", () => {
    const html = site.page("/topics/artificial-intelligence/");
    expect(html.indexOf(firstMeeting)).toBeLessThan(html.indexOf("/meetings/2024-06-01-safety-check/"));
  });

  it("feeds, sitemap and records come from the data: dated meetings, every page, every record", () => {
    const atom = site.page("/feed.xml");
    expect(atom.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    expect(atom).toContain("<updated>2024-06-01T00:00:00Z</updated>");
    const feed = JSON.parse(site.page("/feed.json"));
    expect(feed.items.map((i: { date_published: string }) => i.date_published)).toEqual(["2024-06-01T00:00:00Z", "2024-05-15T00:00:00Z"]);
    const sitemap = site.page("/sitemap.xml");
    for (const url of [firstMeeting, minister, "/topics/connectivity/", "/timeline/"]) {
      expect(sitemap).toContain(`<loc>https://news-digest.example${url}</loc>`);
    }
    expect(sitemap).not.toContain("404");
    expect(JSON.parse(site.page("/records.json"))).toHaveLength(3);
  });
});

describe("slugs", () => {
  it("refuses to write a page for a slug that could leave its folder", async () => {
    const { fixtureDigest } = await import("./fixtures/site/digest.ts");
    const digest = fixtureDigest();
    digest.meetings = [{ ...digest.meetings[0]!, slug: "../escape" }];
    await expect(buildFixtureSite(digest)).rejects.toThrow(/unsafe slug/);
  });
});

describe("person meeting list", () => {
  it("says which office the person held at each meeting", () => {
    const html = site.page(minister);
    expect(html).toContain('<p class="meeting-item__office">As Minister of State for IT and Telecommunication</p>');
    expect(html).toContain('<p class="meeting-item__office">As Federal Minister for IT &amp; Telecommunication</p>');
  });
});

describe("languages in lists", () => {
  it("marks a non-English headline with its language and direction wherever it is listed", () => {
    expect(site.page("/timeline/")).toContain('<a href="/meetings/undated-urdu-report/" lang="ur" dir="rtl">');
    expect(site.page("/")).toContain('<a href="/meetings/undated-urdu-report/" lang="ur" dir="rtl">');
  });
});

describe("render errors", () => {
  it("name the cause, not only the template Eleventy was rendering", async () => {
    const { fixtureDigest } = await import("./fixtures/site/digest.ts");
    const digest = fixtureDigest();
    // A malformed digest: a meeting without its participants list.
    digest.meetings[0]!.participants = null as never;
    // Whichever template meets it first (a person page, the data files), the message names it and the cause.
    await expect(buildFixtureSite(digest)).rejects.toThrow(/^Rendering the site failed: .*templates\/[a-z-]+\.njk.*(?:Unable to call|is not iterable)/s);
  });
});
