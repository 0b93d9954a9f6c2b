// The meeting page cites its sources (linked by outlet, dated), says where they differ, and the
// person page says why its spellings are one person.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixtureSite, type BuiltSite } from "./fixtures/site/built-site.ts";

let site: BuiltSite;
beforeAll(async () => {
  site = await buildFixtureSite();
});
afterAll(() => site?.remove());

const merged = "/meetings/2024-05-15-khawaja-meets-bogdan-martin/";
const hostile = "/meetings/2024-06-01-safety-check/";

describe("sources on the meeting page", () => {
  it("cites each source by its outlet, linked to its address, with the article's date", () => {
    const html = site.page(merged);
    expect(html).toContain(
      '<cite><a href="https://ledger.example/news/1?a=1&amp;b=2" rel="external noopener noreferrer">Morning Ledger</a></cite>, <time datetime="2024-05-15">15 May 2024</time>',
    );
    expect(html).toContain("<cite>APP</cite>, <time datetime=\"2024-05-15\">15 May 2024</time>");
    expect(html).toContain("(<code>001_seed.txt</code>)");
  });

  it("says where the sources differ, and points to it from the top of the page", () => {
    const html = site.page(merged);
    expect(html).toContain("Reported by 2 sources, which differ on the date and the office of Aisha Humera Moriani");
    expect(html).toMatch(/Date:<\/span>\s*Morning Ledger gives <time datetime="2024-05-15">15 May 2024<\/time>; APP gives <time datetime="2024-05-14">14 May 2024<\/time>\./);
    expect(html).toContain("Office of Aisha Humera Moriani:</span>\n        Morning Ledger gives Federal Secretary; APP gives Additional Secretary.");
  });

  it("names a source without an outlet by its file", () => {
    expect(site.page("/meetings/undated-urdu-report/")).toContain("<cite><code>urdu/report.txt</code></cite>");
  });

  it("shows a hostile outlet name as text and never links an address that is not http(s)", () => {
    const html = site.page(hostile);
    expect(html).toContain("<cite>&lt;b&gt;Evil&lt;/b&gt; Times</cite>");
    expect(html).not.toMatch(/href="javascript:/i);
  });

  it("carries the sources into the feeds", () => {
    const feed = JSON.parse(site.page("/feed.json"));
    const item = feed.items.find((i: { url: string }) => i.url.endsWith(merged));
    expect(item.external_url).toBe("https://ledger.example/news/1?a=1&b=2");
    expect(item._sources).toEqual([
      { outlet: "Morning Ledger", url: "https://ledger.example/news/1?a=1&b=2", date: "2024-05-15" },
      { outlet: "APP", url: null, date: "2024-05-15" },
    ]);
    const hostileItem = feed.items.find((i: { url: string }) => i.url.endsWith(hostile));
    expect(hostileItem.external_url).toBeUndefined();
    expect(site.page("/feed.xml")).toContain('<link rel="related" href="https://ledger.example/news/1?a=1&amp;b=2" title="Morning Ledger"/>');
  });
});

describe("spellings on the person page", () => {
  it("says which rule joined each spelling, with the articles, and how to undo it", () => {
    const html = site.page("/people/shaza-fatima-khawaja/");
    expect(html).toContain("Why these spellings are one person");
    expect(html).toContain(
      '<span class="alias">Shaza Fatima</span> and <span class="alias">Shaza Fatima Khawaja</span>: a shorter form of the name that fits no one else <span class="muted">(002_wire.txt, 001_seed.txt)</span>',
    );
    expect(html).toContain("<code>keep_apart</code>");
    expect(site.page("/people/doreen-bogdan-martin/")).not.toContain("Why these spellings");
  });
});
