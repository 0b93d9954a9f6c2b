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

/** RFC 4180 rows; throws on a bare quote or line break outside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"' && cell === "") quoted = true;
    else if (c === ",") row.push(cell), (cell = "");
    else if (c === "\r" && text[i + 1] === "\n") rows.push([...row, cell]), (row = []), (cell = ""), i++;
    else if (c === "\r" || c === "\n" || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else cell += c;
  }
  if (quoted || cell || row.length) throw new Error("the file does not end with CRLF");
  return rows;
}

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
    expect(records).toHaveLength(built.articles);
  });

  it("has a meetings.csv that parses, with one row per person per meeting and a row for every meeting", () => {
    const rows = parseCsv(read("meetings.csv"));
    const header = rows.shift()!;
    expect(header.slice(0, 3)).toEqual(["meeting_id", "date", "place"]);
    expect(rows.every((r) => r.length === header.length)).toBe(true);
    const id = header.indexOf("meeting_id");
    const person = header.indexOf("person_id");
    const keys = rows.map((r) => `${r[id]} ${r[person]}`);
    expect(new Set(keys).size).toBe(keys.length);
    const meetingPages = files(built.siteDir).filter((f) => /^meetings\/[^/]+\/index\.html$/.test(f)).map((f) => f.split("/")[1]);
    const withPeople = new Set(rows.map((r) => r[id]));
    const pageWithPeople = meetingPages.filter((slug) => /class="people-list"/.test(read(`meetings/${slug}/index.html`)));
    expect([...withPeople].sort()).toEqual(pageWithPeople.sort());
    const people = parseCsv(read("people.csv"));
    expect(people.length - 1).toBe(files(built.siteDir).filter((f) => /^people\/[^/]+\/index\.html$/.test(f)).length);
  });

  it("serves a feed per person, organisation, country and topic, each well-formed XML", async () => {
    const feeds = files(built.siteDir).filter((f) => /^(people|organisations|countries|topics)\/[^/]+\/feed\.xml$/.test(f));
    expect(new Set(feeds.map((f) => f.split("/")[0]))).toEqual(new Set(["people", "organisations", "countries", "topics"]));
    const page = await browser.newPage();
    for (const file of feeds.slice(0, 40)) {
      const problem = await page.evaluate((xml) => new DOMParser().parseFromString(xml, "application/xml").getElementsByTagName("parsererror")[0]?.textContent ?? null, read(file));
      expect(problem, file).toBeNull();
    }
    await page.close();
  });

  it("credits every article file on a meeting page", () => {
    const records = JSON.parse(read("records.json")) as { source: string }[];
    const meetingPages = files(built.siteDir).filter((f) => f.startsWith("meetings/")).map(read).join("\n");
    const missing = records.map((r) => r.source).filter((s) => !meetingPages.includes(`<code>${s}</code>`));
    expect(missing).toEqual([]);
  });
});
