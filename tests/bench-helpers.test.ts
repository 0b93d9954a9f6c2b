import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { countCredited } from "../src/bench/credited.ts";
import { describeStages } from "../src/bench/report.ts";
import { median, max } from "../src/bench/stats.ts";

describe("median and max of repeated measurements", () => {
  it("takes the middle run, or the mean of the two middle runs", () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 20, 30])).toBe(25);
    expect(median([])).toBeNull();
    expect(max([3, 9, 4])).toBe(9);
  });
});

describe("countCredited", () => {
  const site = mkdtempSync(join(tmpdir(), "bench-credited-"));
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it("finds seed file names on meeting pages only", () => {
    mkdirSync(join(site, "meetings", "2024-01-02-a"), { recursive: true });
    mkdirSync(join(site, "people", "x"), { recursive: true });
    writeFileSync(join(site, "meetings", "2024-01-02-a", "index.html"), "<li>Source: article-00001.txt, article-00003.txt</li>");
    writeFileSync(join(site, "people", "x", "index.html"), "<li>article-00002.txt</li>");
    const result = countCredited(site, ["article-00001.txt", "article-00002.txt", "article-00003.txt"]);
    expect(result.credited).toBe(2);
    expect(result.missing).toEqual(["article-00002.txt"]);
  });
});

describe("describeStages", () => {
  it("subtracts each stage once from the wall time, and stages run side by side by their time together", () => {
    expect(describeStages({ digest: 1000, search: 8000, pages: 9000, swap: 500 }, 20000)).toBe(
      "digest 1.00 s, search 8.00 s, pages 9.00 s, swap 0.50 s, outside the reported stages (start-up, exit) 1.50 s",
    );
    expect(describeStages({ digest: 1000, "pages and search": 9500, search: 8000, pages: 9000, swap: 500 }, 12000)).toBe(
      "digest 1.00 s, pages and search 9.50 s, search 8.00 s, pages 9.00 s, swap 0.50 s, outside the reported stages (start-up, exit) 1.00 s",
    );
  });
});
