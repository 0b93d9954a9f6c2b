import { describe, expect, it } from "vitest";
import { buildDigest } from "../src/digest/index.ts";
import { parsePeopleFile } from "../src/digest/people-file.ts";
import { official, record } from "./fixtures/digest-records.ts";

const PEOPLE_YML = `
- name: Nur Ul Hassan
  aliases: [Nurul Hassan, Syed Nur Ul Hassan]
  offices:
    - title: Federal Secretary IT
      from: 2024-01-01
      to: 2024-12-31
- name: Ahmed Raza Bhatti
  keep_apart: Ahmed
`;

describe("parsePeopleFile", () => {
  it("reads names, spellings to merge, spellings to keep apart and offices", () => {
    expect(parsePeopleFile(PEOPLE_YML, "people.yml")).toEqual([
      {
        name: "Nur Ul Hassan",
        aliases: ["Nurul Hassan", "Syed Nur Ul Hassan"],
        keepApart: [],
        offices: [{ title: "Federal Secretary IT", organization: null, from: "2024-01-01", to: "2024-12-31" }],
      },
      { name: "Ahmed Raza Bhatti", aliases: [], keepApart: ["Ahmed"], offices: [] },
    ]);
  });

  it("accepts a `people:` map as the top level", () => {
    expect(parsePeopleFile("people:\n  - name: A B\n", "people.yml")).toHaveLength(1);
  });

  it("names the file, the entry and the problem when an entry is invalid", () => {
    expect(() => parsePeopleFile("- name: Nur Ul Hassan\n  alias: [Nurul Hassan]\n", "people.yml")).toThrow(
      /people\.yml: entry 1 \(Nur Ul Hassan\): .*unknown field.*"alias"/,
    );
    expect(() => parsePeopleFile("- aliases: [X]\n", "people.yml")).toThrow(/people\.yml: entry 1: field "name"/);
    expect(() => parsePeopleFile("- name: A B\n  offices:\n    - title: Chair\n      from: May 2024\n", "people.yml")).toThrow(
      /entry 1 \(A B\): field "offices\.0\.from": expected a date written YYYY-MM-DD/,
    );
  });

  it("names the line when the YAML does not parse", () => {
    expect(() => parsePeopleFile("- name: A\n  aliases: [B\n", "people.yml")).toThrow(/people\.yml:\d+: YAML does not parse/);
  });

  it("refuses one spelling given for two people", () => {
    expect(() => parsePeopleFile("- name: A B\n- name: C D\n  aliases: [a b]\n", "people.yml")).toThrow(
      /entry 2 \(C D\): the spelling "a b" is already given for entry 1 \(A B\)/,
    );
  });
});

describe("the people file in the digest", () => {
  const entries = parsePeopleFile(PEOPLE_YML, "people.yml");

  it("merges the listed spellings into one person under the canonical name", () => {
    const digest = buildDigest(
      [
        record("a.txt", { date: "2024-03-01", officials: [official("Nurul Hassan", "Secretary IT")] }),
        record("b.txt", { date: "2024-04-01", officials: [official("Syed Nur Ul Hassan")] }),
      ],
      { people: entries },
    );
    expect(digest.people.map((p) => [p.name, p.slug, p.meetings.length])).toEqual([["Nur Ul Hassan", "nur-ul-hassan", 2]]);
    expect(digest.people[0]!.aliases).toEqual(["Nurul Hassan", "Syed Nur Ul Hassan"]);
    expect(digest.people[0]!.offices.map((o) => [o.title, o.firstSeen, o.lastSeen])).toEqual([
      ["Federal Secretary IT", "2024-01-01", "2024-12-31"],
      ["Secretary IT", "2024-03-01", "2024-03-01"],
    ]);
  });

  it("keeps a listed spelling apart even where it would otherwise merge", () => {
    const records = [
      record("a.txt", { officials: [official("Ahmed Raza Bhatti")] }),
      record("b.txt", { officials: [official("Ahmed")] }),
    ];
    expect(buildDigest(records).people).toHaveLength(1);
    expect(buildDigest(records, { people: entries }).people.map((p) => p.name)).toEqual(["Ahmed", "Ahmed Raza Bhatti"]);
  });
});
