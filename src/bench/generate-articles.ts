// Builds a large, realistic seeds folder from the small development corpus: every generated article
// is a corpus article with its dates moved by whole weeks (so weekdays stay true) and its people
// replaced by generated people drawn so that the corpus holds about one person per two articles.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadTemplates, type TemplateArticle } from "./corpus-templates.ts";
import { generatePools, type NameShape } from "./name-pools.ts";
import { createPrng, seedFrom } from "./prng.ts";
import { shiftDates } from "./shift-dates.ts";
import { nameShape, swapNames } from "./swap-names.ts";

export interface GeneratedArticle {
  /** File name in the generated seeds folder. */
  file: string;
  text: string;
  /** Corpus file it was made from. */
  template: string;
  /** Whole weeks its dates were moved by (zero or negative). */
  weeks: number;
  /** Generated full names of its people. */
  people: string[];
}

export interface GenerateOptions {
  count: number;
  seed?: string;
  /** Dates are moved back by up to this many weeks (default ten years). */
  maxWeeksBack?: number;
  /** Words (lower case) a generated name must not be, e.g. office words, cities. */
  avoid?: ReadonlySet<string>;
}

const PEOPLE_PER_ARTICLE = 0.5;

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/** Generates `count` articles in memory; the same options always give the same articles. */
export function generateArticles(templates: readonly TemplateArticle[], options: GenerateOptions): GeneratedArticle[] {
  const { count, seed = "news-digest-bench", maxWeeksBack = 520 } = options;
  if (templates.length === 0) throw new Error("no template articles to generate from");
  const avoid = new Set(options.avoid ?? []);
  for (const t of templates) for (const w of wordsOf(t.text)) avoid.add(w);

  // Size each name shape's pool by how often the shape is drawn, so every pool is reused
  // about equally and the distinct people total about count × PEOPLE_PER_ARTICLE.
  // A person who shares a word with an earlier person of the same article (two Siddiquis) keeps
  // sharing it, which makes a name outside the pools: those are subtracted from the target.
  const draws = new Map<NameShape, number>();
  let totalDraws = 0;
  let offPool = 0;
  for (let i = 0; i < count; i++) {
    const seenWords = new Set<string>();
    for (const person of (templates[i % templates.length] as TemplateArticle).people) {
      const shape = nameShape(person.name);
      draws.set(shape, (draws.get(shape) ?? 0) + 1);
      totalDraws++;
      const words = person.name.split(/\s+/);
      if (words.some((w) => seenWords.has(w) && nameShape(w) === "W")) offPool++;
      for (const w of words) seenWords.add(w);
    }
  }
  const target = Math.max(1, count * PEOPLE_PER_ARTICLE - offPool, (count * PEOPLE_PER_ARTICLE) / 2);
  const sizes = new Map<NameShape, number>();
  for (const [shape, n] of draws) sizes.set(shape, Math.max(1, Math.round((n / totalDraws) * target)));
  const pools = generatePools(sizes, avoid, seed);

  const width = Math.max(5, String(count).length);
  const articles: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length] as TemplateArticle;
    const rng = createPrng(seedFrom(`article:${seed}:${i}`));
    const weeks = -rng.int(maxWeeksBack + 1);
    const swapped = swapNames(shiftDates(template.text, weeks), template.people, pools, rng);
    const extension = template.file.slice(template.file.lastIndexOf("."));
    articles.push({
      file: `article-${String(i + 1).padStart(width, "0")}${extension}`,
      text: swapped.text,
      template: template.file,
      weeks,
      people: swapped.names,
    });
  }
  return articles;
}

/** Every word in the project's lexicon files, so no generated name is an office, a city or a country. */
export function lexiconWords(lexiconDir: string): Set<string> {
  const words = new Set<string>();
  if (!existsSync(lexiconDir)) return words;
  const collect = (value: unknown): void => {
    if (typeof value === "string") for (const w of wordsOf(value)) words.add(w);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        for (const w of wordsOf(k)) words.add(w);
        collect(v);
      }
    }
  };
  for (const file of readdirSync(lexiconDir).filter((f) => f.endsWith(".json")).sort()) {
    collect(JSON.parse(readFileSync(join(lexiconDir, file), "utf8")));
  }
  return words;
}

/** Loads the corpus, generates `count` articles and writes them into `outDir` (created if missing). */
export function writeGeneratedCorpus(
  corpusDir: string,
  outDir: string,
  options: GenerateOptions,
): { files: string[]; people: number; templates: number; firstDate: string | null; lastDate: string | null } {
  const templates = loadTemplates(corpusDir);
  const articles = generateArticles(templates, options);
  mkdirSync(outDir, { recursive: true });
  const people = new Set<string>();
  const dates: string[] = [];
  for (const article of articles) {
    writeFileSync(join(outDir, article.file), article.text);
    for (const name of article.people) people.add(name);
    for (const m of article.text.matchAll(/\b(?:19|20)\d{2}-\d{2}-\d{2}\b/g)) dates.push(m[0]);
  }
  dates.sort();
  return {
    files: articles.map((a) => a.file),
    people: people.size,
    templates: templates.length,
    firstDate: dates[0] ?? null,
    lastDate: dates[dates.length - 1] ?? null,
  };
}
