import { describe, expect, it } from "vitest";
import { csvCell, csvTable, meetingsCsv, MEETING_COLUMNS } from "../src/site/csv.ts";
import { fixtureDigest } from "./fixtures/site/digest.ts";

/** A strict RFC 4180 reader, to check what the writer produces. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') [cell, i] = [cell + '"', i + 2];
      else if (c === '"') [quoted, i] = [false, i + 1];
      else [cell, i] = [cell + c, i + 1];
    } else if (c === '"' && cell === "") [quoted, i] = [true, i + 1];
    else if (c === ",") [row, cell, i] = [[...row, cell], "", i + 1];
    else if (c === "\r" && text[i + 1] === "\n") [rows[rows.length], row, cell, i] = [[...row, cell], [], "", i + 2];
    else if (c === "\r" || c === "\n" || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else [cell, i] = [cell + c, i + 1];
  }
  if (quoted || cell || row.length) throw new Error("the file does not end with CRLF");
  return rows;
}

describe("csvCell", () => {
  it("quotes commas, quotes, line breaks and edge spaces, doubling quotes", () => {
    expect(csvCell('Say "hi", then go')).toBe('"Say ""hi"", then go"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell(" padded")).toBe('" padded"');
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(null)).toBe("");
  });
  it("defuses cells a spreadsheet would run as a formula", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe(`"'=HYPERLINK(""http://x"")"`);
    for (const start of ["+1", "-2+3", "@SUM(A1)", "\tx"]) expect(csvCell(start).replace(/^"/, "").startsWith("'")).toBe(true);
    expect(csvCell(-5)).toBe("-5");
  });
});

describe("meetings.csv", () => {
  it("has one row per person per meeting, and parses back", () => {
    const digest = fixtureDigest();
    digest.meetings[0]!.participants[0]!.title = "=cmd|' /C calc'!A0";
    const rows = parseCsv(meetingsCsv(digest, digest.meetings, "https://x.example/"));
    expect(rows[0]).toEqual([...MEETING_COLUMNS]);
    const expected = digest.meetings.reduce((n, m) => n + m.participants.length + m.attendees.length + m.mentioned.length, 0);
    expect(rows).toHaveLength(expected + 1);
    expect(rows.every((r) => r.length === MEETING_COLUMNS.length)).toBe(true);
    expect(rows[1]![MEETING_COLUMNS.indexOf("office")]).toBe("'=cmd|' /C calc'!A0");
  });
  it("names each meeting's outlets and the addresses it knows, and leaves out what it does not", () => {
    const digest = fixtureDigest();
    const rows = parseCsv(meetingsCsv(digest, digest.meetings, "https://x.example/"));
    const cell = (row: string[], column: (typeof MEETING_COLUMNS)[number]) => row[MEETING_COLUMNS.indexOf(column)];
    const first = rows.find((r) => cell(r, "meeting_id") === digest.meetings[0]!.slug)!;
    expect(cell(first, "sources")).toBe("001_seed.txt; 002_wire.txt");
    expect(cell(first, "outlets")).toBe("Morning Ledger; APP");
    expect(cell(first, "source_urls")).toBe("https://ledger.example/news/1?a=1&b=2");
  });
  it("ends every record with CRLF", () => {
    expect(csvTable(["a"], [["1"]])).toBe("a\r\n1\r\n");
  });
});
