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

/** The closing summary, as lines for the terminal: counts, then (unless quiet) every skipped file and message. */
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
  for (const s of report.skipped) lines.push(`  skipped ${s.file}: ${s.reason}`);
  for (const m of report.messages) lines.push(`  ${m.level} ${m.file}${m.line ? `:${m.line}` : ""}: ${m.message}`);
  return lines;
}
