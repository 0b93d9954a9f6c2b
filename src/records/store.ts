// Records on disk: one front-matter file per article (`<id>.md`), data fields in the front
// matter and the article body as the content, so a user can open and inspect what the
// extractor made of each article. Files are rewritten only when their content changes.
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { ArticleRecord } from "../model.ts";
import { parseRecord, RecordError } from "./schema.ts";

/** The text of a record file. The body gets one extra trailing newline that reading strips. */
export function recordToFileText(record: ArticleRecord): string {
  const { body, ...data } = record;
  return matter.stringify(`${body}\n`, data);
}

/** Parses and validates the text of a record file; errors name `file` and the field. */
export function recordFromFileText(text: string, file: string): ArticleRecord {
  let parsed: { data: Record<string, unknown>; content: string };
  try {
    // Passing options turns off gray-matter's by-content cache, which shares parsed objects.
    parsed = matter(text, {});
  } catch (error) {
    throw new RecordError(file, `front matter does not parse: ${(error as Error).message}`);
  }
  const content = parsed.content.endsWith("\n") ? parsed.content.slice(0, -1) : parsed.content;
  return parseRecord({ ...parsed.data, body: content }, file);
}

export function recordFileName(record: ArticleRecord): string {
  return `${record.id}.md`;
}

/**
 * Writes every record into `dir` as `<id>.md` and removes record files of articles that are
 * gone, so the folder always mirrors the current seeds. Unchanged files are not rewritten.
 */
export function writeRecords(dir: string, records: ArticleRecord[]): void {
  fs.mkdirSync(dir, { recursive: true });
  const wanted = new Set<string>();
  for (const record of records) {
    const name = recordFileName(record);
    if (wanted.has(name)) throw new RecordError(name, `two records share the id "${record.id}"`);
    wanted.add(name);
    const file = path.join(dir, name);
    const text = recordToFileText(record);
    if (readIfExists(file) !== text) fs.writeFileSync(file, text);
  }
  for (const name of fs.readdirSync(dir)) {
    if (name.endsWith(".md") && !wanted.has(name)) fs.rmSync(path.join(dir, name), { force: true });
  }
}

/** Reads back and validates the records with the given ids, in that order. */
export function readRecords(dir: string, ids: string[]): ArticleRecord[] {
  return ids.map((id) => {
    const file = path.join(dir, `${id}.md`);
    return recordFromFileText(fs.readFileSync(file, "utf8"), file);
  });
}

/** Reads every record file in `dir`, sorted by file name. */
export function readAllRecords(dir: string): ArticleRecord[] {
  const names = fs
    .readdirSync(dir)
    .filter((n) => n.endsWith(".md"))
    .sort();
  return readRecords(
    dir,
    names.map((n) => n.slice(0, -3)),
  );
}

function readIfExists(file: string): string | null {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return null;
  }
}
