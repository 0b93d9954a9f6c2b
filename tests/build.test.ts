// The whole build with the real site: seeds and a hostile seeds folder in, HTML out.
import { execFile } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBuild, type BuildResult } from "../src/pipeline/pipeline.ts";
import { copySeeds, EXPECTED_SKIPPED, makeHostileSeeds } from "./fixtures/pipeline/hostile-seeds.ts";

const run = promisify(execFile);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "build-site-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function htmlFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(".html")) {
      const full = path.join(entry.parentPath, entry.name);
      out.set(path.relative(dir, full), fs.readFileSync(full, "utf8"));
    }
  }
  return out;
}

/** Every file under `dir` with a hash of its bytes (comparing megabytes of Buffers is slow). */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, full), crypto.createHash("sha256").update(fs.readFileSync(full)).digest("hex"));
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

describe("npm run build on the seeds", () => {
  const seeds = path.join(tmp, "seeds");
  const out = path.join(tmp, "site");
  let result: BuildResult;
  beforeAll(async () => {
    copySeeds(seeds);
    result = await runBuild({ seedsDir: seeds, outDir: out, searchIndex: false });
  });

  it("writes a meeting page per article, person pages and the report", () => {
    expect(result.failure).toBeNull();
    const pages = htmlFiles(out);
    expect(pages.has("meetings/2024-05-15-shaza-fatima-khawaja-meets-donald-blome/index.html")).toBe(true);
    expect(pages.has("people/shaza-fatima-khawaja/index.html")).toBe(true);
    expect(fs.existsSync(path.join(out, "build-report.json"))).toBe(true);
  });

  it("credits each article by its file name on its meeting page", () => {
    const meetingPages = [...htmlFiles(out)].filter(([p]) => p.startsWith("meetings/")).map(([, html]) => html);
    for (const record of result.digest!.records) {
      expect(meetingPages.some((html) => html.includes(escapeHtml(record.source)))).toBe(true);
    }
  });
});

describe("adding an article", () => {
  // A deploy uploads the files that changed: a new article must not touch every page.
  it("leaves the page of every person it does not name byte-identical", async () => {
    const seeds = path.join(tmp, "add-seeds");
    copySeeds(seeds);
    const before = await runBuild({ seedsDir: seeds, outDir: path.join(tmp, "add-before"), searchIndex: false });
    const added = "Ünïcode náme & spaces.txt";
    fs.copyFileSync(path.join(import.meta.dirname, "fixtures", "pipeline", "articles", added), path.join(seeds, added));
    const after = await runBuild({ seedsDir: seeds, outDir: path.join(tmp, "add-after"), searchIndex: false });
    expect(after.digest!.meetings.length).toBe(before.digest!.meetings.length + 1);
    const named = new Set(after.digest!.meetings.filter((m) => m.sources.some((s) => s.source === added)).flatMap((m) => [...m.participants, ...m.attendees, ...m.mentioned].map((p) => p.personSlug)));
    const a = snapshot(path.join(tmp, "add-before"));
    const b = snapshot(path.join(tmp, "add-after"));
    const untouched = before.digest!.people.filter((p) => !named.has(p.slug)).map((p) => path.join("people", p.slug, "index.html"));
    expect(untouched.length).toBeGreaterThan(0);
    for (const file of untouched) expect(b.get(file), file).toBe(a.get(file));
    expect(b.get("index.html")).not.toBe(a.get("index.html"));
  });
});

describe("a hostile seeds folder", () => {
  const seeds = path.join(tmp, "hostile");
  const out = path.join(tmp, "hostile-site");
  let result: BuildResult;
  let pages: Map<string, string>;
  beforeAll(async () => {
    makeHostileSeeds(seeds);
    result = await runBuild({ seedsDir: seeds, outDir: out, searchIndex: false });
    pages = htmlFiles(out);
  });

  it("builds, and names each skipped file with its reason", () => {
    expect(result.ok).toBe(true);
    expect(result.report!.skipped.map((s) => s.file)).toEqual(EXPECTED_SKIPPED);
  });

  it("credits every readable article, odd names and subfolders included, on a meeting page", () => {
    const meetingPages = [...pages].filter(([p]) => p.startsWith("meetings/")).map(([, html]) => html);
    for (const record of result.digest!.records) {
      expect(meetingPages.some((html) => html.includes(escapeHtml(record.source))), record.source).toBe(true);
    }
    expect(meetingPages.some((html) => html.includes("Ünïcode náme &amp; spaces.txt"))).toBe(true);
  });

  it("lets no script, event handler or javascript: link from an article into the site, and shows template syntax as text", () => {
    const all = [...pages.values()].join("\n");
    expect(all).not.toMatch(/<script>alert/);
    expect(all).not.toMatch(/<img[^>]*onerror/i);
    expect(all).not.toMatch(/href="javascript:/i);
    expect(all).toContain("{{ 7*7 }}");
    expect(all).not.toMatch(/\b49\b.*secrets/);
  });

  it("marks the Urdu article right-to-left", () => {
    const urdu = result.digest!.meetings.find((m) => m.sources.some((s) => s.source === "urdu.txt"))!;
    expect(pages.get(`meetings/${urdu.slug}/index.html`)).toMatch(/lang="ur"[^>]*dir="rtl"|dir="rtl"[^>]*lang="ur"/);
  });

  it("builds byte-identical output twice, with the search index written beside the pages or before them", async () => {
    // With the search index both times: Pagefind's files must be reproducible too. A small
    // archive indexes beside the pages; the second build indexes first, as a large one does.
    const first = path.join(tmp, "hostile-site-search");
    const again = path.join(tmp, "hostile-site-again");
    const beside = await runBuild({ seedsDir: seeds, outDir: first });
    const before = await runBuild({ seedsDir: seeds, outDir: again, searchBesidePagesUpTo: 0 });
    expect([beside.ok, before.ok]).toEqual([true, true]);
    expect(fs.existsSync(path.join(again, "pagefind", "pagefind-entry.json"))).toBe(true);
    const a = snapshot(first);
    const b = snapshot(again);
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [file, hash] of a) expect(b.get(file), file).toBe(hash);
  });
});

