import { describe, expect, it } from "vitest";
import { dateOfSpans, extractDate } from "../src/extract/dates.ts";
import { sentences } from "../src/extract/sentences.ts";

// 2025-06-04 is a Wednesday.
const WEDNESDAY = "2025-06-04";

describe("an explicit date tied to the meeting", () => {
  it.each([
    ["The minister met the ambassador on 12 March 2025 to discuss trade.", "2025-03-12"],
    ["The minister met the ambassador on March 12, 2025 to discuss trade.", "2025-03-12"],
    ["The two ministers held talks on the 3rd of June 2025.", "2025-06-03"],
  ])("%j → %s", (text, date) => {
    expect(extractDate(text, null)).toEqual({ date, basis: "explicit", warning: null });
  });

  it("wins over the article date and over a weekday", () => {
    expect(extractDate("They met on Tuesday, 27 May 2025 in the capital.", WEDNESDAY)).toMatchObject({ date: "2025-05-27", basis: "explicit" });
  });

  it("takes the year of a month and day from the article date", () => {
    expect(extractDate("The ministers met on Tuesday June 3 to review the plan.", WEDNESDAY)).toMatchObject({ date: "2025-06-03", basis: "explicit" });
  });

  it("settles nothing when a month and day come without any year", () => {
    const found = extractDate("The ministers met on Nov 14 to review the plan.", null);
    expect(found.date).toBeNull();
    expect(found.warning).toMatch(/without a year/);
  });
});

describe("dates of other events are not the meeting date", () => {
  it("ignores a scheduled auction and a deadline", () => {
    const text =
      "The minister met the operators on Tuesday. She said the auction was scheduled for 30 June 2025 " +
      "and the bill would be tabled by 20 July 2025.";
    expect(extractDate(text, WEDNESDAY)).toMatchObject({ date: "2025-06-03", basis: "weekday" });
  });

  it("ignores a meeting that will take place on a later date", () => {
    const text = "The delegation met the secretary. The two sides will meet again on 15 August 2025 in Lahore.";
    expect(extractDate(text, WEDNESDAY)).toMatchObject({ date: WEDNESDAY, basis: "article-date" });
  });

  it("ignores a date weeks before the article, such as an agreement signed long ago", () => {
    const text = "The minister met the envoy on Monday. They reviewed the accord signed on 12 May 2023 at the ministry.";
    expect(extractDate(text, WEDNESDAY)).toMatchObject({ date: "2025-06-02", basis: "weekday" });
  });

  it("ignores the date of an event someone was invited to", () => {
    const text = "The envoy called on the minister on Wednesday. He invited the minister to attend a conference in Singapore on June 25 next year.";
    expect(extractDate(text, WEDNESDAY)).toMatchObject({ date: WEDNESDAY, basis: "weekday" });
  });

  it("ignores the year of a meeting a relative clause recalls", () => {
    const text = "The foreign minister, who met the president in Kyiv in 2019, held talks with her counterpart on Monday.";
    expect(extractDate(text, WEDNESDAY)).toMatchObject({ date: "2025-06-02", basis: "weekday" });
  });

  it("ignores a past meeting that is recalled", () => {
    const text = "The minister met the ambassador. She recalled their talks held on 5 May 2024 in the capital.";
    expect(extractDate(text, WEDNESDAY)).toMatchObject({ date: WEDNESDAY, basis: "article-date" });
  });
});

describe("weekdays, yesterday and today, against the article date", () => {
  it("resolves a weekday to the most recent such day on or before the article date", () => {
    expect(extractDate("The minister met the ambassador on Monday.", WEDNESDAY)).toEqual({ date: "2025-06-02", basis: "weekday", warning: null });
    expect(extractDate("The minister met the ambassador on Thursday.", WEDNESDAY)).toMatchObject({ date: "2025-05-29" });
  });

  it("reads a weekday abbreviated in agency style after on", () => {
    expect(extractDate("The minister met the ambassador on Tues. to discuss trade.", WEDNESDAY)).toMatchObject({ date: "2025-06-03", basis: "weekday" });
    expect(extractDate("The two ministers held talks on Fri., the ministry said.", WEDNESDAY)).toMatchObject({ date: "2025-05-30", basis: "weekday" });
  });

  it("does not take other words shaped like an abbreviated weekday for a day", () => {
    expect(extractDate("The minister met the ambassador to discuss a Sun. Times report.", WEDNESDAY)).toMatchObject({ date: WEDNESDAY, basis: "article-date" });
  });

  it("reads the same cues in Urdu", () => {
    expect(extractDate("اسلام آباد: وزیر سے برطانوی ہائی کمشنر نے پیر کو ملاقات کی۔", WEDNESDAY)).toMatchObject({ date: "2025-06-02", basis: "weekday" });
    expect(extractDate("وزیر نے آج سفیر سے ملاقات کی۔", WEDNESDAY)).toMatchObject({ date: WEDNESDAY, basis: "relative" });
  });

  it("finds a weekday glued to the word before it", () => {
    expect(extractDate("The delegation called on the minister hereMonday.", WEDNESDAY)).toMatchObject({ date: "2025-06-02", basis: "weekday" });
  });

  it("takes the article date itself when it is that weekday", () => {
    expect(extractDate("The ministers met here on Wednesday.", WEDNESDAY)).toMatchObject({ date: WEDNESDAY });
  });

  it("reads yesterday as the day before and today as the day itself", () => {
    expect(extractDate("The minister received the delegation yesterday.", WEDNESDAY)).toMatchObject({ date: "2025-06-03", basis: "relative" });
    expect(extractDate("The minister chaired a meeting today.", WEDNESDAY)).toMatchObject({ date: WEDNESDAY, basis: "relative" });
    expect(extractDate("The ministers met at a dinner last night.", WEDNESDAY)).toMatchObject({ date: "2025-06-03", basis: "relative" });
  });

  it("cannot count back from a weekday without an article date", () => {
    const found = extractDate("The ministers met on Thursday.", null);
    expect(found).toMatchObject({ date: null, basis: "none" });
    expect(found.warning).toMatch(/Thursday.*no date/);
  });

  it("does not take the weekday of a coming event", () => {
    expect(extractDate("The minister met the envoy. They will sign the agreement on Friday.", WEDNESDAY)).toMatchObject({ basis: "article-date" });
  });
});

