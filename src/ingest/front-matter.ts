// YAML front matter: split it off with gray-matter, then validate each field with zod so that a
// user's typo costs one field (with a warning saying what was expected), never the article.
import { createRequire } from "node:module";
import matter from "gray-matter";
import { z } from "zod";
import { isoDate as calendarDate } from "../extract/calendar.ts";
import { safeHttpUrl } from "./article-source.ts";
import { ROLES, type FrontMatter, type MeetingOverride, type OfficialOverride } from "../model.ts";

// gray-matter's own YAML parser (js-yaml 3), used with the failsafe schema: every scalar stays
// the string the user typed, so "0123" is not read as octal 83 and dates are not turned into
// Date objects at midnight; the zod schemas below convert what needs converting.
const requireFromGrayMatter = createRequire(createRequire(import.meta.url).resolve("gray-matter"));
const yaml = requireFromGrayMatter("js-yaml") as {
  load(text: string, options: { schema: unknown }): unknown;
  FAILSAFE_SCHEMA: unknown;
};
const refuse = () => {
  throw new Error("only YAML front matter is read");
};
// gray-matter would eval a "---js" block; article files are data, so every other engine refuses.
const engines = {
  yaml: (text: string) => yaml.load(text, { schema: yaml.FAILSAFE_SCHEMA }) ?? {},
  javascript: refuse,
  js: refuse,
  coffee: refuse,
  json: refuse,
  toml: refuse,
};

export interface FrontMatterResult {
  frontMatter: FrontMatter;
  /** The text after the front-matter block (the whole text when there is none). */
  body: string;
  warnings: string[];
}

const NULL_WORDS = new Set(["", "null", "~", "none"]);
const toNull = (v: unknown) => (v === null || (typeof v === "string" && NULL_WORDS.has(v.trim().toLowerCase())) ? null : v);
const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : v);
const toBool = (v: unknown) => {
  if (typeof v !== "string") return v;
  const s = v.trim().toLowerCase();
  return s === "true" || s === "yes" ? true : s === "false" || s === "no" ? false : v;
};
/** "2024-07-10" or a full ISO timestamp; the calendar date is what counts. */
const isoDate = z.preprocess(
  (v) => (typeof v === "string" && /^\d{4}-\d{2}-\d{2}(?:[T ].*)?$/.test(v.trim()) ? v.trim().slice(0, 10) : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((s) => calendarDate(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))) !== null),
);
const text = z.preprocess(trimmed, z.string().min(1));
const nullableText = z.preprocess((v) => toNull(trimmed(v)), z.string().min(1).nullable());

/** One schema per field, with the words a user reads when the value is wrong. */
const FIELDS: { [K in keyof FrontMatter]-?: { schema: z.ZodType; expected: string } } = {
  title: { schema: text, expected: "a line of text" },
  date: { schema: isoDate, expected: "a date written YYYY-MM-DD" },
  meeting_date: { schema: z.preprocess(toNull, isoDate.nullable()), expected: "a date written YYYY-MM-DD, or null" },
  location: { schema: nullableText, expected: "a city name, or null" },
  officials: { schema: z.array(z.unknown()), expected: "a list of entries with at least a name" },
  meetings: { schema: z.array(z.unknown()), expected: "a list of entries with at least participants" },
  topics: {
    schema: z.preprocess(
      (v) => (typeof v === "string" ? v.split(",") : v),
      z.array(z.preprocess(trimmed, z.string())).transform((a) => a.filter((t) => t !== "")),
    ),
    expected: "a list of topic names",
  },
  lang: { schema: z.preprocess(trimmed, z.string().regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)), expected: "a language code such as en or ur" },
  source_url: {
    schema: z.preprocess(
      (v) => { const t = toNull(trimmed(v)); return typeof t === "string" ? (safeHttpUrl(t) ?? v) : t; },
      z.string().regex(/^https?:\/\//i).nullable(),
    ),
    expected: "a web address starting with http:// or https://, or null",
  },
  outlet: { schema: nullableText, expected: "the name of the newspaper, site or agency, or null" },
};

const names = z.preprocess(
  (v) => (typeof v === "string" ? v.split(",") : v),
  z.array(z.preprocess(trimmed, z.string())).transform((a) => a.filter((n) => n !== "")),
);

const meetingSchema = z.object({
  participants: names.refine((a) => a.length > 0, "at least one name"),
  attendees: names.optional(),
  date: z.preprocess(toNull, isoDate.nullable()).optional(),
  location: nullableText.optional(),
  call: z.preprocess(toBool, z.boolean()).optional(),
});

