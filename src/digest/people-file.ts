// The people file (seeds/people.yml): corrections a user makes without code. Per person: the
// canonical name, other spellings to merge, spellings that must stay apart, and offices.
//
//   - name: Nur Ul Hassan
//     aliases: [Nurul Hassan, Syed Nur Ul Hassan]
//     keep_apart: [Hassan]
//     offices:
//       - title: Federal Secretary IT
//         from: 2024-01-01
//         to: 2025-06-30
//
// The top level is a list of such entries, or a map with a `people:` list.
import fs from "node:fs";
import { z } from "zod";
import { DataFileError, parseYaml } from "./yaml.ts";
import { nameKey } from "./names.ts";

export const PEOPLE_FILE_NAMES = ["people.yml", "people.yaml"];

const isoDate = z.string().trim().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "expected a date written YYYY-MM-DD");
const name = z.string().trim().min(1, "expected a name");
const spellings = z.preprocess((v) => (typeof v === "string" ? [v] : v), z.array(name));

const officeSchema = z.strictObject({
  title: name,
  organization: z.string().trim().min(1).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

const entrySchema = z.strictObject({
  name,
  aliases: spellings.optional(),
  keep_apart: spellings.optional(),
  offices: z.array(officeSchema).optional(),
});

export interface PeopleFileOffice {
  title: string;
  organization: string | null;
  from: string | null;
  to: string | null;
}

export interface PeopleFileEntry {
  name: string;
  aliases: string[];
  keepApart: string[];
  offices: PeopleFileOffice[];
}

/** Reads and validates a people file; every problem names the file, the entry and the field. */
export function parsePeopleFile(text: string, file: string): PeopleFileEntry[] {
  const data = parseYaml(text, file);
  if (data === null || data === undefined || data === "") return [];
  const list = Array.isArray(data) ? data : (data as { people?: unknown }).people;
  if (!Array.isArray(list)) {
    throw new DataFileError(file, "expected a list of people (each with at least a name), or a `people:` list");
  }
  const entries = list.map((raw, index) => toEntry(raw, index, file));
  checkNoSpellingClaimedTwice(entries, file);
  return entries;
}

/** Loads the first people file found in `seedsDir`, or [] when there is none. */
export function loadPeopleFile(seedsDir: string): { file: string | null; entries: PeopleFileEntry[] } {
  for (const fileName of PEOPLE_FILE_NAMES) {
    const full = `${seedsDir}/${fileName}`;
    if (fs.existsSync(full)) return { file: fileName, entries: parsePeopleFile(fs.readFileSync(full, "utf8"), fileName) };
  }
  return { file: null, entries: [] };
}

function describe(raw: unknown, index: number): string {
  const given = raw && typeof raw === "object" && typeof (raw as { name?: unknown }).name === "string";
  return `entry ${index + 1}${given ? ` (${(raw as { name: string }).name})` : ""}`;
}

function toEntry(raw: unknown, index: number, file: string): PeopleFileEntry {
  const result = entrySchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const where = issue.path.length > 0 ? `field "${issue.path.join(".")}": ` : "";
      if (issue.code === "unrecognized_keys") {
        const allowed = issue.path.length > 0 ? "title, organization, from, to" : "name, aliases, keep_apart, offices";
        return `${where}unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(", ")} (allowed: ${allowed})`;
      }
      return `${where || "the entry: "}${issue.message}`;
    });
    throw new DataFileError(file, `${describe(raw, index)}: ${problems.join("; ")}`);
  }
  const entry = result.data;
  for (const office of entry.offices ?? []) {
    if (office.from && office.to && office.from > office.to) {
      throw new DataFileError(file, `${describe(raw, index)}: office "${office.title}" ends (${office.to}) before it starts (${office.from})`);
    }
  }
  return {
    name: entry.name,
    aliases: entry.aliases ?? [],
    keepApart: entry.keep_apart ?? [],
    offices: (entry.offices ?? []).map((o) => ({
      title: o.title,
      organization: o.organization ?? null,
      from: o.from ?? null,
      to: o.to ?? null,
    })),
  };
}

/** One spelling can belong to one person only, or the file contradicts itself. */
function checkNoSpellingClaimedTwice(entries: PeopleFileEntry[], file: string): void {
  const owner = new Map<string, number>();
  entries.forEach((entry, index) => {
    for (const spelling of [entry.name, ...entry.aliases]) {
      const key = nameKey(spelling);
      const previous = owner.get(key);
      if (previous !== undefined && previous !== index) {
        throw new DataFileError(
          file,
          `entry ${index + 1} (${entry.name}): the spelling "${spelling}" is already given for entry ${previous + 1} (${entries[previous]!.name})`,
        );
      }
      owner.set(key, index);
    }
    for (const spelling of entry.keepApart) {
      if (nameKey(spelling) === nameKey(entry.name) || entry.aliases.some((a) => nameKey(a) === nameKey(spelling))) {
        throw new DataFileError(file, `entry ${index + 1} (${entry.name}): "${spelling}" is listed both to merge and to keep apart`);
      }
    }
  });
}
