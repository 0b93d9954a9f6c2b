// Every built HTML page passes html-validate's standard preset, and no internal link is broken.
import { existsSync } from "node:fs";
import { HtmlValidate } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixtureSite, fileForUrl, internalLinks, type BuiltSite } from "./fixtures/site/built-site.ts";

let site: BuiltSite;
beforeAll(async () => {
  site = await buildFixtureSite();
});
afterAll(() => site?.remove());

describe("built pages", () => {
  it("have no html-validate errors (standard preset)", async () => {
    const validator = new HtmlValidate({ extends: ["html-validate:standard"] });
    const problems: string[] = [];
    for (const file of site.files().filter((f) => f.endsWith(".html"))) {
      const report = await validator.validateString(site.page(`/${file}`), file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("link only to files that exist (the search index is written by a later step)", () => {
    const broken: string[] = [];
    for (const file of site.files().filter((f) => f.endsWith(".html"))) {
      for (const link of internalLinks(site.page(`/${file}`))) {
        if (link.startsWith("/pagefind/")) continue;
        if (!existsSync(fileForUrl(site.dir, link))) broken.push(`${file} → ${link}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("jump links point at ids on the same page", () => {
    const missing: string[] = [];
    for (const file of site.files().filter((f) => f.endsWith(".html"))) {
      const html = site.page(`/${file}`);
      for (const [, id] of html.matchAll(/href="#([^"]+)"/g)) {
        if (!html.includes(`id="${id}"`)) missing.push(`${file} → #${id}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
