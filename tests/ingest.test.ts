import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingestFile, listSeedFiles } from "../src/ingest/index.ts";
import { article, bytes, fixture } from "./fixtures/ingest/read.ts";

describe("reading bytes", () => {
  const plain = "ISLAMABAD: The minister met the ambassador.\n\nThey discussed broadband.";

  it("reads UTF-8 with and without a byte-order mark alike", () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(plain)]);
    expect(article("a.txt", withBom).text).toBe(article("b.txt", bytes(plain)).text);
    expect(article("a.txt", withBom).dateline).toBe("ISLAMABAD");
  });

  it("turns CRLF and lone CR line endings into \\n", () => {
    expect(article("crlf.txt", bytes(plain.replace(/\n/g, "\r\n"))).text).toBe(plain);
    expect(article("cr.txt", bytes(plain.replace(/\n/g, "\r"))).text).toBe(plain);
  });

  it("normalises to NFC so that the same name is the same string", () => {
    const decomposed = "Ministre E\u0301lodie Marchand met the minister in Paris.";
    expect(article("nfd.txt", bytes(decomposed)).text).toContain("\u00c9lodie");
  });

  it("turns no-break spaces, zero-width spaces and HTML entities from web pages into plain text", () => {
    const a = article("w.txt", bytes("Prime\u00a0Minister met the envoy\u200b of AT&amp;T on Monday&#8217;s agenda."));
    expect(a.text).toBe("Prime Minister met the envoy of AT&T on Monday’s agenda.");
  });

  it("reads text that is not UTF-8 as Windows-1252, with a warning", () => {
    // "Pakistan’s café" in Windows-1252: ’ is 0x92, é is 0xE9
    const cp1252 = new Uint8Array([...bytes("Pakistan"), 0x92, ...bytes("s caf"), 0xe9, ...bytes(" owner met the minister.")]);
    const a = article("old.txt", cp1252);
    expect(a.text).toBe("Pakistan’s café owner met the minister.");
    expect(a.warnings.join(" ")).toMatch(/Windows-1252/);
  });

  it("skips empty, blank and binary files, saying why", () => {
    expect(ingestFile("empty.txt", new Uint8Array())).toEqual({ kind: "skipped", reason: "the file is empty" });
    expect(ingestFile("blank.txt", bytes(" \n\t\n"))).toMatchObject({ kind: "skipped", reason: expect.stringMatching(/blank/) });
    expect(ingestFile("nul.txt", new Uint8Array([65, 0, 66]))).toMatchObject({ kind: "skipped", reason: expect.stringMatching(/NUL/) });
    const controls = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 65 : 1 + (i % 7)));
    expect(ingestFile("ctl.txt", controls)).toMatchObject({ kind: "skipped", reason: expect.stringMatching(/control/) });
  });

  it("hashes the bytes so that a changed file is noticed", () => {
    expect(article("x.txt", bytes(plain)).contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(article("x.txt", bytes(plain)).contentHash).not.toBe(article("x.txt", bytes(`${plain}!`)).contentHash);
  });
});

