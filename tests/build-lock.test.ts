// One build at a time per output folder: a second build is refused with a message naming the
// process that holds the folder; a lock left by a killed build is taken over.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { BuildReport, Digest } from "../src/model.ts";
import { acquireBuildLock, lockFileOf } from "../src/pipeline/build-lock.ts";
import { runBuild, type BuildOptions } from "../src/pipeline/pipeline.ts";
import { copySeeds } from "./fixtures/pipeline/hostile-seeds.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "build-lock-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function stubRender(digest: Digest, _report: BuildReport, outDir: string): Promise<void> {
  fs.writeFileSync(path.join(outDir, "meetings.txt"), digest.meetings.map((m) => m.slug).join("\n"));
}
const seeds = path.join(tmp, "seeds");
copySeeds(seeds);
const build = (outDir: string, options: Partial<BuildOptions> = {}) =>
  runBuild({ seedsDir: seeds, outDir, searchIndex: false, render: stubRender, ...options });

describe("the build lock", () => {
  it("refuses a build while another process holds the output folder, and leaves the site as it was", async () => {
    const out = path.join(tmp, "held");
    expect((await build(out)).ok).toBe(true);
    const before = fs.readFileSync(path.join(out, "meetings.txt"), "utf8");
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
    try {
      fs.writeFileSync(lockFileOf(out), `${other.pid}\n`);
      const result = await build(out, { render: async () => void fs.writeFileSync(path.join(out, "meetings.txt"), "overwritten") });
      expect(result.ok).toBe(false);
      expect(result.failure).toBe(`another build (process ${other.pid}) is writing held/; wait for it to finish, or delete ${lockFileOf(out)} if no build is running`);
      expect(fs.readFileSync(path.join(out, "meetings.txt"), "utf8")).toBe(before);
    } finally {
      other.kill("SIGKILL");
      fs.rmSync(lockFileOf(out), { force: true });
    }
  });

  it("lets exactly one of two builds started at once write the folder", async () => {
    const out = path.join(tmp, "twice");
    const results = await Promise.all([build(out), build(out)]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(results.find((r) => !r.ok)!.failure).toMatch(/already building twice\//);
    expect(fs.readFileSync(path.join(out, "meetings.txt"), "utf8")).not.toBe("");
  });

  it("takes over the lock of a build that was killed", async () => {
    const out = path.join(tmp, "stale");
    fs.writeFileSync(lockFileOf(out), "999999999\n"); // no such process
    const result = await build(out);
    expect(result.ok).toBe(true);
    expect(fs.existsSync(lockFileOf(out))).toBe(false);
  });

  it("gives the lock back when a build fails", async () => {
    const out = path.join(tmp, "failing");
    const result = await build(out, { render: async () => { throw new Error("template error"); } });
    expect(result.ok).toBe(false);
    expect(fs.existsSync(lockFileOf(out))).toBe(false);
    expect((await build(out)).ok).toBe(true);
  });

  it("is not given back by a build whose lock another build took over", () => {
    const out = path.join(tmp, "taken-over");
    const release = acquireBuildLock(out);
    fs.writeFileSync(lockFileOf(out), "999999998\n");
    release();
    expect(fs.readFileSync(lockFileOf(out), "utf8")).toBe("999999998\n");
  });
});