const officialSchema = z.object({
  name: text,
  title: nullableText.optional(),
  organization: nullableText.optional(),
  country: nullableText.optional(),
  role: z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() : v), z.enum(ROLES as [string, ...string[]])).optional(),
  remove: z.preprocess(toBool, z.boolean()).optional(),
});

export function parseFrontMatter(source: string): FrontMatterResult {
  if (!/^---[ \t]*\n/.test(source)) return { frontMatter: {}, body: source, warnings: [] };
  if (!/\n---[ \t]*(?:\n|$)/.test(source.slice(3))) {
    // Without a closing line the YAML parser would swallow the whole article as front matter.
    return {
      frontMatter: {},
      body: source.replace(/^---[ \t]*\n/, ""),
      warnings: ["front matter: the block opened with --- on line 1 is never closed by a --- line; it was read as article text"],
    };
  }

  let data: unknown;
  let body: string;
  try {
    // Passing options keeps gray-matter away from its by-text cache, whose parsed data would
    // otherwise be shared (and mutable) between files with the same text.
    const parsed = matter(source, { engines });
    data = parsed.data;
    body = parsed.content;
  } catch (error) {
    return { frontMatter: {}, body: stripBrokenBlock(source), warnings: [yamlWarning(error)] };
  }
  const { frontMatter, warnings } = validateFrontMatter(data);
  return { frontMatter, body: body.replace(/^\n+/, ""), warnings };
}

export function validateFrontMatter(data: unknown): { frontMatter: FrontMatter; warnings: string[] } {
  const warnings: string[] = [];
  const frontMatter: Record<string, unknown> = {};
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    if (data != null && data !== "") warnings.push("front matter: expected field: value lines; the block was ignored");
    return { frontMatter: {}, warnings };
  }
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const field = FIELDS[key as keyof FrontMatter];
    if (!field) continue; // category, author, tags...: not ours, left alone
    const result = field.schema.safeParse(value);
    if (!result.success) {
      warnings.push(`front matter: field "${key}" should be ${field.expected} (found ${show(value)}); it was ignored`);
      continue;
    }
    frontMatter[key] =
      key === "officials"
        ? officialOverrides(result.data as unknown[], warnings)
        : key === "meetings"
          ? meetingOverrides(result.data as unknown[], warnings)
          : result.data;
  }
  return { frontMatter: frontMatter as FrontMatter, warnings };
}

function officialOverrides(entries: unknown[], warnings: string[]): OfficialOverride[] {
  const out: OfficialOverride[] = [];
  entries.forEach((entry, i) => {
    const result = officialSchema.safeParse(entry);
    if (result.success) {
      out.push(result.data as OfficialOverride);
      return;
    }
    const issue = result.error.issues[0];
    const field = issue?.path.join(".") || "entry";
    const expected =
      field === "role" ? `one of ${ROLES.join(", ")}` : field === "remove" ? "true or false" : field === "entry" ? "a name: line" : "text";
    warnings.push(`front matter: officials entry ${i + 1}, field "${field}" should be ${expected}; the entry was ignored`);
  });
  return out;
}

function meetingOverrides(entries: unknown[], warnings: string[]): MeetingOverride[] {
  const out: MeetingOverride[] = [];
  entries.forEach((entry, i) => {
    const result = meetingSchema.safeParse(entry);
    if (result.success) {
      out.push(result.data as MeetingOverride);
      return;
    }
    const issue = result.error.issues[0];
    const field = issue?.path[0]?.toString() ?? "entry";
    const expected =
      field === "participants" || field === "attendees"
        ? "a list of names"
        : field === "date"
          ? "a date written YYYY-MM-DD, or null"
          : field === "call"
            ? "true or false"
            : field === "entry"
              ? "a participants: list"
              : "text";
    warnings.push(`front matter: meetings entry ${i + 1}, field "${field}" should be ${expected}; the entry was ignored`);
  });
  return out;
}

function show(value: unknown): string {
  const s = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** js-yaml errors carry a message and a 0-based line inside the block; the block starts on line 2. */
function yamlWarning(error: unknown): string {
  const e = error as { reason?: string; message?: string; mark?: { line?: number } };
  const reason = e.reason ?? e.message ?? String(error);
  const line = typeof e.mark?.line === "number" ? ` (line ${e.mark.line + 1})` : "";
  return `front matter: ${reason}${line}; the YAML block was ignored and the article read from its body`;
}

/** Drop an unparseable block so its lines do not pollute the article text. */
function stripBrokenBlock(source: string): string {
  const end = source.slice(3).search(/\n---[ \t]*(?:\n|$)/);
  if (end < 0) return source;
  return source.slice(3 + end + 1).replace(/^---[ \t]*\n?/, "").replace(/^\n+/, "");
}
