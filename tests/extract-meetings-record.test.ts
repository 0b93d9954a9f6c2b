// A record's meetings, and its date and place as those of the meeting it reports first. The
// article is invented for the test.
import { describe, expect, it } from "vitest";
import { buildDigest } from "../src/digest/index.ts";
import { extractRecord } from "../src/extract/index.ts";
import { ingestFile } from "../src/ingest/index.ts";

function record(text: string) {
  const ingested = ingestFile("r.txt", Buffer.from(text));
  if (ingested.kind !== "article") throw new Error("not read as an article");
  return extractRecord(ingested.article);
}

describe("a record of two meetings", () => {
  const r = record(
    "Published: March 5, 2025\n\nISLAMABAD: Federal Minister for IT Sara Malik met Ambassador of Japan Kenji Sato on Tuesday. " +
      "The meeting was attended by Secretary IT Omar Farooq.\n\n" +
      "Separately, on Monday, Sara Malik held a video call with Chairman of Nexa Holdings Lukas Brenner.\n",
  );

  it("lists each meeting with its own day, place and kind", () => {
    expect(r.meetings.map((m) => [m.participants, m.attendees, m.date, m.location, m.call])).toEqual([
      [["Sara Malik", "Kenji Sato"], ["Omar Farooq"], "2025-03-04", "Islamabad", false],
      [["Sara Malik", "Lukas Brenner"], [], "2025-03-03", null, true],
    ]);
  });

  it("dates and places the record by the meeting it reports first", () => {
    expect(r).toMatchObject({ date: "2025-03-04", dateBasis: "weekday", location: "Islamabad" });
    expect(r.meetings[0]!.evidence.date?.text).toMatch(/^ISLAMABAD: Federal Minister/);
  });

  it("gives the site a page per meeting, and people met only in one meeting together", () => {
    const digest = buildDigest([r]);
    expect(digest.meetings).toHaveLength(2);
    const met = (name: string) => digest.people.find((p) => p.name === name)!.met.map((m) => m.name).sort();
    expect(met("Kenji Sato")).toEqual(["Omar Farooq", "Sara Malik"]);
    expect(met("Lukas Brenner")).toEqual(["Sara Malik"]);
    expect(met("Sara Malik")).toEqual(["Kenji Sato", "Lukas Brenner", "Omar Farooq"]);
  });
});

describe("front-matter corrections of the date and place", () => {
  it("correct the first meeting's date and place", () => {
    const r = record("---\nmeeting_date: 2025-02-01\nlocation: Lahore\n---\nISLAMABAD: Minister Sara Malik met Ambassador Kenji Sato on Tuesday.\n");
    expect(r.meetings.map((m) => [m.date, m.location])).toEqual([["2025-02-01", "Lahore"]]);
  });
});
