import { describe, expect, it } from "vitest";
import { progressLine } from "../src/cli/progress.ts";
import { formatSummary, kindOf, LISTED_IN_FULL } from "../src/pipeline/report.ts";

function fakeStream(isTTY: boolean) {
  const written: string[] = [];
  return { stream: { isTTY, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream, written };
}

describe("the progress line", () => {
  it("rewrites one line on a terminal and clears it at the end", () => {
    const { stream, written } = fakeStream(true);
    const line = progressLine(stream, true);
    line.update("extracting 0/5000");
    line.update("writing pages");
    line.done();
    expect(written).toEqual(["\r\x1b[2Kextracting 0/5000", "\r\x1b[2Kwriting pages", "\r\x1b[2K"]);
  });

  it("stays silent when the output is not a terminal, or with --quiet", () => {
    const pipe = fakeStream(false);
    progressLine(pipe.stream, true).update("extracting 1/2");
    const quiet = fakeStream(true);
    progressLine(quiet.stream, false).update("extracting 1/2");
    expect([...pipe.written, ...quiet.written]).toEqual([]);
  });
});

describe("the closing summary", () => {
  const report = {
    articles: 2,
    meetings: 2,
    people: 1,
    topics: 3,
    ignored: 1,
    skipped: [{ file: "empty.txt", reason: "the file is empty" }],
    messages: [
      { file: "a.md", line: 4, level: "error" as const, message: "front matter: bad YAML (line 4)" },
      { file: "b.txt", level: "warning" as const, message: "no date found" },
    ],
    identity: { merges: [], keptApart: [] },
    redirects: [],
  };

  it("counts, then names every skipped file and every message with its file", () => {
    expect(formatSummary(report)).toEqual([
      "2 articles read: 2 meetings, 1 person, 3 topics",
      "1 file skipped, 1 file ignored (not .txt or .md), 1 error, 1 warning",
      "  skipped empty.txt: the file is empty",
      "  error a.md:4: front matter: bad YAML (line 4)",
      "  warning b.txt: no date found",
    ]);
  });

  it("counts the spellings joined and kept apart and the addresses redirected, when there are any", () => {
    const merge = { person: "p", spelling: "A B", matched: "A C B", rules: ["short-form" as const], articles: ["x.txt"], matchedArticles: ["y.txt"] };
    const withIdentity = { ...report, identity: { merges: [merge], keptApart: [] }, redirects: [] };
    expect(formatSummary(withIdentity)[2]).toBe("1 spelling joined to another, 0 kept apart, 0 earlier addresses redirected (build-report.json says why)");
  });

  it("keeps only the counts with --quiet", () => {
    expect(formatSummary(report, { quiet: true })).toHaveLength(2);
  });

  it("counts thousands of messages by kind, with the first few of each, instead of listing them all", () => {
    const undated = Array.from({ length: 2000 }, (_, i) => ({ file: `u${String(i).padStart(4, "0")}.txt`, level: "warning" as const, message: "no date found: the text names no meeting date" }));
    const badField = Array.from({ length: 40 }, (_, i) => ({ file: `f${i}.md`, line: i + 2, level: "error" as const, message: `front matter: field "date" should be a date (found ${i}); it was ignored (line ${i + 2})` }));
    const lines = formatSummary({ ...report, skipped: [], messages: [...undated, ...badField] });
    expect(lines.length).toBeLessThan(20);
    expect(lines.slice(2)).toEqual([
      "by kind (the first 3 of each; build-report.json in the output folder lists all 2040):",
      "  40 × error: front matter",
      "    error f0.md:2: front matter: field \"date\" should be a date (found 0); it was ignored (line 2)",
      "    error f1.md:3: front matter: field \"date\" should be a date (found 1); it was ignored (line 3)",
      "    error f2.md:4: front matter: field \"date\" should be a date (found 2); it was ignored (line 4)",
      "      ... and 37 more",
      "  2000 × warning: no date found",
      "    warning u0000.txt: no date found: the text names no meeting date",
      "    warning u0001.txt: no date found: the text names no meeting date",
      "    warning u0002.txt: no date found: the text names no meeting date",
      "      ... and 1997 more",
    ]);
  });

  it("still lists every message while there are few", () => {
    const few = Array.from({ length: LISTED_IN_FULL - 1 }, (_, i) => ({ file: `w${i}.txt`, level: "warning" as const, message: "no topic found" }));
    expect(formatSummary({ ...report, messages: few })).toHaveLength(2 + LISTED_IN_FULL);
  });
});

describe("the kind of a message", () => {
  it("is what the message is about, without the values it names", () => {
    expect(kindOf('front matter: field "date" should be a date (found "soon"); it was ignored (line 3)')).toBe("front matter");
    expect(kindOf("the meeting date is given without a year and the article has no date")).toBe("the meeting date is given without a year and the article has no date");
    expect(kindOf("officials entry 12 has no name")).toBe("officials entry N has no name");
  });
});

