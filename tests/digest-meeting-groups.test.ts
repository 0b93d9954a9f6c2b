import { describe, expect, it } from "vitest";
import { buildDigest } from "../src/digest/index.ts";
import type { ArticleRecord, Official, RecordMeeting } from "../src/model.ts";
import { official, record } from "./fixtures/digest-records.ts";

interface Report {
  outlet?: string;
  url?: string;
  /** The day the text gives; null for none. */
  day: string | null;
  /** The article's own date. */
  published: string | null;
  /** true: the meeting's date is only the article's date (the text names no day). */
  fromArticle?: boolean;
  place?: string | null;
  officials: Official[];
  /** Principals of each meeting (default: one meeting of all officials). */
  meetings?: string[][];
}

function report(source: string, r: Report): ArticleRecord {
  const date = r.fromArticle ? r.published : r.day;
  const meeting = (participants: string[]): RecordMeeting => ({
    participants,
    attendees: [],
    date,
    location: r.place ?? null,
    country: null,
    call: false,
    evidence: { date: null, location: null },
  });
  return record(source, {
    date,
    dateBasis: r.fromArticle ? "article-date" : r.day ? "explicit" : "none",
    articleDate: r.published,
    outlet: r.outlet ?? null,
    sourceUrl: r.url ?? null,
    location: r.place ?? null,
    officials: r.officials,
    meetings: (r.meetings ?? [r.officials.map((o) => o.name)]).map(meeting),
  });
}

const pair = (a: string, b: string, titleA: string | null = null) => [official(a, titleA), official(b)];
const pages = (records: ArticleRecord[]) => buildDigest(records).meetings;

