// What besides the digest decides how a page looks: the templates, the site code that shapes
// data and draws charts, Eleventy's version and the site settings. It is part of every page
// fingerprint, so a change to any of them renders every page again.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { SiteSettings } from "./settings.ts";

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SOURCES = ["templates", "src/site", ".eleventy.ts", "package-lock.json"];

/** The key of the renderer of `project` (this one unless a test gives another) with these settings. */
export function rendererKey(settings: SiteSettings, project = PROJECT): string {
  const digest = createHash("sha1").update(JSON.stringify(settings));
  for (const file of SOURCES.flatMap((source) => filesUnder(path.join(project, source)))) {
    digest.update(`\0${path.relative(project, file)}\0`).update(fs.readFileSync(file));
  }
  return digest.digest("base64url");
}

function filesUnder(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs
    .readdirSync(entry, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}
