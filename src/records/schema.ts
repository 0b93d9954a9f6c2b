// Runtime validation of ArticleRecords read back from record files (or the extraction cache).
// Must stay in step with ArticleRecord in src/model.ts.
import { z } from "zod";
import type { ArticleRecord } from "../model.ts";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected an ISO date YYYY-MM-DD");

const evidenceSchema = z
  .object({ text: z.string(), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })
  .refine((e) => e.end >= e.start, "evidence must end after it starts");

export const officialSchema = z.object({
  name: z.string().min(1),
  title: z.string().nullable(),
  organization: z.string().nullable(),
  country: z.string().nullable(),
  role: z.enum(["participant", "attendee", "mentioned"]),
  evidence: evidenceSchema.nullable(),
});

const recordMeetingSchema = z.object({
  participants: z.array(z.string().min(1)),
  attendees: z.array(z.string().min(1)),
  date: isoDate.nullable(),
  location: z.string().nullable(),
  country: z.string().nullable(),
  call: z.boolean(),
  evidence: z.object({ date: evidenceSchema.nullable(), location: evidenceSchema.nullable() }),
});

export const articleRecordSchema = z
  .object({
  id: z.string().min(1),
  source: z.string().min(1),
  contentHash: z.string(),
  title: z.string(),
  date: isoDate.nullable(),
  dateBasis: z.enum(["front-matter", "explicit", "weekday", "relative", "article-date", "none"]),
  articleDate: isoDate.nullable(),
  // Records written before sources were read have neither field.
  sourceUrl: z.string().regex(/^https?:\/\//i, "expected an http(s) address").nullable().default(null),
  outlet: z.string().min(1).nullable().default(null),
  location: z.string().nullable(),
  country: z.string().nullable(),
  officials: z.array(officialSchema),
  meetings: z.array(recordMeetingSchema),
  topics: z.array(z.string()),
  summary: z.string(),
  body: z.string(),
  lang: z.string().min(1),
  dir: z.enum(["ltr", "rtl"]),
  warnings: z.array(z.string()),
  })
  .superRefine((record, ctx) => {
    // Meetings name the record's own officials, never someone the record does not list.
    const present = new Set(record.officials.filter((o) => o.role !== "mentioned").map((o) => o.name));
    record.meetings.forEach((meeting, i) => {
      for (const side of ["participants", "attendees"] as const) {
        meeting[side].forEach((name, k) => {
          if (!present.has(name)) {
            ctx.addIssue({ code: "custom", path: ["meetings", i, side, k], message: `"${name}" is not a participant or attendee of the record` });
          }
        });
      }
    });
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
