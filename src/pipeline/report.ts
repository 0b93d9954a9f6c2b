// The build report: counts, skipped files with reasons, and every message with its file. Printed
// as the closing summary and written as JSON into the site for tools. No clock time in it, so
// reports (and sites) of the same seeds are identical.
import type { ArticleRecord, BuildMessage, BuildReport, Digest, WarningLevel } from "../model.ts";
import { compareCodePoints } from "../digest/slugs.ts";

export const REPORT_FILE = "build-report.json";

/**
 * Record warnings that mean the user's own data is wrong (front matter that does not parse or
 * has a wrong field) are errors: `--strict` fails on them. The rest are warnings.
 */
export function levelOf(warning: string): WarningLevel {
  return /^front matter\b/i.test(warning) ? "error" : "warning";
}

export function messagesOf(records: ArticleRecord[]): BuildMessage[] {
  return records.flatMap((r) =>
    r.warnings.map((message) => {
      // Ingest says where in the file a problem is as "(line N)"; tools get it as a field.
      const line = /\(line (\d+)\)/.exec(message);
      return { file: r.source, ...(line ? { line: Number(line[1]) } : {}), level: levelOf(message), message };
    }),
  );
}

export function makeReport(input: {
  digest: Digest;
  ignored: number;
  skipped: { file: string; reason: string }[];
  messages: BuildMessage[];
}): BuildReport {
  return {
    articles: input.digest.records.length,
    meetings: input.digest.meetings.length,
    people: input.digest.people.length,
    topics: input.digest.topics.length,
    ignored: input.ignored,
    skipped: [...input.skipped].sort((a, b) => compareCodePoints(a.file, b.file)),
    messages: [...input.messages].sort(
      (a, b) => compareCodePoints(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareCodePoints(a.message, b.message),
    ),
    identity: {
      merges: input.digest.people.flatMap((p) => p.merges.map((m) => ({ person: p.slug, ...m }))),
      keptApart: input.digest.keptApart,
    },
    redirects: input.digest.redirects,
  };
}

/** True when `--strict` must fail: a file was skipped or an error-class message occurred. */
export function failsStrict(report: BuildReport): boolean {
  return report.skipped.length > 0 || report.messages.some((m) => m.level === "error");
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Up to this many skipped files and messages the summary lists each; beyond it, counts by kind. */
export const LISTED_IN_FULL = 30;
/** Examples shown of each kind when the summary counts by kind. */
const EXAMPLES_PER_KIND = 3;

/**
 * The closing summary, as lines for the terminal: counts, then (unless quiet) the skipped files
 * and messages. With thousands of them a terminal would scroll past everything else, so beyond
 * LISTED_IN_FULL they are counted by kind with the first few of each; the report file keeps all.
 */
export function formatSummary(report: BuildReport, options: { quiet?: boolean } = {}): string[] {
  const errors = report.messages.filter((m) => m.level === "error").length;
  const warnings = report.messages.length - errors;
  const lines = [
    `${plural(report.articles, "article")} read: ${plural(report.meetings, "meeting")}, ${plural(report.people, "person").replace("persons", "people")}, ${plural(report.topics, "topic")}`,
    `${plural(report.skipped.length, "file")} skipped, ${plural(report.ignored, "file")} ignored (not .txt or .md), ${plural(errors, "error")}, ${plural(warnings, "warning")}`,
  ];
  const { merges, keptApart } = report.identity;
  if (merges.length + keptApart.length + report.redirects.length > 0) {
    lines.push(
      `${plural(merges.length, "spelling")} joined to another, ${keptApart.length} kept apart, ${report.redirects.length} earlier ${report.redirects.length === 1 ? "address" : "addresses"} redirected (${REPORT_FILE} says why)`,
    );
  }
  if (options.quiet) return lines;
  const skipped = report.skipped.map((s) => ({ kind: `skipped: ${kindOf(s.reason)}`, line: `  skipped ${s.file}: ${s.reason}` }));
  const messages = report.messages.map((m) => ({
    kind: `${m.level}: ${kindOf(m.message)}`,
    line: `  ${m.level} ${m.file}${m.line ? `:${m.line}` : ""}: ${m.message}`,
  }));
  const all = [...skipped, ...messages];
  if (all.length <= LISTED_IN_FULL) return [...lines, ...all.map((e) => e.line)];
  const byKind = new Map<string, string[]>();
  for (const { kind, line } of all) byKind.set(kind, [...(byKind.get(kind) ?? []), line]);
  lines.push(`by kind (the first ${EXAMPLES_PER_KIND} of each; ${REPORT_FILE} in the output folder lists all ${all.length}):`);
  // Skipped files first (their articles are missing from the site), then errors, then warnings; most frequent first.
  const rank = (kind: string) => ["skipped", "error", "warning"].indexOf(kind.slice(0, kind.indexOf(":")));
  const kinds = [...byKind].sort(([a, x], [b, y]) => rank(a) - rank(b) || y.length - x.length || compareCodePoints(a, b));
  for (const [kind, examples] of kinds) {
    lines.push(`  ${examples.length} × ${kind}`);
    for (const line of examples.slice(0, EXAMPLES_PER_KIND)) lines.push(`  ${line}`);
    if (examples.length > EXAMPLES_PER_KIND) lines.push(`      ... and ${examples.length - EXAMPLES_PER_KIND} more`);
  }
  return lines;
}

/**
 * What a message is about, without its particulars: the words before its first colon or
 * semicolon ("front matter", "no date found"), or the whole message with quoted values, numbers
 * and the line it names left out.
 */
export function kindOf(message: string): string {
  const general = message
    .replace(/\s*\(line \d+\)/g, "")
    .replace(/"[^"]*"|“[^”]*”/g, "…")
    .replace(/\(found [^)]*\)/g, "")
    .replace(/\d+/g, "N")
    .replace(/\s+/g, " ")
    .trim();
  const head = /^([^:;]{3,80})[:;]/.exec(general);
  return head ? head[1]!.trim() : general;
}
