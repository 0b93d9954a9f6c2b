// npm run build [-- --seeds DIR --out DIR --strict --quiet --verbose --no-cache --workers N --help]
import { parseArgs } from "node:util";
import { runBuild } from "../pipeline/pipeline.ts";
import { formatSummary } from "../pipeline/report.ts";
import { DataFileError } from "../digest/yaml.ts";
import { loadSettings } from "../site/settings.ts";
import { progressLine } from "./progress.ts";

const HELP = `Build the news-digest site from a folder of articles.

Usage: npm run build [-- options]

Options:
  --seeds DIR   folder of articles (.txt and .md, subfolders included), plus optional
                people.yml and topics.yml                          (default: seeds)
  --out DIR     folder the site is written to; it is replaced only when the build
                succeeds, so a failed build leaves the previous site as it was
                                                                   (default: _site)
  --strict      fail (exit code 1, output left untouched) when any file was skipped
                or any error occurred, such as front matter that does not parse
  --quiet       print only the counts, no list of warnings and no progress line
  --verbose     also say which articles were extracted (the rest came from the
                cache) and how long each stage took
  --no-cache    extract every article again instead of reusing unchanged results
                (the cache is kept in .cache/news-digest/ beside the output folder,
                with each article's extracted record under records/)
  --workers N   extract with N worker threads besides the main one (default 0);
                may help on an idle machine with many cores and many new articles
  --config FILE site settings (title, description, url, language, pathPrefix)
                                (default: news-digest.config.yml, .yaml or .json
                                in the current folder, if there is one)
  --help        show this text

The summary at the end counts articles, meetings, people and topics, and lists every
skipped file and every warning with its file name (beyond 30 of them, it counts them by
kind and shows the first three of each). The full report is written as JSON to
build-report.json in the output folder.`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        seeds: { type: "string", default: "seeds" },
        out: { type: "string", default: "_site" },
        strict: { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
        verbose: { type: "boolean", default: false },
        "no-cache": { type: "boolean", default: false },
        workers: { type: "string", default: "0" },
        config: { type: "string" },
        help: { type: "boolean", default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }

  const workers = Number(args.workers);
  if (!Number.isInteger(workers) || workers < 0) {
    process.stderr.write(`--workers expects a whole number, not "${args.workers}"\n`);
    return 2;
  }
  let settings;
  try {
    settings = loadSettings(process.cwd(), args.config);
  } catch (error) {
    if (!(error instanceof DataFileError)) throw error;
    process.stderr.write(`build failed: ${error.message}\n`);
    return 1;
  }
  const progress = progressLine(process.stderr, !args.quiet);
  const result = await runBuild({
    seedsDir: args.seeds,
    outDir: args.out,
    strict: args.strict,
    useCache: !args["no-cache"],
    workers,
    settings,
    onProgress: (p) =>
      progress.update(p.phase === "extracting" ? `extracting ${p.done}/${p.total}` : p.phase === "writing" ? "writing pages" : "writing the search index"),
  });
  progress.done();

  if (result.report) {
    const lines = formatSummary(result.report, { quiet: args.quiet });
    if (args.verbose) {
      const fromCache = result.report.articles - result.extracted.length;
      lines.push(`${result.extracted.length} extracted, ${fromCache} from the cache; ${result.carriedOver} pages carried over from the previous site`);
      const stages = Object.entries(result.timings).map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(2)}s`);
      lines.push(`time: ${stages.join(", ")}`);
      const LISTED = 50;
      for (const source of result.extracted.slice(0, LISTED)) lines.push(`  extracted ${source}`);
      if (result.extracted.length > LISTED) lines.push(`  ... and ${result.extracted.length - LISTED} more`);
    }
    process.stdout.write(`${lines.join("\n")}\n`);
  }
  if (!result.ok) {
    process.stderr.write(`build failed: ${result.failure}\n`);
    return 1;
  }
  if (!args.quiet) process.stdout.write(`site written to ${args.out}/\n`);
  return 0;
}

process.exitCode = await main();
