import { describe, expect, it } from "vitest";
import { extractOfficials } from "../src/extract/officials/index.ts";

const named = (text: string) => extractOfficials(text).map((o) => [o.name, o.title]);

describe("monarchs and popes", () => {
  it("reads one name and its regnal number after the office", () => {
    expect(named("King Tarek II received Prime Minister Ana Korvel at the palace.")).toContainEqual(["Tarek II", "King"]);
    expect(named("Prime Minister Ana Korvel was received in audience by Pope Leo X on Monday.")).toContainEqual(["Leo X", "Pope"]);
  });

  it("reads one name closed by 'of' and a country, or by the clause going on", () => {
    expect(named("Sultan Qadir of Oman received Foreign Minister Ana Korvel in Muscat.")).toContainEqual(["Qadir", "Sultan"]);
    expect(named("Queen Elsa met Foreign Minister Ana Korvel at the palace.")).toContainEqual(["Elsa", "Queen"]);
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
