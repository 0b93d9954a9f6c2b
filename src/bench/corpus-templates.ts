// Loads the development corpus as templates for the benchmark corpus: each article's text and the
// names of the people its gold label lists (so the generator knows which strings are names and can
// swap them for generated ones without guessing).

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface TemplateArticle {
  /** File name in the corpus, e.g. "004.txt". */
  file: string;
  text: string;
  /** Each person's full name first, then other spellings of the same person. */
  people: { name: string; aliases: string[] }[];
}

interface GoldFile {
  file: string;
  officials: { name: string; aliases?: string[] }[];
}

/** Reads `<corpusDir>/articles/*` and `<corpusDir>/gold/*.json`; throws a message that says what is missing. */
export function loadTemplates(corpusDir: string): TemplateArticle[] {
  const articlesDir = join(corpusDir, "articles");
  const goldDir = join(corpusDir, "gold");
  for (const dir of [articlesDir, goldDir]) {
    if (!existsSync(dir)) {
      throw new Error(`benchmark corpus not found: ${dir} does not exist (pass --corpus DIR with articles/ and gold/)`);
    }
  }
  const people = new Map<string, TemplateArticle["people"]>();
  for (const name of readdirSync(goldDir).filter((f) => f.endsWith(".json")).sort()) {
    const gold = JSON.parse(readFileSync(join(goldDir, name), "utf8")) as GoldFile;
    people.set(
      gold.file,
      gold.officials.map((o) => ({ name: o.name, aliases: o.aliases ?? [] })),
    );
  }
  const files = readdirSync(articlesDir)
    .filter((f) => /\.(txt|md)$/.test(f))
    .sort();
  if (files.length === 0) throw new Error(`benchmark corpus ${articlesDir} holds no .txt or .md articles`);
  return files.map((file) => ({
    file,
    text: readFileSync(join(articlesDir, file), "utf8"),
    people: people.get(file) ?? [],
  }));
}
