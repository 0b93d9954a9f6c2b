// Names in headlines, teasers, bylines, captions and signatures are not people of the story (invented names).
import { describe, expect, it } from "vitest";
import { extractOfficials } from "../src/extract/officials/index.ts";
import { asideRanges } from "../src/extract/officials/asides.ts";

const names = (text: string) => extractOfficials(text).map((o) => o.name);

const STORY = "Foreign Minister Dr. Amara Chidi Obi met the Ambassador of Chile, Ines Varela Roca, on Monday.";

describe("asides", () => {
  it("gives no entry to people named only in related-story teasers", () => {
    const text =
      STORY +
      "\n\n- Minister of State for Health, Dr. Ngozi Ada Eze, flags off immunisation drive in Enugu\n- Gov. Musa Bala Tsoho inaugurates ICT hub in Lafia";
    expect(names(text).sort()).toEqual(["Amara Chidi Obi", "Ines Varela Roca"]);
  });

  it("gives no entry to people named only in headline lines, teaser prefixes, bylines and captions", () => {
    const text = [
      "Minister Obi hosts Chilean envoy",
      "By Kemi Adaora Bello",
      STORY,
      "READ: Trade chief Pedro Luis Ortega inspects new port",
      "[Photo caption: Minister Amara Chidi Obi (right) with Ambassador Tomas Rui Lema. (Photo by Ade Ola Yusuf)]",
      "PM meeting with President Aino Kaisa Lehto of Finland: 12 May 2025\nForeign Secretary's call with the Indian External Affairs Minister: 9 May 2025",
      "Reporter: Galih Putra Wibowo\nEditor: Sekar Ayu Lestari",
    ].join("\n\n");
    expect(names(text).sort()).toEqual(["Amara Chidi Obi", "Ines Varela Roca"]);
  });

  it("keeps a hard-wrapped story paragraph and a list the story introduces with a colon", () => {
    const text =
      "The Bangladesh delegation was led by Senior Secretary of the Power\nDivision Rokeya Sultana Haque, while the Nepali side was led by\nSuresh Bahadur Khadka, Secretary.\n\n" +
      "The delegation included:\n- Joint Secretary Farhana Akter Lina\n- Director Kamal Uddin Bhuiyan";
    expect(names(text).sort()).toEqual(["Farhana Akter Lina", "Kamal Uddin Bhuiyan", "Rokeya Sultana Haque", "Suresh Bahadur Khadka"]);
  });

  it("marks the lines as ranges of the text", () => {
    const text = "Headline about a meeting\n\nThe story sentence ends here.";
    expect(asideRanges(text)).toEqual([{ start: 0, end: 24 }]);
  });
});
