// Site settings: title, description, public address, language and the path the site is published
// under, from `news-digest.config.yml` (or .yaml, or .json) in the folder the build runs in, or the
// file `--config` names. Every field is optional; NEWS_DIGEST_URL, when set, wins over `url`.
//
//   title: Digital Ministry Meetings
//   description: Meetings of the ministry's officials, from the press.
//   url: https://example.org/digest/    # the public address of the home page
//   language: en
//   pathPrefix: /digest/                # defaults to the path of url
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { DataFileError, parseYaml } from "../digest/yaml.ts";

export const CONFIG_FILE_NAMES = ["news-digest.config.yml", "news-digest.config.yaml", "news-digest.config.json"];

export interface SiteSettings {
  title: string;
  description: string;
  /** Absolute address of the site's home page, ending in "/" (feeds and the sitemap use it). */
  url: string;
  language: string;
  /** The path every internal link starts with: "/" or "/digest/". */
  pathPrefix: string;
}

export const DEFAULT_SETTINGS: SiteSettings = {
  title: "News Digest",
  description: "Meetings between officials, the people who held them and what they discussed.",
  url: "https://news-digest.example/",
  language: "en",
  pathPrefix: "/",
};

const text = z.string().trim().min(1, "must not be empty");
const schema = z.strictObject({
  title: text.max(120, "must be at most 120 characters").optional(),
  description: text.max(300, "must be at most 300 characters").optional(),
  url: text.refine((u) => /^https?:\/\/[^\s/]+/i.test(u) && URL.canParse(u), "must be an http or https address, like https://example.org/").optional(),
  language: text.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, "must be a language code, like en or en-GB").optional(),
  pathPrefix: text.regex(/^\/?(?:[A-Za-z0-9._~-]+\/?)*$/, "must be a path like /digest/ (letters, digits, . _ ~ - between slashes)").optional(),
});

function withSlashes(p: string): string {
  const inner = p.replace(/^\/+|\/+$/g, "");
  return inner ? `/${inner}/` : "/";
}

/** Validates parsed settings; `file` names the source in errors. */
export function parseSettings(data: unknown, file: string, envUrl?: string): SiteSettings {
  const raw = data === null || data === undefined || data === "" ? {} : data;
  const result = schema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join(".") || "(top level)";
    const message = issue.code === "unrecognized_keys" ? `unknown field ${issue.keys.join(", ")} (known: ${Object.keys(schema.shape).join(", ")})` : `${field}: ${issue.message}`;
    throw new DataFileError(file, message);
  }
  const given = result.data;
  const rawUrl = envUrl?.trim() || given.url || DEFAULT_SETTINGS.url;
  if (envUrl?.trim() && !URL.canParse(envUrl.trim())) throw new DataFileError("NEWS_DIGEST_URL", `is not an address: ${envUrl}`);
  const url = new URL(rawUrl);
  url.search = "";
  url.hash = "";
  const urlPath = withSlashes(url.pathname);
  let pathPrefix = urlPath;
  if (given.pathPrefix !== undefined) {
    pathPrefix = withSlashes(given.pathPrefix);
    if (urlPath !== "/" && urlPath !== pathPrefix) {
      throw new DataFileError(file, `pathPrefix: ${pathPrefix} does not match the path of url (${urlPath}); give one of them, or the same path in both`);
    }
  }
  return {
    title: given.title ?? DEFAULT_SETTINGS.title,
    description: given.description ?? DEFAULT_SETTINGS.description,
    url: `${url.origin}${pathPrefix}`,
    language: given.language ?? DEFAULT_SETTINGS.language,
    pathPrefix,
  };
}

/** Reads the settings file in `dir` (or the file `explicit` names); defaults when there is none. */
export function loadSettings(dir: string, explicit?: string, env: NodeJS.ProcessEnv = process.env): SiteSettings {
  const file = explicit ? path.resolve(explicit) : CONFIG_FILE_NAMES.map((n) => path.join(dir, n)).find((f) => fs.existsSync(f));
  if (!file) return parseSettings({}, "(no settings file)", env.NEWS_DIGEST_URL);
  let source: string;
  try {
    source = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new DataFileError(file, `cannot be read: ${(error as Error).message}`);
  }
  const data = file.endsWith(".json") ? parseJson(source, file) : parseYaml(source, file);
  return parseSettings(data, file, env.NEWS_DIGEST_URL);
}

function parseJson(source: string, file: string): unknown {
  try {
    return JSON.parse(source.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new DataFileError(file, `JSON does not parse: ${(error as Error).message}`);
  }
}
