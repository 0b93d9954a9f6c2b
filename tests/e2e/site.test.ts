// The built site in a real browser: a reader's walk through it, search, accessibility, screenshots.
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, launchChromium } from "./browser.ts";
import { buildE2eSite, corpusAvailable, screenshotsDir, worldCorpusAvailable } from "./build-site.ts";
import { serveDirectory, type StaticServer } from "./static-server.ts";

let built: ReturnType<typeof buildE2eSite>;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
const consoleErrors: string[] = [];

beforeAll(async () => {
  built = buildE2eSite();
  server = await serveDirectory(built.siteDir);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  mkdirSync(screenshotsDir, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  if (built) rmSync(built.root, { recursive: true, force: true });
});

async function open(url: string): Promise<Page> {
  const page = await context.newPage();
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(`${url}: ${msg.text()}`);
  });
  page.on("pageerror", (err) => consoleErrors.push(`${url}: ${err.message}`));
  page.on("response", (res) => {
    if (res.status() >= 400) consoleErrors.push(`${url}: ${res.status()} for ${res.url()}`);
  });
  const response = await page.goto(server.origin + url);
  expect(response?.status(), url).toBe(200);
  return page;
}

/** The path of the first link inside `selector`. */
async function firstHref(page: Page, selector: string): Promise<string> {
  const href = await page.locator(selector).first().getAttribute("href");
  expect(href, selector).toBeTruthy();
  return href as string;
}

