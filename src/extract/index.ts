// extractRecord: one SourceArticle → one ArticleRecord. Pure: every extractor reads the article
// text, then the user's front-matter corrections are applied on top of what was found.
import anyAscii from "any-ascii";
import type { ArticleRecord, DateBasis, SourceArticle, Topic } from "../model.ts";
import { toMarkdownBody } from "./body.ts";
import { applyMeetingOverrides, applyOfficialOverrides, correctedLocation, reconcileMeetings, resolveTopics } from "./corrections.ts";
import { extractDate } from "./dates.ts";
import { detectLanguage, directionOf } from "./language.ts";
import { extractLocation } from "./location.ts";
import { countryOf } from "./places/countries.ts";
import { extractMeetings } from "./meetings.ts";
import { extractOfficials } from "./officials/index.ts";
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

  const placeFound = fm.location !== undefined ? null : extractLocation(text, article.dateline, spans);
  const location = placeFound ? placeFound.location : correctedLocation(fm.location ?? null);
  const country = placeFound ? placeFound.country : location ? countryOf(location) : null;
  const corrected = applyOfficialOverrides(text ? extractOfficials(text, { country }) : [], fm);
  const place = { date, location, country };
  const extractedMeetings = extractMeetings(corrected, { ...place, dateEvidence: null, locationEvidence: placeFound?.evidence ?? null });
  const amended = applyMeetingOverrides(corrected, extractedMeetings, fm, place);
  const officials = amended.officials;
  const meetings = reconcileMeetings(amended.meetings, officials, place);
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
    sourceUrl: article.sourceUrl,
    outlet: article.outlet,
    location,
    country,
    officials,
    meetings,
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

