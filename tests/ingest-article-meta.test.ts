import { describe, expect, it } from "vitest";
import { article, bytes, fixture } from "./fixtures/ingest/read.ts";

describe("header, Published line, headline and dateline", () => {
  it("takes the ' date YYYY-MM-DD ' stamp and keeps the dateline on the same line", () => {
    const a = article("header-line.txt", fixture("header-line.txt"));
    expect(a.articleDate).toBe("2025-03-04");
    expect(a.dateline).toBe("LAHORE");
    expect(a.text.startsWith("LAHORE: Provincial Minister")).toBe(true);
  });

  it("ignores a header stamp that is not a calendar date, with a warning", () => {
    const a = article("h.txt", bytes(" date 2024-13-45 LAHORE: The minister met the envoy on Monday."));
    expect(a).toMatchObject({ articleDate: null, dateline: "LAHORE" });
    expect(a.warnings).toEqual([expect.stringMatching(/2024-13-45 is not a calendar date/)]);
  });

  it("reads a 'Published:' line, with or without a time, as the article's date", () => {
    expect(article("p.txt", bytes("Published: 2 October 2024\n\nKARACHI: Text.")).articleDate).toBe("2024-10-02");
    const timed = article("p.txt", bytes("Published: 13 March 2025, 09:15 PKT\n\nKARACHI: Text."));
    expect(timed.articleDate).toBe("2025-03-13");
    expect(timed.text).toBe("KARACHI: Text.");
  });

  it("reads a newspaper's closing 'Published in <paper>, <date>' line as the article's date", () => {
    const a = article("p.txt", bytes("ISLAMABAD: The minister met the envoy on Wednesday.\n\nPublished in Dawn, May 16th, 2024"));
    expect(a).toMatchObject({ articleDate: "2024-05-16", text: "ISLAMABAD: The minister met the envoy on Wednesday." });
  });

  it("dates the story by its dateline before a later 'Published' stamp", () => {
    const full = article("d.txt", bytes("Published: 12 February 2025\n\nIslamabad, 11 February 2025: The secretary received the envoy today."));
    expect(full.articleDate).toBe("2025-02-11");
    const dayMonth = article("d.txt", bytes("Published: 4 March 2025\n\nKARACHI, March 3 (APP) - The minister met the envoy."));
    expect(dayMonth.articleDate).toBe("2025-03-03");
    const newYear = article("d.txt", bytes("Published: 1 January 2025\n\nKARACHI, Dec 31 (APP) - The minister met the envoy."));
    expect(newYear.articleDate).toBe("2024-12-31");
  });

  it("does not guess the year of a dateline's day far from the publication date, nor without one", () => {
    const far = article("d.txt", bytes("Published: 4 March 2025\n\nKARACHI, June 3 (APP) - The minister met the envoy."));
    expect(far.articleDate).toBe("2025-03-04");
    expect(article("d.txt", bytes("KARACHI, March 3 (APP) - The minister met the envoy.")).articleDate).toBeNull();
  });

  it("takes a short first line without a full stop as the headline", () => {
    const a = article("h.txt", bytes("Experts share e-governance experience\n\nA delegation met officials of the ministry."));
    expect(a.headline).toBe("Experts share e-governance experience");
    expect(a.text).toBe("A delegation met officials of the ministry.");
    expect(article("n.txt", bytes("The minister met the ambassador.\nThey talked.")).headline).toBeNull();
    expect(article("u.txt", bytes("وزیر نے سفیر سے ملاقات کی۔\nدونوں نے بات کی۔")).headline).toBeNull();
  });

  it.each([
    ["ISLAMABAD: The minister met.", "ISLAMABAD"],
    ["KARACHI, March 3 (APP) - The minister met.", "KARACHI, March 3 (APP)"],
    ["LAHORE, Nov 14 (APP): The minister met.", "LAHORE, Nov 14 (APP)"],
    ["Islamabad, November 18, 2021 (PPI-OT):The minister met.", "Islamabad, November 18, 2021 (PPI-OT)"],
    ["NEW DELHI: The minister met.", "NEW DELHI"],
    ["Beijing, China — The ministers met.", "Beijing, China"],
    ["BEIJING, Oct 5 (Xinhua) -- The ministers met.", "BEIJING, Oct 5 (Xinhua)"],
    ["Lahore/Karachi: The ministers met.", "Lahore/Karachi"],
    ["Note: the ministers met.", null],
    ["اسلام آباد۔(نمائندہ خصوصی ):وزیر نے ملاقات کی۔", "اسلام آباد۔(نمائندہ خصوصی )"],
    ["BREAKING: the ministers met.", null],
  ])("finds the dateline of %j", (text, dateline) => {
    expect(article("d.txt", bytes(text)).dateline).toBe(dateline);
  });

  it("reads a line that is only a date, as sites print it above a story", () => {
    const a = article("d.txt", bytes("Tuesday, October 8, 2024 10:15 AM\n\nISLAMABAD: The minister met the envoy."));
    expect(a.articleDate).toBe("2024-10-08");
    expect(a.text).toBe("ISLAMABAD: The minister met the envoy.");
  });

  it("finds a dateline below a standfirst and one naming its agency in words", () => {
    expect(article("d.txt", bytes("Talks held on trade and technology.\nISLAMABAD: The minister met.")).dateline).toBe("ISLAMABAD");
    expect(article("d.txt", bytes("ISLAMABAD (Dunya News) - The minister met.")).dateline).toBe("ISLAMABAD (Dunya News)");
  });

  it("takes a city on a line of its own, or closed by a comma, as the dateline", () => {
    const own = article("c.txt", bytes(" date 2018-12-13 Islamabad\n\nThe minister met the envoy."));
    expect(own).toMatchObject({ dateline: "Islamabad", text: "The minister met the envoy.", headline: null });
    expect(article("c.txt", bytes("ISLAMABAD, The High Commissioner called on the minister.")).dateline).toBe("ISLAMABAD");
  });

  it("finds the dateline below a photo caption and keeps the caption, which often dates the meeting", () => {
    const text = "The envoy called on the minister in the capital on May 2, 2024. PID\n\nISLAMABAD: The envoy called on the minister on Thursday.";
    const a = article("c.txt", bytes(text));
    expect(a).toMatchObject({ headline: null, dateline: "ISLAMABAD", text });
  });

  it("reads an agency dateline that names the country in brackets", () => {
    expect(article("a.txt", bytes("New Delhi [India], February 17 (ANI): The minister met.")).dateline).toBe("New Delhi [India], February 17 (ANI)");
  });

  it("prefers the clean headline to a breadcrumb trail glued to it", () => {
    const a = article("b.txt", bytes("HomeNewsDiplomacyMinister meets envoy\n\nMinister meets envoy\n\nLAHORE: The minister met the envoy."));
    expect(a.headline).toBe("Minister meets envoy");
    expect(a.text).toBe("LAHORE: The minister met the envoy.");
  });

  it("does not take a long lead sentence without a full stop for a headline", () => {
    const lead = "Federal Minister for Energy Amna Tariq on Wednesday chaired the twelfth meeting of the task force on power sector reforms and circular debt here";
    expect(article("l.txt", bytes(`${lead}\n\nThe meeting discussed tariffs.`)).headline).toBeNull();
  });

  it("joins lines broken at a fixed width back into paragraphs", () => {
    const wrapped = [
      "ISLAMABAD, High Commissioner of Malaysia in Pakistan Ikram",
      "Mohammad Ibrahim called on Federal Minister for Energy Amna Tariq",
      "here on Thursday.",
      "The minister welcomed the High Commissioner at her office and the two",
      "sides discussed cooperation in renewable energy and power trade between",
      "the two countries.",
    ].join("\n");
    expect(article("w.txt", bytes(wrapped)).text).toBe(
      "ISLAMABAD, High Commissioner of Malaysia in Pakistan Ikram Mohammad Ibrahim called on Federal Minister for Energy Amna Tariq here on Thursday.\n" +
        "The minister welcomed the High Commissioner at her office and the two sides discussed cooperation in renewable energy and power trade between the two countries.",
    );
  });

  it("dates a story from a dateline that carries a full date", () => {
    expect(article("d.txt", bytes("ISLAMABAD, March 12, 2025 - The minister met.")).articleDate).toBe("2025-03-12");
  });
});

