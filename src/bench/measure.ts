// The benchmark run: generate the articles once, then measure in rounds, each round running the
// floor, a cold build, a rebuild after one change and the extraction alone, the floor's place
// alternating (so a slow minute on the machine hits all of them alike); summarise with medians.
// Then, once each, a rebuild with nothing changed and one after an addition. A time budget stops
// starting new measurements, so the benchmark always ends in reasonable time.

import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { clearBuild, runBuild, runBuildStartup, type BuildRun, type BuildTarget } from "./build-run.ts";
import { countCredited } from "./credited.ts";
import { loadSeeds, measureExtraction, type ExtractionRun } from "./extraction-rate.ts";
import { prepareFloor, runFloor } from "./floor.ts";
import { generateArticles, writeGeneratedCorpus } from "./generate-articles.ts";
import { loadTemplates } from "./corpus-templates.ts";
import { measurePreview, type PreviewRun } from "./preview.ts";
import { describeMachine, type Machine } from "./machine.ts";
import { memoryMethod, type Measured } from "./run-measured.ts";
import { max, median } from "./stats.ts";

export interface BenchOptions {
  articles: number;
  runs: number;
  repoDir: string;
  corpusDir: string;
  /** Scratch folder for seeds, builds and the floor; removed at the end unless `keep`. */
  workDir: string;
  keep: boolean;
  /** No new round starts when it would likely end after this many milliseconds. */
  budgetMs: number;
  log: (line: string) => void;
}

export interface ProcessFigures {
  /** Every run, in the order measured. */
  runs: {
    wallMs: number;
    peakTreeKb: number | null;
    peakProcessKb: number | null;
    exitCode: number;
    extracted?: number | null;
    carried?: number | null;
    stages?: Record<string, number> | null;
  }[];
  /** Median milliseconds per build stage, as the build reports them; empty for the floor. */
  medianStagesMs: Record<string, number>;
  medianWallMs: number | null;
  /** Worst peak over the runs: memory limits are about the worst case. */
  maxPeakTreeKb: number | null;
  maxPeakProcessKb: number | null;
  failures: string[];
}

export interface BenchResult {
  machine: Machine;
  articles: number;
  runs: number;
  memoryMethod: string;
  generated: { ms: number; people: number; templates: number; firstDate: string | null; lastDate: string | null };
  extraction: { runs: ExtractionRun[]; medianPerSecond: number | null; error: string | null };
  floor: ProcessFigures;
  cold: ProcessFigures;
  warm: ProcessFigures;
  changed: ProcessFigures & { extracted: (number | null)[]; carried: (number | null)[] };
  added: ProcessFigures & { extracted: (number | null)[]; carried: (number | null)[] };
  /** Starting the build command alone (npm, tsx, imports) with --help: the fixed cost in every build. */
  startup: ProcessFigures;
  ratio: { cold: number | null; warm: number | null; changed: number | null };
  /** Rounds completed (each: floor, cold build, rebuild after one change, extraction). */
  rounds: number;
  stoppedEarly: string | null;
  totalMs: number;
  credited: { credited: number; of: number; missingExamples: string[] } | null;
  /** `npm start` after a new article: when the served pages and the served search index had it. */
  preview: PreviewRun | null;
}

function medianStages(runs: (Record<string, number> | null)[]): Record<string, number> {
  const names = [...new Set(runs.flatMap((r) => (r ? Object.keys(r) : [])))];
  const out: Record<string, number> = {};
  for (const name of names) {
    const m = median(runs.flatMap((r) => (r && r[name] !== undefined ? [r[name] as number] : [])));
    if (m !== null) out[name] = m;
  }
  return out;
}

/** The message lines of a failed run's output, without stack frames. */
function errorLines(output: string): string {
  const lines = output.split("\n").filter((l) => l.trim() && !/^\s+at /.test(l) && !/^Node\.js v/.test(l));
  return lines.slice(-4).join("\n");
}

