// One run of the real `npm run build` as a child process, as a user would start it, and what its
// report says about the extraction cache (how many articles were extracted again).

import { rmSync } from "node:fs";
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
  /** Where the build keeps its cache: `.cache/news-digest/` beside the output folder. */
  cacheDir: string;
}

/** Forgets every cached extraction and the previous output, for a cold build. */
export function clearBuild(target: BuildTarget): void {
  rmSync(target.cacheDir, { recursive: true, force: true });
  rmSync(target.outDir, { recursive: true, force: true });
}

/**
 * The build says how many articles it extracted and how many came from the cache when run with
 * --verbose ("4999 extracted, 1 from the cache"); build-report.json does not hold these counts.
 */
function readCacheCounts(stdout: string): { extracted: number | null; cached: number | null } {
  const match = /(\d+) extracted, (\d+) from the cache/.exec(stdout);
  return match ? { extracted: Number(match[1]), cached: Number(match[2]) } : { extracted: null, cached: null };
}

export async function runBuild(target: BuildTarget): Promise<BuildRun> {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const measured = await runMeasured(
    npm,
    ["run", "--silent", "build", "--", "--seeds", target.seedsDir, "--out", target.outDir, "--verbose"],
    { cwd: target.repoDir, env: { ...process.env, CI: "1", NO_COLOR: "1" } },
  );
  return { ...measured, ...readCacheCounts(measured.stdout) };
}

/** `npm run build -- --help`: what starting the build command costs before it reads any article. */
export function runBuildStartup(repoDir: string): Promise<Measured> {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  return runMeasured(npm, ["run", "--silent", "build", "--", "--help"], { cwd: repoDir });
}