describe("a reader's walk", () => {
  it("goes home → a meeting → a person → the timeline → a topic", async () => {
    const page = await open("/");
    await expect(page.locator("h1").textContent()).resolves.toContain("Meetings");

    await page.locator(".meeting-list .meeting-item__title a").first().click();
    await page.waitForURL(/\/meetings\/[a-z0-9-]+\/$/);
    await expect(page.locator("#participants").count()).resolves.toBe(1);
    const personHref = await firstHref(page, ".people-list a");

    await page.locator(".people-list a").first().click();
    await page.waitForURL(`**${personHref}`);
    await expect(page.locator("#meetings").count()).resolves.toBe(1);

    await page.getByRole("link", { name: "Timeline" }).click();
    await page.waitForURL("**/timeline/");
    await expect(page.locator("#undated").count()).resolves.toBe(1);

    await page.locator(".tags a").first().click();
    await page.waitForURL(/\/topics\/[a-z0-9-]+\/$/);
    await expect(page.locator(".meeting-list li").count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it("the skip link is the first stop for the keyboard and moves focus to the content", async () => {
    const page = await open("/people/");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Skip to content");
    await page.keyboard.press("Enter");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("main");
    await page.close();
  });
});

describe("search", () => {
  // The name comes from the development corpus.
  it.skipIf(!corpusAvailable)('finds "Kamau-Otieno" and links a meeting or person page', async () => {
    const page = await open("/search/");
    await page.getByLabel("Search for a name, place or subject").fill("Kamau-Otieno");
    await page.keyboard.press("Enter");
    const first = page.locator(".search-results a").first();
    await first.waitFor({ timeout: 15_000 });
    const hrefs = await page.locator(".search-results a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs.some((h) => /^\/(meetings|people)\/[a-z0-9-]+\/$/.test(h ?? ""))).toBe(true);
    await page.screenshot({ path: path.join(screenshotsDir, "search-desktop.png"), fullPage: true });
    await first.click();
    await page.waitForURL(/\/(meetings|people)\//);
    await expect(page.locator("body").textContent()).resolves.toContain("Kamau-Otieno");
    await page.close();
  });
});

describe("search for several words", () => {
  // The corpus has meetings on mobile money, and others that mention only "mobile" or only "money".
  it.skipIf(!corpusAvailable)("lists every page with all the words before any page with only some", async () => {
    const page = await open("/search/?q=mobile%20money");
    await page.locator(".search-results a").first().waitFor({ timeout: 15_000 });
    const hrefs = await page.locator(".search-results a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const full = await page.evaluate(
      (urls) =>
        Promise.all(
          urls.map(async (url) => {
            const text = await (await fetch(url)).text();
            return /\bmobile\b/i.test(text) && /\bmoney\b/i.test(text);
          }),
        ),
      hrefs,
    );
    const fullCount = full.filter(Boolean).length;
    expect(fullCount).toBeGreaterThan(0);
    expect(full.slice(0, fullCount).every(Boolean)).toBe(true);
    await page.close();
  });
});

describe("search from the seeds alone", () => {
  it('finds "Bogdan-Martin" (a seed article) with a person page among the results', async () => {
    const page = await open("/search/?q=Bogdan-Martin");
    await page.locator(".search-results a").first().waitFor({ timeout: 15_000 });
    const hrefs = await page.locator(".search-results a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(hrefs.some((h) => /^\/people\/[a-z0-9-]+\/$/.test(h ?? ""))).toBe(true);
    await expect(page.locator("[data-search-status]").textContent()).resolves.toMatch(/results? for/);
    await page.close();
  });
});

describe("accessibility (axe-core, WCAG 2.2 A and AA)", () => {
  const pages: [string, () => Promise<string>][] = [
    ["home", async () => "/"],
    ["meeting", async () => firstHref(await open("/timeline/"), ".meeting-item__title a")],
    ["person", async () => firstHref(await open("/people/"), ".people-index a")],
    ["people", async () => "/people/"],
    ["timeline", async () => "/timeline/"],
    ["topic", async () => firstHref(await open("/topics/"), ".topic-index a")],
    ["search", async () => "/search/"],
    ["organisations", async () => "/organisations/"],
    ["organisation", async () => firstHref(await open("/organisations/"), ".people-index a")],
    ["countries", async () => "/countries/"],
    ["country", async () => firstHref(await open("/countries/"), ".people-index a")],
    // Seed 001 alone makes this pair: a Pakistani minister and the US ambassador.
    ["country pair", async () => "/countries/pakistan/united-states/"],
    ["data", async () => "/data/"],
  ];
  for (const [name, url] of pages) {
    for (const scheme of ["light", "dark"] as const) {
      it(`${name} page, ${scheme} scheme, has no violations`, async () => {
        const target = await url();
        const page = await open(target);
        await page.emulateMedia({ colorScheme: scheme });
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      });
    }
  }
});

describe("accessibility at phone width", () => {
  for (const [name, selectorPage, selector] of [
    ["meeting", "/timeline/", ".meeting-item__title a"],
    ["person", "/", ".home-side ol a"],
    ["organisation", "/organisations/", ".people-index a"],
    ["country", "/countries/", ".people-index a"],
    ["search", "/", ".site-nav a[href$='/search/']"],
  ] as const) {
    it(`${name} page at 390px has no violations`, async () => {
      const target = await firstHref(await open(selectorPage), selector);
      const page = await open(target);
      await page.setViewportSize({ width: 390, height: 900 });
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });
  }
});

describe("screenshots", () => {
  const shots: [string, string][] = [
    ["home", "/"],
    ["timeline", "/timeline/"],
    ["people", "/people/"],
    ["organisations", "/organisations/"],
    ["countries", "/countries/"],
    ["data", "/data/"],
    ...(corpusAvailable
      ? ([
          ["organisation", "/organisations/pakistan-telecommunication-authority/"],
          ["country", "/countries/united-states/"],
          ["country-pair", "/countries/pakistan/united-states/"],
          ["person-network", "/people/sadia-rehman-qureshi/"],
          ["search-filters", "/search/?person=Sadia%20Rehman%20Qureshi&year=2025"],
        ] as [string, string][])
      : []),
  ];
  for (const [width, label] of [[1280, "desktop"], [390, "phone"]] as const) {
    it(`at ${label} width (${width}px)`, async () => {
      const page = await open("/");
      await page.setViewportSize({ width, height: 900 });
      const meeting = await firstHref(page, ".meeting-item__title a");
      const person = await firstHref(page, ".home-side ol a");
      for (const [name, url] of [...shots, ["meeting", meeting], ["person", person]]) {
        await page.goto(server.origin + url);
        if (url?.startsWith("/search/?")) await page.locator(".search-results a").first().waitFor({ timeout: 15_000 });
        await page.screenshot({ path: path.join(screenshotsDir, `${name}-${label}.png`), fullPage: true });
      }
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto(server.origin + meeting);
      await page.screenshot({ path: path.join(screenshotsDir, `meeting-${label}-dark.png`), fullPage: true });
      // No horizontal scrolling at this width.
      await expect(page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).resolves.toBe(true);
      await page.close();
    });
  }
});

describe("organisations, countries and pairs from the development corpora", () => {
  it.skipIf(!corpusAvailable)("has one page for PTA and the Pakistan Telecommunication Authority, and pages for the ITU and the World Bank", async () => {
    const index = await open("/organisations/");
    const hrefs = await index.locator(".people-index a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    for (const slug of ["pakistan-telecommunication-authority", "international-telecommunication-union", "world-bank"]) expect(hrefs).toContain(`/organisations/${slug}/`);
    expect(hrefs.filter((h) => /telecommunication-authority|\/pta\//.test(h ?? ""))).toHaveLength(1);
    await index.close();
    const pta = await open("/organisations/pakistan-telecommunication-authority/");
    await expect(pta.locator("h1").textContent()).resolves.toMatch(/Pakistan Telecommunication Authority.*PTA/);
    await expect(pta.locator(".meeting-lines li").count()).resolves.toBeGreaterThan(1);
    await pta.close();
  });

  it.skipIf(!corpusAvailable)("lists on the Pakistan – United States page every meeting with officials of both", async () => {
    const pair = await open("/countries/pakistan/united-states/");
    const listed = await pair.locator(".meeting-line a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    // Every meeting of the US page whose page names a Pakistani official too.
    const us = await open("/countries/united-states/");
    const usMeetings = await us.locator(".meeting-line a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const both = await us.evaluate(
      (urls) => Promise.all(urls.map(async (u) => ((await (await fetch(u)).text()).includes('/countries/pakistan/">Pakistan</a>') ? u : null))),
      usMeetings,
    );
    expect(listed.sort()).toEqual(both.filter(Boolean).sort());
    expect(listed.length).toBeGreaterThanOrEqual(3);
    await expect(pair.locator("svg.network").count()).resolves.toBe(1);
    await pair.close();
    await us.close();
  });

  it.skipIf(!corpusAvailable)("shows meetings per month on the home page and the minister's page, with her network", async () => {
    const home = await open("/");
    await expect(home.locator("svg.chart__svg rect.chart__bar").count()).resolves.toBeGreaterThan(3);
    await home.close();
    const minister = await open("/people/sadia-rehman-qureshi/");
    await expect(minister.locator("#per-month + figure svg rect.chart__bar").count()).resolves.toBeGreaterThan(3);
    await expect(minister.locator("#met ~ figure svg.network .network__node").count()).resolves.toBeGreaterThan(5);
    await expect(minister.locator("#counterparts-by-year").count()).resolves.toBe(1);
    await expect(minister.locator('a[href="/countries/pakistan/"]').count()).resolves.toBeGreaterThan(0);
    await minister.close();
  });

  it.skipIf(!worldCorpusAvailable)("gives the second corpus's embassies and foreign ministries their own pages, by country", async () => {
    const index = await open("/organisations/");
    const hrefs = await index.locator(".people-index a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    expect(hrefs.some((h) => /^\/organisations\/embassy-of-/.test(h))).toBe(true);
    expect(hrefs).not.toContain("/organisations/ministry-of-foreign-affairs/");
    await index.close();
  });
});

describe("search filters", () => {
  it.skipIf(!corpusAvailable)("narrow the meetings to one person and one year, with no words, newest first", async () => {
    const page = await open("/search/");
    await page.locator("#filter-person option").nth(1).waitFor({ state: "attached", timeout: 15_000 });
    await page.getByLabel("Person", { exact: true }).selectOption("Sadia Rehman Qureshi");
    await page.locator(".search-results a").first().waitFor({ timeout: 15_000 });
    const all = await page.locator(".search-results li").count();
    await page.getByLabel("Year").selectOption("2025");
    await page.waitForFunction((n) => document.querySelectorAll(".search-results li").length !== n, all);
    const kinds = await page.locator(".search-kind").allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    const dates = kinds.filter((k) => k.startsWith("Meeting")).map((k) => k.split(" · ")[1] ?? "");
    expect(dates.every((d) => d.startsWith("2025-"))).toBe(true);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(new URL(page.url()).searchParams.get("year")).toBe("2025");
    const hrefs = await page.locator(".search-results a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    const names = await page.evaluate((urls) => Promise.all(urls.map(async (u) => (await (await fetch(u)).text()).includes("Sadia Rehman Qureshi"))), hrefs);
    expect(names.every(Boolean)).toBe(true);
    await expect(page.locator("#filter-year option:checked").textContent()).resolves.toMatch(/^2025 \(\d+\)$/);
    await page.close();
  });

  it("show their values with counts and browse with an empty query", async () => {
    const page = await open("/search/?year=2024");
    await page.locator(".search-results a").first().waitFor({ timeout: 15_000 });
    await expect(page.locator("[data-search-status]").textContent()).resolves.toMatch(/results? matching the filters/);
    const options = await page.locator("#filter-type option").allTextContents();
    expect(options.some((o) => /^Meeting \(\d+\)$/.test(o))).toBe(true);
    await page.close();
  });
});

describe("the browser saw no errors", () => {
  it("logged no console error on any page opened above", () => {
    expect(consoleErrors).toEqual([]);
  });
});