function figures(runs: Measured[], label: string): ProcessFigures {
  const ok = runs.filter((r) => r.exitCode === 0);
  return {
    runs: runs.map((r) => ({
      wallMs: r.wallMs,
      peakTreeKb: r.peakTreeKb,
      peakProcessKb: r.peakProcessKb,
      exitCode: r.exitCode,
      ...("extracted" in r ? { extracted: (r as BuildRun).extracted, carried: (r as BuildRun).carried, stages: (r as BuildRun).stages } : {}),
    })),
    medianStagesMs: medianStages(ok.map((r) => ("stages" in r ? (r as BuildRun).stages : null))),
    medianWallMs: median(ok.map((r) => r.wallMs)),
    maxPeakTreeKb: max(ok.flatMap((r) => (r.peakTreeKb === null ? [] : [r.peakTreeKb]))),
    maxPeakProcessKb: max(ok.flatMap((r) => (r.peakProcessKb === null ? [] : [r.peakProcessKb]))),
    failures: runs
      .filter((r) => r.exitCode !== 0)
      .map((r) => `${label} exited with ${r.exitCode}: ${errorLines(r.stderr || r.stdout)}`),
  };
}

/** The preview server's port during the benchmark: off the default, so a developer's own server is not in the way. */
const PREVIEW_PORT = 18_000 + (process.pid % 1000);

const seconds = (ms: number | null) => (ms === null ? "?" : `${(ms / 1000).toFixed(2)} s`);

/** The article the generator makes after the first `count`: new to a site of those. */
function newArticle(corpusDir: string, count: number): string {
  return generateArticles(loadTemplates(corpusDir), { count: count + 1 }).at(-1)!.text;
}

const CHANGE = "\n\nBoth sides agreed to remain in close contact on the matters discussed.\n";

