// Atomic output: the site is written into a temporary folder next to the output folder and
// swapped in only when everything succeeded, so a failed build leaves the previous site exactly
// as it was (and a reader never sees a half-written one).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { isRunning } from "./build-lock.ts";

/** A fresh, empty folder beside `outDir` (same file system, so the final rename is atomic). */
export function makeStagingDir(outDir: string): string {
  removeLeftovers(outDir);
  const staging = `${path.resolve(outDir)}.partial-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  return staging;
}

/** Replaces `outDir` with `staging`; the previous folder is removed only after the swap. */
export function swapIntoPlace(staging: string, outDir: string): void {
  const target = path.resolve(outDir);
  const previous = `${target}.previous-${process.pid}`;
  const hadPrevious = fs.existsSync(target);
  if (hadPrevious) fs.renameSync(target, previous);
  try {
    fs.renameSync(staging, target);
  } catch (error) {
    if (hadPrevious) fs.renameSync(previous, target);
    throw error;
  }
  if (hadPrevious) removeInBackground(previous);
}

/**
 * Deleting the previous site (thousands of files) took seconds at the end of every build; a
 * detached process does it instead, so the build ends when the new site is in place. Should it
 * not run, the next build removes the folder (see removeLeftovers).
 */
function removeInBackground(dir: string): void {
  try {
    const child = spawn(process.execPath, ["-e", "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", dir], {
      detached: true,
      stdio: "ignore",
    });
    child.on("error", () => fs.rmSync(dir, { recursive: true, force: true }));
    child.unref();
  } catch {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function discardStaging(staging: string): void {
  fs.rmSync(staging, { recursive: true, force: true });
}

/**
 * A build that was killed (Ctrl+C, out of memory) leaves its staging folder behind. Folders of
 * builds whose process is gone are removed (or, for a swap cut short, put back); a build still
 * running keeps its own.
 */
function removeLeftovers(outDir: string): void {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  const pattern = new RegExp(`^${escapeRegExp(path.basename(target))}\\.(partial|previous)-(\\d+)$`);
  let names: string[];
  try {
    names = fs.readdirSync(parent);
  } catch {
    return;
  }
  for (const name of names) {
    const match = pattern.exec(name);
    if (!match || (Number(match[2]) !== process.pid && isRunning(Number(match[2])))) continue;
    const leftover = path.join(parent, name);
    try {
      // Killed between the two renames of a swap: the previous site is the one to keep.
      if (match[1] === "previous" && !fs.existsSync(target)) fs.renameSync(leftover, target);
      else fs.rmSync(leftover, { recursive: true, force: true });
    } catch {
      // A background removal of the same folder got there first.
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
