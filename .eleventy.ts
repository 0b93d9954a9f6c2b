// Eleventy configuration for the news-digest site. The site renderer (src/site/render.ts) passes this
// function to Eleventy and adds the digest as global data. Article text never reaches a template
// engine as template source: it only flows through the `articleText` filter (our markdown-it, raw HTML off).
import path from "node:path";
import { fileURLToPath } from "node:url";
import rssPlugin from "@11ty/eleventy-plugin-rss";
import type { UserConfig } from "@11ty/eleventy";
import { renderArticleText } from "./src/site/markdown.ts";
import { KIND_LABELS } from "./src/site/explore-data.ts";
import { checkedSlug, dayToDate, fullDate, httpUrl, longDate, plural, shortDate, xmlText } from "./src/site/format.ts";

const projectRoot = path.dirname(fileURLToPath(import.meta.url));
export const templatesDir = path.join(projectRoot, "templates");

/**
 * Settings Eleventy only takes as a config object (the config API has no setters for them). Markdown
 * and HTML files are never run through a template engine; only our own .njk templates are rendered.
 */
export const engineSettings = {
  markdownTemplateEngine: false,
  htmlTemplateEngine: "njk",
} as const;

/**
 * The path the site is published under ("/" or "/digest/") is the global data `base` (set by the
 * renderer): templates start every internal link with it (`href="{{ base }}people/"`), and a site
 * path built in code follows it through the `rel` filter (`{{ base }}{{ listPage.nextUrl | rel }}`).
 * Data rather than a Nunjucks global: Eleventy reuses compiled templates across builds in one
 * process, and a global would keep the first build's value. Macros that link are imported
 * `with context` to see it. The files are written at the root of the output folder, which is what
 * gets published at that path.
 */
export default function configureSite(eleventyConfig: UserConfig): typeof engineSettings {
  eleventyConfig.setInputDirectory(templatesDir);
  eleventyConfig.setIncludesDirectory("_includes");
  // Only our own Nunjucks templates are rendered; no Liquid, no Markdown-as-template anywhere.
  eleventyConfig.setTemplateFormats(["njk"]);
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  eleventyConfig.setQuietMode(true);

  eleventyConfig.addPassthroughCopy({ [path.join(templatesDir, "assets")]: "assets" });
  eleventyConfig.addPlugin(rssPlugin);

  // A site path built in code ("/people/x/page-2/") without its leading slash, to follow `base`.
  eleventyConfig.addFilter("rel", (sitePath: unknown) => String(sitePath ?? "").replace(/^\//, ""));
  eleventyConfig.addFilter("kindLabel", (kind: unknown) => KIND_LABELS[kind as keyof typeof KIND_LABELS] ?? "Other bodies");
  eleventyConfig.addFilter("articleText", (text: unknown) => renderArticleText(String(text ?? "")));
  eleventyConfig.addFilter("longDate", longDate);
  eleventyConfig.addFilter("shortDate", shortDate);
  eleventyConfig.addFilter("fullDate", fullDate);
  eleventyConfig.addFilter("httpUrl", httpUrl);
  eleventyConfig.addFilter("dayToDate", dayToDate);
  eleventyConfig.addFilter("checkedSlug", checkedSlug);
  eleventyConfig.addFilter("plural", plural);
  eleventyConfig.addFilter("xmlText", xmlText);
  // For the JSON outputs; the template marks the result safe because JSON is not HTML.
  eleventyConfig.addFilter("toJson", (value: unknown) => JSON.stringify(value, null, 2));
  // JSON inside an HTML-free context (feed.json): a string literal with its quotes.
  eleventyConfig.addFilter("jsonString", (value: unknown) => JSON.stringify(String(value ?? "")));
  return engineSettings;
}
