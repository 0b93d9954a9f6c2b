// One run of the real `npm run build` as a child process, as a user would start it, and what its
// report says about the extraction cache (how many articles were extracted again).

import { rmSync } from "node:fs";
import { runMeasured, type Measured } from "./run-measured.ts";

export interface BuildRun extends Measured {
  /** Articles extracted in this run (cache misses), from the build report; null when not reported. */
  extracted: number | null;
  /** Articles taken from the extraction cache, from the build report; null when not reported. */
  cached: number | null;
  /** Pages carried over from the previous site rather than rendered; null when not reported. */
  carried: number | null;
  /** Milliseconds per build stage as the build reports them with --verbose ("time: pages 3.10s, ..."). */
  stages: Record<string, number> | null;
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
function readCacheCounts(stdout: string): { extracted: number | null; cached: number | null; carried: number | null } {
  const match = /(\d+) extracted, (\d+) from the cache/.exec(stdout);
  const carried = /(\d+) pages carried over/.exec(stdout);
  return {
    extracted: match ? Number(match[1]) : null,
    cached: match ? Number(match[2]) : null,
    carried: carried ? Number(carried[1]) : null,
  };
}

function readStages(stdout: string): Record<string, number> | null {
  const line = /^time: (.+)$/m.exec(stdout)?.[1];
  if (!line) return null;
  const stages: Record<string, number> = {};
  for (const m of line.matchAll(/([a-z][\w -]*?) (\d+(?:\.\d+)?)s\b/g)) stages[(m[1] as string).trim()] = Number(m[2]) * 1000;
  return Object.keys(stages).length > 0 ? stages : null;
}

export async function runBuild(target: BuildTarget): Promise<BuildRun> {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const measured = await runMeasured(
    npm,
    ["run", "--silent", "build", "--", "--seeds", target.seedsDir, "--out", target.outDir, "--verbose"],
    { cwd: target.repoDir, env: { ...process.env, CI: "1", NO_COLOR: "1" } },
  );
  return { ...measured, ...readCacheCounts(measured.stdout), stages: readStages(measured.stdout) };
}

/** `npm run build -- --help`: what starting the build command costs before it reads any article. */
export function runBuildStartup(repoDir: string): Promise<Measured> {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  return runMeasured(npm, ["run", "--silent", "build", "--", "--help"], { cwd: repoDir });
}
