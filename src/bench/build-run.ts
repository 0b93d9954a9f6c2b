// One run of the real `npm run build` as a child process, as a user would start it, and what its
// report says about the extraction cache (how many articles were extracted again).

import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { runMeasured, type Measured } from "./run-measured.ts";

export interface BuildRun extends Measured {
  /** Articles extracted in this run (cache misses), from the build report; null when not reported. */
  extracted: number | null;
  /** Articles taken from the extraction cache, from the build report; null when not reported. */
  cached: number | null;
}

export interface BuildTarget {
  repoDir: string;
  seedsDir: string;
  outDir: string;
  cacheDir: string;
}

/** Forgets every cached extraction and the previous output, for a cold build. */
export function clearBuild(target: BuildTarget): void {
  rmSync(target.cacheDir, { recursive: true, force: true });
  rmSync(target.outDir, { recursive: true, force: true });
}

function readCacheCounts(outDir: string, stdout: string): { extracted: number | null; cached: number | null } {
  const reportFile = join(outDir, "build-report.json");
  if (existsSync(reportFile)) {
    try {
      const report = JSON.parse(readFileSync(reportFile, "utf8")) as Record<string, unknown>;
      const cache = (report.cache ?? report.extraction ?? {}) as Record<string, unknown>;
      const num = (v: unknown): number | null => (typeof v === "number" ? v : null);
      const extracted = num(cache.extracted) ?? num(cache.misses) ?? num(report.extracted) ?? null;
      const cached = num(cache.cached) ?? num(cache.hits) ?? num(report.cached) ?? null;
      if (extracted !== null || cached !== null) return { extracted, cached };
    } catch {
      // fall back to the printed summary
    }
  }
  // The printed summary, e.g. "extracted 1, from cache 4999".
  const extracted = /extracted\D{0,20}(\d+)/i.exec(stdout)?.[1];
  const cached = /(?:from cache|cached|cache hits?)\D{0,20}(\d+)/i.exec(stdout)?.[1];
  return { extracted: extracted ? Number(extracted) : null, cached: cached ? Number(cached) : null };
}

export async function runBuild(target: BuildTarget): Promise<BuildRun> {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const measured = await runMeasured(
    npm,
    ["run", "--silent", "build", "--", "--seeds", target.seedsDir, "--out", target.outDir, "--cache", target.cacheDir],
    { cwd: target.repoDir, env: { ...process.env, CI: "1", NO_COLOR: "1" } },
  );
  return { ...measured, ...readCacheCounts(target.outDir, measured.stdout + measured.stderr) };
}
