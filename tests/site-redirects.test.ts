// Earlier addresses that now lead elsewhere are small static redirect pages, kept out of the sitemap.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixtureSite, type BuiltSite } from "./fixtures/site/built-site.ts";
import { fixtureDigest } from "./fixtures/site/digest.ts";

let site: BuiltSite;
beforeAll(async () => {
  site = await buildFixtureSite();
});
afterAll(() => site?.remove());

describe("redirect pages", () => {
  it("send the reader on, name the new address as canonical and keep out of search engines", () => {
    const html = site.page("/people/shaza-fatima/");
    expect(html).toContain('<link rel="canonical" href="https://news-digest.example/people/shaza-fatima-khawaja/">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/people/shaza-fatima-khawaja/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<a href="/people/shaza-fatima-khawaja/">Shaza Fatima Khawaja</a>');
    expect(site.page("/meetings/2024-05-15-khawaja-meets-bogdan/")).toContain("Khawaja meets Bogdan-Martin &amp; Blome</a>");
  });

  it("stay out of the sitemap", () => {
    const sitemap = site.page("/sitemap.xml");
    expect(sitemap).toContain("/people/shaza-fatima-khawaja/");
    expect(sitemap).not.toContain("/people/shaza-fatima/<");
    expect(sitemap).not.toContain("khawaja-meets-bogdan/<");
  });

  it("refuse an address that could leave its folder", async () => {
    const digest = fixtureDigest();
    digest.redirects = [{ kind: "person", from: "/people/../../etc/", to: "/people/shaza-fatima-khawaja/", title: "x" }];
    await expect(buildFixtureSite(digest)).rejects.toThrow(/unsafe address/);
  });
});
