import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadSettings, parseSettings } from "../src/site/settings.ts";

const dir = mkdtempSync(path.join(tmpdir(), "news-digest-settings-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("site settings", () => {
  it("takes the path prefix from the public address", () => {
    const s = parseSettings({ url: "https://example.org/digest" }, "f.yml");
    expect(s).toMatchObject({ url: "https://example.org/digest/", pathPrefix: "/digest/" });
  });
  it("adds an explicit prefix to an address without a path, and refuses one that contradicts it", () => {
    expect(parseSettings({ url: "https://example.org/", pathPrefix: "digest" }, "f.yml").url).toBe("https://example.org/digest/");
    expect(() => parseSettings({ url: "https://example.org/a/", pathPrefix: "/b/" }, "f.yml")).toThrow(/f\.yml: pathPrefix: \/b\/ does not match/);
  });
  it("lets NEWS_DIGEST_URL win over the file's url", () => {
    expect(parseSettings({ url: "https://a.example/" }, "f.yml", "https://b.example/x/").url).toBe("https://b.example/x/");
  });
  it("names the file and the field of a wrong value or an unknown field", () => {
    expect(() => parseSettings({ url: "ftp://x" }, "site.yml")).toThrow(/^site\.yml: url: must be an http or https address/);
    expect(() => parseSettings({ language: "English" }, "site.yml")).toThrow(/^site\.yml: language: must be a language code/);
    expect(() => parseSettings({ titel: "x" }, "site.yml")).toThrow(/^site\.yml: unknown field titel/);
  });
  it("reads news-digest.config.yml from the folder, and JSON too", () => {
    writeFileSync(path.join(dir, "news-digest.config.yml"), "title: Zembla Watch\nlanguage: en-GB\n");
    expect(loadSettings(dir, undefined, {})).toMatchObject({ title: "Zembla Watch", language: "en-GB", pathPrefix: "/" });
    const json = path.join(dir, "other.json");
    writeFileSync(json, '{"title": "From JSON", "pathPrefix": "/x/"}');
    expect(loadSettings(dir, json, {})).toMatchObject({ title: "From JSON", pathPrefix: "/x/" });
    writeFileSync(json, "{nope");
    expect(() => loadSettings(dir, json, {})).toThrow(/other\.json: JSON does not parse/);
  });
});
