// extractRecord: one SourceArticle → one ArticleRecord. Pure: every extractor reads the article
// text, then the user's front-matter corrections are applied on top of what was found.
import anyAscii from "any-ascii";
import type { ArticleRecord, DateBasis, RecordMeeting, SourceArticle, Topic } from "../model.ts";
import { toMarkdownBody } from "./body.ts";
import { applyMeetingOverrides, applyOfficialOverrides, correctedLocation, reconcileMeetings, resolveTopics } from "./corrections.ts";
import { extractDate } from "./dates.ts";
import { detectLanguage, directionOf } from "./language.ts";
import { extractLocation } from "./location.ts";
import { countryOf } from "./places/countries.ts";
import { extractMeetings } from "./meetings/index.ts";
import { extractOfficialMentions } from "./officials/index.ts";
import { sentences } from "./sentences.ts";
import { makeHeadline, makeSummary } from "./summary.ts";
import { DEFAULT_TOPICS, extractTopics } from "./topics.ts";

export function extractRecord(article: SourceArticle, topics: readonly Topic[] = DEFAULT_TOPICS): ArticleRecord {
  const fm = article.frontMatter;
  const warnings = [...article.warnings];
  const { text } = article;

  const spans = sentences(text);
  // The article's place gives an office that names no country the article's country.
  const lead = fm.location !== undefined ? null : extractLocation(text, article.dateline, spans);
  const leadLocation = lead ? lead.location : correctedLocation(fm.location ?? null);
  const leadCountry = lead ? lead.country : leadLocation ? countryOf(leadLocation) : null;
  const extracted = text ? extractOfficialMentions(text, { country: leadCountry }) : [];
  const corrected = applyOfficialOverrides(extracted.map((o) => o.official), fm);
  // Corrections keep the name of an official they amend, so each keeps the places it was named at.
  const named = new Map(extracted.map((o) => [o.official.name, o.mentions]));
  const mentions = corrected.map((o) => named.get(o.name));
  // The article's date and place are those of the meeting it reports first.
  const read = extractMeetings({ text, spans, officials: corrected, mentions, dateline: article.dateline, articleDate: article.articleDate });
  const first = read[0];
  const found = first ? { date: first.date, basis: first.dateBasis, warning: first.dateWarning } : extractDate(text, article.articleDate, spans);
  let date = found.date;
  let dateBasis: DateBasis = found.basis;
  if (fm.meeting_date !== undefined) {
    date = fm.meeting_date;
    dateBasis = "front-matter";
  } else if (found.warning) {
    warnings.push(found.warning);
  }

  const placeFound = fm.location !== undefined ? null : first ? { location: first.location, country: first.country } : lead;
  const location = placeFound ? placeFound.location : correctedLocation(fm.location ?? null);
  const country = placeFound ? placeFound.country : location ? countryOf(location) : null;
  // Front-matter corrections of the date and place are corrections of the first meeting's.
  const extractedMeetings: RecordMeeting[] = read.map(({ dateBasis: _b, dateWarning: _w, ...m }, i) => (i === 0 ? { ...m, date, location, country } : m));
  const place = { date, location, country };
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

