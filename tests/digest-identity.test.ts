import { describe, expect, it } from "vitest";
import { buildDigest } from "../src/digest/index.ts";
import type { PeopleFileEntry } from "../src/digest/people-file.ts";
import type { ArticleRecord, Official } from "../src/model.ts";
import { official, record } from "./fixtures/digest-records.ts";

const names = (records: ArticleRecord[], people: PeopleFileEntry[] = []) => buildDigest(records, { people }).people.map((p) => p.name);
const from = (country: string, name: string, title: string | null = null): Official => ({ ...official(name, title), country });
const entry = (name: string, fields: Partial<PeopleFileEntry> = {}): PeopleFileEntry => ({ name, aliases: [], keepApart: [], offices: [], ...fields });
const article = (source: string, officials: Official[], date: string | null = null) => record(source, { date, officials });

describe("one person, spelt otherwise across articles", () => {
  it("merges romanisations of a name, and says which rule did it with which articles", () => {
    const digest = buildDigest([
      article("a.txt", [official("Mohammed Idris Farouk")]),
      article("b.txt", [official("Muhammad Idrees Farook")]),
    ]);
    expect(digest.people).toHaveLength(1);
    expect(digest.people[0]!.merges).toEqual([
      { spelling: "Muhammad Idrees Farook", matched: "Mohammed Idris Farouk", rules: ["transliteration"], articles: ["b.txt"], matchedArticles: ["a.txt"] },
    ]);
  });

  it("merges a name with and without forms of address, royal and religious prefixes", () => {
    expect(
      names([
        article("a.txt", [official("Sheikh Jaber bin Talal Al Nouri")]),
        article("b.txt", [official("Jaber bin Talal Al Nouri")]),
        article("c.txt", [official("HRH Prince Tarek bin Walid Al Sabri")]),
        article("d.txt", [official("Tarek bin Walid Al Sabri")]),
        article("e.txt", [official("Engr. Amara Obi")]),
        article("f.txt", [official("Amara Obi")]),
      ]),
    ).toEqual(["Amara Obi", "Sheikh Jaber bin Talal Al Nouri", "Tarek bin Walid Al Sabri"]);
  });

  it("merges a name written family name first with the same name in the other order", () => {
    const digest = buildDigest([
      article("a.txt", [official("KOMATSU Eriko")]),
      article("b.txt", [official("Eriko Komatsu")]),
      article("c.txt", [official("Park Min-jun")]),
      article("d.txt", [official("Minjun Park")]),
    ]);
    expect(digest.people.map((p) => [p.name, p.merges.map((m) => m.rules)])).toEqual([
      ["Eriko Komatsu", [["family-name-first"]]],
      ["Park Min-jun", [["family-name-first"]]],
    ]);
  });

  it("does not turn a name around without a sign of which word is the family name", () => {
    expect(names([article("a.txt", [official("Ali Hassan")]), article("b.txt", [official("Hassan Ali")])])).toHaveLength(2);
    expect(names([article("a.txt", [official("Li Wei")]), article("b.txt", [official("Wei Li")])])).toHaveLength(2);
  });

  it("joins a shorter form of a long Arabic name to the one person it fits, never to the father it names", () => {
    const digest = buildDigest([
      article("a.txt", [official("Rakan bin Fawaz bin Mishal Al Harbi")]),
      article("b.txt", [official("Rakan bin Fawaz")]),
      article("c.txt", [official("Fawaz bin Mishal")]),
    ]);
    expect(digest.people.map((p) => [p.name, p.aliases])).toEqual([
      ["Fawaz bin Mishal", []],
      ["Rakan bin Fawaz bin Mishal Al Harbi", ["Rakan bin Fawaz"]],
    ]);
    expect(digest.people[1]!.merges[0]!.rules).toEqual(["short-form"]);
  });

  it("leaves a short form alone when it fits two people, and says so", () => {
    const digest = buildDigest([
      article("a.txt", [official("Rakan bin Fawaz bin Mishal")]),
      article("b.txt", [official("Rakan bin Fawaz Al Otaibi")]),
      article("c.txt", [official("Rakan bin Fawaz")]),
    ]);
    expect(digest.people).toHaveLength(3);
    expect(digest.keptApart).toEqual([
      expect.objectContaining({ spelling: "Rakan bin Fawaz", rule: "short-form", reason: "ambiguous" }),
    ]);
  });
});

