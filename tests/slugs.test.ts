import { describe, expect, it } from "vitest";
import { assignUniqueSlugs, isSafeSlug, slugify } from "../src/digest/slugs.ts";

describe("slugify", () => {
  it("transliterates to readable ASCII and folds case", () => {
    expect(slugify("Ünal Çelik")).toBe("unal-celik");
    expect(slugify("OLAF SCHOLZ")).toBe(slugify("Olaf Scholz"));
    expect(slugify("Mehmet Ali Yıldırım")).toBe("mehmet-ali-yildirim");
  });

  it("gives Chinese and Urdu names a readable slug instead of an empty one", () => {
    expect(slugify("习近平")).toMatch(/^[a-z0-9-]+$/);
    expect(slugify("习近平")).not.toBe("");
    expect(slugify("شازہ فاطمہ")).not.toBe("");
  });

  it("falls back when nothing usable is left", () => {
    expect(slugify("!!!", "person")).toBe("person");
    expect(slugify("", "")).toBe("item");
  });

  it("never yields dots or slashes, so a slug cannot leave its folder", () => {
    for (const text of ["../../etc/passwd", "a/b\\c", "..", "./x"]) {
      const slug = slugify(text, "x");
      expect(isSafeSlug(slug)).toBe(true);
      expect(slug).not.toMatch(/[./\\]/);
    }
  });

  it("keeps slugs to a readable length, cut at a word", () => {
    const slug = slugify("word ".repeat(60));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("assignUniqueSlugs", () => {
  it("suffixes colliding slugs deterministically, whatever the input order", () => {
    const items = [
      { key: "b", base: "olaf-scholz" },
      { key: "a", base: "olaf-scholz" },
      { key: "c", base: "olaf-scholz" },
    ];
    const forward = assignUniqueSlugs(items);
    const backward = assignUniqueSlugs([...items].reverse());
    expect([...forward.entries()].sort()).toEqual([
      ["a", "olaf-scholz"],
      ["b", "olaf-scholz-2"],
      ["c", "olaf-scholz-3"],
    ]);
    expect([...backward.entries()].sort()).toEqual([...forward.entries()].sort());
  });

  it("does not hand out a suffixed slug that another item owns outright", () => {
    const slugs = assignUniqueSlugs([
      { key: "1", base: "x" },
      { key: "2", base: "x" },
      { key: "0", base: "x-2" },
    ]);
    expect(new Set(slugs.values()).size).toBe(3);
  });
});
