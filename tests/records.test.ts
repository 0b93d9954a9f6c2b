import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CACHE_FILE, cacheKey, extractorVersion, openExtractionCache } from "../src/records/cache.ts";
import { readAllRecords, readRecords, recordFromFileText, recordToFileText, writeRecords } from "../src/records/store.ts";
import type { ArticleRecord } from "../src/model.ts";
import { official, record } from "./fixtures/digest-records.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "records-test-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const sample = record("2024/Ünïcode náme & spaces.txt", {
  id: "2024-unicode-name-spaces",
  date: "2024-05-15",
  dateBasis: "weekday",
  articleDate: "2024-05-15",
  title: "Minister: talks on 5G",
  officials: [official("Shaza Fatima Khawaja", "Minister of State for IT and Telecommunication")],
  topics: ["0123", "yes"],
  body: "\nLead paragraph.\n\n---\n\n{{ 7*7 }} <script>alert(1)</script>\n",
  warnings: ["no date found"],
});

describe("record files", () => {
  it("keeps data in the front matter and the body as content", () => {
    const text = recordToFileText(sample);
    expect(text.startsWith("---\n")).toBe(true);
    expect(text).toContain('title: "Minister: talks on 5G"');
    expect(text).toContain('  - name: "Shaza Fatima Khawaja"\n    title: "Minister of State for IT and Telecommunication"');
    expect(text).toContain("{{ 7*7 }} <script>alert(1)</script>");
  });

  it("reads back exactly what was written, strings that look like dates, numbers or YAML included", () => {
    const tricky = { ...sample, title: 'null', summary: "yes: no # not a comment\n- \"quoted\" \\ \u0007 ü 习", location: "~", warnings: ["---", "'single'"], officials: [] };
    expect(recordFromFileText(recordToFileText(tricky), "x.md")).toEqual(tricky);
    expect(recordFromFileText(recordToFileText(sample), "x.md")).toEqual(sample);
    const bare = { ...sample, body: "" };
    expect(recordFromFileText(recordToFileText(bare), "x.md")).toEqual(bare);
  });

  it("names the file and the field when a record is invalid", () => {
    const text = recordToFileText(sample).replace('dateBasis: "weekday"', 'dateBasis: "guessed"');
    expect(() => recordFromFileText(text, "records/x.md")).toThrow(/records\/x\.md: invalid record: field "dateBasis"/);
    const badOfficial = recordToFileText(sample).replace('role: "participant"', 'role: "host"');
    expect(() => recordFromFileText(badOfficial, "y.md")).toThrow(/y\.md: .*field "officials\.0\.role"/);
  });

  it("keeps the meetings and the evidence, and refuses a meeting naming someone the record does not have", () => {
    const sentence = { text: "Khawaja met the envoy on Wednesday.", start: 0, end: 35 };
    const withMeetings: ArticleRecord = {
      ...sample,
      officials: [{ ...official("Shaza Fatima Khawaja"), evidence: sentence }],
      meetings: [
        {
          participants: ["Shaza Fatima Khawaja"],
          attendees: [],
          date: "2024-05-15",
          location: "Islamabad",
          country: "Pakistan",
          call: false,
          evidence: { date: sentence, location: null },
        },
      ],
    };
    expect(recordFromFileText(recordToFileText(withMeetings), "m.md")).toEqual(withMeetings);
    const stranger = { ...withMeetings, meetings: [{ ...withMeetings.meetings[0]!, attendees: ["Nobody Known"] }] };
    expect(() => recordFromFileText(recordToFileText(stranger), "s.md")).toThrow(
      /s\.md: .*field "meetings\.0\.attendees\.0": "Nobody Known" is not a participant or attendee/,
    );
  });

  /** Writes the records; returns the ids written, after checking each file holds the text returned. */
  function write(dir: string, records: ArticleRecord[]): string[] {
    const written = writeRecords(dir, records);
    for (const w of written) expect(fs.readFileSync(path.join(dir, `${w.id}.md`), "utf8")).toBe(w.text);
    return written.map((w) => w.id);
  }

  it("writes one <id>.md per record, rewrites only changed records and removes records of deleted articles", () => {
    const dir = path.join(tmp, "records");
    const other = record("other.txt");
    expect(write(dir, [sample, other])).toEqual(["2024-unicode-name-spaces", "other"]);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith(".md")).sort()).toEqual(["2024-unicode-name-spaces.md", "other.md"]);
    expect(write(dir, [other])).toEqual([]);
    expect(fs.readdirSync(dir).filter((n) => n.endsWith(".md"))).toEqual(["other.md"]);
    expect(write(dir, [{ ...other, title: "Changed" }])).toEqual(["other"]);
    expect(readRecords(dir, ["other"])).toEqual([{ ...other, title: "Changed" }]);
    expect(readAllRecords(dir)).toEqual([{ ...other, title: "Changed" }]);
  });

  it("writes a record again when its file was deleted by hand", () => {
    const dir = path.join(tmp, "records-deleted");
    write(dir, [sample]);
    fs.rmSync(path.join(dir, "2024-unicode-name-spaces.md"));
    expect(write(dir, [sample])).toEqual(["2024-unicode-name-spaces"]);
  });

  it("refuses two records with one id", () => {
    expect(() => writeRecords(path.join(tmp, "dup"), [record("a.txt"), record("a.md")])).toThrow(/two records share the id "a"/);
  });
});

