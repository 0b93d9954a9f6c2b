// Runtime validation of ArticleRecords read back from record files (or the extraction cache).
// Must stay in step with ArticleRecord in src/model.ts.
import { z } from "zod";
import type { ArticleRecord } from "../model.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date YYYY-MM-DD");

export const officialSchema = z.object({
  name: z.string().min(1),
  title: z.string().nullable(),
  organization: z.string().nullable(),
  country: z.string().nullable(),
  role: z.enum(["participant", "attendee", "mentioned"]),
});

export const articleRecordSchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  contentHash: z.string(),
  title: z.string(),
  date: isoDate.nullable(),
  dateBasis: z.enum(["front-matter", "explicit", "weekday", "relative", "article-date", "none"]),
  articleDate: isoDate.nullable(),
  location: z.string().nullable(),
  officials: z.array(officialSchema),
  topics: z.array(z.string()),
  summary: z.string(),
  body: z.string(),
  lang: z.string().min(1),
  dir: z.enum(["ltr", "rtl"]),
  warnings: z.array(z.string()),
});

/** Thrown when a record file does not hold a valid record; the message names file and field. */
export class RecordError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "RecordError";
  }
}

/** Validates untyped data as an ArticleRecord, naming `file` and the offending field on failure. */
export function parseRecord(data: unknown, file: string): ArticleRecord {
  const result = articleRecordSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join(".") : "(record)";
    return `field "${field}": ${issue.message}`;
  });
  throw new RecordError(file, `invalid record: ${problems.join("; ")}`);
}