describe("the build command", () => {
  const cli = (args: string[]) =>
    run("npx", ["tsx", "src/cli/build.ts", ...args], { cwd: path.resolve(import.meta.dirname, "..") }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it("documents every option in --help", async () => {
    const { stdout, code } = await cli(["--help"]);
    expect(code).toBe(0);
    for (const option of ["--seeds", "--out", "--strict", "--quiet", "--verbose", "--help"]) expect(stdout).toContain(option);
  });

  it("with --strict on the hostile folder exits non-zero and leaves the previous output as it was", async () => {
    const out = path.join(tmp, "hostile-site");
    const before = snapshot(out);
    const { code, stderr, stdout } = await cli(["--seeds", path.join(tmp, "hostile"), "--out", out, "--strict"]);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/--strict/);
    expect(stdout).toMatch(/skipped empty\.txt: /);
    expect(snapshot(out)).toEqual(before);
  });

  it("counts 2 articles for the seeds and lists the undated one as a warning", async () => {
    const { code, stdout } = await cli(["--seeds", path.join(tmp, "seeds"), "--out", path.join(tmp, "cli-site")]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^2 articles read/m);
    expect(stdout).toMatch(/warning 000_6c42d4938e2a74b2\.txt: no date/);
  });
});

describe("corrections without code", () => {
  const seeds = path.join(tmp, "corrections");
  const out = path.join(tmp, "corrections-site");
  let result: BuildResult;
  let pages: Map<string, string>;
  beforeAll(async () => {
    copySeeds(seeds);
    fs.writeFileSync(
      path.join(seeds, "corrected.md"),
      [
        "---",
        "date: 2024-11-20",
        "officials:",
        "  - name: Wayfarer Hollis",
        "    title: Ambassador of Iceland to Pakistan and Afghanistan",
        "---",
        "ISLAMABAD: Federal Minister for Science and Technology Nadir Qasim Lund met Wayfarer Hollis, Ambassador of Iceland to Pakistan, to discuss broadband connectivity.",
        "",
      ].join("\n"),
    );
    fs.writeFileSync(path.join(seeds, "people.yml"), "- name: Nadir Qasim Lund\n  aliases: [Nadir Lund]\n- name: Wayfarer Hollis\n  aliases: [W. Hollis]\n");
    fs.writeFileSync(path.join(seeds, "later.txt"), " date 2024-12-02 ISLAMABAD: Nadir Lund, Federal Minister for Science and Technology, met W. Hollis, Ambassador of Iceland, on Monday to discuss fibre broadband.\n");
    result = await runBuild({ seedsDir: seeds, outDir: out, searchIndex: false });
    pages = htmlFiles(out);
  });

  it("shows the front-matter date and the corrected title on the meeting page", () => {
    expect(result.ok).toBe(true);
    const meeting = result.digest!.meetings.find((m) => m.sources.some((s) => s.source === "corrected.md"))!;
    expect(meeting.date).toBe("2024-11-20");
    const html = pages.get(`meetings/${meeting.slug}/index.html`)!;
    expect(html).toContain("Ambassador of Iceland to Pakistan and Afghanistan");
    expect(html).toMatch(/20 November 2024/);
  });

  it("merges the spellings the people file lists into one person page", () => {
    const hollis = result.digest!.people.filter((p) => /Hollis/.test(p.name));
    expect(hollis.map((p) => p.name)).toEqual(["Wayfarer Hollis"]);
    expect(hollis[0]!.meetings).toHaveLength(2);
    expect(pages.has(`people/${hollis[0]!.slug}/index.html`)).toBe(true);
    expect([...pages.keys()].filter((p) => /^people\/.*hollis/.test(p))).toHaveLength(1);
  });
});
