// Organisations, countries and the pairs of countries, from small invented records.
import { describe, expect, it } from "vitest";
import { buildDigest } from "../src/digest/index.ts";
import type { ArticleRecord, Official } from "../src/model.ts";
import { official, record } from "./fixtures/digest-records.ts";

function amend(o: Official, fields: Partial<Official>): Official {
  return { ...o, ...fields };
}

function meetingOf(source: string, date: string, officials: Official[], body?: string): ArticleRecord {
  const names = officials.map((o) => o.name);
  return record(source, {
    date,
    officials,
    body: body ?? `Body of ${source}.`,
    meetings: [{ participants: names, attendees: [], date, location: null, country: null, call: false, evidence: { date: null, location: null } }],
  });
}

const minister = amend(official("Ilse Varga", "Federal Minister for IT and Telecommunication"), { organization: "Ministry of IT & Telecom" });
const records = [
  meetingOf("a.txt", "2024-01-10", [minister, amend(official("Tom Reed", "US Ambassador to Pakistan"), { country: "U.S." })]),
  meetingOf("b.txt", "2024-02-11", [
    amend(official("Ilse Varga", "Minister of State for IT and Telecommunication"), { organization: "Ministry of Information Technology and Telecommunication" }),
    amend(official("Noor Ali", "Chairman PTA"), { organization: "PTA" }),
    amend(official("Jan Brook", "Country Director for Pakistan"), { organization: "World Bank", country: "Pakistan" }),
  ]),
  meetingOf("c.txt", "2025-03-12", [
    official("Ilse Varga", "Federal Minister for IT and Telecommunication"),
    amend(official("Tom Reed", "US Ambassador"), {}),
  ]),
  meetingOf("d.txt", "2025-04-01", [
    amend(official("Asha Mehr", "Minister of Foreign Affairs"), { organization: "Ministry of Foreign Affairs" }),
    amend(official("Omar Sade", "Minister of Foreign Affairs of Zembla"), { organization: "Ministry of Foreign Affairs", country: "Oman" }),
  ]),
  meetingOf(
    "e.txt",
    "2025-05-01",
    [amend(official("Lea Moss", "Director of the Zembla Ocean Fisheries Board (ZOFB)"), { organization: "Zembla Ocean Fisheries Board" }), amend(official("Kit Dorn", "ZOFB Deputy Director"), {})],
    "Lea Moss of the Zembla Ocean Fisheries Board (ZOFB) met Kit Dorn.",
  ),
];

describe("organisations", () => {
  const digest = buildDigest(records);
  const org = (slug: string) => digest.organisations.find((o) => o.slug === slug);

  it("makes an acronym and its full name, and wordings of one name, one page", () => {
    const ministry = org("ministry-of-information-technology-and-telecommunication");
    expect(ministry?.meetings).toHaveLength(3);
    expect(ministry?.otherNames).toContain("Ministry of IT & Telecom");
    expect(org("pakistan-telecommunication-authority")?.people.map((p) => p.name)).toEqual(["Noor Ali"]);
  });

  it("gives an office seen without its body the body of the same office elsewhere", () => {
    const c = digest.meetings.find((m) => m.sources[0]!.source === "c.txt")!;
    expect(c.participants.find((p) => p.name === "Ilse Varga")?.organisationSlug).toBe("ministry-of-information-technology-and-telecommunication");
  });

  it("makes an ambassador's embassy when country and posting are known, for the shorter title too", () => {
    const embassy = org("embassy-of-the-united-states-in-pakistan");
    expect(embassy?.meetings).toHaveLength(2);
  });

  it("reads an acronym a title uses through the article's definition", () => {
    expect(org("zembla-ocean-fisheries-board")?.people.map((p) => p.name).sort()).toEqual(["Kit Dorn", "Lea Moss"]);
  });

  it("keeps a generic name of unknown country off the pages, and splits it by country", () => {
    expect(digest.organisations.filter((o) => o.name === "Ministry of Foreign Affairs").map((o) => o.slug)).toEqual(["ministry-of-foreign-affairs-oman"]);
  });

  it("counts the bodies met most often", () => {
    expect(org("ministry-of-information-technology-and-telecommunication")?.counterparts.map((c) => c.slug)).toEqual([
      "embassy-of-the-united-states-in-pakistan",
      "pakistan-telecommunication-authority",
      "world-bank",
    ]);
  });
});

describe("countries", () => {
  const digest = buildDigest(records);
  it("infers a country from the body and from the person's other meetings, never from a posting", () => {
    const people = Object.fromEntries(digest.people.map((p) => [p.name, p.country]));
    expect(people["Ilse Varga"]).toBe("Pakistan");
    expect(people["Tom Reed"]).toBe("United States");
    expect(people["Jan Brook"]).toBeNull();
    expect(people["Asha Mehr"]).toBeNull();
  });

  it("lists every meeting between two countries' officials on the pair page", () => {
    const pair = digest.countryPairs.find((p) => p.slug === "pakistan/united-states");
    expect(pair?.meetings).toHaveLength(2);
    expect(pair?.peopleA.map((p) => p.name)).toEqual(["Ilse Varga"]);
    expect(pair?.links).toEqual([{ a: "ilse-varga", b: "tom-reed", count: 2 }]);
    const pakistan = digest.countries.find((c) => c.slug === "pakistan");
    expect(pakistan?.counterparts).toEqual([{ slug: "united-states", name: "United States", count: 2, pairSlug: "pakistan/united-states" }]);
  });

  it("gives the same result whatever the order of the records", () => {
    const again = buildDigest([...records].reverse());
    expect(again.organisations).toEqual(digest.organisations);
    expect(again.countryPairs).toEqual(digest.countryPairs);
  });
});
