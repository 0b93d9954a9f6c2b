// npm run extract -- [--json] PATH...
// Shows what the extractor makes of articles: with --json, a JSON array of ArticleRecords on
// stdout and nothing else (messages go to stderr); without it, a readable summary per article.
import { readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { extractRecord } from "../extract/index.ts";
import { ingestFile, listSeedFiles } from "../ingest/index.ts";
import type { ArticleRecord } from "../model.ts";

const HELP = `Usage: npm run extract -- [--json | --brief] PATH...

Reads the article files given (.txt or .md) and the articles in the folders given (searched
recursively) and shows what news-digest extracts from each one.

Options:
  --json      print a JSON array of records on standard output, and nothing else
              (skipped files and warnings go to standard error)
  --brief     leave out the sentences each official, date and place was read from
  -h, --help  show this help

Without --json, each article is summarised: the meeting date and where it came from, the
location, every official with title and role and the sentence that names them, each meeting the
article reports (who took part, when, where, and the words that say so), the topics and any
warnings.
`;

const DATE_BASIS_WORDS: Record<ArticleRecord["dateBasis"], string> = {
  "front-matter": "set by meeting_date in the front matter",
  explicit: "written in the text",
  weekday: "weekday in the text, counted back from the article date",
  relative: "\"yesterday\"/\"today\" in the text, from the article date",
  "article-date": "the article's own date (the text gives no other)",
  none: "not found",
};

interface Input {
  /** Path on disk. */
  file: string;
  /** Path relative to the folder given (or the file name for a file given directly). */
  source: string;
}

function collectInputs(paths: string[]): Input[] {
  const inputs: Input[] = [];
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch {
      process.stderr.write(`${path}: no such file or folder\n`);
      process.exitCode = 1;
      continue;
    }
    if (!isDir) {
      inputs.push({ file: path, source: basename(path) });
      continue;
    }
    const { articles, ignored } = listSeedFiles(path);
    for (const rel of articles) inputs.push({ file: join(path, rel), source: rel });
    if (ignored.length) process.stderr.write(`${path}: ${ignored.length} file(s) that are not articles were ignored\n`);
  }
  return inputs;
}

function extractAll(inputs: Input[]): ArticleRecord[] {
  const records: ArticleRecord[] = [];
  for (const input of inputs) {
    try {
      const result = ingestFile(input.source, readFileSync(input.file));
      if (result.kind === "skipped") {
        process.stderr.write(`${input.file}: skipped: ${result.reason}\n`);
        continue;
      }
      records.push(extractRecord(result.article));
    } catch (error) {
      // One unreadable or unexpected file must not stop the others.
      process.stderr.write(`${input.file}: could not be read: ${(error as Error).message}\n`);
      process.exitCode = 1;
    }
  }
  return records;
}

function describe(r: ArticleRecord, evidence: boolean): string {
  const lines = [`${r.source}`, `  title:     ${r.title}`];
  lines.push(`  date:      ${r.date ?? "none"} (${DATE_BASIS_WORDS[r.dateBasis]})${r.articleDate ? `; article dated ${r.articleDate}` : ""}`);
  lines.push(`  location:  ${r.location ?? "none"}`);
  if (r.officials.length === 0) lines.push("  officials: none found");
  else {
    lines.push("  officials:");
    let lastEvidence: string | null = null;
    for (const o of r.officials) {
      const where = [o.organization, o.country].filter(Boolean).join(", ");
      lines.push(`    - ${o.name} — ${o.title ?? "(no title)"}${where ? ` [${where}]` : ""} (${o.role})`);
      if (evidence && o.evidence) {
        lines.push(o.evidence.text === lastEvidence ? "        from: the same sentence" : `        from: “${o.evidence.text}”`);
        lastEvidence = o.evidence.text;
      }
    }
  }
  if (r.meetings.length === 0) lines.push("  meetings:  none (no one named as present)");
  else {
    lines.push(`  meetings:  ${r.meetings.length}`);
    r.meetings.forEach((m, i) => {
      const where = m.call ? "call" : [m.location, m.country].filter(Boolean).join(", ") || "place not known";
      lines.push(`    ${i + 1}. ${m.date ?? "date not known"} · ${where}`);
      lines.push(`       participants: ${m.participants.join("; ") || "none named"}`);
      if (m.attendees.length) lines.push(`       attendees:    ${m.attendees.join("; ")}`);
      if (evidence) {
        if (m.evidence.date) lines.push(`       date from:    “${m.evidence.date.text}”`);
        if (m.evidence.location) lines.push(`       place from:   “${m.evidence.location.text}”`);
      }
    });
  }
  lines.push(`  topics:    ${r.topics.join("; ") || "none"}`);
  lines.push(`  language:  ${r.lang} (${r.dir})`);
  for (const w of r.warnings) lines.push(`  warning:   ${w}`);
  return lines.join("\n");
}

function main(argv: string[]): void {
  if (argv.includes("--help") || argv.includes("-h")) {
    process.stdout.write(HELP);
    return;
  }
  const json = argv.includes("--json");
  const brief = argv.includes("--brief");
  const unknown = argv.filter((a) => a.startsWith("-") && a !== "--json" && a !== "--brief");
  const paths = argv.filter((a) => !a.startsWith("-"));
  if (unknown.length || paths.length === 0) {
    process.stderr.write(`${unknown.length ? `unknown option: ${unknown.join(" ")}\n` : "no file or folder given\n"}\n${HELP}`);
    process.exitCode = 2;
    return;
  }
  const records = extractAll(collectInputs(paths));
  if (json) {
    process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
    return;
  }
  process.stdout.write(`${records.map((r) => describe(r, !brief)).join("\n\n")}\n`);
}

main(process.argv.slice(2));
