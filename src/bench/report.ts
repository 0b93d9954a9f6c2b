// The benchmark's results as a table for the terminal and as JSON for the record.

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { BenchResult, ProcessFigures } from "./measure.ts";
import { round } from "./stats.ts";

const seconds = (ms: number | null): string => (ms === null ? "—" : `${(ms / 1000).toFixed(2)} s`);
const megabytes = (kb: number | null): string => (kb === null ? "—" : `${Math.round(kb / 1024)} MB`);

function row(label: string, f: ProcessFigures, note = ""): string[] {
  return [label, String(f.runs.length), seconds(f.medianWallMs), megabytes(f.maxPeakTreeKb), megabytes(f.maxPeakProcessKb), note];
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i] as number)).join("  ").trimEnd()).join("\n");
}

const extractedNote = (values: (number | null)[]): string =>
  values.length === 0
    ? ""
    : values.every((v) => v === null) ? "re-extracted: not reported by the build" : `re-extracted: ${values.map((v) => v ?? "?").join(", ")}`;

const carriedNote = (values: (number | null)[]): string =>
  values.length === 0 || values.every((v) => v === null) ? "" : `; pages carried over: ${values.map((v) => v ?? "?").join(", ")}`;

/** A build's stages in words, with the time outside them (start-up, exit) out of the wall time. */
export function describeStages(stages: Record<string, number>, wallMs: number): string {
  const entries = Object.entries(stages);
  // Stages that ran side by side are counted once, by the time of the two together.
  const together = "pages and search" in stages;
  const inStages = entries.reduce((sum, [name, ms]) => (together && (name === "pages" || name === "search") ? sum : sum + ms), 0);
  const parts = entries.map(([name, ms]) => `${name} ${seconds(ms)}`);
  parts.push(`outside the reported stages (start-up, exit) ${seconds(wallMs - inStages)}`);
  return parts.join(", ");
}

export function formatReport(r: BenchResult): string {
  const m = r.machine;
  const lines: string[] = [];
  lines.push(`news-digest benchmark: ${r.articles} articles, ${r.rounds} of ${r.runs} rounds, medians (peaks: worst run)`);
  lines.push(`machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGb} GB, Node ${m.node}, ${m.platform}`);
  lines.push(`generated: ${r.generated.people} people, dates ${r.generated.firstDate} … ${r.generated.lastDate}`);
  lines.push("");
  const ratio = (x: number | null): string => (x === null ? "" : `${x.toFixed(2)} × floor`);
  lines.push(
    table([
      ["", "runs", "median wall", "peak RSS, tree", "peak RSS, 1 process", ""],
      row("floor: plain Eleventy, bare pages", r.floor),
      row("full build, cold (no cache)", r.cold, ratio(r.ratio.cold)),
      row("full build, warm (cache, no change)", r.warm, ratio(r.ratio.warm)),
      row("rebuild, one article changed", r.changed, `${ratio(r.ratio.changed)}; ${extractedNote(r.changed.extracted)}${carriedNote(r.changed.carried)}`),
      row("rebuild, one article added", r.added, `${extractedNote(r.added.extracted)}${carriedNote(r.added.carried)}`),
      row("build command startup (--help)", r.startup, "fixed cost: npm, tsx, imports"),
    ]),
  );
  const stageLine = (label: string, f: ProcessFigures): void => {
    if (Object.keys(f.medianStagesMs).length === 0 || f.medianWallMs === null) return;
    lines.push(`  ${label}: ${describeStages(f.medianStagesMs, f.medianWallMs)}`);
  };
  lines.push("");
  lines.push("where the build's time goes (medians, as the build reports its stages):");
  stageLine("cold", r.cold);
  stageLine("one change", r.changed);
  lines.push("");
  const e = r.extraction;
  lines.push(
    e.error
      ? `extraction: not measured (${e.error})`
      : `extraction alone (ingest + extractRecord, one core): ${Math.round(e.medianPerSecond ?? 0)} articles/s` +
          ` (runs: ${e.runs.map((x) => Math.round(x.perSecond)).join(", ")})`,
  );
  if (r.preview) {
    const p = r.preview;
    const s = (ms: number | null) => (ms === null ? "?" : `${(ms / 1000).toFixed(2)} s`);
    lines.push(p.error ? `npm start, one new article: ${p.error}` : `npm start, one new article saved: served after ${s(p.servedMs)}, in the search index after ${s(p.searchedMs)}`);
  }
  if (r.credited) lines.push(`credited on a meeting page by file name: ${r.credited.credited} of ${r.credited.of}`);
  lines.push(`memory: ${r.memoryMethod}`);
  lines.push(`benchmark took ${Math.round(r.totalMs / 1000)} s after generating the articles`);
  if (r.stoppedEarly) lines.push(`NOTE: ${r.stoppedEarly}`);
  for (const f of [r.floor, r.cold, r.warm, r.changed, r.added, r.startup].flatMap((x) => x.failures)) lines.push(`FAILED: ${f}`);
  return lines.join("\n");
}

/** The result with times in whole milliseconds and memory in KiB, written as JSON. */
export function writeJsonReport(file: string, r: BenchResult): void {
  mkdirSync(dirname(file), { recursive: true });
  const rounded = JSON.parse(
    JSON.stringify(r, (key, value: unknown) =>
      typeof value === "number" && !Number.isInteger(value) ? round(value, key === "perSecond" || key.startsWith("ratio") ? 2 : 1) : value,
    ),
  ) as unknown;
  writeFileSync(file, `${JSON.stringify(rounded, null, 2)}\n`);
}
