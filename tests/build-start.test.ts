// npm start: the served timeline shows an added article within seconds, and loses a removed one.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copySeeds } from "./fixtures/pipeline/hostile-seeds.ts";

const REPO = path.resolve(import.meta.dirname, "..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "build-start-"));
const seeds = path.join(tmp, "seeds");
const port = 18000 + (process.pid % 1000);
let server: ChildProcess;
let log = "";

async function until(check: () => Promise<boolean>, seconds: number): Promise<boolean> {
  for (let waited = 0; waited < seconds * 1000; waited += 250) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

const timeline = () =>
  fetch(`http://localhost:${port}/timeline/`).then(
    (r) => (r.ok ? r.text() : ""),
    () => "",
  );

/** Pages in the served search index, from Pagefind's entry file. */
const indexedPages = () =>
  fetch(`http://localhost:${port}/pagefind/pagefind-entry.json`).then(
    async (r) => (r.ok ? ((await r.json()) as { languages: Record<string, { page_count: number }> }).languages.en?.page_count ?? 0 : 0),
    () => 0,
  );

beforeAll(async () => {
  copySeeds(seeds);
  server = spawn(process.execPath, ["--import", "tsx", "src/cli/start.ts", "--port", String(port), "--seeds", seeds, "--out", path.join(tmp, "site")], {
    cwd: REPO,
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (d) => (log += d));
  server.stderr!.on("data", (d) => (log += d));
  const up = await until(async () => (await timeline()).includes("/meetings/"), 60);
  if (!up) throw new Error(`the preview server did not start:\n${log}`);
});

afterAll(() => {
  server?.kill("SIGTERM");
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("npm start", () => {
  it("serves the built site and rebuilds when an article is added, then removed", async () => {
    expect(await timeline()).not.toContain("Wayfarer Hollis");
    const pagesBefore = await indexedPages();
    expect(pagesBefore).toBeGreaterThan(0);
    fs.writeFileSync(
      path.join(seeds, "added.txt"),
      " date 2024-06-12 ISLAMABAD: Federal Minister for Science and Technology Nadir Qasim Lund met Wayfarer Hollis, Ambassador of Iceland to Pakistan, on Wednesday to discuss broadband connectivity.\n",
    );
    expect(await until(async () => (await timeline()).includes("Wayfarer Hollis"), 10)).toBe(true);
    expect(log).toMatch(/1 article\(s\) extracted, \d+ page\(s\) carried over; the search index follows/);
    // The pages went up with the previous search index; the next build brings the index up to date.
    expect(await until(async () => (await indexedPages()) > pagesBefore, 20)).toBe(true);
    expect(log).toMatch(/search index: built in/);

    fs.rmSync(path.join(seeds, "added.txt"));
    expect(await until(async () => !(await timeline()).includes("Wayfarer Hollis"), 10)).toBe(true);
  });
});
