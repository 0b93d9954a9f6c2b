import { describe, expect, it } from "vitest";
import type { TemplateArticle } from "../src/bench/corpus-templates.ts";
import { generateArticles } from "../src/bench/generate-articles.ts";
import { shiftDates } from "../src/bench/shift-dates.ts";
import { nameShape, swapNames } from "../src/bench/swap-names.ts";
import { createPrng } from "../src/bench/prng.ts";

const templates: TemplateArticle[] = [
  {
    file: "a.txt",
    text:
      " date 2024-03-06 ISLAMABAD: Minister Nadia Karim Lodhi met Ambassador Pieter de Vries here on Wednesday.\n\n" +
      "Ms. Lodhi said the talks were useful. Ambassador de Vries agreed. Also present was Omar Lodhi.\n",
    people: [
      { name: "Nadia Karim Lodhi", aliases: [] },
      { name: "Pieter de Vries", aliases: [] },
      { name: "Omar Lodhi", aliases: [] },
    ],
  },
  {
    file: "b.txt",
    text:
      "Published: 2 October 2024\n\nKARACHI: Secretary Syed Hamid Raza called on Governor Li Wen on 1 October 2024. " +
      "Mr. Li said cooperation would grow. Raza thanked him.\n",
    people: [
      { name: "Syed Hamid Raza", aliases: [] },
      { name: "Li Wen", aliases: [] },
    ],
  },
  {
    file: "c.md",
    text: "---\ndate: 2025-01-15\n---\nGENEVA: Director Amina Yusuf met Chair Tomas Berg on January 14, 2025.\n",
    people: [
      { name: "Amina Yusuf", aliases: [] },
      { name: "Tomas Berg", aliases: [] },
    ],
  },
  {
    file: "d.txt",
    text: "DHAKA: Adviser Rafiq Hasan Mia received Envoy Daniel R. Cole on Monday. Mr. Cole was pleased.\n",
    people: [
      { name: "Rafiq Hasan Mia", aliases: [] },
      { name: "Daniel R. Cole", aliases: ["Daniel Cole"] },
    ],
  },
];

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const weekdayOf = (iso: string): string => WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()] as string;

describe("shiftDates moves every written date by whole weeks", () => {
  it("keeps each date format as written", () => {
    expect(shiftDates(" date 2024-03-06 ISLAMABAD:", 1)).toBe(" date 2024-03-13 ISLAMABAD:");
    expect(shiftDates("met on 1 October 2024 in Lahore", -1)).toBe("met on 24 September 2024 in Lahore");
    expect(shiftDates("on January 14, 2025 the two", 2)).toBe("on January 28, 2025 the two");
    expect(shiftDates("LAHORE, Nov 14 (APP): in 2024", 3)).toBe("LAHORE, Dec 5 (APP): in 2024");
  });

  it("crosses year ends", () => {
    expect(shiftDates("Published: 2 January 2025", -1)).toBe("Published: 26 December 2024");
  });

  it("keeps the weekday of a shifted date", () => {
    expect(weekdayOf(shiftDates("2024-03-06", -53))).toBe(weekdayOf("2024-03-06"));
  });
});

describe("swapNames replaces people consistently within an article", () => {
  const pools = new Map([
    ["W W W", [{ shape: "W W W", words: ["Aka", "Bemo", "Cilu"] }, { shape: "W W W", words: ["Dano", "Efi", "Gotu"] }]],
    ["W de W", [{ shape: "W de W", words: ["Hani", "Jor"] }]],
    ["W W", [{ shape: "W W", words: ["Kemi", "Lunda"] }, { shape: "W W", words: ["Mobu", "Nelo"] }]],
  ]);

  it("changes full names and their short forms the same way and keeps name particles", () => {
    const swapped = swapNames(templates[0]!.text, templates[0]!.people, pools, createPrng(1));
    expect(swapped.text).not.toMatch(/Nadia|Karim|Lodhi|Pieter|Vries|Omar/);
    const [minister, ambassador] = swapped.names;
    const surname = minister!.split(" ").at(-1)!;
    expect(swapped.text).toContain(`Ms. ${surname} said`);
    expect(ambassador).toBe("Hani de Jor");
    expect(swapped.text).toContain("Ambassador de Jor agreed");
  });

  it("lets two people who shared a surname keep sharing one", () => {
    const swapped = swapNames(templates[0]!.text, templates[0]!.people, pools, createPrng(2));
    const [minister, , other] = swapped.names;
    expect(other!.split(" ").at(-1)).toBe(minister!.split(" ").at(-1));
  });

  it("describes a name by its word slots and kept parts", () => {
    expect(nameShape("Syed Faraz Bukhari")).toBe("Syed W W");
    expect(nameShape("Daniel R. Whitcomb")).toBe("W R. W");
    expect(nameShape("Faisal bin Abdulrahman Al-Mutairi")).toBe("W bin W Al-W");
  });
});

describe("generateArticles", () => {
  const articles = generateArticles(templates, { count: 400 });

  it("is the same for the same count and seed", () => {
    expect(generateArticles(templates, { count: 400 })).toEqual(articles);
    expect(generateArticles(templates, { count: 400, seed: "other" })).not.toEqual(articles);
  });

  it("names files in order and spreads the dates over years", () => {
    expect(articles[0]!.file).toBe("article-00001.txt");
    const headerDates = articles.map((a) => /date:? (\d{4}-\d{2}-\d{2})/.exec(a.text)?.[1]).filter(Boolean);
    expect(new Set(headerDates).size).toBeGreaterThan(100);
    expect(new Set(headerDates.map((d) => d!.slice(0, 4))).size).toBeGreaterThanOrEqual(8);
  });

  it("keeps weekday references true by moving whole weeks", () => {
    for (const a of articles.filter((x) => x.template === "a.txt").slice(0, 50)) {
      const date = /date (\d{4}-\d{2}-\d{2})/.exec(a.text)![1]!;
      expect(weekdayOf(date)).toBe("Wednesday");
    }
  });

  it("holds about one person per two articles", () => {
    const people = new Set(articles.flatMap((a) => a.people));
    expect(people.size).toBeGreaterThan(400 * 0.4);
    expect(people.size).toBeLessThan(400 * 0.6);
  });
});
