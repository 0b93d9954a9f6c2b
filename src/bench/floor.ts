// The floor a full build is compared with: the project's own Eleventy writing the same articles
// as bare Markdown pages, with a one-line config and nothing else (no layouts, no data, no feeds).

import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runMeasured, type Measured } from "./run-measured.ts";

// Same Markdown safety as the real site: no template language over article text.
const ONE_LINE_CONFIG = "module.exports = () => ({ markdownTemplateEngine: false });\n";

export interface Floor {
  dir: string;
  inputDir: string;
  outputDir: string;
}

/** Copies the seeds as `.md` pages into `<dir>/input` and writes the config. */
export function prepareFloor(seedsDir: string, dir: string): Floor {
  const inputDir = join(dir, "input");
  const outputDir = join(dir, "output");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(inputDir, { recursive: true });
  for (const file of readdirSync(seedsDir).sort()) {
    if (!/\.(txt|md)$/.test(file)) continue;
    copyFileSync(join(seedsDir, file), join(inputDir, file.replace(/\.(txt|md)$/, ".md")));
  }
  writeFileSync(join(dir, "eleventy.config.cjs"), ONE_LINE_CONFIG);
  return { dir, inputDir, outputDir };
}

/** Path of the project's installed Eleventy command line. */
export function eleventyCommand(repoDir: string): string {
  const cmd = join(repoDir, "node_modules", "@11ty", "eleventy", "cmd.cjs");
  if (!existsSync(cmd)) throw new Error(`Eleventy is not installed: ${cmd} is missing (run npm install)`);
  return cmd;
}

/** One run of plain Eleventy over the floor folder, from an empty output folder. */
export function runFloor(floor: Floor, repoDir: string): Promise<Measured> {
  rmSync(floor.outputDir, { recursive: true, force: true });
  return runMeasured(
    process.execPath,
    [eleventyCommand(repoDir), "--input=input", "--output=output", "--config=eleventy.config.cjs", "--quiet"],
    { cwd: floor.dir },
  );
}
