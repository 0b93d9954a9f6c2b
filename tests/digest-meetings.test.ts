import { describe, expect, it } from "vitest";
import { buildDigest } from "../src/digest/index.ts";
import { meetingTitle } from "../src/digest/meetings.ts";
import type { RecordMeeting } from "../src/model.ts";
import { official, record } from "./fixtures/digest-records.ts";

const meeting = (participants: string[], attendees: string[] = [], fields: Partial<RecordMeeting> = {}): RecordMeeting => ({
  participants,
  attendees,
  date: "2025-03-04",
  location: "Nairobi",
  country: "Kenya",
  call: false,
  evidence: { date: null, location: null },
  ...fields,
});

// A foreign minister receives two envoys in turn; a telephone call the next day.
const audiences = record("audiences.txt", {
  date: "2025-03-04",
  location: "Nairobi",
  officials: [
    official("Wanjiru Kamau Otieno", "Cabinet Secretary for Foreign Affairs"),
    official("Pieter van Aalst", "Ambassador of the Netherlands"),
    official("Ines Carvalho Lobo", "Ambassador of Portugal"),
    official("Baraka Mwangi", "Chief of Protocol", "attendee"),
    official("Tomasz Zielny", "Foreign Minister of Poland"),
    official("Amani Odhiambo", "President", "mentioned"),
  ],
  meetings: [
    meeting(["Wanjiru Kamau Otieno", "Pieter van Aalst"], ["Baraka Mwangi"]),
    meeting(["Wanjiru Kamau Otieno", "Ines Carvalho Lobo"]),
    meeting(["Wanjiru Kamau Otieno", "Tomasz Zielny"], [], { date: "2025-03-05", location: null, country: null, call: true }),
  ],
});

describe("meetings from the meetings a record reports", () => {
  const digest = buildDigest([audiences]);
  const bySlug = new Map(digest.meetings.map((m) => [m.slug, m]));
  const person = (name: string) => digest.people.find((p) => p.name === name)!;

  it("gives each reported meeting its own page, with its own date, place and people", () => {
    expect(digest.meetings.map((m) => [m.title, m.date, m.location, m.call])).toEqual([
      ["Wanjiru Kamau Otieno meets Tomasz Zielny", "2025-03-05", null, true],
      ["Wanjiru Kamau Otieno meets Ines Carvalho Lobo", "2025-03-04", "Nairobi", false],
      ["Wanjiru Kamau Otieno meets Pieter van Aalst", "2025-03-04", "Nairobi", false],
    ]);
    const first = digest.meetings[2]!;
    expect(first.attendees.map((p) => p.name)).toEqual(["Baraka Mwangi"]);
    expect(first.mentioned.map((p) => p.name)).toEqual(["Amani Odhiambo"]);
    expect(digest.meetings[1]!.attendees).toEqual([]);
  });

  it("counts two people as having met only when one meeting holds both", () => {
    expect(person("Pieter van Aalst").met.map((m) => m.name).sort()).toEqual(["Baraka Mwangi", "Wanjiru Kamau Otieno"]);
    expect(person("Ines Carvalho Lobo").met.map((m) => m.name)).toEqual(["Wanjiru Kamau Otieno"]);
    expect(person("Wanjiru Kamau Otieno").met.map((m) => [m.name, m.count])).toEqual([
      ["Baraka Mwangi", 1],
      ["Ines Carvalho Lobo", 1],
      ["Pieter van Aalst", 1],
      ["Tomasz Zielny", 1],
    ]);
    expect(person("Wanjiru Kamau Otieno").meetings).toHaveLength(3);
  });

  it("links the meetings of one article to each other in the order the article reports them", () => {
    const first = digest.meetings[2]!;
    expect(first.related.map((r) => r.title)).toEqual([
      "Wanjiru Kamau Otieno meets Ines Carvalho Lobo",
      "Wanjiru Kamau Otieno meets Tomasz Zielny",
    ]);
    for (const m of digest.meetings) for (const r of m.related) expect(bySlug.has(r.slug)).toBe(true);
  });

  it("keeps the headline of an article that reports one meeting, and its single page", () => {
    const single = record("single.txt", {
      date: "2025-01-02",
      officials: [official("Lena Brandt"), official("Omar Haddad")],
      meetings: [meeting(["Lena Brandt", "Omar Haddad"], [], { date: "2025-01-02" })],
    });
    const d = buildDigest([single]);
    expect(d.meetings.map((m) => [m.title, m.related.length])).toEqual([["Headline of single.txt", 0]]);
  });

  it("still gives an article without meetings a page, from the roles of its officials", () => {
    const older = record("older.txt", { officials: [official("Lena Brandt"), official("Omar Haddad"), official("Rui Sato", null, "attendee")] });
    const d = buildDigest([older]);
    expect(d.meetings).toHaveLength(1);
    expect(d.meetings[0]!.participants.map((p) => p.name)).toEqual(["Lena Brandt", "Omar Haddad"]);
    expect(d.meetings[0]!.attendees.map((p) => p.name)).toEqual(["Rui Sato"]);
  });

  it("merges the same meeting reported by two articles, meeting by meeting", () => {
    const other = record("other-outlet.txt", {
      date: "2025-03-04",
      officials: [official("Wanjiru Kamau Otieno", "Foreign Minister"), official("Ines Carvalho Lobo", "Portuguese Ambassador")],
      meetings: [meeting(["Wanjiru Kamau Otieno", "Ines Carvalho Lobo"])],
    });
    const d = buildDigest([audiences, other]);
    expect(d.meetings).toHaveLength(3);
    const portugal = d.meetings.find((m) => m.participants.some((p) => p.name === "Ines Carvalho Lobo"))!;
    expect(portugal.sources.map((s) => s.source).sort()).toEqual(["audiences.txt", "other-outlet.txt"]);
  });
});

describe("meetingTitle", () => {
  it("names the host and who they met", () => {
    expect(meetingTitle(["A", "B"])).toBe("A meets B");
    expect(meetingTitle(["A", "B", "C"])).toBe("A meets B and C");
    expect(meetingTitle(["A", "B", "C", "D"])).toBe("A meets B, C and D");
    expect(meetingTitle(["A", "B", "C", "D", "E"])).toBe("A meets B, C and 2 others");
  });
});
