import { describe, expect, it } from "vitest";
import { extractOfficials } from "../src/extract/officials/index.ts";

const names = (text: string) => extractOfficials(text).map((o) => o.name);

describe("names listed after the countries of a plural phrase", () => {
  it("reads the names after 'her counterparts from A, B and C,'", () => {
    const text = "Foreign Minister Mira Tanvel met her counterparts from Norway, Sweden and Finland, Jon Aster, Pia Brenn and Karl Oda, on the sidelines of the conference.";
    expect(names(text)).toEqual(["Mira Tanvel", "Jon Aster", "Pia Brenn", "Karl Oda"]);
  });

  it("reads countries written with 'the' and of several words", () => {
    const text = "Foreign Minister Mira Tanvel met the ministers of Saudi Arabia and the United Arab Emirates, Jon Aster and Pia Brenn, in Geneva.";
    expect(names(text)).toEqual(["Mira Tanvel", "Jon Aster", "Pia Brenn"]);
  });

  it("needs countries between the plural and the names", () => {
    const text = "Foreign Minister Mira Tanvel met her counterparts from Norway, Vell Harbour and Finland, Jon Aster wrote.";
    expect(names(text)).not.toContain("Jon Aster");
  });
});

describe("the office each person of such a list holds", () => {
  const titled = (text: string) => extractOfficials(text).map((o) => [o.name, o.title]);

  it("is the plural office for the country at the person's place in the list", () => {
    const text = "President Ilo Varne received the credentials of the ambassadors of France, Japan and Brazil, Anne Delorme, Kenji Arata and Pedro Lins, on Monday.";
    expect(titled(text)).toEqual([
      ["Ilo Varne", "President"],
      ["Anne Delorme", "Ambassador of France"],
      ["Kenji Arata", "Ambassador of Japan"],
      ["Pedro Lins", "Ambassador of Brazil"],
    ]);
  });

  it("keeps the words of the office before its head, and the country with its 'the'", () => {
    const text = "The foreign ministers of Saudi Arabia and the United Arab Emirates, Jon Aster and Pia Brenn, met in Geneva.";
    expect(titled(text)).toEqual([
      ["Jon Aster", "Foreign Minister of Saudi Arabia"],
      ["Pia Brenn", "Foreign Minister of the United Arab Emirates"],
    ]);
  });

  it("is given to no one when the names outnumber the countries", () => {
    const text = "The ambassadors of France and Japan, Anne Delorme, Kenji Arata and Pedro Lins, met the minister.";
    expect(titled(text).map(([, title]) => title)).toEqual([null, null, null]);
  });
});

describe("counterparts named after their countries", () => {
  const titled = (text: string) => extractOfficials(text).map((o) => [o.name, o.title]);

  it("gives each the host's office for the nationality at its place in the list", () => {
    const text = "Foreign Minister of Egypt Mira Tanvel met her Norwegian and Swedish counterparts, Jon Aster and Pia Brenn, on Tuesday.";
    expect(titled(text)).toEqual([
      ["Mira Tanvel", "Foreign Minister of Egypt"],
      ["Jon Aster", "Norwegian Foreign Minister"],
      ["Pia Brenn", "Swedish Foreign Minister"],
    ]);
  });

  it("gives each the office of its country when the countries follow 'counterparts from'", () => {
    const text = "Egyptian Trade Minister Mira Tanvel met her counterparts from Norway, Sweden and Finland, Jon Aster, Pia Brenn and Karl Oda, in Geneva.";
    expect(titled(text)).toEqual([
      ["Mira Tanvel", "Egyptian Trade Minister"],
      ["Jon Aster", "Trade Minister of Norway"],
      ["Pia Brenn", "Trade Minister of Sweden"],
      ["Karl Oda", "Trade Minister of Finland"],
    ]);
  });

  it("gives no one a country when the names and the countries do not pair up", () => {
    const text = "Egyptian Trade Minister Mira Tanvel met her Norwegian and Swedish counterparts, Jon Aster, Pia Brenn and Karl Oda, in Geneva.";
    expect(titled(text).filter(([name]) => name !== "Mira Tanvel").map(([, title]) => title)).not.toContain("Norwegian Trade Minister");
  });
});
