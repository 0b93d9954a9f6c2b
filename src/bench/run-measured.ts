// Runs a command as a child process and measures its wall time and peak memory. Memory is the
// resident set of the whole process tree (npm → node → pagefind …), sampled from /proc,
// plus the kernel's exact peak of the largest single process from GNU time when it is installed.

import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Measured {
  command: string;
  exitCode: number;
  wallMs: number;
  /** Largest sum of RSS over the child's process tree seen while sampling (KiB), or null without /proc. */
  peakTreeKb: number | null;
  /** Peak RSS of the largest single process (KiB): GNU time's %M, else the largest VmHWM seen. */
  peakProcessKb: number | null;
  /** Last part of what the command printed. */
  stdout: string;
  stderr: string;
}

const GNU_TIME = "/usr/bin/time";
const SAMPLE_MS = 40;
// Enough for a verbose build's list of every extracted article.
const KEEP_OUTPUT = 4 * 1024 * 1024;

/** Says how memory is measured on this machine, for the report. */
export function memoryMethod(): string {
  const parts: string[] = [];
  if (existsSync("/proc/self/statm")) parts.push(`process-tree RSS summed from /proc every ${SAMPLE_MS} ms`);
  if (hasGnuTime()) parts.push("largest single process: exact peak from GNU /usr/bin/time %M");
  else parts.push("largest single process: VmHWM from /proc");
  return parts.join("; ");
}

let gnuTime: boolean | null = null;
function hasGnuTime(): boolean {
  gnuTime ??= existsSync(GNU_TIME);
  return gnuTime;
}

function readParents(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // exited between listing and reading
    }
    // The command name may hold spaces and parentheses: fields start after the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ppid = Number(fields[1]);
    const list = children.get(ppid);
    if (list) list.push(Number(entry));
    else children.set(ppid, [Number(entry)]);
  }
  return children;
}

function treeOf(root: number): number[] {
  const children = readParents();
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] as number) ?? []));
  return tree;
}

function sample(root: number): { rssKb: number; hwmKb: number } {
  let rssKb = 0;
  let hwmKb = 0;
  for (const pid of treeOf(root)) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const rss = /VmRSS:\s+(\d+)/.exec(status);
      const hwm = /VmHWM:\s+(\d+)/.exec(status);
      if (rss) rssKb += Number(rss[1]);
      if (hwm) hwmKb = Math.max(hwmKb, Number(hwm[1]));
    } catch {
      // the process exited; its memory is already counted in earlier samples
    }
  }
  return { rssKb, hwmKb };
}

/** Runs `command args…` in `cwd` and resolves when it exits (never rejects on a non-zero exit). */
export function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<Measured> {
  const useProc = existsSync("/proc/self/status");
  const timeFile = join(tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
  const [file, argv] = hasGnuTime()
    ? [GNU_TIME, ["-f", "%M", "-o", timeFile, command, ...args]]
    : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout = (stdout + chunk.toString()).slice(-KEEP_OUTPUT)));
  child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-KEEP_OUTPUT)));
  let peakTreeKb = 0;
  let peakHwmKb = 0;
  const poll = (): void => {
    if (!useProc || child.pid === undefined) return;
    const s = sample(child.pid);
    peakTreeKb = Math.max(peakTreeKb, s.rssKb);
    peakHwmKb = Math.max(peakHwmKb, s.hwmKb);
  };
  const timer = setInterval(poll, SAMPLE_MS);
  return new Promise((resolve) => {
    child.on("close", (code, signal) => {
      const wallMs = performance.now() - started;
      clearInterval(timer);
      let peakProcessKb: number | null = useProc ? peakHwmKb : null;
      if (hasGnuTime()) {
        try {
          const lines = readFileSync(timeFile, "utf8").trim().split("\n");
          const kb = Number(lines[lines.length - 1]);
          if (Number.isFinite(kb)) peakProcessKb = Math.max(kb, peakProcessKb ?? 0);
        } catch {
          // GNU time did not write its report (killed): keep the sampled figure
        }
        rmSync(timeFile, { force: true });
      }
      resolve({
        command: [command, ...args].join(" "),
        exitCode: code ?? (signal ? 128 : 1),
        wallMs,
        peakTreeKb: useProc ? peakTreeKb : null,
        peakProcessKb,
        stdout,
        stderr,
      });
    });
  });
}

