// One seed file's bytes → a SourceArticle (or the reason it is not an article). Steps, in order:
// decode, front matter, " date " header line, "Published" line, address line, noise and promo
// trailers, headline line, dateline. The outlet is read before the noise goes: an agency's
// closing signature ("— APP") is noise to the story but names its source. Pure: the caller reads the file and adds the file name to messages.
import { createHash } from "node:crypto";
import type { IngestResult, SourceArticle } from "../model.ts";
import { datelineDate, findDateline, readHeadline, readHeaderLine, readPublishedLine } from "./article-meta.ts";
import { articleOutlet, readSourceUrlLine } from "./article-source.ts";
import { decodeBytes } from "./decode.ts";
import { parseFrontMatter } from "./front-matter.ts";
import { removeNoise } from "./noise.ts";
import { unwrapHardBreaks } from "./unwrap.ts";

export { listSeedFiles } from "./list-seeds.ts";

export function ingestFile(source: string, bytes: Uint8Array): IngestResult {
  const decoded = decodeBytes(bytes);
  if (decoded.kind === "skipped") return { kind: "skipped", reason: decoded.reason };
  const warnings = [...decoded.warnings];

  const fm = parseFrontMatter(decoded.text);
  warnings.push(...fm.warnings);

  const header = readHeaderLine(fm.body);
  if (header.warning) warnings.push(header.warning);
  const published = readPublishedLine(header.text);
  const addressLine = readSourceUrlLine(published.text);
  const sourceUrl = fm.frontMatter.source_url !== undefined ? fm.frontMatter.source_url : addressLine.url;
  const outlet = articleOutlet(fm.frontMatter.outlet, sourceUrl, addressLine.text);
  const cleaned = removeNoise(unwrapHardBreaks(addressLine.text));
  const headline = readHeadline(cleaned.text);
  const story = findDateline(headline.text.trim());
  const text = story.text.trim();
  const dateline = story.dateline ?? published.place;

  const stamp = fm.frontMatter.date ?? header.date ?? published.date;
  const title = fm.frontMatter.title ?? null;
  if (!text) {
    if (!title) return { kind: "skipped", reason: "the file has no article text (only front matter or a header)" };
    warnings.push("the file has no article text, only front matter");
  }

  const article: SourceArticle = {
    source,
    contentHash: createHash("sha256").update(bytes).digest("hex"),
    text,
    headline: title ?? headline.headline,
    // The dateline's day is the story's own: a stamp or a web "Published" date may come a day
    // later. A dateline's month and day take their year from that stamp.
    articleDate: datelineDate(story.dateline, stamp) ?? stamp,
    dateline,
    sourceUrl,
    outlet,
    frontMatter: fm.frontMatter,
    warnings,
  };
  return { kind: "article", article };
}
