// Build the site the way a user does (npm run build) from seeds/ plus the development corpus, if present.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const corpusArticles = path.resolve(projectRoot, "../shared/corpus/articles");
const worldArticles = path.resolve(projectRoot, "../shared/corpus-world/articles");
/** The development corpora sit beside the project checkout; without them only seeds/ is built. */
export const corpusAvailable = existsSync(corpusArticles);
export const worldCorpusAvailable = existsSync(worldArticles);

export function buildE2eSite(): { root: string; siteDir: string; hasCorpus: boolean; articles: number } {
  const root = mkdtempSync(path.join(tmpdir(), "news-digest-e2e-"));
  const seeds = path.join(root, "seeds");
  mkdirSync(seeds);
  cpSync(path.join(projectRoot, "seeds"), seeds, { recursive: true });
  const hasCorpus = corpusAvailable;
  let articles = readdirSync(seeds).filter((n) => /\.(txt|md)$/.test(n)).length;
  for (const folder of [corpusArticles, worldArticles].filter((f) => existsSync(f))) {
    for (const name of readdirSync(folder)) cpSync(path.join(folder, name), path.join(seeds, name));
    articles += readdirSync(folder).filter((n) => /\.(txt|md)$/.test(n)).length;
  }
  const siteDir = path.join(root, "site");
  execFileSync(path.join(projectRoot, "node_modules/.bin/tsx"), ["src/cli/build.ts", "--seeds", seeds, "--out", siteDir], {
    cwd: projectRoot,
    stdio: ["ignore", "ignore", "inherit"],
  });
  return { root, siteDir, hasCorpus, articles };
}

export const screenshotsDir = path.join(projectRoot, "tests/e2e/screenshots");
