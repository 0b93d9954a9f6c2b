import { describe, expect, it } from "vitest";
import { extractOfficials } from "../src/extract/officials/index.ts";

const named = (text: string) => extractOfficials(text).map((o) => [o.name, o.title]);

describe("offices written with or without a hyphen after their prefix", () => {
  it("reads Vice-Minister as Vice Minister is read", () => {
    expect(named("Minister Ada Nwosu met Chinese Vice-Minister Lin Haoran on Thursday.")).toContainEqual(["Lin Haoran", "Chinese Vice-Minister"]);
    expect(named("The minister hosted a delegation led by the Vice-Minister of Commerce of Estonia, Lin Haoran, in Lagos.")).toContainEqual([
      "Lin Haoran",
      "Vice-Minister of Commerce of Estonia",
    ]);
  });

  it("reads the other prefixes both ways, in capitals and in lower case", () => {
    const found = named("Minister Ada Nwosu met the Under-Secretary for Political Affairs, Rosa Delgado Ruiz, and Deputy-Governor Tom Okafor.");
    expect(found).toContainEqual(["Rosa Delgado Ruiz", "Under-Secretary for Political Affairs"]);
    expect(found).toContainEqual(["Tom Okafor", "Deputy-Governor"]);
    expect(named("Minister Ada Nwosu met the vice-minister of trade, Tom Okafor, in Abuja.")).toContainEqual(["Tom Okafor", "vice-minister of trade"]);
  });

  it("still reads the spaced form", () => {
    expect(named("Minister Ada Nwosu met Vice Minister Lin Haoran.")).toContainEqual(["Lin Haoran", "Vice Minister"]);
  });
});
