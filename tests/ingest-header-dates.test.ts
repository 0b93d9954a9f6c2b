// The article's own date as pages across the world's press print it: agency datelines, bylines
// with "Published" and "Updated", PIB's "Posted On:", a page's own date line. Every text is
// invented for the test.
import { describe, expect, it } from "vitest";
import { article, bytes } from "./fixtures/ingest/read.ts";

const dated = (text: string) => article("d.txt", bytes(text));

describe("agency datelines", () => {
  it.each([
    ["Addis Ababa, February 15/2025 (ENA) – The minister met the envoy.", "Addis Ababa, February 15/2025 (ENA)", "2025-02-15"],
    ["Riyadh, March 10, 2025, SPA -- The minister received the envoy today.", "Riyadh, March 10, 2025, SPA", "2025-03-10"],
    ["Riyadh, Ramadan 10, 1446, March 10, 2025, SPA -- The minister received the envoy.", "Riyadh, Ramadan 10, 1446, March 10, 2025, SPA", "2025-03-10"],
    ["BAKU, Azerbaijan, March 10. Trend: The minister met the envoy.", "BAKU, Azerbaijan, March 10. Trend", null],
    ["Davos, Switzerland. 24 January 2026 – The delegation met the envoy.", "Davos, Switzerland. 24 January 2026", "2026-01-24"],
    ["ABU DHABI, 4th March, 2025 (WAM) -- The minister received the envoy.", "ABU DHABI, 4th March, 2025 (WAM)", "2025-03-04"],
  ])("%j", (text, dateline, date) => {
    expect(dated(text)).toMatchObject({ dateline, articleDate: date });
  });

  it("takes a place the gazetteer does not know as a dateline when a date or an agency tag follows it", () => {
    expect(dated("Zorvath Kell, Oct 21 (NA) — The minister met the envoy.").dateline).toBe("Zorvath Kell, Oct 21 (NA)");
    expect(dated("Zorvath Kell — The minister met the envoy.").dateline).toBeNull();
  });

  it("gives a dateline's month and day the year of the header date, and the story that day", () => {
    expect(dated(" date 2025-11-27 SEOUL, Nov. 26 (Yonhap) -- Diplomats held talks today.").articleDate).toBe("2025-11-26");
    expect(dated("---\ndate: 2025-01-02\n---\nKARACHI, Dec 31 (APP) - The minister met the envoy.").articleDate).toBe("2024-12-31");
    expect(dated("Hanoi (VNA) – The minister received the envoy on May 12.").articleDate).toBeNull();
  });
});

describe("dates printed above or below the story", () => {
  it("reads a byline's 'Published' date, not its 'Updated' one", () => {
    expect(dated("By Ana Ruiz\nPublished 9:12 am, 22 August 2025 | Updated 2:40 pm, 23 August 2025\n\nThe ministers met yesterday.").articleDate).toBe("2025-08-22");
  });

  it("reads PIB's 'Posted On:' line", () => {
    expect(dated("Ministry of Mines\n\nPosted On: 12 AUG 2025 6:45PM by PIB Delhi\n\nThe Minister held a meeting today.").articleDate).toBe("2025-08-12");
  });

  it("reads a 'Published' line below a cookie banner and the page furniture", () => {
    const banner = Array.from({ length: 14 }, (_, i) => `Cookie notice line ${i}`).join("\n");
    expect(dated(`${banner}\n\nPress release\n\nFrom: Prime Minister's Office\nPublished 14 May 2025\n\nThe Prime Minister spoke to the envoy.`).articleDate).toBe("2025-05-14");
  });

  it("reads a page's own date line of labelled fields, and the city it names", () => {
    const eu = dated("Press corner\n\nDaily News | Statement | 12 February 2025\n\nThe Commissioner today received the Minister.");
    expect(eu.articleDate).toBe("2025-02-12");
    const canada = dated("Readout\n\nSeptember 16, 2025 - Ottawa, Ontario - Global Affairs Canada\n\nToday, the Minister met the Secretary.");
    expect(canada.articleDate).toBe("2025-09-16");
    expect(canada.dateline).toMatch(/^Ottawa\b/);
  });

  it.each([
    ["Wed 10 Sep 2025 14.05 BST", "2025-09-10"],
    ["Tue. 9 Sep 2025", "2025-09-09"],
    ["September 10, 20252:05 PM GMT+3Updated 2 hours ago", "2025-09-10"],
    ["September 8, 2025 11:40 AM GMT+2", "2025-09-08"],
  ])("reads a line of only a date, time and zone: %j", (line, date) => {
    expect(dated(`Ruiz meets Berg\n\n${line}\n\nMinister Ana Ruiz met Minister Ole Berg on Monday.`).articleDate).toBe(date);
  });

  it("reads a byline's date field with its time and zone", () => {
    expect(dated("Ruiz meets Berg\n\nBy Tomas Vell | 10 Sep 2025, 14:05 IST\n\nMinister Ana Ruiz met Minister Ole Berg on Monday.").articleDate).toBe("2025-09-10");
  });

  it("does not read a year with more digits after it as a year", () => {
    expect(dated("Ruiz meets Berg\n\nSeptember 10, 202512\n\nMinister Ana Ruiz met Minister Ole Berg.").articleDate).toBeNull();
  });

  it("does not take a sentence that holds a date for a date line", () => {
    expect(dated("Minister Ana Ruiz met the envoy - talks on 12 February 2025 were held - and agreed.").articleDate).toBeNull();
  });
});
