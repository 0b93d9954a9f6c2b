import { describe, expect, it } from "vitest";
import { detectLanguage, directionOf } from "../src/extract/language.ts";

describe("language and direction from the script", () => {
  it("reads Arabic-script text with Urdu letters as Urdu, right to left", () => {
    expect(detectLanguage("اسلام آباد: وفاقی وزیر نے سفیر سے ملاقات کی۔")).toEqual({ lang: "ur", dir: "rtl" });
  });

  it("reads Arabic-script text with Sindhi letters as Sindhi", () => {
    expect(detectLanguage("اسلام آباد: وزير سان ملاقات ڪئي. ملاقات ۾ ڳالهه ٻولهه ٿي")).toEqual({ lang: "sd", dir: "rtl" });
  });

  it("reads Arabic without Urdu or Persian letters as Arabic", () => {
    expect(detectLanguage("التقى الوزير بالسفير في الرياض")).toEqual({ lang: "ar", dir: "rtl" });
  });

  it("reads Latin text as English, even with a few Urdu words quoted", () => {
    expect(detectLanguage("The minister met the ambassador and said “شکریہ” at the end.")).toEqual({ lang: "en", dir: "ltr" });
  });

  it("gives the direction of a language set by hand", () => {
    expect(directionOf("ur")).toBe("rtl");
    expect(directionOf("en-GB")).toBe("ltr");
  });
});