describe("extraction cache", () => {
  it("returns what was stored under the same key, and nothing for other bytes", () => {
    const cache = openExtractionCache(path.join(tmp, "cache"));
    const bytes = new TextEncoder().encode("article");
    const key = cacheKey("a.txt", bytes, "");
    expect(cache.get(key)).toBeNull();
    cache.set(key, sample);
    expect(cache.get(key)).toEqual(sample);
    expect(cache.get(cacheKey("a.txt", new TextEncoder().encode("article!"), ""))).toBeNull();
    expect(cache.stats).toEqual({ hits: 1, misses: 2 });
  });

  it("keys on the path and the user's topics too", () => {
    const bytes = new TextEncoder().encode("article");
    expect(cacheKey("a.txt", bytes, "")).not.toBe(cacheKey("b.txt", bytes, ""));
    expect(cacheKey("a.txt", bytes, "")).not.toBe(cacheKey("a.txt", bytes, "topics-v2"));
  });

  it("removes the entries of other extractor versions, which can never hit again", () => {
    const dir = path.join(tmp, "cache-versions");
    fs.mkdirSync(path.join(dir, "0123456789abcdef", "aa"), { recursive: true });
    openExtractionCache(dir);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("keeps what was saved for the next run, and only the entries the last run used", () => {
    const dir = path.join(tmp, "cache-saved");
    const first = openExtractionCache(dir);
    const [a, b] = [cacheKey("a.txt", new Uint8Array([1]), ""), cacheKey("b.txt", new Uint8Array([2]), "")];
    first.set(a, sample);
    first.set(b, { ...sample, id: "b" });
    first.save();
    const second = openExtractionCache(dir);
    expect(second.get(a)).toEqual(sample);
    second.save();
    const third = openExtractionCache(dir);
    expect(third.get(b)).toBeNull();
    expect(third.get(a)).toEqual(sample);
  });

  it("appends what a rebuild computed instead of writing every entry again", () => {
    const dir = path.join(tmp, "cache-append");
    const keys = Array.from({ length: 10 }, (_, i) => cacheKey(`${i}.txt`, new Uint8Array([i]), ""));
    const first = openExtractionCache(dir);
    for (const key of keys) first.set(key, sample);
    first.save();
    const file = path.join(dir, extractorVersion(), CACHE_FILE);
    const before = fs.readFileSync(file, "utf8");
    const second = openExtractionCache(dir);
    for (const key of keys.slice(1)) second.get(key);
    const changed = cacheKey("0.txt", new Uint8Array([99]), "");
    second.set(changed, { ...sample, id: "changed" });
    second.save();
    const after = fs.readFileSync(file, "utf8");
    expect(after.startsWith(before)).toBe(true);
    expect(after.split("\n").filter(Boolean)).toHaveLength(11);
    expect(openExtractionCache(dir).get(changed)).toEqual({ ...sample, id: "changed" });
  });

  it("writes the file anew with only the used entries once the unused pass a fifth", () => {
    const dir = path.join(tmp, "cache-compact");
    const keys = Array.from({ length: 10 }, (_, i) => cacheKey(`${i}.txt`, new Uint8Array([i]), ""));
    const first = openExtractionCache(dir);
    for (const key of keys) first.set(key, sample);
    first.save();
    const second = openExtractionCache(dir);
    for (const key of keys.slice(0, 7)) second.get(key);
    second.save();
    expect(fs.readFileSync(path.join(dir, extractorVersion(), CACHE_FILE), "utf8").split("\n").filter(Boolean)).toHaveLength(7);
  });

  it("recovers an entry whose line a crash cut short while appending", () => {
    const dir = path.join(tmp, "cache-cut");
    const kept = cacheKey("a.txt", new Uint8Array([1]), "");
    const cut = cacheKey("b.txt", new Uint8Array([2]), "");
    const first = openExtractionCache(dir);
    first.set(kept, sample);
    first.save();
    fs.appendFileSync(path.join(dir, extractorVersion(), CACHE_FILE), `["${cut}", {"id": "b", "sou`);
    const second = openExtractionCache(dir);
    expect(second.get(kept)).toEqual(sample);
    expect(second.get(cut)).toBeNull();
    second.set(cut, { ...sample, id: "b" });
    second.save();
    expect(openExtractionCache(dir).get(cut)).toEqual({ ...sample, id: "b" });
  });

  it("treats a damaged entry as a miss", () => {
    const dir = path.join(tmp, "cache-damaged");
    const cache = openExtractionCache(dir);
    const key = cacheKey("a.txt", new Uint8Array([1]), "");
    cache.set(key, sample);
    cache.save();
    fs.writeFileSync(path.join(dir, extractorVersion(), CACHE_FILE), `["${key}", { not json\n`);
    expect(openExtractionCache(dir).get(key)).toBeNull();
    fs.writeFileSync(path.join(dir, extractorVersion(), CACHE_FILE), `${JSON.stringify([key, { ...sample, date: "soon" }])}\n`);
    expect(openExtractionCache(dir).get(key)).toBeNull();
  });
});
