// Which files under a seeds folder are articles. Users sort articles into subfolders (by year,
// by source), so the walk is recursive; editors and operating systems leave dot-files behind,
// and the people/topics files live beside the articles: none of those are articles.
import { readdirSync } from "node:fs";
import { join } from "node:path";

const ARTICLE_EXTENSIONS = /\.(?:txt|md)$/i;
/** The people and topics files beside the articles are read by the build: neither articles nor ignored. */
const SETTINGS_FILES = /^(?:people|topics)\.ya?ml$/i;

export function listSeedFiles(dir: string): { articles: string[]; ignored: string[] } {
  const articles: string[] = [];
  const ignored: string[] = [];
  walk(dir, "", articles, ignored);
  const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return { articles: articles.sort(byPath), ignored: ignored.sort(byPath) };
}

function walk(root: string, rel: string, articles: string[], ignored: string[]): void {
  const entries = readdirSync(join(root, rel), { withFileTypes: true });
  for (const entry of entries) {
    const path = rel ? `${rel}/${entry.name}` : entry.name;
    if (!rel && entry.isFile() && SETTINGS_FILES.test(entry.name)) continue;
    if (entry.name.startsWith(".")) {
      ignored.push(path);
    } else if (entry.isDirectory()) {
      walk(root, path, articles, ignored);
    } else if (entry.isFile() && ARTICLE_EXTENSIONS.test(entry.name)) {
      articles.push(path);
    } else {
      ignored.push(path);
    }
  }
}
