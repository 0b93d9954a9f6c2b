// Checks the promise that every article is credited by file name on a meeting page: scans the
// built meeting pages for the seed file names.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(full));
    else if (entry.name.endsWith(".html")) out.push(full);
  }
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** How many of `files` appear by name on a page under `<siteDir>/meetings/`. */
export function countCredited(siteDir: string, files: readonly string[]): { credited: number; missing: string[] } {
  const wanted = new Set(files);
  const found = new Set<string>();
  // Generated names share a shape ("article-00001.txt"), so one pattern finds them all.
  const pattern = new RegExp(
    [...new Set(files.map((f) => f.replace(/\d+/g, "\\d+").split("\\d+").map(escapeRegExp).join("\\d+")))].join("|"),
    "g",
  );
  for (const file of htmlFiles(join(siteDir, "meetings"))) {
    for (const match of readFileSync(file, "utf8").matchAll(pattern)) {
      if (wanted.has(match[0])) found.add(match[0]);
    }
  }
  return { credited: found.size, missing: files.filter((f) => !found.has(f)) };
}
