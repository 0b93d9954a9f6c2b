import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingestFile, listSeedFiles } from "../src/ingest/index.ts";
import type { SourceArticle } from "../src/model.ts";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures/ingest", name));
const bytes = (text: string) => new TextEncoder().encode(text);

function article(source: string, data: Uint8Array): SourceArticle {
  const result = ingestFile(source, data);
  if (result.kind !== "article") throw new Error(`expected an article, got: ${result.reason}`);
  return result.article;
}

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

  it("names the field and the value expected when a field has the wrong type", () => {
    const a = article("bad.md", bytes("---\ndate: next Tuesday\ntitle: Fine\nofficials:\n  - name: A Person\n    role: boss\n---\nThe minister met the ambassador."));
    expect(a.frontMatter).toEqual({ title: "Fine", officials: [] });
    expect(a.warnings).toEqual([
      expect.stringMatching(/field "date" should be a date written YYYY-MM-DD \(found "next Tuesday"\)/),
      expect.stringMatching(/officials entry 1, field "role" should be one of participant, attendee, mentioned/),
    ]);
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

describe("header, Published line, headline and dateline", () => {
  it("takes the ' date YYYY-MM-DD ' stamp and keeps the dateline on the same line", () => {
    const a = article("header-line.txt", fixture("header-line.txt"));
    expect(a.articleDate).toBe("2025-03-04");
    expect(a.dateline).toBe("LAHORE");
    expect(a.text.startsWith("LAHORE: Provincial Minister")).toBe(true);
  });

  it("reads a 'Published:' line, with or without a time, as the article's date", () => {
    expect(article("p.txt", bytes("Published: 2 October 2024\n\nKARACHI: Text.")).articleDate).toBe("2024-10-02");
    const timed = article("p.txt", bytes("Published: 13 March 2025, 09:15 PKT\n\nKARACHI: Text."));
    expect(timed.articleDate).toBe("2025-03-13");
    expect(timed.text).toBe("KARACHI: Text.");
  });

  it("takes a short first line without a full stop as the headline", () => {
    const a = article("h.txt", bytes("Experts share e-governance experience\n\nA delegation met officials of the ministry."));
    expect(a.headline).toBe("Experts share e-governance experience");
    expect(a.text).toBe("A delegation met officials of the ministry.");
    expect(article("n.txt", bytes("The minister met the ambassador.\nThey talked.")).headline).toBeNull();
  });

  it.each([
    ["ISLAMABAD: The minister met.", "ISLAMABAD"],
    ["KARACHI, March 3 (APP) - The minister met.", "KARACHI, March 3 (APP)"],
    ["LAHORE, Nov 14 (APP): The minister met.", "LAHORE, Nov 14 (APP)"],
    ["Islamabad, November 18, 2021 (PPI-OT):The minister met.", "Islamabad, November 18, 2021 (PPI-OT)"],
    ["NEW DELHI: The minister met.", "NEW DELHI"],
    ["Beijing, China — The ministers met.", "Beijing, China"],
    ["BEIJING, Oct 5 (Xinhua) -- The ministers met.", "BEIJING, Oct 5 (Xinhua)"],
    ["Lahore/Karachi: The ministers met.", "Lahore/Karachi"],
    ["Note: the ministers met.", null],
    ["اسلام آباد۔(نمائندہ خصوصی ):وزیر نے ملاقات کی۔", "اسلام آباد۔(نمائندہ خصوصی )"],
    ["BREAKING: the ministers met.", null],
  ])("finds the dateline of %j", (text, dateline) => {
    expect(article("d.txt", bytes(text)).dateline).toBe(dateline);
  });

  it("reads a line that is only a date, as sites print it above a story", () => {
    const a = article("d.txt", bytes("Tuesday, October 8, 2024 10:15 AM\n\nISLAMABAD: The minister met the envoy."));
    expect(a.articleDate).toBe("2024-10-08");
    expect(a.text).toBe("ISLAMABAD: The minister met the envoy.");
  });

  it("finds a dateline below a standfirst and one naming its agency in words", () => {
    expect(article("d.txt", bytes("Talks held on trade and technology.\nISLAMABAD: The minister met.")).dateline).toBe("ISLAMABAD");
    expect(article("d.txt", bytes("ISLAMABAD (Dunya News) - The minister met.")).dateline).toBe("ISLAMABAD (Dunya News)");
  });

  it("takes a city on a line of its own, or closed by a comma, as the dateline", () => {
    const own = article("c.txt", bytes(" date 2018-12-13 Islamabad\n\nThe minister met the envoy."));
    expect(own).toMatchObject({ dateline: "Islamabad", text: "The minister met the envoy.", headline: null });
    expect(article("c.txt", bytes("ISLAMABAD, The High Commissioner called on the minister.")).dateline).toBe("ISLAMABAD");
  });

  it("finds the dateline below a photo caption and keeps the caption, which often dates the meeting", () => {
    const text = "The envoy called on the minister in the capital on May 2, 2024. PID\n\nISLAMABAD: The envoy called on the minister on Thursday.";
    const a = article("c.txt", bytes(text));
    expect(a).toMatchObject({ headline: null, dateline: "ISLAMABAD", text });
  });

  it("reads an agency dateline that names the country in brackets", () => {
    expect(article("a.txt", bytes("New Delhi [India], February 17 (ANI): The minister met.")).dateline).toBe("New Delhi [India], February 17 (ANI)");
  });

  it("prefers the clean headline to a breadcrumb trail glued to it", () => {
    const a = article("b.txt", bytes("HomeNewsDiplomacyMinister meets envoy\n\nMinister meets envoy\n\nLAHORE: The minister met the envoy."));
    expect(a.headline).toBe("Minister meets envoy");
    expect(a.text).toBe("LAHORE: The minister met the envoy.");
  });

  it("does not take a long lead sentence without a full stop for a headline", () => {
    const lead = "Federal Minister for Energy Amna Tariq on Wednesday chaired the twelfth meeting of the task force on power sector reforms and circular debt here";
    expect(article("l.txt", bytes(`${lead}\n\nThe meeting discussed tariffs.`)).headline).toBeNull();
  });

  it("joins lines broken at a fixed width back into paragraphs", () => {
    const wrapped = [
      "ISLAMABAD, High Commissioner of Malaysia in Pakistan Ikram",
      "Mohammad Ibrahim called on Federal Minister for Energy Amna Tariq",
      "here on Thursday.",
      "The minister welcomed the High Commissioner at her office and the two",
      "sides discussed cooperation in renewable energy and power trade between",
      "the two countries.",
    ].join("\n");
    expect(article("w.txt", bytes(wrapped)).text).toBe(
      "ISLAMABAD, High Commissioner of Malaysia in Pakistan Ikram Mohammad Ibrahim called on Federal Minister for Energy Amna Tariq here on Thursday.\n" +
        "The minister welcomed the High Commissioner at her office and the two sides discussed cooperation in renewable energy and power trade between the two countries.",
    );
  });

  it("dates a story from a dateline that carries a full date", () => {
    expect(article("d.txt", bytes("ISLAMABAD, March 12, 2025 - The minister met.")).articleDate).toBe("2025-03-12");
  });
});

describe("scraped-page noise", () => {
  it("removes tickers, bylines, adverts, 'Also read', comment forms and promo trailers", () => {
    const a = article("scraped-page.txt", fixture("scraped-page.txt"));
    expect(a.headline).toBe("Ministers discuss solar parks for Punjab");
    expect(a.articleDate).toBe("2025-03-05");
    expect(a.dateline).toBe("LAHORE");
    expect(a.text).toBe(
      "LAHORE: Provincial Minister for Energy Amna Tariq on Tuesday met a delegation of solar investors.\n" +
        "The minister said solar parks would be offered to private investors.",
    );
  });

  it("removes an 'ALSO READ' marker with the headline it links to, captions, tags and feed footers", () => {
    const page = [
      "ISLAMABAD: The minister met the envoy on Monday.",
      "ALSO READ",
      "Cabinet approves new telecom policy",
      "— Photo: APP",
      "They discussed broadband.",
      "Tags: broadband, telecom",
      "More from this category",
      "Advertisment",
      "Search",
      "The post Minister meets envoy appeared first on Tech News.",
    ].join("\n");
    expect(article("p.txt", bytes(page)).text).toBe("ISLAMABAD: The minister met the envoy on Monday.\nThey discussed broadband.");
  });

  it("removes wire-service codes and page counters", () => {
    const page = ["297", "ZCZC", "BSS-22", "PALAK-ENVOY-NETHERLANDS", "DHAKA, April 2, 2019 (BSS) – The envoy called on the minister today.", "BSS/PR/RQ/RY/1910 hrs", "Post Views: 362"].join("\n\n");
    const a = article("w.txt", bytes(page));
    expect(a).toMatchObject({ text: "DHAKA, April 2, 2019 (BSS) – The envoy called on the minister today.", articleDate: "2019-04-02", dateline: "DHAKA, April 2, 2019 (BSS)" });
  });

  it("removes a site name and a byline with a relative time", () => {
    const a = article("s.txt", bytes(" date 2021-09-01 NewsPoint.com\n\nAli Khan 1 minute ago Wed 01st September 2021 | 09:38 PM\n\nThe minister met the envoy."));
    expect(a.text).toBe("The minister met the envoy.");
  });

  it("removes a reporter's name under the header, a closing byline and a press-release contact block", () => {
    const page = [
      " date 2019-12-17 Zubair Qureshi",
      "",
      "The envoy called on the minister.",
      "",
      "They discussed e-commerce.",
      "",
      "ProPK Staff",
      "For more information, contact:",
      "Ministry of Information",
      "Tel: +92-51-0000000",
      "Email: info@example.org",
    ].join("\n");
    const a = article("r.txt", bytes(page));
    expect(a.headline).toBeNull();
    expect(a.text).toBe("The envoy called on the minister.\n\nThey discussed e-commerce.");
  });

  it("keeps an ordinary last paragraph that merely mentions a newsletter-like word", () => {
    const a = article("t.txt", bytes("ISLAMABAD: The minister met the ambassador.\n\nThey agreed to sign an MoU next month."));
    expect(a.text).toContain("They agreed to sign an MoU next month.");
  });
});

describe("listing seed files", () => {
  const dir = mkdtempSync(join(tmpdir(), "seeds-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lists .txt and .md files recursively, sorted, and counts everything else as ignored", () => {
    mkdirSync(join(dir, "2024/march"), { recursive: true });
    mkdirSync(join(dir, ".git"));
    for (const f of ["b.txt", "a.md", "2024/march/c.TXT", "Ünïcode náme & spaces.txt", ".DS_Store", ".git/x.txt", "notes.docx", "people.yml"]) {
      writeFileSync(join(dir, f), "x");
    }
    expect(listSeedFiles(dir)).toEqual({
      articles: ["2024/march/c.TXT", "a.md", "b.txt", "Ünïcode náme & spaces.txt"],
      ignored: [".DS_Store", ".git", "notes.docx", "people.yml"],
    });
  });
});
