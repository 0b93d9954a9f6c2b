import { describe, expect, it, vi } from "vitest";
import type { Official, SourceArticle } from "../src/model.ts";

// The officials extractor has its own tests; here it stands still so that the record's
// composition and the front-matter corrections can be checked on their own.
vi.mock("../src/extract/officials/index.ts", () => {
  const extractOfficials = (text: string): Official[] =>
    text.includes("Amna Tariq")
      ? [
          { name: "Amna Tariq", title: "Minister for Energy", organization: null, country: "Pakistan", role: "participant", evidence: null },
          { name: "Lars Holm", title: "Ambassador of Denmark", organization: null, country: "Denmark", role: "participant", evidence: null },
          { name: "Bilal Shah", title: "Secretary Energy", organization: null, country: null, role: "attendee", evidence: null },
        ]
      : [];
  // No places given: the meetings reader finds the names itself.
  return { extractOfficials, extractOfficialMentions: (text: string) => extractOfficials(text).map((official) => ({ official, mentions: [] })) };
});

const { extractRecord, recordId } = await import("../src/extract/index.ts");

const TEXT =
  "LAHORE: Provincial Minister for Energy Amna Tariq met the Ambassador of Denmark, Lars Holm, on Monday to discuss wind power and solar energy.\n\n" +
  "The meeting was attended by Secretary Energy Bilal Shah.\n\n" +
  "They also discussed renewable energy and electricity tariffs.";

function source(overrides: Partial<SourceArticle> = {}): SourceArticle {
  return {
    source: "2025/wind talks.txt",
    contentHash: "abc",
    text: TEXT,
    headline: null,
    articleDate: "2025-03-05",
    dateline: "LAHORE",
    sourceUrl: null,
    outlet: null,
    frontMatter: {},
    warnings: [],
    ...overrides,
  };
}

describe("extractRecord", () => {
  it("composes every extractor into one record", () => {
    const r = extractRecord(source());
    expect(r).toMatchObject({
      id: "2025-wind-talks",
      source: "2025/wind talks.txt",
      contentHash: "abc",
      title: "Amna Tariq and Lars Holm discuss energy",
      date: "2025-03-03",
      dateBasis: "weekday",
      articleDate: "2025-03-05",
      location: "Lahore",
      lang: "en",
      dir: "ltr",
      warnings: [],
    });
    expect(r.officials.map((o) => o.name)).toEqual(["Amna Tariq", "Lars Holm", "Bilal Shah"]);
    expect(r.topics[0]).toBe("Energy");
    expect(r.summary).toMatch(/^Provincial Minister for Energy Amna Tariq met/);
    expect(r.body.split("\n\n")).toHaveLength(3);
  });

  it("is pure: the same article gives the same record", () => {
    expect(extractRecord(source())).toEqual(extractRecord(source()));
  });

  it("carries ingest warnings and adds its own in words a user understands", () => {
    const r = extractRecord(source({ articleDate: null, text: "Officials met to discuss trade.", warnings: ["front matter: bad"] }));
    expect(r.date).toBeNull();
    expect(r.warnings[0]).toBe("front matter: bad");
    expect(r.warnings.join(" ")).toMatch(/no date found/);
  });
});

