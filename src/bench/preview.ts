// The live preview as a user lives it: `npm start` on the benchmark's seeds, one new article
// saved, and how long until the served site counts it (its build-report.json, swapped in with
// the pages) and until the served search index holds it (Pagefind's entry file).
import { spawn } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import type { BuildTarget } from "./build-run.ts";

export interface PreviewRun {
  /** From saving the article to the served pages counting it. */
  servedMs: number | null;
  /** From saving the article to the served search index holding its pages. */
  searchedMs: number | null;
  error: string | null;
}

const POLL_MS = 50;
const STARTUP_LIMIT_MS = 15 * 60_000;
const CHANGE_LIMIT_MS = 5 * 60_000;

export async function measurePreview(target: BuildTarget, articles: number, article: { file: string; text: string }, port: number): Promise<PreviewRun> {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const server = spawn(npm, ["run", "--silent", "start", "--", "--seeds", target.seedsDir, "--out", target.outDir, "--port", String(port)], {
    cwd: target.repoDir,
    stdio: "ignore",
    detached: true,
    env: { ...process.env, CI: "1", NO_COLOR: "1" },
  });
  const base = `http://localhost:${port}`;
  const json = async <T>(path: string): Promise<T | null> => {
    try {
      const response = await fetch(`${base}${path}`);
      return response.ok ? ((await response.json()) as T) : null;
    } catch {
      return null;
    }
  };
  const articlesServed = async () => (await json<{ articles: number }>("/build-report.json"))?.articles ?? -1;
  const pagesIndexed = async () => (await json<{ languages: Record<string, { page_count: number }> }>("/pagefind/pagefind-entry.json"))?.languages.en?.page_count ?? -1;
  const until = async (check: () => Promise<boolean>, limitMs: number): Promise<boolean> => {
    const start = performance.now();
    while (performance.now() - start < limitMs) {
      if (await check()) return true;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return false;
  };
  try {
    // Up, with the search index of the seeds in place (the start build writes it when needed).
    if (!(await until(async () => (await articlesServed()) === articles && (await pagesIndexed()) > 0, STARTUP_LIMIT_MS))) {
      return { servedMs: null, searchedMs: null, error: "the preview server did not come up" };
    }
    const indexedBefore = await pagesIndexed();
    const saved = performance.now();
    writeFileSync(article.file, article.text);
    const served = await until(async () => (await articlesServed()) === articles + 1, CHANGE_LIMIT_MS);
    const servedMs = served ? performance.now() - saved : null;
    const searched = served && (await until(async () => (await pagesIndexed()) > indexedBefore, CHANGE_LIMIT_MS));
    const searchedMs = searched ? performance.now() - saved : null;
    return { servedMs, searchedMs, error: served ? null : "the new article was not served within five minutes" };
  } finally {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      server.kill("SIGTERM");
    }
    rmSync(article.file, { force: true });
  }
}
