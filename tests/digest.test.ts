import { describe, expect, it } from "vitest";
import { buildDigest } from "../src/digest/index.ts";
import { official, record } from "./fixtures/digest-records.ts";

const topics = [
  { slug: "artificial-intelligence", label: "Artificial intelligence", keywords: ["AI"] },
  { slug: "connectivity", label: "Connectivity", keywords: ["broadband"] },
];

// The two seed articles, reduced to what the digest reads.
const undatedFederal = record("000.txt", {
  officials: [
    official("Shaza Fatima Khawaja", "Federal Minister for IT & Telecommunication"),
    official("Doreen Bogdan-Martin", "Secretary-General of International Telecommunication Union"),
  ],
  topics: ["Artificial intelligence", "Connectivity"],
});
const datedState = record("001.txt", {
  date: "2024-05-15",
  officials: [
    official("Shaza Fatima", "Minister of State for IT and Telecommunication"),
    official("Donald Blome", "US Ambassador to Pakistan"),
    official("Aisha Humera Moriani", null, "attendee"),
  ],
  topics: ["Connectivity"],
});

describe("buildDigest on the two seeds", () => {
  const digest = buildDigest([undatedFederal, datedState], { topics });

  it("makes one meeting per article, dated first, with date-prefixed slugs from the participants", () => {
    expect(digest.meetings.map((m) => m.slug)).toEqual([
      "2024-05-15-shaza-fatima-khawaja-meets-donald-blome",
      "shaza-fatima-khawaja-meets-doreen-bogdan-martin",
    ]);
  });

  it("merges Shaza Fatima Khawaja and Shaza Fatima into one person with both offices", () => {
    const shaza = digest.people.filter((p) => p.name.startsWith("Shaza"));
    expect(shaza).toHaveLength(1);
    expect(shaza[0]!.slug).toBe("shaza-fatima-khawaja");
    expect(shaza[0]!.aliases).toEqual(["Shaza Fatima"]);
    expect(shaza[0]!.offices.map((o) => [o.title, o.firstSeen, o.lastSeen])).toEqual([
      ["Minister of State for IT and Telecommunication", "2024-05-15", "2024-05-15"],
      ["Federal Minister for IT & Telecommunication", null, null],
    ]);
    expect(shaza[0]!.meetings).toEqual([
      "2024-05-15-shaza-fatima-khawaja-meets-donald-blome",
      "shaza-fatima-khawaja-meets-doreen-bogdan-martin",
    ]);
    expect(shaza[0]!.latestOffice).toBe("Minister of State for IT and Telecommunication");
  });

  it("shows each person with the office held at that meeting and links people to their pages", () => {
    const dated = digest.meetings[0]!;
    expect(dated.participants.map((p) => [p.name, p.title, p.personSlug])).toEqual([
      ["Shaza Fatima Khawaja", "Minister of State for IT and Telecommunication", "shaza-fatima-khawaja"],
      ["Donald Blome", "US Ambassador to Pakistan", "donald-blome"],
    ]);
    expect(dated.attendees.map((p) => p.name)).toEqual(["Aisha Humera Moriani"]);
    expect(dated.sources).toMatchObject([{ id: "001", source: "001.txt", title: "Headline of 001.txt" }]);
  });

  it("builds the timeline and topics", () => {
    expect(digest.timeline).toEqual({
      years: [{ year: "2024", months: [{ key: "2024-05", label: "May 2024", meetings: [digest.meetings[0]!.slug] }] }],
      undated: [digest.meetings[1]!.slug],
    });
    expect(digest.topics.map((t) => [t.slug, t.meetings.length])).toEqual([
      ["artificial-intelligence", 1],
      ["connectivity", 2],
    ]);
  });

  it("counts the people met, most frequent first", () => {
    const shaza = digest.people.find((p) => p.slug === "shaza-fatima-khawaja")!;
    expect(shaza.met.map((m) => [m.name, m.count])).toEqual([
      ["Aisha Humera Moriani", 1],
      ["Donald Blome", 1],
      ["Doreen Bogdan-Martin", 1],
    ]);
    expect(shaza.topics[0]).toEqual({ slug: "connectivity", label: "Connectivity", count: 2 });
  });
});

describe("meetings reported by several articles", () => {
  it("merges articles with the same date and the same principals, crediting every source", () => {
    const a = record("a.txt", { date: "2025-02-01", officials: [official("Chen Yuhang"), official("Sadia Qureshi")], body: "short" });
    const b = record("b.txt", {
      date: "2025-02-01",
      officials: [official("Sadia Rehman Qureshi"), official("Chen Yuhang"), official("Ali Raza", null, "attendee")],
      body: "a longer body",
    });
    const digest = buildDigest([b, a]);
    expect(digest.meetings).toHaveLength(1);
    expect(digest.meetings[0]!.sources.map((s) => s.source)).toEqual(["b.txt", "a.txt"]);
    expect(digest.meetings[0]!.participants.map((p) => p.name)).toEqual(["Sadia Rehman Qureshi", "Chen Yuhang"]);
  });

  it("keeps meetings apart on another date, and never merges undated articles on people alone", () => {
    const people = [official("Chen Yuhang"), official("Sadia Rehman Qureshi")];
    const digest = buildDigest([
      record("a.txt", { date: "2025-02-01", officials: people }),
      record("b.txt", { date: "2025-02-02", officials: people }),
      record("c.txt", { officials: people }),
      record("d.txt", { officials: people }),
    ]);
    expect(digest.meetings).toHaveLength(4);
  });

  it("merges copies of one article (same text) even when undated", () => {
    const digest = buildDigest([
      record("seed.txt", { body: "Same text." }),
      record("copies/seed.txt", { body: "Same text.\n" }),
    ]);
    expect(digest.meetings).toHaveLength(1);
    expect(digest.meetings[0]!.sources.map((s) => s.source)).toEqual(["copies/seed.txt", "seed.txt"]);
  });

  it("links dated meetings to their neighbours in time", () => {
    const digest = buildDigest([
      record("1.txt", { date: "2024-01-01", title: "First" }),
      record("2.txt", { date: "2024-02-01", title: "Second" }),
      record("3.txt", { title: "Undated" }),
    ]);
    const [second, first, undated] = digest.meetings;
    expect(first!.next?.title).toBe("Second");
    expect(second!.previous?.title).toBe("First");
    expect(first!.previous).toBeNull();
    expect(undated!.previous).toBeNull();
  });
});

describe("digest determinism", () => {
  it("gives the same digest whatever the order of the records", () => {
    const records = [undatedFederal, datedState, record("x.txt", { date: "2023-01-01", officials: [official("Ünal Çelik")] })];
    expect(JSON.stringify(buildDigest([...records].reverse(), { topics }))).toBe(JSON.stringify(buildDigest(records, { topics })));
  });
});
