// Records on disk: one front-matter file per article (`<id>.md`), data fields in the front
// matter and the article body as the content, so a user can open and inspect what the
// extractor made of each article. Files are rewritten only when their record changes.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { ArticleRecord } from "../model.ts";
import { parseRecord, RecordError } from "./schema.ts";

/**
 * The text of a record file: YAML front matter, then the body and one extra trailing newline
 * that reading strips. The YAML is written here rather than by js-yaml's dumper (five times
 * slower on thousands of records): every string is double-quoted with JSON's escapes, which
 * YAML reads the same way, so no value can turn into a number, date, boolean or null.
 */
export function recordToFileText(record: ArticleRecord): string {
  const { body, ...fields } = record;
  const lines = ["---"];
  for (const [key, value] of Object.entries(fields)) {
    if (!Array.isArray(value)) lines.push(`${key}: ${scalar(value)}`);
    else if (value.length === 0) lines.push(`${key}: []`);
    else {
      lines.push(`${key}:`);
      for (const item of value as unknown[]) {
        if (item === null || typeof item !== "object") lines.push(`  - ${scalar(item)}`);
        else Object.entries(item).forEach(([k, v], i) => lines.push(`${i === 0 ? "  - " : "    "}${k}: ${scalar(v)}`));
      }
    }
  }
  lines.push("---", `${body}\n`);
  return lines.join("\n");
}

function scalar(value: unknown): string {
  return value === null || value === undefined ? "null" : JSON.stringify(value);
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

/** Lists, per record file, a hash of the record it was written from: unchanged records are skipped. */
const MANIFEST = ".records-manifest.json";

const recordHash = (record: ArticleRecord) => crypto.createHash("sha1").update(JSON.stringify(record)).digest("hex");

/**
 * Writes every record into `dir` as `<id>.md` and removes record files of articles that are
 * gone, so the folder always mirrors the current seeds. Records unchanged since the last write
 * (same hash in the manifest, file still there) are not written again. Returns the records
 * written with the exact text of each file, so a caller can read them back without reading
 * the files again. (Written synchronously: fs.promises.writeFile cost the main thread more
 * than twice as much for thousands of small files.)
 */
export function writeRecords(dir: string, records: ArticleRecord[]): { id: string; text: string }[] {
  fs.mkdirSync(dir, { recursive: true });
  const previous = readManifest(dir);
  const present = new Set(fs.readdirSync(dir));
  const manifest: Record<string, string> = {};
  const written: { id: string; text: string }[] = [];
  for (const record of records) {
    const name = recordFileName(record);
    if (manifest[name] !== undefined) throw new RecordError(name, `two records share the id "${record.id}"`);
    const hash = recordHash(record);
    manifest[name] = hash;
    if (previous[name] === hash && present.has(name)) continue;
    const text = recordToFileText(record);
    fs.writeFileSync(path.join(dir, name), text);
    written.push({ id: record.id, text });
  }
  for (const name of present) {
    if (name.endsWith(".md") && manifest[name] === undefined) fs.rmSync(path.join(dir, name), { force: true });
  }
  fs.writeFileSync(path.join(dir, MANIFEST), JSON.stringify(manifest));
  return written;
}

function readManifest(dir: string): Record<string, string> {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), "utf8")) as Record<string, string>;
  } catch {
    return {};
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