export async function runBenchmark(options: BenchOptions): Promise<BenchResult> {
  const { articles, runs, repoDir, corpusDir, workDir, log } = options;
  const seedsDir = join(workDir, "seeds");
  const target: BuildTarget = { repoDir, seedsDir, outDir: join(workDir, "site"), cacheDir: join(workDir, ".cache", "news-digest") };
  rmSync(workDir, { recursive: true, force: true });

  log(`generating ${articles} articles in ${seedsDir}`);
  const genStart = performance.now();
  const corpus = writeGeneratedCorpus(corpusDir, seedsDir, { count: articles });
  const generated = { ms: performance.now() - genStart, ...corpus };
  delete (generated as { files?: unknown }).files;
  log(`  ${corpus.people} people, dates ${corpus.firstDate} … ${corpus.lastDate}, ${Math.round(generated.ms)} ms`);
  const floorSetup = prepareFloor(seedsDir, join(workDir, "floor"));
  const seeds = loadSeeds(seedsDir, corpus.files);

  const extractionRuns: ExtractionRun[] = [];
  let extractionError: string | null = null;
  try {
    // One short pass first, so the JIT has compiled the extractor before anything is timed.
    await measureExtraction({ files: seeds.files.slice(0, Math.min(300, seeds.files.length)) });
  } catch (error) {
    extractionError = (error as Error).message;
    log(`extraction cannot be measured: ${extractionError}`);
  }

  const floorRuns: Measured[] = [];
  const cold: BuildRun[] = [];
  const warm: BuildRun[] = [];
  const changed: BuildRun[] = [];
  const added: BuildRun[] = [];
  const startup: Measured[] = [];
  let credited: BenchResult["credited"] = null;
  const changedFile = join(seedsDir, corpus.files[0] as string);
  const addedFile = join(seedsDir, "article-added.txt");
  const show = (label: string, r: Measured & { extracted?: number | null; carried?: number | null }): void =>
    log(
      `  ${label.padEnd(8)} ${(r.wallMs / 1000).toFixed(2)} s, tree ${r.peakTreeKb === null ? "?" : Math.round(r.peakTreeKb / 1024)} MB` +
        (r.extracted !== undefined ? `, extracted ${r.extracted ?? "?"}` : "") +
        (r.carried !== undefined && r.carried !== null ? `, pages carried over ${r.carried}` : "") +
        (r.exitCode === 0 ? "" : `  FAILED (exit ${r.exitCode})`),
    );

  const started = performance.now();
  let roundsDone = 0;
  let stoppedEarly: string | null = null;
  for (let round = 0; round < runs; round++) {
    const elapsed = performance.now() - started;
    const perRound = roundsDone > 0 ? elapsed / roundsDone : 0;
    if (roundsDone > 0 && elapsed + perRound > options.budgetMs) {
      stoppedEarly = `stopped after ${roundsDone} of ${runs} rounds to stay within the ${Math.round(options.budgetMs / 1000)} s budget`;
      log(stoppedEarly);
      break;
    }
    log(`round ${round + 1}/${runs}`);
    const floorFirst = round % 2 === 1;
    const floor = async (): Promise<void> => {
      const r = await runFloor(floorSetup, repoDir);
      floorRuns.push(r);
      show("floor", r);
    };
    if (floorFirst) await floor();

    clearBuild(target);
    const c = await runBuild(target);
    cold.push(c);
    show("cold", c);
    if (credited === null && c.exitCode === 0) {
      const check = countCredited(target.outDir, corpus.files);
      credited = { credited: check.credited, of: corpus.files.length, missingExamples: check.missing.slice(0, 5) };
      log(`  ${check.credited}/${corpus.files.length} articles credited by file name on a meeting page`);
    }

    // The rebuild a user waits for most: the cache is warm and one article has changed.
    const original = readFileSync(changedFile);
    appendFileSync(changedFile, CHANGE);
    const ch = await runBuild(target);
    changed.push(ch);
    show("changed", ch);
    writeFileSync(changedFile, original);

    if (!floorFirst) await floor();

    const st = await runBuildStartup(repoDir);
    startup.push(st);
    show("startup", st);

    if (extractionError === null) {
      const e = await measureExtraction(seeds);
      extractionRuns.push(e);
      log(`  extract  ${e.articles} in ${(e.ms / 1000).toFixed(2)} s = ${Math.round(e.perSecond)}/s`);
    }
    roundsDone++;
  }

  // Once each, if the budget allows: a rebuild with nothing changed, and one after a new article
  // is added (one the generator makes after the others: its own meeting and people). The build
  // that takes in the last round's change undone comes first, unmeasured, so that the rebuild
  // with nothing changed has nothing to do but check.
  const skippedExtras: string[] = [];
  const lastBuildMs = changed.at(-1)?.wallMs ?? cold.at(-1)?.wallMs ?? 0;
  const fits = (): boolean => performance.now() - started + lastBuildMs <= options.budgetMs;
  if (fits()) {
    if (changed.length > 0) await runBuild(target);
    const w = await runBuild(target);
    warm.push(w);
    show("warm", w);
  } else skippedExtras.push("rebuild with nothing changed");
  if (fits()) {
    writeFileSync(addedFile, newArticle(corpusDir, articles));
    const ad = await runBuild(target);
    added.push(ad);
    show("added", ad);
    rmSync(addedFile);
  } else skippedExtras.push("rebuild after an addition");
  // Last, since the preview server's builds leave the site as they like.
  let preview: PreviewRun | null = null;
  if (fits()) {
    preview = await measurePreview(target, articles, { file: addedFile, text: newArticle(corpusDir, articles) }, PREVIEW_PORT);
    log(`  preview  ${preview.error ?? `new article served after ${seconds(preview.servedMs)}, in the search index after ${seconds(preview.searchedMs)}`}`);
  } else skippedExtras.push("npm start after a new article");
  if (skippedExtras.length > 0) {
    const note = `not measured within the budget: ${skippedExtras.join(", ")}`;
    log(note);
    stoppedEarly = stoppedEarly ? `${stoppedEarly}; ${note}` : note;
  }

  const floorFig = figures(floorRuns, "floor");
  const coldFig = figures(cold, "cold build");
  const warmFig = figures(warm, "warm build");
  const changedFig = figures(changed, "rebuild after a change");
  const ratio = (a: number | null): number | null => (a !== null && floorFig.medianWallMs ? a / floorFig.medianWallMs : null);
  if (!options.keep) rmSync(workDir, { recursive: true, force: true });
  return {
    machine: describeMachine(),
    articles,
    runs,
    memoryMethod: memoryMethod(),
    generated,
    extraction: { runs: extractionRuns, medianPerSecond: median(extractionRuns.map((e) => e.perSecond)), error: extractionError },
    floor: floorFig,
    cold: coldFig,
    warm: warmFig,
    changed: { ...changedFig, extracted: changed.map((r) => r.extracted), carried: changed.map((r) => r.carried) },
    added: { ...figures(added, "rebuild after an addition"), extracted: added.map((r) => r.extracted), carried: added.map((r) => r.carried) },
    startup: figures(startup, "build --help"),
    ratio: { cold: ratio(coldFig.medianWallMs), warm: ratio(warmFig.medianWallMs), changed: ratio(changedFig.medianWallMs) },
    rounds: roundsDone,
    stoppedEarly,
    totalMs: performance.now() - started,
    credited,
    preview,
  };
}
