// npm run bench -- [--articles N] [--runs K] [--json FILE]
// Measures extraction speed, the full build (cold, warm, after one change) against plain
// Eleventy's floor on a generated corpus, and prints medians.

import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runBenchmark } from "../bench/measure.ts";
import { formatReport, writeJsonReport } from "../bench/report.ts";
import { findWorstCase } from "../bench/extraction-cost.ts";
import { formatWorstCase, worstCaseSummary } from "../bench/worst-case-report.ts";

const REPO_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

const HELP = `Usage: npm run bench -- [--articles N] [--runs K] [--json FILE] [--corpus DIR] [--budget S] [--keep]

Generates N realistic articles from the development corpus (dates moved, people renamed so
there is about one person per two articles), then measures in K rounds, interleaved:
  - extraction alone (ingest + extractRecord in this process, one core), articles per second;
  - the full "npm run build" of the N articles, cold (no cache) and after one article is
    changed (warm cache), with wall time and peak memory of the process tree;
  - the floor: plain Eleventy writing the same N articles as bare Markdown pages;
  - extraction on adversarial texts (long runs of forms of address, offices, commas...),
    each at 64 KB and 256 KB: the costliest per kilobyte and the fastest growing;
and prints the medians and the ratio of the full build to the floor. A rebuild with nothing
changed and one after an article is added are measured once, after the rounds.

Options:
  --articles N  articles to generate (default 5000)
  --runs K      rounds of measurements (default 3)
  --json FILE   where to write the results as JSON (default bench-results/latest.json)
  --corpus DIR  corpus with articles/ and gold/ (default ../shared/corpus)
  --budget S    start no new measurement that would end after S seconds (default 270), so the
                benchmark stays within about five minutes however slow the build is
  --keep        keep the scratch folder (printed) instead of removing it
  -h, --help    show this help
`;

interface Args {
  articles: number;
  runs: number;
  json: string;
  corpus: string;
  budget: number;
  keep: boolean;
}

function parseArgs(argv: string[]): Args | null {
  const args: Args = {
    articles: 5000,
    runs: 3,
    json: join(REPO_DIR, "bench-results", "latest.json"),
    corpus: resolve(REPO_DIR, "..", "shared", "corpus"),
    budget: 270,
    keep: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes("=") ? (arg.split(/=(.*)/s) as [string, string]) : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const positive = (v: string): number => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} must be a whole number of at least 1, not "${v}"`);
      return n;
    };
    switch (flag) {
      case "-h":
      case "--help":
        return null;
      case "--articles":
        args.articles = positive(value());
        break;
      case "--runs":
        args.runs = positive(value());
        break;
      case "--json":
        args.json = resolve(value());
        break;
      case "--corpus":
        args.corpus = resolve(value());
        break;
      case "--budget":
        args.budget = positive(value());
        break;
      case "--keep":
        args.keep = true;
        break;
      default:
        throw new Error(`unknown option ${arg} (see --help)`);
    }
  }
  return args;
}

async function main(): Promise<void> {
  let args: Args | null;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    process.exitCode = 2;
    return;
  }
  if (!args) {
    process.stdout.write(HELP);
    return;
  }
  if (!existsSync(join(args.corpus, "articles"))) {
    process.stderr.write(`bench: the corpus to generate articles from is missing: ${join(args.corpus, "articles")} does not exist\n`);
    process.exitCode = 1;
    return;
  }
  const workDir = join(tmpdir(), `news-digest-bench-${process.pid}`);
  const log = (line: string): void => void process.stderr.write(`${line}\n`);
  const result = await runBenchmark({
    articles: args.articles,
    runs: args.runs,
    repoDir: REPO_DIR,
    corpusDir: args.corpus,
    workDir,
    keep: args.keep,
    budgetMs: args.budget * 1000,
    log,
  });
  log("looking for the text that costs extraction most");
  const worst = findWorstCase({ bytes: 64 * 1024, randomMixes: 10, seed: 1 });
  process.stdout.write(`\n${formatReport(result)}\n${formatWorstCase(worst)}\n`);
  writeJsonReport(args.json, Object.assign({}, result, { adversarialText: worstCaseSummary(worst) }));
  process.stderr.write(`results written to ${args.json}${args.keep ? `; scratch folder kept: ${workDir}` : ""}\n`);
}

await main();
