// extractRecord: one SourceArticle → one ArticleRecord. Pure: every extractor reads the article
// text, then the user's front-matter corrections are applied on top of what was found.
import anyAscii from "any-ascii";
import type { ArticleRecord, DateBasis, FrontMatter, Official, SourceArticle, Topic } from "../model.ts";
import { toMarkdownBody } from "./body.ts";
import { knownCity } from "./cities.ts";
import { extractDate } from "./dates.ts";
import { detectLanguage, directionOf } from "./language.ts";
import { extractLocation } from "./location.ts";
import { extractOfficials } from "./officials.ts";
import { sentences } from "./sentences.ts";
import { makeHeadline, makeSummary } from "./summary.ts";
import { DEFAULT_TOPICS, extractTopics } from "./topics.ts";

export function extractRecord(article: SourceArticle, topics: readonly Topic[] = DEFAULT_TOPICS): ArticleRecord {
  const fm = article.frontMatter;
  const warnings = [...article.warnings];
  const { text } = article;

  const spans = sentences(text);
  const found = extractDate(text, article.articleDate, spans);
  let date = found.date;
  let dateBasis: DateBasis = found.basis;
  if (fm.meeting_date !== undefined) {
    date = fm.meeting_date;
    dateBasis = "front-matter";
  } else if (found.warning) {
    warnings.push(found.warning);
  }

  const location = fm.location !== undefined ? correctedLocation(fm.location) : extractLocation(text, article.dateline, spans).location;
  const officials = applyOfficialOverrides(text ? extractOfficials(text) : [], fm);
  const topicLabels = fm.topics ? resolveTopics(fm.topics, topics) : extractTopics(article.headline, text, topics);
  if (topicLabels.length === 0) warnings.push("no topic found: add topics: to the front matter, or keywords to the topics file");

  const detected = detectLanguage(text);
  const lang = fm.lang ?? detected.lang;
  const dir = fm.lang ? directionOf(fm.lang) : detected.dir;

  return {
    id: recordId(article.source),
    source: article.source,
    contentHash: article.contentHash,
    title: makeHeadline(article.headline, officials, topicLabels, text, article.dateline),
    date,
    dateBasis,
    articleDate: article.articleDate,
    location,
    officials,
    topics: topicLabels,
    summary: makeSummary(text, article.dateline, spans),
    body: toMarkdownBody(text),
    lang,
    dir,
    warnings,
  };
}

/** A stable ASCII slug from the file's path: "2024/Ünïcode náme & spaces.txt" → "2024-unicode-name-spaces". */
export function recordId(source: string): string {
  const slug = anyAscii(source.replace(/\.(?:txt|md)$/i, ""))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "article";
}

/** A corrected location reads like an extracted one ("islamabad" → "Islamabad"); unknown places stay as written. */
function correctedLocation(given: string | null): string | null {
  return given === null ? null : (knownCity(given) ?? given);
}

const nameKey = (name: string) => anyAscii(name).toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

/** Front-matter officials amend the extracted official of the same name, add new ones, or remove. */
function applyOfficialOverrides(extracted: Official[], fm: FrontMatter): Official[] {
  const out = extracted.map((o) => ({ ...o }));
  for (const o of fm.officials ?? []) {
    const at = out.findIndex((e) => nameKey(e.name) === nameKey(o.name));
    if (o.remove) {
      if (at >= 0) out.splice(at, 1);
      continue;
    }
    const base: Official = at >= 0 ? out[at]! : { name: o.name, title: null, organization: null, country: null, role: "participant" };
    const amended: Official = {
      name: at >= 0 ? base.name : o.name,
      title: o.title !== undefined ? o.title : base.title,
      organization: o.organization !== undefined ? o.organization : base.organization,
      country: o.country !== undefined ? o.country : base.country,
      role: o.role ?? base.role,
    };
    if (at >= 0) out[at] = amended;
    else out.push(amended);
  }
  return out;
}

/** Front-matter topics name taxonomy topics by label or slug; anything else is a new label. */
function resolveTopics(given: string[], topics: readonly Topic[]): string[] {
  const byKey = new Map<string, string>();
  for (const t of topics) {
    byKey.set(t.label.toLowerCase(), t.label);
    byKey.set(t.slug.toLowerCase(), t.label);
  }
  return [...new Set(given.map((g) => byKey.get(g.toLowerCase()) ?? g))];
}
