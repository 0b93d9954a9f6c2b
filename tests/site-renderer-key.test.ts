// The renderer's key is in every page fingerprint: whatever changes how pages look changes it,
// so a rebuild after such a change renders every page again.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { rendererKey } from "../src/site/renderer-key.ts";
import { DEFAULT_SETTINGS } from "../src/site/settings.ts";

const project = fs.mkdtempSync(path.join(os.tmpdir(), "renderer-key-"));
afterAll(() => fs.rmSync(project, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
  fs.writeFileSync(path.join(project, file), text);
};
write("templates/_includes/base.njk", "<html>{{ content | safe }}</html>");
write("src/site/format.ts", "export const x = 1;");
write(".eleventy.ts", "export default () => {};");
write("src/extract/dates.ts", "export const y = 1;");

describe("the renderer's key", () => {
  const key = () => rendererKey(DEFAULT_SETTINGS, project);

  it("is the same while nothing changes", () => {
    expect(key()).toBe(key());
  });

  it("changes with a template, the site code, the Eleventy configuration or the settings", () => {
    const seen = new Set([key()]);
    write("templates/_includes/base.njk", "<html lang=en>{{ content | safe }}</html>");
    seen.add(key());
    write("src/site/format.ts", "export const x = 2;");
    seen.add(key());
    write(".eleventy.ts", "export default () => { /* filters */ };");
    seen.add(key());
    seen.add(rendererKey({ ...DEFAULT_SETTINGS, title: "Meetings Watch" }, project));
    expect(seen.size).toBe(5);
  });

  it("ignores code that only shapes the data, which the fingerprints already follow", () => {
    const before = key();
    write("src/extract/dates.ts", "export const y = 2;");
    expect(key()).toBe(before);
  });
});
