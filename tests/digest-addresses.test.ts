import { describe, expect, it } from "vitest";
import { formatAddressBook, parseAddressBook } from "../src/digest/addresses.ts";
import { buildDigest } from "../src/digest/index.ts";
import type { ArticleRecord, Official, RecordMeeting } from "../src/model.ts";
import { official, record } from "./fixtures/digest-records.ts";

const met = (source: string, date: string, officials: Official[], location: string | null = null): ArticleRecord => {
  const meeting: RecordMeeting = {
    participants: officials.map((o) => o.name),
    attendees: [],
    date,
    location,
    country: null,
    call: false,
    evidence: { date: null, location: null },
  };
  return record(source, { date, dateBasis: "explicit", articleDate: date, location, officials, meetings: [meeting] });
};

const first = met("a.txt", "2025-01-02", [official("Tamsin Okafor"), official("Ruben Falk")]);
const fuller = met("b.txt", "2025-02-10", [official("Tamsin Adaeze Okafor"), official("Lior Ben-Ami")]);

describe("addresses across builds", () => {
  it("has no redirects in a cold build", () => {
    expect(buildDigest([first, fuller]).redirects).toEqual([]);
  });

  it("keeps a person's old address working when a later article gives a fuller name", () => {
    const before = buildDigest([first]);
    expect(before.people.map((p) => p.slug)).toContain("tamsin-okafor");
    const after = buildDigest([first, fuller], { addresses: before.addresses });
    expect(after.people.map((p) => p.slug)).toContain("tamsin-adaeze-okafor");
    expect(after.redirects).toEqual([
      // The meeting is named after its principals, so its address moves with the name.
      {
        kind: "meeting",
        from: "/meetings/2025-01-02-tamsin-okafor-meets-ruben-falk/",
        to: "/meetings/2025-01-02-tamsin-adaeze-okafor-meets-ruben-falk/",
        title: "Headline of a.txt",
      },
      { kind: "person", from: "/people/tamsin-okafor/", to: "/people/tamsin-adaeze-okafor/", title: "Tamsin Adaeze Okafor" },
    ]);
    // And the build after that still knows it, even once the short spelling is gone from the seeds.
    const later = buildDigest([fuller], { addresses: after.addresses });
    expect(later.redirects).toContainEqual(expect.objectContaining({ from: "/people/tamsin-okafor/", to: "/people/tamsin-adaeze-okafor/" }));
  });

  it("keeps a meeting's old address working when a second source joins it", () => {
    const before = buildDigest([first]);
    const oldSlug = before.meetings[0]!.slug;
    const second = met("c.txt", "2025-01-02", [official("Ruben Falk"), official("Tamsin Okafor"), official("Ilse Varga")]);
    const after = buildDigest([first, second], { addresses: before.addresses });
    expect(after.meetings).toHaveLength(1);
    // The report naming most people leads the page now, and its host names the meeting.
    const now = after.meetings[0]!;
    expect([oldSlug, now.slug]).toEqual(["2025-01-02-tamsin-okafor-meets-ruben-falk", "2025-01-02-ruben-falk-meets-tamsin-okafor"]);
    expect(after.redirects).toEqual([{ kind: "meeting", from: `/meetings/${oldSlug}/`, to: `/meetings/${now.slug}/`, title: now.title }]);
    expect(now.sources.map((s) => s.source)).toEqual(["c.txt", "a.txt"]);
  });

  it("never hands an address on to someone else: a page keeps its slug, the newcomer gets the suffix", () => {
    const inLagos = met("z.txt", "2025-03-03", [official("Tamsin Okafor"), official("Ruben Falk")], "Lagos");
    const inAccra = met("a.txt", "2025-03-03", [official("Tamsin Okafor"), official("Ruben Falk")], "Accra");
    const before = buildDigest([inLagos]);
    const lagosSlug = before.meetings[0]!.slug;
    const cold = buildDigest([inLagos, inAccra]);
    expect(cold.meetings.find((m) => m.location === "Lagos")!.slug).not.toBe(lagosSlug);
    const warm = buildDigest([inLagos, inAccra], { addresses: before.addresses });
    expect(warm.meetings.find((m) => m.location === "Lagos")!.slug).toBe(lagosSlug);
    expect(warm.meetings.find((m) => m.location === "Accra")!.slug).toBe(`${lagosSlug}-2`);
    expect(warm.redirects).toEqual([]);
  });

  it("gives the same digest for the same seeds and the same address book, build after build", () => {
    const before = buildDigest([first]);
    const a = buildDigest([first, fuller], { addresses: before.addresses });
    const b = buildDigest([fuller, first], { addresses: before.addresses });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const again = buildDigest([first, fuller], { addresses: a.addresses });
    expect(JSON.stringify({ ...again, addresses: null })).toBe(JSON.stringify({ ...a, addresses: null }));
    expect(formatAddressBook(again.addresses)).toBe(formatAddressBook(a.addresses));
  });
});

describe("the stored address book", () => {
  it("reads back what was written", () => {
    const book = buildDigest([first, fuller]).addresses;
    expect(parseAddressBook(formatAddressBook(book))).toEqual(parseAddressBook(formatAddressBook(parseAddressBook(formatAddressBook(book)))));
    expect(Object.keys(parseAddressBook(formatAddressBook(book)).people).sort()).toEqual(["lior-ben-ami", "ruben-falk", "tamsin-adaeze-okafor"]);
  });

  it("drops what it cannot trust: broken JSON, another shape, unsafe addresses", () => {
    expect(parseAddressBook("{not json")).toEqual({ version: 1, people: {}, meetings: {} });
    expect(parseAddressBook('{"version":2}')).toEqual({ version: 1, people: {}, meetings: {} });
    const tampered = parseAddressBook('{"version":1,"people":{"../x":["a"],"ok-slug":["a"]},"meetings":{}}');
    expect(Object.keys(tampered.people)).toEqual(["ok-slug"]);
  });
});
