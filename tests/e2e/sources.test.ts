// A meeting two outlets report, each spelling the people its own way, built twice as a user
// would (the second time with the fuller name): the meeting page's sources and differences, the
// person page's spellings and the redirect from the old address pass html-validate and axe,
// and the redirect takes a browser to the new page.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HtmlValidate } from "html-validate";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launchChromium } from "./browser.ts";
import { screenshotsDir } from "./build-site.ts";
import { serveDirectory, type StaticServer } from "./static-server.ts";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const fixtures = path.join(projectRoot, "tests/e2e/fixtures/outlets");
let root: string;
let siteDir: string;
let server: StaticServer;
let browser: Browser;

function build(seeds: string): void {
  execFileSync(path.join(projectRoot, "node_modules/.bin/tsx"), ["src/cli/build.ts", "--seeds", seeds, "--out", siteDir], {
    cwd: projectRoot,
    stdio: ["ignore", "ignore", "inherit"],
  });
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), "news-digest-e2e-outlets-"));
  siteDir = path.join(root, "site");
  const seeds = path.join(root, "seeds");
  mkdirSync(seeds);
  // First the wire story alone (the short name), then the newspaper's fuller report too.
  cpSync(path.join(fixtures, "wire.md"), path.join(seeds, "wire.md"));
  build(seeds);
  cpSync(path.join(fixtures, "ledger.md"), path.join(seeds, "ledger.md"));
  build(seeds);
  server = await serveDirectory(siteDir);
  browser = await launchChromium();
  mkdirSync(screenshotsDir, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

const meeting = "/meetings/2023-11-03-mohammed-idris-farouk-meets-wanjiku-atieno-mwangi/";
const person = "/people/wanjiku-atieno-mwangi/";
const moved = "/people/wanjiku-mwangi/";
const read = (url: string) => readFileSync(path.join(siteDir, url, "index.html"), "utf8");

async function open(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const response = await page.goto(server.origin + url);
  expect(response?.status(), url).toBe(200);
  return page;
}

describe("one meeting from two outlets", () => {
  it("is one page citing both sources, with where they differ", () => {
    const html = read(meeting);
    expect(html).toContain('<a href="https://www.dawn.com/news/9990001" rel="external noopener noreferrer">Dawn</a></cite>, <time datetime="2023-11-03">3 November 2023</time>');
    expect(html).toContain("<cite>APP</cite>, <time datetime=\"2023-11-04\">4 November 2023</time>");
    expect(html).toContain("Office of Mohammed Idris Farouk:");
    expect(read(person)).toContain("Why these spellings are one person");
  });

  it("keeps the old address of the person as a redirect that a browser follows", async () => {
    expect(read(moved)).toContain('<link rel="canonical"');
    const page = await browser.newPage();
    await page.goto(server.origin + moved);
    await page.waitForURL(`**${person}`);
    expect(new URL(page.url()).pathname).toBe(person);
    await page.close();
  });

  it("passes html-validate on the pages it touches", async () => {
    const validator = new HtmlValidate({ extends: ["html-validate:standard"] });
    const problems: string[] = [];
    for (const url of [meeting, person, moved]) {
      const report = await validator.validateString(read(url), url);
      for (const r of report.results) for (const m of r.messages) problems.push(`${url}:${m.line} ${m.ruleId} ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  for (const scheme of ["light", "dark"] as const) {
    it(`passes axe on the meeting page, the person page and the redirect page (${scheme})`, async () => {
      for (const url of [meeting, person, moved]) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.emulateMedia({ colorScheme: scheme });
        // The redirect page is checked as written, without its refresh so it stays to be checked (a
        // refresh without delay, as written, is one axe allows: it is a redirect, not a timed change).
        if (url === moved) {
          const body = read(moved);
          expect(body).toContain('content="0; url=');
          await page.route(`**${moved}`, (route) => route.fulfill({ contentType: "text/html", body: body.replace(/<meta http-equiv="refresh"[^>]*>/, "") }));
        }
        await page.goto(server.origin + url);
        await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
        expect(await axeViolations(page), `${url} ${scheme}`).toEqual([]);
        await page.close();
      }
    });
  }

  it("takes screenshots of the meeting and person pages", async () => {
    for (const [name, url, width] of [["outlets-meeting-desktop", meeting, 1280], ["outlets-meeting-phone", meeting, 390], ["outlets-person-desktop", person, 1280]] as const) {
      const page = await open(url);
      await page.setViewportSize({ width, height: 900 });
      await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
      await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`), fullPage: true });
      await expect(page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).resolves.toBe(true);
      await page.close();
    }
  });
});
