import { describe, expect, it } from "vitest";
import { extractOfficials } from "../src/extract/officials/index.ts";

const rows = (text: string) => extractOfficials(text).map((o) => [o.name, o.title, o.role]);

describe("officials in Urdu-script articles", () => {
  it("reads the name after an office and its portfolio, up to the postposition", () => {
    const text =
      "اسلام آباد: وفاقی وزیر برائے منصوبہ بندی، ترقی و خصوصی اقدامات احسن جاوید نے چینی سفیر لی منگ سے ملاقات کی۔ " +
      "اس موقع پر وفاقی سیکرٹری اویس منظور بھی موجود تھے۔ وزیراعظم عارف سلطان کی ہدایت پر منصوبے تیز کیے جائیں گے۔";
    expect(rows(text)).toEqual([
      ["احسن جاوید", "وفاقی وزیر برائے منصوبہ بندی، ترقی و خصوصی اقدامات", "participant"],
      ["لی منگ", "چینی سفیر", "participant"],
      ["اویس منظور", "وفاقی سیکرٹری", "attendee"],
      ["عارف سلطان", "وزیراعظم", "mentioned"],
    ]);
  });

  it("reads a province or body after the office and leaves out ranks and honorifics", () => {
    expect(rows("لاہور: وزیراعلیٰ پنجاب مریم اسلم سے چیئرمین پی ٹی اے میجر جنرل (ر) کمال انور نے ملاقات کی۔")).toEqual([
      ["مریم اسلم", "وزیراعلیٰ پنجاب", "participant"],
      ["کمال انور", "چیئرمین پی ٹی اے", "participant"],
    ]);
  });

  it("finds no one where an office has no name after it", () => {
    expect(extractOfficials("اسلام آباد: وفاقی وزیر برائے انفارمیشن ٹیکنالوجی نے آج چینی سفیر سے ملاقات کی۔")).toEqual([]);
    expect(extractOfficials("وزیر اعظم نے کہا کہ حکومت آئی ٹی کے شعبے کو ترقی دے گی۔")).toEqual([]);
  });

  it("makes the chair of a meeting a participant and those who took part attendees, leaving 'صاحب' out of the name", () => {
    expect(rows("وفاقی وزیر احسن جاوید صاحب کی زیر صدارت اجلاس ہوا جس میں سیکرٹری منصوبہ بندی اویس منظور نے شرکت کی۔")).toEqual([
      ["احسن جاوید", "وفاقی وزیر", "participant"],
      ["اویس منظور", "سیکرٹری منصوبہ بندی", "attendee"],
    ]);
  });
});