describe("when the text gives no cue", () => {
  it("uses the article date", () => {
    expect(extractDate("The minister met the ambassador to discuss trade.", WEDNESDAY)).toEqual({ date: WEDNESDAY, basis: "article-date", warning: null });
  });

  it("gives null and a warning without an article date", () => {
    const found = extractDate("The minister met the ambassador to discuss trade.", null);
    expect(found).toMatchObject({ date: null, basis: "none" });
    expect(found.warning).toMatch(/no date found/);
  });

  it("is not put off by a vague word about something else", () => {
    const text = "The government recently approved the national AI policy, and the minister discussed it with the envoy on Monday.";
    expect(extractDate(text, WEDNESDAY)).toMatchObject({ date: "2025-06-02", basis: "weekday" });
  });

  it("gives null and a warning for a vague 'last week', even with an article date", () => {
    const found = extractDate("The secretary and the envoy met last week to discuss gaming.", WEDNESDAY);
    expect(found).toMatchObject({ date: null, basis: "none" });
    expect(found.warning).toMatch(/vaguely/);
  });

  it("gives null for a meeting dated by a month or a year before the article's month", () => {
    for (const text of ["In 2023, the secretary met the envoy in Accra.", "The secretary met the envoy in Accra in March 2025.", "In early May 2025, the secretary met the envoy."]) {
      const found = extractDate(text, WEDNESDAY);
      expect(found).toMatchObject({ date: null, basis: "none" });
      expect(found.warning).toMatch(/month or a year but no day/);
    }
  });

  it("keeps the article's date when the month is the article's own, or the year dates something else", () => {
    expect(extractDate("The secretary met the envoy in Accra in June 2025.", WEDNESDAY)).toMatchObject({ date: WEDNESDAY, basis: "article-date" });
    expect(extractDate("The secretary met the envoy to review the plan adopted in March 2023.", WEDNESDAY)).toMatchObject({ date: WEDNESDAY, basis: "article-date" });
  });

  it.each(["over the weekend", "at the weekend", "this weekend", "in recent days", "over the past few weeks"])("gives null for a meeting held %s", (when) => {
    expect(extractDate(`The secretary and the envoy met ${when} to discuss gaming.`, WEDNESDAY)).toMatchObject({ date: null, basis: "none" });
  });
});

describe("ordinal days and numeric dates", () => {
  it.each([
    ["The minister met the envoy on 2nd June.", "2025-06-02"],
    ["The minister met the envoy on June 2nd.", "2025-06-02"],
  ])("%j takes its year from the article date", (text, date) => {
    expect(extractDate(text, WEDNESDAY)).toMatchObject({ date, basis: "explicit" });
  });

  it("reads a numeric date only where one reading alone is possible", () => {
    expect(extractDate("The minister met the envoy on 28-05-2025.", null)).toMatchObject({ date: "2025-05-28", basis: "explicit" });
    expect(extractDate("The minister met the envoy on 2025-06-02.", null)).toMatchObject({ date: "2025-06-02", basis: "explicit" });
    // 02-06-2025 is 2 June or 6 February; an article of 4 June 2025 rules out February.
    expect(extractDate("The minister met the envoy on 02/06/2025.", WEDNESDAY)).toMatchObject({ date: "2025-06-02", basis: "explicit" });
  });

  it("leaves an ambiguous numeric date null rather than guess, and does not fall back to a weaker cue", () => {
    const found = extractDate("The minister met the envoy on 02-06-2025. They met again on Monday.", null);
    expect(found).toMatchObject({ date: null, basis: "none" });
    expect(found.warning).toMatch(/day-month/);
  });
});

describe("a weekday against the article's Published: line", () => {
  it("resolves 'on Monday' to the Monday on or before the publication date", async () => {
    const { ingestFile } = await import("../src/ingest/index.ts");
    const { extractRecord } = await import("../src/extract/index.ts");
    const text = "Published: March 5, 2025\n\nISLAMABAD: Minister for IT Sara Malik met Ambassador of Japan Kenji Sato on Monday.\n";
    const ingested = ingestFile("published.txt", Buffer.from(text));
    if (ingested.kind !== "article") throw new Error("not read as an article");
    expect(extractRecord(ingested.article)).toMatchObject({ date: "2025-03-03", dateBasis: "weekday" });
  });
});

describe("dates written the way agencies write them", () => {
  it("reads a weekday with the day and month in brackets, and a month-day with the weekday in brackets", () => {
    expect(extractDate("On Sunday (1 June), the deputy minister met the envoy.", WEDNESDAY)).toMatchObject({ date: "2025-06-01", basis: "explicit" });
    expect(extractDate("1. On June 3 (Tue), the minister held a meeting with the envoy.", WEDNESDAY)).toMatchObject({ date: "2025-06-03", basis: "explicit" });
  });

  it("settles nothing from sentences without a cue, so the caller can fall back", () => {
    expect(dateOfSpans(sentences("The minister met the envoy."), WEDNESDAY, "The minister met the envoy.")).toBeNull();
  });
});