describe("one meeting reported by several outlets", () => {
  it("is one page when the principals are the same people, however each outlet spells them", () => {
    const meetings = pages([
      report("ledger.txt", { outlet: "Morning Ledger", url: "https://ledger.example/1", day: "2025-06-10", published: "2025-06-10", officials: pair("Mohammed Tariq Anwar", "Sergey Volkonin") }),
      report("wire.txt", { outlet: "APP", day: "2025-06-10", published: "2025-06-11", officials: pair("Muhammad Tariq Anwar", "Sergei Volkonin") }),
    ]);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.sources.map((s) => [s.label, s.url, s.articleDate])).toEqual([
      ["Morning Ledger", "https://ledger.example/1", "2025-06-10"],
      ["APP", null, "2025-06-11"],
    ]);
    expect(meetings[0]!.disagreements).toEqual([]);
  });

  it("takes the day a text gives over a report dated only by its article, and says they differ", () => {
    const meetings = pages([
      report("a.txt", { outlet: "Ledger", day: "2025-06-10", published: "2025-06-10", officials: pair("Amina Diallo", "Pavel Rudenko") }),
      report("b.txt", { outlet: "Courier", day: null, fromArticle: true, published: "2025-06-12", officials: pair("Amina Diallo", "Pavel Rudenko") }),
    ]);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.date).toBe("2025-06-10");
    expect(meetings[0]!.disagreements).toEqual([
      {
        about: "date",
        person: null,
        accounts: [
          { value: "2025-06-10", sources: ["Ledger"] },
          { value: "2025-06-12", sources: ["Courier"], fromArticle: true },
        ],
      },
    ]);
  });

  it("joins an undated report to the meeting when the articles appeared within two days, not three", () => {
    const dated = report("a.txt", { day: "2025-06-10", published: "2025-06-10", officials: pair("Amina Diallo", "Pavel Rudenko") });
    const near = report("b.txt", { day: null, published: "2025-06-12", officials: pair("Amina Diallo", "Pavel Rudenko") });
    const far = report("c.txt", { day: null, published: "2025-06-13", officials: pair("Amina Diallo", "Pavel Rudenko") });
    expect(pages([dated, near])).toHaveLength(1);
    expect(pages([dated, far])).toHaveLength(2);
  });

  it("joins two undated reports of the same people from articles two days apart", () => {
    expect(
      pages([
        report("a.txt", { day: null, published: "2025-06-10", officials: pair("Amina Diallo", "Pavel Rudenko") }),
        report("b.txt", { day: null, published: "2025-06-11", officials: pair("Amina Diallo", "Pavel Rudenko") }),
        report("c.txt", { day: null, published: "2025-06-12", officials: pair("Amina Diallo", "Pavel Rudenko") }),
        report("d.txt", { day: null, published: "2025-06-14", officials: pair("Amina Diallo", "Pavel Rudenko") }),
      ]).map((m) => m.sources.map((s) => s.source)),
    ).toEqual([["a.txt", "b.txt", "c.txt"], ["d.txt"]]);
  });

  it("leaves an undated report alone when it fits two meetings of the same people", () => {
    expect(
      pages([
        report("a.txt", { day: "2025-06-10", published: "2025-06-10", officials: pair("Amina Diallo", "Pavel Rudenko") }),
        report("b.txt", { day: "2025-06-12", published: "2025-06-12", officials: pair("Amina Diallo", "Pavel Rudenko") }),
        report("c.txt", { day: null, published: "2025-06-11", officials: pair("Amina Diallo", "Pavel Rudenko") }),
      ]),
    ).toHaveLength(3);
  });

  it("never merges meetings of the same people on different days", () => {
    expect(
      pages([
        report("a.txt", { day: "2025-06-10", published: "2025-06-10", officials: pair("Amina Diallo", "Pavel Rudenko") }),
        report("b.txt", { day: "2025-06-11", published: "2025-06-11", officials: pair("Amina Diallo", "Pavel Rudenko") }),
      ]),
    ).toHaveLength(2);
  });

  it("keeps apart reports whose places contradict, and names one place however it is written", () => {
    const at = (source: string, place: string) =>
      report(source, { day: "2025-06-10", published: "2025-06-10", place, officials: pair("Amina Diallo", "Pavel Rudenko") });
    expect(pages([at("a.txt", "Nairobi"), at("b.txt", "Kampala")])).toHaveLength(2);
    expect(pages([at("a.txt", "Nairobi"), at("b.txt", "NAIROBI")])).toHaveLength(1);
  });

  it("keeps one article's two meetings of the same people on one day two meetings", () => {
    const twice = report("a.txt", {
      day: "2025-06-10",
      published: "2025-06-10",
      officials: pair("Amina Diallo", "Pavel Rudenko"),
      meetings: [["Amina Diallo", "Pavel Rudenko"], ["Amina Diallo", "Pavel Rudenko"]],
    });
    const other = report("b.txt", { day: "2025-06-10", published: "2025-06-10", officials: pair("Amina Diallo", "Pavel Rudenko") });
    const meetings = pages([twice, other]);
    expect(meetings).toHaveLength(2);
    expect(meetings.map((m) => m.sources.length).sort()).toEqual([1, 2]);
  });

  it("says where the outlets give a person different offices, but not for another wording of one office", () => {
    const [meeting] = pages([
      report("a.txt", { outlet: "Ledger", day: "2025-06-10", published: "2025-06-10", officials: pair("Amina Diallo", "Pavel Rudenko", "Minister of Foreign Affairs") }),
      report("b.txt", { outlet: "Courier", day: "2025-06-10", published: "2025-06-10", officials: pair("Amina Diallo", "Pavel Rudenko", "Minister of Trade") }),
      report("c.txt", { outlet: "Wire", day: "2025-06-10", published: "2025-06-10", officials: pair("Amina Diallo", "Pavel Rudenko", "Minister") }),
      report("d.txt", { outlet: "Post", day: "2025-06-10", published: "2025-06-10", officials: [official("Amina Diallo"), official("Pavel Rudenko", "Ambassador of Moldova")] }),
      report("e.txt", { outlet: "Herald", day: "2025-06-10", published: "2025-06-10", officials: [official("Amina Diallo"), official("Pavel Rudenko", "Moldovan Ambassador")] }),
    ]);
    expect(meeting!.disagreements).toEqual([
      {
        about: "office",
        person: "Amina Diallo",
        accounts: [
          { value: "Minister of Foreign Affairs", sources: ["Ledger", "Wire"] },
          { value: "Minister of Trade", sources: ["Courier"] },
        ],
      },
    ]);
  });

  it("does not link a source address that is not http(s)", () => {
    const [meeting] = pages([
      report("a.txt", { outlet: "Ledger", url: "javascript:alert(1)", day: "2025-06-10", published: "2025-06-10", officials: pair("Amina Diallo", "Pavel Rudenko") }),
    ]);
    expect(meeting!.sources[0]!.url).toBeNull();
  });
});
