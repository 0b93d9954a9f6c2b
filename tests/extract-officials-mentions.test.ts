import { describe, expect, it } from "vitest";
import { extractOfficialMentions, extractOfficials } from "../src/extract/officials/index.ts";

const TEXT =
  "Minister for Water Resources Tomasz Keller met the Ambassador of Chile, Inés Varela Roca, on Monday.\n\n" +
  "Later, Keller received a delegation led by Arjun Mehta Rao. Director Hana Lutz was also present.";

describe("extractOfficialMentions", () => {
  const found = extractOfficialMentions(TEXT);
  const slice = (s: { start: number; end: number } | null) => (s ? TEXT.slice(s.start, s.end) : null);

  it("gives the officials of extractOfficials, in the same order", () => {
    expect(found.map((f) => f.official)).toEqual(extractOfficials(TEXT));
  });

  it("gives the name, title and sentence span of every mention, in text order", () => {
    const keller = found.find((f) => f.official.name === "Tomasz Keller")!;
    expect(keller.mentions.map((m) => slice(m.name))).toEqual(["Tomasz Keller", "Keller"]);
    expect(keller.mentions.map((m) => slice(m.title))).toEqual(["Minister for Water Resources", null]);
    expect(keller.mentions.map((m) => m.sentence.index)).toEqual([0, 1]);
    expect(slice(keller.mentions[1]!.sentence)).toBe("Later, Keller received a delegation led by Arjun Mehta Rao.");
    const varela = found.find((f) => f.official.name === "Inés Varela Roca")!;
    expect(slice(varela.mentions[0]!.title)).toBe("Ambassador of Chile");
  });

  it("gives each mention its own role guess", () => {
    const roles = Object.fromEntries(found.map((f) => [f.official.name, f.mentions.map((m) => m.role)]));
    expect(roles).toEqual({
      "Tomasz Keller": ["participant", "participant"],
      "Inés Varela Roca": ["participant"],
      "Arjun Mehta Rao": ["participant"],
      "Hana Lutz": ["attendee"],
    });
  });

  it("places the mentions of an Urdu article in the text", () => {
    const urdu = "اسلام آباد: وفاقی وزیر احسن اقبال نے چینی سفیر جیانگ زائیدونگ سے ملاقات کی۔";
    const people = extractOfficialMentions(urdu);
    expect(people.length).toBeGreaterThan(0);
    for (const p of people) {
      const m = p.mentions[0]!;
      expect(urdu.slice(m.name.start, m.name.end)).toBe(p.official.name);
      expect(urdu.slice(m.title!.start, m.title!.end)).toBe(p.official.title);
    }
  });
});

describe("evidence", () => {
  it("is the sentence that gives the office, as a span of the text", () => {
    const text =
      "Later, Oduya received the envoy. Oduya said the plan was ready.\n\n" +
      "The meeting was chaired by Cabinet Secretary Grace Achieng Oduya, who thanked the envoy.";
    const [o] = extractOfficials(text);
    expect(o!.name).toBe("Grace Achieng Oduya");
    expect(o!.evidence!.text).toBe("The meeting was chaired by Cabinet Secretary Grace Achieng Oduya, who thanked the envoy.");
    expect(text.slice(o!.evidence!.start, o!.evidence!.end)).toBe(o!.evidence!.text);
  });

  it("is the sentence whose words gave the role when no office is written", () => {
    const text = "Amir Hotak Zazai said the talks had been useful. On Monday, the minister met Amir Hotak Zazai in Kabul.";
    const [o] = extractOfficials(text);
    expect(o!.evidence!.text).toBe("On Monday, the minister met Amir Hotak Zazai in Kabul.");
  });
});