describe("front-matter corrections", () => {
  it("meeting_date, location, title, topics and lang win over what was extracted", () => {
    const r = extractRecord(
      source({ headline: "Given title", frontMatter: { meeting_date: "2025-02-01", location: "Copenhagen", topics: ["energy", "Offshore wind"], lang: "ur" } }),
    );
    expect(r).toMatchObject({ title: "Given title", date: "2025-02-01", dateBasis: "front-matter", location: "Copenhagen", lang: "ur", dir: "rtl" });
    expect(r.topics).toEqual(["Energy", "Offshore wind"]);
  });

  it("spells a corrected location as the cities lexicon does, and keeps an unknown place as written", () => {
    expect(extractRecord(source({ frontMatter: { location: "bangalore" } })).location).toBe("Bengaluru");
    expect(extractRecord(source({ frontMatter: { location: "Nathia Gali" } })).location).toBe("Nathia Gali");
    expect(extractRecord(source({ frontMatter: { location: null } })).location).toBeNull();
  });

  it("amends an official by name, adds a new one and removes one", () => {
    const r = extractRecord(
      source({
        frontMatter: {
          officials: [
            { name: "amna tariq", title: "Punjab Minister for Energy" },
            { name: "Sara Lund", title: "Counsellor", role: "attendee" },
            { name: "Bilal Shah", remove: true },
          ],
        },
      }),
    );
    expect(r.officials).toEqual([
      { name: "Amna Tariq", title: "Punjab Minister for Energy", organization: null, country: "Pakistan", role: "participant", evidence: null },
      { name: "Lars Holm", title: "Ambassador of Denmark", organization: null, country: "Denmark", role: "participant", evidence: null },
      { name: "Sara Lund", title: "Counsellor", organization: null, country: null, role: "attendee", evidence: null },
    ]);
  });
});

describe("the meetings of a record", () => {
  it("holds the meeting the article reports, with everyone present", () => {
    const r = extractRecord(source());
    expect(r.meetings).toEqual([
      {
        participants: ["Amna Tariq", "Lars Holm"],
        attendees: ["Bilal Shah"],
        date: r.date,
        location: r.location,
        country: r.country,
        call: false,
        evidence: expect.any(Object),
      },
    ]);
  });

  it("takes the meetings of the front matter instead, adding people it names and making the others mentioned", () => {
    const r = extractRecord(
      source({
        frontMatter: {
          meetings: [
            { participants: ["amna tariq", "Lars Holm"] },
            { participants: ["Amna Tariq", "Jonas Berg"], attendees: ["Lars Holm"], date: "2025-03-04", location: "lahore", call: false },
          ],
        },
      }),
    );
    expect(r.meetings.map((m) => [m.participants, m.attendees, m.date, m.location])).toEqual([
      [["Amna Tariq", "Lars Holm"], [], r.date, r.location],
      [["Amna Tariq", "Jonas Berg"], ["Lars Holm"], "2025-03-04", "Lahore"],
    ]);
    expect(r.officials.map((o) => [o.name, o.role])).toEqual([
      ["Amna Tariq", "participant"],
      ["Lars Holm", "participant"],
      ["Bilal Shah", "mentioned"],
      ["Jonas Berg", "participant"],
    ]);
  });

  it("drops from the meetings an official the front matter removes", () => {
    const r = extractRecord(source({ frontMatter: { officials: [{ name: "Bilal Shah", remove: true }] } }));
    expect(r.meetings.flatMap((m) => [...m.participants, ...m.attendees])).toEqual(["Amna Tariq", "Lars Holm"]);
  });
});

describe("record parts", () => {
  it("makes a stable ASCII id from the file's path", () => {
    expect(recordId("Ünïcode náme & spaces.txt")).toBe("unicode-name-spaces");
    expect(recordId("2024/03/Meeting.md")).toBe("2024-03-meeting");
    expect(recordId("习近平.txt")).toBe("xijinping");
    expect(recordId("!!!.txt")).toBe("article");
  });

  it("writes the body as Markdown paragraphs in which nothing becomes markup", () => {
    const r = extractRecord(source({ text: "# Not a heading\n<script>alert(1)</script> and {{ 7*7 }} and [link](javascript:alert(1))\n1. not a list" }));
    expect(r.body).toBe("\\# Not a heading\n\n\\<script\\>alert(1)\\</script\\> and {{ 7\\*7 }} and \\[link\\](javascript:alert(1))\n\n1\\. not a list");
  });

  it("marks Urdu articles as right to left even when no official is found", () => {
    const r = extractRecord(source({ text: "اسلام آباد: وفاقی وزیر نے سفیر سے ملاقات کی۔", dateline: null }));
    expect(r).toMatchObject({ lang: "ur", dir: "rtl", officials: [] });
  });
});
