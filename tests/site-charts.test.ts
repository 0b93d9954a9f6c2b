import { describe, expect, it } from "vitest";
import { countByMonth, monthBars, monthRange } from "../src/site/charts/month-bars.ts";
import { egoNetwork, EGO_LIMIT } from "../src/site/charts/ego-network.ts";
import { pairNetwork } from "../src/site/charts/pair-network.ts";
import { counterpartsOverTime } from "../src/site/charts/counterparts-over-time.ts";

describe("meetings per month", () => {
  it("counts every month of the range, months without meetings included", () => {
    expect(monthRange("2024-11", "2025-02")).toEqual(["2024-11", "2024-12", "2025-01", "2025-02"]);
    expect(countByMonth(["2024-11-03", null, "2025-01-09", "2025-01-20"])).toEqual([
      { key: "2024-11", count: 1 },
      { key: "2024-12", count: 0 },
      { key: "2025-01", count: 2 },
    ]);
  });
  it("draws a bar per month with meetings, describes itself and escapes the subject", () => {
    const chart = monthBars("c", "Ali & <Co>", countByMonth(["2024-11-03", "2025-01-09", "2025-01-20"]))!;
    expect(chart.svg.match(/<rect class="chart__bar"/g)).toHaveLength(2);
    expect(chart.svg).toContain("Ali &amp; &lt;Co&gt;");
    expect(chart.summary).toBe("3 dated meetings from November 2024 to January 2025; the busiest month was January 2025 with 2.");
    expect(chart.rows).toEqual([
      { key: "2024-11", label: "November 2024", count: 1 },
      { key: "2025-01", label: "January 2025", count: 2 },
    ]);
    expect(monthBars("c", "x", [])).toBeNull();
  });
});

describe("networks", () => {
  const met = Array.from({ length: 20 }, (_, i) => ({ slug: `p${i}`, name: `Person ${i}`, count: 20 - i }));
  it("draws the people met most often around the person, and ties between them, the same every time", () => {
    const ties = (a: string, b: string) => (a === "p0" && b === "p1" ? 3 : 0);
    const first = egoNetwork("n", { name: "Centre" }, met, ties)!;
    expect(first.shown).toHaveLength(EGO_LIMIT);
    expect(first.svg.match(/class="network__node"/g)).toHaveLength(EGO_LIMIT);
    expect(first.svg.match(/class="network__tie"/g)).toHaveLength(1);
    expect(first.svg).toContain(`and ${20 - EGO_LIMIT} more not drawn`);
    expect(egoNetwork("n", { name: "Centre" }, met, ties)!.svg).toBe(first.svg);
    expect(egoNetwork("n", { name: "Centre" }, [], ties)).toBeNull();
  });
  it("joins the officials of two countries who met", () => {
    const svg = pairNetwork("p", { name: "Zembla", people: [{ slug: "a", name: "A <b>", count: 2 }] }, { name: "Borvia", people: [{ slug: "b", name: "B", count: 2 }] }, [{ a: "a", b: "b", count: 2 }])!;
    expect(svg.match(/<path class="network__link"/g)).toHaveLength(1);
    expect(svg).toContain("A &lt;b&gt;");
  });
  it("lays out counterparts by year only when there are two years or more", () => {
    const rows = [{ name: "X", years: new Map([["2024", 1], ["2025", 3]]) }];
    expect(counterpartsOverTime("t", "Centre", rows, ["2024", "2025"])).toContain("X: 1 in 2024, 3 in 2025");
    expect(counterpartsOverTime("t", "Centre", rows, ["2025"])).toBeNull();
  });
});
