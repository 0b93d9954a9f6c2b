import { describe, expect, it } from "vitest";
import { acronymDefinitions } from "../src/digest/acronyms.ts";
import { cleanSpelling, lexiconBody, OrganisationNames } from "../src/digest/org-names.ts";

describe("lexiconBody", () => {
  it("makes an acronym and its full name one body", () => {
    expect(lexiconBody("PTA")?.name).toBe("Pakistan Telecommunication Authority");
    expect(lexiconBody("Pakistan Telecommunication Authority (PTA)")?.name).toBe("Pakistan Telecommunication Authority");
  });
  it("matches wordings that abbreviate the same words", () => {
    expect(lexiconBody("Ministry of IT & Telecom")?.name).toBe("Ministry of Information Technology and Telecommunication");
    expect(lexiconBody("International Telecommunications Union")?.name).toBe("International Telecommunication Union");
  });
  it("puts a part of a known body under it", () => {
    expect(lexiconBody("Management Board of the World Bank")?.name).toBe("World Bank");
  });
  it("knows names many countries share as generic", () => {
    expect(lexiconBody("Ministry of Foreign Affairs")?.generic).toBe(true);
    expect(lexiconBody("International Telecommunication Union")?.generic).toBe(false);
  });
});

describe("cleanSpelling", () => {
  it("drops lower-case words and connectors trailing a name", () => {
    expect(cleanSpelling("Ministry of Foreign Affairs and member")).toBe("Ministry of Foreign Affairs");
    expect(cleanSpelling("Ministry of Tourism, Culture and")).toBe("Ministry of Tourism, Culture");
  });
});

describe("acronymDefinitions", () => {
  it("reads 'Full Name (ACR)' when the letters are the initials", () => {
    const defs = acronymDefinitions("He met the head of the Zembla Ocean Fisheries Board (ZOFB) and Dr Alder (PhD).");
    expect(Object.fromEntries(defs)).toEqual({ ZOFB: "Zembla Ocean Fisheries Board" });
  });
  it("allows hyphenated words to give several initials", () => {
    expect(acronymDefinitions("the Inter-Agency Water Council (IAWC) met").get("IAWC")).toBe("Inter-Agency Water Council");
  });
});

describe("OrganisationNames", () => {
  it("groups unknown spellings that say the same words under the fullest one", () => {
    const names = new OrganisationNames(["Zembla Ministry of IT", "Zembla Ministry of Information Technology", "Borvia Mining Company"]);
    expect(names.body("Zembla Ministry of IT")?.name).toBe("Zembla Ministry of Information Technology");
    expect(names.body("Borvia Mining Company")?.kind).toBe("company");
  });
  it("resolves an acronym the articles define to its full name", () => {
    const names = new OrganisationNames(["ZOFB", "Zembla Ocean Fisheries Board"], new Map([["ZOFB", "Zembla Ocean Fisheries Board"]]));
    expect(names.body("ZOFB")?.key).toBe(names.body("Zembla Ocean Fisheries Board")?.key);
  });
  it("finds no body in a single vague word and marks government names without a country as generic", () => {
    const names = new OrganisationNames(["Ministry", "Ministry of Fisheries"]);
    expect(names.body("Ministry")).toBeNull();
    expect(names.body("Ministry of Fisheries")?.generic).toBe(true);
  });
});
