// The day, the place and the kind (call or in person) of each meeting an article reports, and the
// words each was read from. Every text is invented for the test.
import { describe, expect, it } from "vitest";
import { read, type Given } from "./fixtures/meetings.ts";

// 2025-03-05 is a Wednesday.
const WEDNESDAY = "2025-03-05";
const TWO: Given[] = [
  ["Hana Virtanen", "participant", "Minister"],
  ["Ravi Menon", "participant", "Governor"],
  ["Jiro Kamada", "participant", "Ambassador"],
];
const FIRST = "Minister Hana Virtanen met Governor Ravi Menon on Monday.";

describe("the date of each meeting", () => {
  it.each([
    ["Later in the day, Virtanen received Ambassador Jiro Kamada.", "2025-03-03"],
    ["Virtanen then received Ambassador Jiro Kamada.", "2025-03-03"],
    ["Earlier in the day, Virtanen received Ambassador Jiro Kamada.", "2025-03-03"],
    ["Earlier, at 9:30 a.m., Virtanen received Ambassador Jiro Kamada.", "2025-03-03"],
    ["Earlier, Virtanen received Ambassador Jiro Kamada.", null],
    ["The following day, Virtanen received Ambassador Jiro Kamada.", "2025-03-04"],
    ["Separately, Virtanen received Ambassador Jiro Kamada.", "2025-03-03"],
    ["Meanwhile, Virtanen received Ambassador Jiro Kamada.", "2025-03-03"],
    ["On Sunday, Virtanen received Ambassador Jiro Kamada.", "2025-03-02"],
    ["On Sunday (2 March), Virtanen received Ambassador Jiro Kamada.", "2025-03-02"],
    ["On March 1, Virtanen held a meeting with Ambassador Jiro Kamada.", "2025-03-01"],
    ["Virtanen also received Ambassador Jiro Kamada today.", WEDNESDAY],
  ])("%j → %s", (second, date) => {
    const m = read(`${FIRST} ${second}`, TWO, { articleDate: WEDNESDAY });
    expect(m.map((x) => x.date)).toEqual(["2025-03-03", date]);
  });

  it.each(["Meanwhile", "Earlier", "Thereafter"])("does not date a meeting by a later remark opening with %j", (opening) => {
    const text = `Minister Hana Virtanen met Governor Ravi Menon. ${opening}, Menon said on Sunday that exports grew.`;
    expect(read(text, TWO, { articleDate: WEDNESDAY }).map((x) => x.date)).toEqual([WEDNESDAY]);
  });

  it("dates a meeting by a remark of its principals that follows it", () => {
    const text = "Minister Hana Virtanen met Governor Ravi Menon. Menon said on Sunday that exports grew.";
    expect(read(text, TWO, { articleDate: WEDNESDAY }).map((x) => x.date)).toEqual(["2025-03-02"]);
  });

  it("takes the date of a series from the sentence that announces it", () => {
    const m = read(
      "Minister Orla Benedek held two bilateral meetings on 14 February 2025. The minister first met Ambassador Kenji Arafune. " +
        "The minister also met Ambassador Dana Korhonen.",
      [["Orla Benedek", "participant", "Minister"], ["Kenji Arafune", "participant"], ["Dana Korhonen", "participant"]],
      { articleDate: "2025-02-15" },
    );
    expect(m.map((x) => x.date)).toEqual(["2025-02-14", "2025-02-14"]);
  });

  it("dates the meetings after 'On Friday, the minister had a busy day' by that day", () => {
    const m = read(`${FIRST} On Sunday, the minister had a busy day of engagements. She also held a bilateral meeting with Ambassador Jiro Kamada.`, TWO, {
      articleDate: WEDNESDAY,
    });
    expect(m.map((x) => x.date)).toEqual(["2025-03-03", "2025-03-02"]);
  });

  it("does not take the day of a meeting that will come", () => {
    const m = read(`${FIRST} The two will meet again on Friday.`, TWO, { articleDate: WEDNESDAY });
    expect(m.map((x) => x.date)).toEqual(["2025-03-03"]);
  });

  it("leaves a weekday without an article date undated", () => {
    expect(read(FIRST, TWO).map((x) => x.date)).toEqual([null]);
  });

  it("keeps the sentence the date was read from as evidence", () => {
    const text = `Talks were held. ${FIRST}`;
    const [m] = read(text, TWO, { articleDate: WEDNESDAY });
    expect(m!.evidence.date).toEqual({ text: FIRST, start: text.indexOf(FIRST), end: text.length });
  });
});

describe("the place of each meeting", () => {
  it("takes the venue its sentences name, else the place of the meeting before, else the dateline", () => {
    const text =
      "COLOMBO: Minister Hana Virtanen met Governor Ravi Menon at the ministry. " +
      "Later, Virtanen held talks with Ambassador Jiro Kamada in Geneva. " +
      "Separately, Virtanen received Envoy Ada Brill.";
    const m = read(text, [...TWO, ["Ada Brill", "participant"]], { dateline: "COLOMBO" });
    expect(m.map((x) => x.location)).toEqual(["Colombo", "Geneva", "Geneva"]);
    expect(m[0]!.evidence.location).toMatchObject({ text: "COLOMBO", start: 0 });
    expect(m[1]!.evidence.location?.text).toMatch(/^Later, Virtanen held talks/);
  });

  it("does not take a place a later sentence speaks of for the venue", () => {
    const text =
      "COLOMBO: Minister Hana Virtanen met Governor Ravi Menon at the ministry. The two discussed training at the Lake Academy in Kandy.";
    expect(read(text, TWO, { dateline: "COLOMBO" }).map((x) => x.location)).toEqual(["Colombo"]);
  });

  it("gives a telephone or video call no place, and no dateline places it", () => {
    const text =
      "COLOMBO: Minister Hana Virtanen met Governor Ravi Menon. On Monday, Virtanen held a video conference with Ambassador Jiro Kamada. " +
      "Separately, Virtanen held a phone call with Envoy Ada Brill.";
    const m = read(text, [...TWO, ["Ada Brill", "participant"]], { dateline: "COLOMBO" });
    expect(m.map((x) => [x.location, x.call])).toEqual([
      ["Colombo", false],
      [null, true],
      [null, true],
    ]);
  });

  it.each(["via videolink", "by videoconferencing", "in a videocall"])("reads talks held %s as a call", (how) => {
    const [m] = read(`COLOMBO: Minister Hana Virtanen held talks with Governor Ravi Menon ${how}.`, TWO, { dateline: "COLOMBO" });
    expect(m).toMatchObject({ call: true, location: null });
  });

  it("reads a courtesy call as a visit, not a telephone call", () => {
    const [m] = read("COLOMBO: Minister Hana Virtanen received a courtesy call from Governor Ravi Menon.", TWO, { dateline: "COLOMBO" });
    expect(m).toMatchObject({ call: false, location: "Colombo" });
  });

  it("reads 'spoke to' as a call in a readout that calls it one", () => {
    const text = "PM call with Prime Minister Ravi Menon\n\nThe Prime Minister spoke to the Prime Minister of Lumeria, Ravi Menon, this morning.";
    const [m] = read(text, [["Ravi Menon", "participant", "Prime Minister of Lumeria"]]);
    expect(m).toMatchObject({ participants: ["Ravi Menon"], call: true, location: null });
  });
});
