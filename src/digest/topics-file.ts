// The topics file (seeds/topics.yml): add a topic, or keywords to an existing one, without code.
//
//   - label: Space technology          # a new topic
//     keywords: [satellite launch, space agency]
//   - label: Cybersecurity             # an existing topic (by label or slug): more keywords
//     keywords: [ransomware]
//
// The top level is a list of entries, or a map with a `topics:` list.
import crypto from "node:crypto";
import fs from "node:fs";
import { z } from "zod";
import type { Topic } from "../model.ts";
import { isSafeSlug, slugify } from "./slugs.ts";
import { DataFileError, parseYaml } from "./yaml.ts";

export const TOPICS_FILE_NAMES = ["topics.yml", "topics.yaml"];

const words = z.preprocess((v) => (typeof v === "string" ? [v] : v), z.array(z.string().trim().min(1, "expected a keyword")));
const entrySchema = z
  .strictObject({
    label: z.string().trim().min(1).optional(),
    slug: z.string().trim().refine(isSafeSlug, "expected lower-case letters, digits and single hyphens").optional(),
    keywords: words.optional(),
  })
  .refine((e) => e.label !== undefined || e.slug !== undefined, "give a label (or the slug of an existing topic)");

/** The taxonomy after applying the topics file's entries; the file's problems name entry and field. */
export function applyTopicsFile(text: string, file: string, base: readonly Topic[]): Topic[] {
  const data = parseYaml(text, file);
  if (data === null || data === undefined || data === "") return [...base];
  const list = Array.isArray(data) ? data : (data as { topics?: unknown }).topics;
  if (!Array.isArray(list)) throw new DataFileError(file, "expected a list of topics (each with a label and keywords), or a `topics:` list");

  const topics = base.map((t) => ({ ...t, keywords: [...t.keywords] }));
  list.forEach((raw, index) => {
    const where = `entry ${index + 1}${raw && typeof (raw as { label?: unknown }).label === "string" ? ` (${(raw as { label: string }).label})` : ""}`;
    const result = entrySchema.safeParse(raw);
    if (!result.success) {
      const problems = result.error.issues.map((i) => `${i.path.length ? `field "${i.path.join(".")}"` : "the entry"}: ${i.message}`);
      throw new DataFileError(file, `${where}: ${problems.join("; ")}`);
    }
    const entry = result.data;
    const label = entry.label?.toLowerCase();
    const existing = topics.find((t) => (entry.slug && t.slug === entry.slug) || (label && t.label.toLowerCase() === label));
    const keywords = entry.keywords ?? [];
    if (existing) {
      for (const k of keywords) if (!existing.keywords.includes(k)) existing.keywords.push(k);
      return;
    }
    if (!entry.label) throw new DataFileError(file, `${where}: no topic has the slug "${entry.slug}"; give a label to add a new topic`);
    if (keywords.length === 0) throw new DataFileError(file, `${where}: a new topic needs at least one keyword`);
    const slug = entry.slug ?? slugify(entry.label, "topic");
    if (topics.some((t) => t.slug === slug)) throw new DataFileError(file, `${where}: the slug "${slug}" is already used by another topic`);
    topics.push({ slug, label: entry.label, keywords });
  });
  return topics;
}

/** Loads the taxonomy with the seeds folder's topics file applied, plus a key for the cache. */
export function loadTopics(seedsDir: string, base: readonly Topic[]): { file: string | null; topics: readonly Topic[]; key: string } {
  for (const name of TOPICS_FILE_NAMES) {
    const full = `${seedsDir}/${name}`;
    if (fs.existsSync(full)) {
      const text = fs.readFileSync(full, "utf8");
      return { file: name, topics: applyTopicsFile(text, name, base), key: crypto.createHash("sha256").update(text).digest("hex") };
    }
  }
  return { file: null, topics: base, key: "" };
}