describe("counter-evidence keeps people apart", () => {
  it("keeps apart spellings given different countries", () => {
    const digest = buildDigest([
      article("a.txt", [from("Iran", "Mohammad Karimi")]),
      article("b.txt", [from("Afghanistan", "Muhammad Karimi")]),
    ]);
    expect(digest.people).toHaveLength(2);
    expect(digest.keptApart).toEqual([
      expect.objectContaining({ rule: "transliteration", reason: "different-countries", detail: expect.stringMatching(/Afghanistan|Iran/) }),
    ]);
  });

  it("keeps apart spellings that held different offices on the same day", () => {
    const digest = buildDigest([
      article("a.txt", [official("Yusuf Okonkwo", "President of the Senate")], "2025-02-03"),
      article("b.txt", [official("Yousuf Okonkwo", "Ambassador to Ghana")], "2025-02-03"),
      article("c.txt", [official("Yousef Okonkwo", "Deputy President of the Senate")], "2025-02-03"),
    ]);
    expect(digest.people.map((p) => [p.name, p.aliases])).toEqual([
      ["Yousef Okonkwo", ["Yusuf Okonkwo"]],
      ["Yousuf Okonkwo", []],
    ]);
    expect(digest.keptApart.map((k) => k.reason)).toEqual(["different-offices", "different-offices"]);
  });

  it("keeps apart two spellings one article names side by side, even through a third spelling", () => {
    const digest = buildDigest([
      article("a.txt", [official("Mohamed Salah Eddin"), official("Muhammad Salah Eddin")]),
      article("b.txt", [official("Mohammed Salah Eddin")]),
    ]);
    expect(digest.people).toHaveLength(2);
    expect(digest.keptApart.length).toBeGreaterThan(0);
    for (const k of digest.keptApart) expect(k).toMatchObject({ reason: "named-together", detail: "a.txt names both" });
  });

  it("never joins a lone word by equality: it is a short form and must fit one person", () => {
    expect(
      names([
        article("a.txt", [official("Prince Faisal")]),
        article("b.txt", [official("Faisal bin Turki")]),
        article("c.txt", [official("Faisal Haddad")]),
      ]),
    ).toHaveLength(3);
  });
});

describe("the people file overrides the rules", () => {
  it("merges its aliases whatever the counter-evidence, and notes them", () => {
    const digest = buildDigest(
      [article("a.txt", [from("Kenya", "Otieno Wafula")]), article("b.txt", [from("Uganda", "Wafula Otieno Jr")])],
      { people: [entry("Otieno Wafula", { aliases: ["Wafula Otieno Jr"] })] },
    );
    expect(digest.people).toHaveLength(1);
    expect(digest.people[0]!.merges.map((m) => m.rules)).toEqual([["people-file"]]);
  });

  it("keeps apart what keep_apart lists, even a romanisation of the name", () => {
    const records = [article("a.txt", [official("Khaled Mansour")]), article("b.txt", [official("Khalid Mansur")])];
    expect(names(records)).toHaveLength(1);
    const digest = buildDigest(records, { people: [entry("Khaled Mansour", { keepApart: ["Khalid Mansur"] })] });
    expect(digest.people.map((p) => p.name)).toEqual(["Khaled Mansour", "Khalid Mansur"]);
    expect(digest.keptApart).toEqual([expect.objectContaining({ reason: "people-file" })]);
  });
});

describe("the name a person is shown under", () => {
  it("is the fullest spelling, without a form of address, not in capitals", () => {
    expect(
      names([
        article("a.txt", [official("Dr. Kwame Asante Boateng")]),
        article("b.txt", [official("Kwame Asante Boateng")]),
        article("c.txt", [official("KWAME ASANTE BOATENG")]),
        article("d.txt", [official("NAKATA Ren")]),
        article("e.txt", [official("Ren Nakata")]),
      ]),
    ).toEqual(["Kwame Asante Boateng", "Ren Nakata"]);
  });
});
