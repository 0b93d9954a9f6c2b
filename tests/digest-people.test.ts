import { describe, expect, it } from "vitest";
import { buildDigest } from "../src/digest/index.ts";
import { officeHistory, officeTokens, sameOffice } from "../src/digest/offices.ts";
import { official, record } from "./fixtures/digest-records.ts";

const names = (records: ReturnType<typeof record>[]) => buildDigest(records).people.map((p) => p.name);

describe("who is who across articles", () => {
  it("merges a shorter spelling into the one long form it fits", () => {
    expect(
      names([
        record("a.txt", { officials: [official("Sadia Rehman Qureshi")] }),
        record("b.txt", { officials: [official("Sadia Qureshi")] }),
        record("c.txt", { officials: [official("Faraz Bukhari")] }),
        record("d.txt", { officials: [official("Syed Faraz Bukhari")] }),
        record("e.txt", { officials: [official("Daniel Whitcomb")] }),
        record("f.txt", { officials: [official("Daniel R. Whitcomb")] }),
      ]),
    ).toEqual(["Daniel R. Whitcomb", "Sadia Rehman Qureshi", "Syed Faraz Bukhari"]);
  });

  it("ignores case and diacritics when comparing spellings", () => {
    expect(
      names([
        record("a.txt", { officials: [official("Élodie Marchand")] }),
        record("b.txt", { officials: [official("ELODIE MARCHAND")] }),
      ]),
    ).toHaveLength(1);
  });

  it("never merges two people who share only a surname", () => {
    expect(
      names([
        record("a.txt", { officials: [official("Kamran Siddiqui")] }),
        record("b.txt", { officials: [official("Farah Siddiqui")] }),
        record("c.txt", { officials: [official("Siddiqui")] }),
      ]),
    ).toEqual(["Farah Siddiqui", "Kamran Siddiqui", "Siddiqui"]);
  });

  it("keeps apart two spellings that one article names side by side", () => {
    expect(
      names([record("a.txt", { officials: [official("Ahmed Khan"), official("Ahmed Raza Khan")] })]),
    ).toEqual(["Ahmed Khan", "Ahmed Raza Khan"]);
  });

  it("leaves a short form alone when two long forms fit it", () => {
    expect(
      names([
        record("a.txt", { officials: [official("Sadia Rehman Qureshi")] }),
        record("b.txt", { officials: [official("Sadia Begum Qureshi")] }),
        record("c.txt", { officials: [official("Sadia Qureshi")] }),
      ]),
    ).toHaveLength(3);
  });
});

describe("offices over time", () => {
  it("treats near-identical wordings of one office as one office", () => {
    expect(sameOffice(officeTokens("Federal Minister for IT and Telecommunication"), officeTokens("Federal Minister for IT & Telecom"))).toBe(true);
    expect(sameOffice(officeTokens("the Chairman of PTA"), officeTokens("Chairman PTA"))).toBe(true);
  });

  it("tells a promotion apart", () => {
    expect(
      sameOffice(officeTokens("Minister of State for IT and Telecommunication"), officeTokens("Federal Minister for IT & Telecommunication")),
    ).toBe(false);
  });

  it("shows a promotion as two rows with first and last seen, keeping the fullest wording", () => {
    const rows = officeHistory([
      { title: "Minister of State for IT and Telecommunication", organization: null, date: "2024-03-06", meetingSlug: "m1" },
      { title: "Minister of State for IT and Telecommunication", organization: null, date: "2024-12-10", meetingSlug: "m2" },
      { title: "Federal Minister for IT & Telecom", organization: null, date: "2025-01-14", meetingSlug: "m3" },
      { title: "Federal Minister for IT and Telecommunication", organization: null, date: "2025-10-01", meetingSlug: "m4" },
      { title: "Federal Minister for IT and Telecommunication", organization: null, date: null, meetingSlug: "m5" },
    ]);
    expect(rows).toEqual([
      { title: "Minister of State for IT and Telecommunication", organization: null, firstSeen: "2024-03-06", lastSeen: "2024-12-10", meetings: 2 },
      { title: "Federal Minister for IT and Telecommunication", organization: null, firstSeen: "2025-01-14", lastSeen: "2025-10-01", meetings: 3 },
    ]);
  });

  it("gives each person's latest office and the meetings in time order, undated last", () => {
    const digest = buildDigest([
      record("c.txt", { officials: [official("A B", "Federal Minister")] }),
      record("b.txt", { date: "2025-01-01", officials: [official("A B", "Federal Minister")] }),
      record("a.txt", { date: "2024-01-01", officials: [official("A B", "Minister of State")] }),
    ]);
    const person = digest.people[0]!;
    expect(person.latestOffice).toBe("Federal Minister");
    expect(person.meetings.map((slug) => digest.meetings.find((m) => m.slug === slug)!.date)).toEqual(["2024-01-01", "2025-01-01", null]);
  });

  it("lists people who are only mentioned, with the meetings they are mentioned in", () => {
    const digest = buildDigest([
      record("a.txt", { officials: [official("A B"), official("C D"), official("Mian E F", "Prime Minister", "mentioned")] }),
    ]);
    const pm = digest.people.find((p) => p.name === "Mian E F")!;
    expect(pm.meetings).toEqual([]);
    expect(pm.mentionedIn).toEqual([digest.meetings[0]!.slug]);
    expect(digest.people.find((p) => p.name === "A B")!.met.map((m) => m.name)).toEqual(["C D"]);
  });
});

describe("wordings of one office", () => {
  const same = (a: string, b: string) => sameOffice(officeTokens(a), officeTokens(b));
  it("reads abbreviations and a repeated acronym in brackets as the same office", () => {
    expect(same("Federal Minister for Information Technology and Telecommunication", "Federal Minister for IT and Telecommunication")).toBe(true);
    expect(same("Chairman Pakistan Telecommunication Authority (PTA)", "Chairman Pakistan Telecommunication Authority")).toBe(true);
  });

  it("joins a less full wording to the office it fits, but not a different rank", () => {
    const rows = officeHistory([
      { title: "US Ambassador to Pakistan", organization: null, date: "2024-05-15", meetingSlug: "a" },
      { title: "US Ambassador", organization: null, date: "2025-09-02", meetingSlug: "b" },
      { title: "Secretary IT", organization: null, date: "2025-10-01", meetingSlug: "c" },
      { title: "Additional Secretary IT", organization: null, date: "2025-11-01", meetingSlug: "d" },
    ]);
    expect(rows.map((r) => [r.title, r.meetings])).toEqual([
      ["US Ambassador to Pakistan", 2],
      ["Secretary IT", 1],
      ["Additional Secretary IT", 1],
    ]);
  });
});
