// YAML for the user's data files (people, topics): gray-matter's own js-yaml, with the failsafe
// schema so every scalar stays the string the user typed ("0123" stays "0123", dates stay text).
import { createRequire } from "node:module";

const requireFromGrayMatter = createRequire(createRequire(import.meta.url).resolve("gray-matter"));
const yaml = requireFromGrayMatter("js-yaml") as {
  load(text: string, options: { schema: unknown; filename?: string }): unknown;
  FAILSAFE_SCHEMA: unknown;
};

/** Thrown for a data file that cannot be used; the message names the file and what is wrong. */
export class DataFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${message}`);
    this.name = "DataFileError";
  }
}

/** Parses YAML text; a syntax error becomes a DataFileError with the file and line. */
export function parseYaml(text: string, file: string): unknown {
  try {
    return yaml.load(text.replace(/^\uFEFF/, ""), { schema: yaml.FAILSAFE_SCHEMA });
  } catch (error) {
    const e = error as { reason?: string; message: string; mark?: { line: number } };
    const line = e.mark ? e.mark.line + 1 : undefined;
    throw new DataFileError(file, `YAML does not parse: ${e.reason ?? e.message}`, line);
  }
}
