// Who is who on the development corpora: a site built from ../shared/corpus and
// ../shared/corpus-world together must never make one person of two people the gold labels keep
// apart. Gold names and aliases (same person across files when the name is the same) say who is
// who; an extracted name the gold does not know is left out of the count.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { nameKey } from "../src/digest/names.ts";
import { runBuild } from "../src/pipeline/pipeline.ts";

const SHARED = resolve(import.meta.dirname, "../../shared");
const CORPORA = ["corpus", "corpus-world"].map((c) => join(SHARED, c));
const present = CORPORA.every((c) => existsSync(join(c, "articles")) && existsSync(join(c, "gold")));
if (!present) console.warn(`corpus-identity: skipped, the development corpora are not at ${SHARED}`);

interface GoldOfficial {
  name: string;
  aliases: string[];
}

describe.skipIf(!present)("people on the development corpora", () => {
  const tmp = mkdtempSync(join(tmpdir(), "corpus-identity-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  // Gold identities: one per name, joined through aliases and through the same name in other files.
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    while (parent.get(k) !== k) k = parent.get(k)!;
    return k;
  };
  const add = (k: string) => (parent.has(k) ? k : (parent.set(k, k), k));
  const gold = new Map<string, GoldOfficial[]>(); // article file → gold officials
  if (present) {
    for (const corpus of CORPORA) {
      for (const file of readdirSync(join(corpus, "gold"))) {
        const label = JSON.parse(readFileSync(join(corpus, "gold", file), "utf8")) as { file: string; officials: GoldOfficial[] };
        gold.set(label.file, label.officials);
        for (const o of label.officials) {
          const root = find(add(nameKey(o.name)));
          for (const a of o.aliases) parent.set(find(add(nameKey(a))), root);
        }
      }
    }
  }

  it("merges no two people the gold keeps apart", async () => {
    const seeds = join(tmp, "seeds");
    for (const corpus of CORPORA) {
      mkdirSync(join(seeds, basename(corpus)), { recursive: true });
      for (const f of readdirSync(join(corpus, "articles"))) copyFileSync(join(corpus, "articles", f), join(seeds, basename(corpus), f));
    }
    const result = await runBuild({ seedsDir: seeds, outDir: join(tmp, "site"), searchIndex: false });
    expect(result.ok).toBe(true);

    const people = JSON.parse(readFileSync(join(tmp, "site", "people.json"), "utf8")) as { id: string; spellings: string[] }[];
    const personOf = new Map(people.flatMap((p) => p.spellings.map((s) => [nameKey(s), p.id] as const)));
    const goldOf = new Map<string, Set<string>>(); // person → gold identities
    let known = 0;
    for (const record of result.digest!.records) {
      const officials = gold.get(basename(record.source)) ?? [];
      for (const o of record.officials) {
        const key = nameKey(o.name);
        const match = officials.find((g) => [g.name, ...g.aliases].some((n) => nameKey(n) === key));
        const person = personOf.get(key);
        if (!match || !person) continue;
        known++;
        const set = goldOf.get(person) ?? new Set<string>();
        set.add(find(nameKey(match.name)));
        goldOf.set(person, set);
      }
    }
    const merged = [...goldOf].filter(([, ids]) => ids.size > 1).map(([person, ids]) => `${person}: ${[...ids].join(" + ")}`);
    expect(known).toBeGreaterThan(150);
    expect(merged).toEqual([]);
  }, 120_000);
});
