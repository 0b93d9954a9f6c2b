// Atomic output: the site is written into a temporary folder next to the output folder and
// swapped in only when everything succeeded, so a failed build leaves the previous site exactly
// as it was (and a reader never sees a half-written one).
import fs from "node:fs";
import path from "node:path";

/** A fresh, empty folder beside `outDir` (same file system, so the final rename is atomic). */
export function makeStagingDir(outDir: string): string {
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
  if (hadPrevious) fs.rmSync(previous, { recursive: true, force: true });
}

export function discardStaging(staging: string): void {
  fs.rmSync(staging, { recursive: true, force: true });
}
