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