describe("front matter", () => {
  it("separates YAML front matter and keeps only the fields it knows", () => {
    const a = article("front-matter.md", fixture("front-matter.md"));
    expect(a.headline).toBe("Wind power talks in Copenhagen");
    expect(a.articleDate).toBe("2025-06-12");
    expect(a.frontMatter).toEqual({
      title: "Wind power talks in Copenhagen",
      date: "2025-06-12",
      meeting_date: "2025-06-10",
      location: "Copenhagen",
      officials: [
        { name: "Amna Tariq", title: "Minister for Energy, Punjab" },
        { name: "Somebody Wrong", remove: true },
      ],
    });
    expect(a.text).toBe("Provincial Minister for Energy Amna Tariq met Danish officials to discuss offshore wind power.");
    expect(a.warnings).toEqual([]);
  });

  it("reads a YAML block that does not parse as a warning with its line, and keeps the body", () => {
    const a = article("broken-yaml.md", fixture("broken-yaml.md"));
    expect(a.warnings).toHaveLength(1);
    expect(a.warnings[0]).toMatch(/^front matter: .+ \(line 3\)/);
    expect(a.text).toBe("ISLAMABAD: The minister met the ambassador on Friday.");
    expect(a.frontMatter).toEqual({});
  });

  it("reads an unclosed front-matter block as article text, with a warning", () => {
    const a = article("open.md", bytes("---\ntitle: x\nISLAMABAD: The minister met the envoy on Monday."));
    expect(a.text).toContain("ISLAMABAD: The minister met the envoy on Monday.");
    expect(a.warnings[0]).toMatch(/never closed/);
  });

  it("names the field and the value expected when a field has the wrong type", () => {
    const a = article("bad.md", bytes("---\ndate: next Tuesday\ntitle: Fine\nofficials:\n  - name: A Person\n    role: boss\n---\nThe minister met the ambassador."));
    expect(a.frontMatter).toEqual({ title: "Fine", officials: [] });
    expect(a.warnings).toEqual([
      expect.stringMatching(/field "date" should be a date written YYYY-MM-DD \(found "next Tuesday"\)/),
      expect.stringMatching(/officials entry 1, field "role" should be one of participant, attendee, mentioned/),
    ]);
  });

  it("reads meetings from the front matter, and names the entry and field that is wrong", () => {
    const yaml = [
      "---",
      "meetings:",
      "  - participants: [Ana Ruiz, Li Wei]",
      "    attendees: Tom Kerr, Eva Holm",
      "    date: 2025-05-06",
      "    call: yes",
      "  - participants: []",
      "  - participants: [Ana Ruiz]",
      "    date: soon",
      "---",
      "The minister met the envoy.",
    ].join("\n");
    const a = article("m.md", bytes(yaml));
    expect(a.frontMatter.meetings).toEqual([
      { participants: ["Ana Ruiz", "Li Wei"], attendees: ["Tom Kerr", "Eva Holm"], date: "2025-05-06", call: true },
    ]);
    expect(a.warnings).toEqual([
      expect.stringMatching(/meetings entry 2, field "participants" should be a list of names/),
      expect.stringMatching(/meetings entry 3, field "date" should be a date written YYYY-MM-DD, or null/),
    ]);
  });

  it("refuses a date that is not on the calendar", () => {
    const a = article("d.md", bytes("---\ndate: 2024-02-31\n---\nThe minister met the envoy."));
    expect(a.frontMatter).toEqual({});
    expect(a.warnings[0]).toMatch(/field "date" should be a date written YYYY-MM-DD/);
  });

  it("keeps values as typed: 0123 stays text, null means null, true is a flag", () => {
    const a = article("types.md", bytes("---\ntitle: 0123\nlocation: null\nofficials:\n  - name: X Y\n    remove: true\n---\nBody text here."));
    expect(a.frontMatter).toEqual({ title: "0123", location: null, officials: [{ name: "X Y", remove: true }] });
  });

  it("gives each file its own front-matter data, even for identical texts", () => {
    const text = bytes("---\ntitle: Same\n---\nThe same body.");
    const first = article("one.md", text);
    (first.frontMatter as { title?: string }).title = "changed by a caller";
    expect(article("two.md", text).frontMatter.title).toBe("Same");
  });

  it("never evaluates a non-YAML front-matter block", () => {
    const a = article("js.md", bytes("---js\n{ title: (() => { throw new Error('ran') })() }\n---\nBody."));
    expect(a.frontMatter).toEqual({});
  });

  it("skips a file with only empty front matter and no text", () => {
    expect(ingestFile("only.md", bytes("---\nauthor: x\n---\n"))).toMatchObject({ kind: "skipped" });
  });
});

describe("listing seed files", () => {
  const dir = mkdtempSync(join(tmpdir(), "seeds-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lists .txt and .md files recursively, sorted, and counts everything else but the people and topics files as ignored", () => {
    mkdirSync(join(dir, "2024/march"), { recursive: true });
    mkdirSync(join(dir, ".git"));
    for (const f of ["b.txt", "a.md", "2024/march/c.TXT", "Ünïcode náme & spaces.txt", ".DS_Store", ".git/x.txt", "notes.docx", "people.yml", "topics.yaml", "2024/people.yml"]) {
      writeFileSync(join(dir, f), "x");
    }
    expect(listSeedFiles(dir)).toEqual({
      articles: ["2024/march/c.TXT", "a.md", "b.txt", "Ünïcode náme & spaces.txt"],
      ignored: [".DS_Store", ".git", "2024/people.yml", "notes.docx"],
    });
  });
});
