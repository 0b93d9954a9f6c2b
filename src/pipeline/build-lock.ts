// One build at a time per output folder. Two builds writing one site would each swap in their own
// staging folder and share one extraction cache and address book; the second to start is refused
// with a message instead. The lock is a file beside the output folder holding the builder's
// process id, created exclusively (O_EXCL), so of two builds starting at once exactly one gets it.
// A lock whose process is gone (a build that was killed) is taken over.
import fs from "node:fs";
import path from "node:path";

export class BuildLockedError extends Error {}

/** The lock file of the build writing `outDir`. */
export function lockFileOf(outDir: string): string {
  return `${path.resolve(outDir)}.lock`;
}

/** Takes the lock of `outDir` for this process; returns the function that gives it back. */
export function acquireBuildLock(outDir: string): () => void {
  const file = lockFileOf(outDir);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Twice at most: once more after removing a dead build's lock, in case another build did the same.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, "wx");
      fs.writeSync(fd, `${process.pid}\n`);
      fs.closeSync(fd);
      return () => releaseLock(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = holderOf(file);
    if (holder === null && justCreated(file)) {
      throw new BuildLockedError(`another build is starting on ${path.basename(outDir)}/; wait for it to finish`);
    }
    if (holder !== null && holder !== process.pid && isRunning(holder)) {
      throw new BuildLockedError(
        `another build (process ${holder}) is writing ${path.basename(outDir)}/; wait for it to finish, or delete ${file} if no build is running`,
      );
    }
    if (holder === process.pid) {
      throw new BuildLockedError(`this process is already building ${path.basename(outDir)}/`);
    }
    // The holder is gone, or the file holds no process id (a build killed while writing it).
    fs.rmSync(file, { force: true });
  }
  throw new BuildLockedError(`could not take the build lock ${file}: another build took it at the same moment`);
}

function releaseLock(file: string): void {
  // Only our own lock: never one a later build took over after this one was presumed dead.
  if (holderOf(file) === process.pid) fs.rmSync(file, { force: true });
}

function holderOf(file: string): number | null {
  try {
    const pid = Number(fs.readFileSync(file, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** A lock file without a process id yet may be one another build is writing this instant. */
function justCreated(file: string): boolean {
  try {
    return Date.now() - fs.statSync(file).mtimeMs < 2000;
  } catch {
    return false;
  }
}

/** Whether a process with this id exists (EPERM: it does, under another user). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
