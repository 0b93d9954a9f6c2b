// A build killed at any moment (SIGKILL: no handler runs) leaves either the previous site or the
// new one, whole, never a mix; and the next build, reusing whatever cache the killed one left,
// gives the same site as a cold build. The real command is run, Eleventy and Pagefind included,
// and killed at seeded random moments across its whole run.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { copySeeds } from "./fixtures/pipeline/hostile-seeds.ts";
import { snapshot } from "./fixtures/folder-snapshot.ts";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pipeline-kill-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const KILLS = 10;

/** Runs `npm run build` on `seeds` into `out`; kills it after `killAfterMs` when given. Resolves with its run time. */
function runBuildCommand(seeds: string, out: string, killAfterMs?: number): Promise<{ ms: number; code: number | null }> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", "tsx", path.join(REPO, "src/cli/build.ts"), "--seeds", seeds, "--out", out, "--quiet"], {
    cwd: REPO,
    stdio: "ignore",
    env: { ...process.env, NEWS_DIGEST_URL: "" },
  });
  const timer = killAfterMs === undefined ? null : setTimeout(() => child.kill("SIGKILL"), killAfterMs);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => {
      if (timer) clearTimeout(timer);
      resolve({ ms: performance.now() - started, code });
    });
  });
}


/** A small seeded generator, so that a failing sequence of kill times can be run again. */
function killTimes(seed: number, count: number, maxMs: number): number[] {
  let state = seed;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return Math.round((state / 2 ** 31) * maxMs);
  });
}

describe("a build killed at any moment", () => {
  it("leaves the previous site or the new one, whole, and the next build is right", async () => {
    const seedsA = path.join(tmp, "seeds-a");
    copySeeds(seedsA);
    const seedsB = path.join(tmp, "seeds-b");
    copySeeds(seedsB);
    fs.copyFileSync(path.join(REPO, "tests/fixtures/pipeline/articles/Ünïcode náme & spaces.txt"), path.join(seedsB, "third.txt"));

    // Cold builds, each in its own folder so that each has its own cache.
    const cold = async (seeds: string, name: string) => {
      const out = path.join(tmp, name, "_site");
      const run = await runBuildCommand(seeds, out);
      expect(run.code).toBe(0);
      return { site: snapshot(out), ms: run.ms };
    };
    const siteA = (await cold(seedsA, "cold-a")).site;
    const { site: siteB, ms: fullMs } = await cold(seedsB, "cold-b");
    expect(siteB).not.toEqual(siteA);

    const out = path.join(tmp, "work", "_site");
    expect((await runBuildCommand(seedsA, out)).code).toBe(0);
    let current: "A" | "B" = "A";
    const times = killTimes(20261203, KILLS, fullMs * 1.1);
    for (const [i, killAfter] of times.entries()) {
      // Build the other seeds each time, so that a kill after the swap is told from one before it.
      const target = current === "A" ? "B" : "A";
      await runBuildCommand(target === "A" ? seedsA : seedsB, out, killAfter);
      const now = snapshot(out);
      const which = JSON.stringify(now) === JSON.stringify(siteA) ? "A" : JSON.stringify(now) === JSON.stringify(siteB) ? "B" : null;
      expect(which, `kill ${i + 1} after ${killAfter} ms left a site that is neither the previous nor the new one`).not.toBeNull();
      current = which!;
    }
    // The next builds, after whatever the kills left behind, match the cold builds.
    expect((await runBuildCommand(seedsB, out)).code).toBe(0);
    expect(snapshot(out)).toEqual(siteB);
    expect((await runBuildCommand(seedsA, out)).code).toBe(0);
    expect(snapshot(out)).toEqual(siteA);
    const leftovers = () => fs.readdirSync(path.dirname(out)).filter((n) => /^_site\.(partial|previous)-/.test(n) || n === "_site.lock");
    for (let waited = 0; leftovers().length > 0 && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect(leftovers()).toEqual([]);
  }, 240_000);
});
