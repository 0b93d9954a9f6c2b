import { describe, expect, it } from "vitest";
import { extractOfficials } from "../src/extract/officials/index.ts";

const named = (text: string) => extractOfficials(text).map((o) => [o.name, o.title]);

describe("monarchs, popes and prelates", () => {
  it("reads one name and its regnal number after the office", () => {
    expect(named("King Tarek II received Prime Minister Ana Korvel at the palace.")).toContainEqual(["Tarek II", "King"]);
    expect(named("Prime Minister Ana Korvel was received in audience by Pope Leo X on Monday.")).toContainEqual(["Leo X", "Pope"]);
  });

  it("reads one name closed by 'of' and a country, or by the clause going on", () => {
    expect(named("Sultan Qadir of Oman received Foreign Minister Ana Korvel in Muscat.")).toContainEqual(["Qadir", "Sultan"]);
    expect(named("Queen Elsa met Foreign Minister Ana Korvel at the palace.")).toContainEqual(["Elsa", "Queen"]);
  });

  it("reads a prelate's rank as the office, not as part of the name, with a full name or one name", () => {
    expect(named("Cardinal Pietro Varano-Monti, the Vatican Secretary of State, met Foreign Minister Ana Korvel in Rome.")).toContainEqual([
      "Pietro Varano-Monti",
      "Vatican Secretary of State",
    ]);
    expect(named("The President met Cardinal Luis Amadeo and Archbishop Mokoena on Monday.")).toEqual([
      ["Luis Amadeo", "Cardinal"],
      ["Mokoena", "Archbishop"],
    ]);
    expect(named("Foreign Minister Ana Korvel met Patriarch Teodor II and Grand Ayatollah Ali Hosseini Qomi.")).toEqual([
      ["Ana Korvel", "Foreign Minister"],
      ["Teodor II", "Patriarch"],
      ["Ali Hosseini Qomi", "Grand Ayatollah"],
    ]);
  });

  it("ends the next office's title at the regnal number", () => {
    expect(named("The envoy met King Tarek II and Prime Minister Ana Korvel.")).toEqual([
      ["Tarek II", "King"],
      ["Ana Korvel", "Prime Minister"],
    ]);
  });

  it("leaves King, Sultan and Pope alone where they are names", () => {
    expect(named("Mayor Daniel King met Foreign Minister Ana Korvel.")).toContainEqual(["Daniel King", "Mayor"]);
    const sultan = named("Sultan Mahmood Khan met Foreign Minister Ana Korvel.");
    expect(sultan.map(([name]) => name)).toContain("Sultan Mahmood Khan");
    expect(sultan.map(([, title]) => title)).not.toContain("Sultan");
  });

  it("does not read a place named after a monarch as the monarch", () => {
    expect(named("Foreign Minister Ana Korvel spoke at the Queen Elizabeth Hall.").map(([name]) => name)).toEqual(["Ana Korvel"]);
  });
});
