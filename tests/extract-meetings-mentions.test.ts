// Where each official is named: full names, short forms after a title, family names first,
// names shared by two officials. Every name is invented for the test.
import { describe, expect, it } from "vitest";
import { locateMentions, mentionsGiven } from "../src/extract/meetings/mentions.ts";
import { toUnits } from "../src/extract/meetings/units.ts";
import { sentences } from "../src/extract/sentences.ts";
import { officialsOf, type Given } from "./fixtures/meetings.ts";

function named(text: string, given: Given[]): [string, string][] {
  const officials = officialsOf(given);
  return locateMentions(text, officials, toUnits(sentences(text), text)).map((m) => [text.slice(m.start, m.end), officials[m.who]!.name]);
}

describe("mentions of officials", () => {
  it("finds the full name and its later short forms", () => {
    const text = "Dr. Amare Wolde Tessema met Sheikh Khalid bin Nasser Al Dhaheri. Dr. Amare thanked Sheikh Khalid. Al Dhaheri said so.";
    expect(named(text, [["Amare Wolde Tessema", "participant"], ["Khalid bin Nasser Al Dhaheri", "participant"]])).toEqual([
      ["Amare Wolde Tessema", "Amare Wolde Tessema"],
      ["Khalid bin Nasser Al Dhaheri", "Khalid bin Nasser Al Dhaheri"],
      ["Amare", "Amare Wolde Tessema"],
      ["Khalid", "Khalid bin Nasser Al Dhaheri"],
      ["Dhaheri", "Khalid bin Nasser Al Dhaheri"],
    ]);
  });

  it("reads names in capitals and family names written first", () => {
    const text = "Mr. SATO Kenta met Byun Ji-ho. Minister Sato and Byun agreed. ZHU said the rest.";
    expect(named(text, [["SATO Kenta", "participant"], ["Byun Ji-ho", "participant"], ["ZHU Wei", "attendee"]])).toEqual([
      ["SATO Kenta", "SATO Kenta"],
      ["Byun Ji-ho", "Byun Ji-ho"],
      ["Sato", "SATO Kenta"],
      ["Byun", "Byun Ji-ho"],
      ["ZHU", "ZHU Wei"],
    ]);
  });

  it("takes a word two officials share for neither, unless the rest of the name tells them apart", () => {
    const text = "Farah Siddiqui met Kamran Siddiqui. Siddiqui said. Farah Siddiqui added.";
    expect(named(text, [["Farah Siddiqui", "participant"], ["Kamran Siddiqui", "participant"]])).toEqual([
      ["Farah Siddiqui", "Farah Siddiqui"],
      ["Kamran Siddiqui", "Kamran Siddiqui"],
      ["Farah Siddiqui", "Farah Siddiqui"],
    ]);
  });

  it("does not take a common given name written alone for an official", () => {
    expect(named("Muhammad Tariq Hasnain met the envoy. Muhammad said later.", [["Muhammad Tariq Hasnain", "participant"]])).toEqual([
      ["Muhammad Tariq Hasnain", "Muhammad Tariq Hasnain"],
    ]);
  });
});

describe("mentions an officials reader gives", () => {
  it("are taken as given, and an official without any is looked for by name", () => {
    const text = "Minister Lena Holt met the envoy. Holt thanked Rui Kato.";
    const officials = officialsOf([["Lena Holt", "participant"], ["Rui Kato", "participant"]]);
    const units = toUnits(sentences(text), text);
    const given = [[{ name: { start: 9, end: 18 } }, { name: { start: 34, end: 38 } }], undefined];
    expect(mentionsGiven(text, officials, given, units).map((m) => [text.slice(m.start, m.end), officials[m.who]!.name])).toEqual([
      ["Lena Holt", "Lena Holt"],
      ["Holt", "Lena Holt"],
      ["Rui Kato", "Rui Kato"],
    ]);
  });

  it("are joined by the places of names the reader did not give, its own place standing where both find one", () => {
    const text = "Minister Lena Holt met Rui Kato. Later, Lena Holt and Rui Kato held a separate meeting.";
    const officials = officialsOf([["Lena Holt", "participant"], ["Rui Kato", "participant"]]);
    const units = toUnits(sentences(text), text);
    // The reader gives "Minister Lena Holt" as one name (title included) and skips the second sentence.
    const given = [[{ name: { start: 0, end: 18 } }], [{ name: { start: 23, end: 31 } }]];
    expect(mentionsGiven(text, officials, given, units).map((m) => [text.slice(m.start, m.end), officials[m.who]!.name])).toEqual([
      ["Minister Lena Holt", "Lena Holt"],
      ["Rui Kato", "Rui Kato"],
      ["Lena Holt", "Lena Holt"],
      ["Rui Kato", "Rui Kato"],
    ]);
  });
});
