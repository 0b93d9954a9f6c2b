// The built site's files as a whole: every internal link resolves, feeds and sitemap parse, records are complete.
import { readdirSync, readFileSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import { HtmlValidate } from "html-validate";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./browser.ts";
import { buildE2eSite } from "./build-site.ts";

let built: ReturnType<typeof buildE2eSite>;
let browser: Browser;

beforeAll(async () => {
  built = buildE2eSite();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  if (built) rmSync(built.root, { recursive: true, force: true });
});

function files(dir: string, base = ""): string[] {
  return readdirSync(path.join(dir, base), { withFileTypes: true }).flatMap((e) => {
    const rel = base ? `${base}/${e.name}` : e.name;
    return e.isDirectory() ? files(dir, rel) : [rel];
  });
}

const read = (rel: string) => readFileSync(path.join(built.siteDir, rel), "utf8");

describe("the built site", () => {
  it("has no broken internal link", () => {
    const broken: string[] = [];
    for (const file of files(built.siteDir).filter((f) => f.endsWith(".html"))) {
      for (const [, raw] of read(file).matchAll(/\s(?:href|src)="(\/(?!\/)[^"#?]*)/g)) {
        const link = decodeURIComponent((raw ?? "").replaceAll("&amp;", "&"));
        const target = path.join(built.siteDir, link.endsWith("/") ? `${link}index.html` : link);
        if (!existsSync(target)) broken.push(`${file} → ${link}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("has no html-validate error on any page (standard preset)", async () => {
    const validator = new HtmlValidate({ extends: ["html-validate:standard"] });
    const problems: string[] = [];
    const pages = files(built.siteDir).filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"));
    for (const file of pages) {
      const report = await validator.validateString(read(file), file);
      for (const r of report.results) for (const m of r.messages) problems.push(`${file}:${m.line} ${m.ruleId} ${m.message}`);
    }
    expect(pages.length).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });

  it("serves feed.xml and sitemap.xml as well-formed XML", async () => {
    const page = await browser.newPage();
    for (const file of ["feed.xml", "sitemap.xml"]) {
      const problem = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, "application/xml");
        return doc.getElementsByTagName("parsererror")[0]?.textContent ?? null;
      }, read(file));
      expect(problem, file).toBeNull();
    }
    await page.close();
  });

  it("has feed.json and records.json that parse, with a record per article", () => {
    const feed = JSON.parse(read("feed.json"));
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.items.length).toBeGreaterThan(0);
    const records = JSON.parse(read("records.json")) as { source: string }[];
    const articles = (built.hasCorpus ? 32 : 0) + 2;
    expect(records).toHaveLength(articles);
  });

  it("credits every article file on a meeting page", () => {
    const records = JSON.parse(read("records.json")) as { source: string }[];
    const meetingPages = files(built.siteDir).filter((f) => f.startsWith("meetings/")).map(read).join("\n");
    const missing = records.map((r) => r.source).filter((s) => !meetingPages.includes(`<code>${s}</code>`));
    expect(missing).toEqual([]);
  });
});
