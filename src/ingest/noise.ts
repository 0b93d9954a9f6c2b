// What a scraper drags in around an article: stock tickers, bylines, "Also read" links,
// "- Advertisement -" markers, comment forms, share buttons and promotional trailers. These lines
// are removed before extraction so that no name, date or place is ever taken from them.
import { knownCity } from "../extract/cities.ts";

/** Lines that are noise wherever they stand. */
const NOISE_LINE: RegExp[] = [
  /^[-–—\s]*advertis(?:e)?ment[-–—\s]*$/i,
  /^(?:more from this (?:category|section)|more stories|latest news|trending|most read|popular posts?|search|menu|skip to content)\s*:?$/i,
  /^(?:sponsored|story continues below|scroll to continue|continue reading)\b.{0,40}$/i,
  /^(?:also read|read also|read more|see also|related|more on this|you may also like|recommended)\s*[:|>»\-–—]/i,
  /^(?:also read|read more|related (?:stories|news|articles))\s*$/i,
  // comment forms
  /^(?:leave a (?:reply|comment)|cancel reply|post comment|submit comment|comments?|reply|\d+ comments?)\s*\*?$/i,
  /your email address will not be published/i,
  /required fields are marked/i,
  /^(?:name|email|e-mail|website|comment)\s*\*?\s*:?$/i,
  /save my name, email,? and website/i,
  /^(?:comments are closed|you must be logged in to post a comment)/i,
  // share bars and site furniture
  /^(?:share(?: this(?: article)?)?|tweet|print|email|facebook|twitter|x|linkedin|whatsapp|telegram|pinterest|reddit|copy link)\s*:?$/i,
  /^(?:share|follow us) on\b.{0,60}$/i,
  /^(?:copyright|©)\s*.{0,120}$/i,
  /\ball rights reserved\b/i,
  /^(?:home|news|business|technology)(?:\s*[›»>/|]\s*[\w&' -]+){1,6}$/i,
  // bylines: "By Staff Reporter", "Our Correspondent", "Web Desk", "Published ... Updated ..."
  /^[Bb]y\s+(?:\p{Lu}[\p{L}.'’\-]*\s*){1,5}(?:[|,·•\-–—].{0,80})?$/u,
  /^(?:staff reporter|our (?:staff )?correspondent|news desk|web desk|monitoring desk|press release|agencies)\s*$/i,
  /^.{0,80}\bPublished\b.{0,60}\bUpdated\b.{0,60}$/,
  // captions, tags, feed footers
  /^(?:[-–—]\s*)?(?:photo|file photo|image|picture|video)(?:\s+(?:courtesy|credit))?\s*[:|-].{0,100}$/i,
  /^[-–—]\s*(?:APP|AFP|Reuters|AP|PID|File|Dawn|Online|INP|NNI)(?:\s*\/\s*\w+)?\s*$/,
  /^(?:tags|categories|category|filed under|posted in|topics)\s*:.{0,200}$/i,
  /^the post .{1,200} appeared first on .{1,100}$/i,
  /^click here\b.{0,100}$/i,
  // site names and relative-time bylines: "UrduPoint.com", "Muhammad Irfan 1 minute ago Wed 01st September 2021"
  /^(?:www\.)?[\w-]+\.(?:com|pk|net|org|tv|news|co)(?:\.[a-z]{2})?$/i,
  /^.{0,60}\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b.{0,60}$/i,
  // a closing byline: "ProPK Staff", "Web Desk"
  /^[\p{Lu}][\p{L}.]*(?:\s+[\p{Lu}][\p{L}.]*)?\s+(?:Staff|Desk|Report|Reporter|Correspondent)$/u,
  /^by\s*:\s*\S.{0,40}$/i,
  // a caption credited to its source: "Minister of State for Communications (Image Credit: ANI)"
  /\((?:image|photo|picture|pic)\s*(?:credit|courtesy|source)s?\s*:[^)]{0,60}\)\s*$/i,
  // wire-service furniture: "ZCZC", "BSS-22", "PALAK-ENVOY-NETHERLANDS", "297", "BSS/PR/RQ/1910 hrs"
  /^(?:ZCZC|NNNN|\d{1,6}|[A-Z]{2,6}-\d{1,4}|[A-Z]{2,}(?:-[A-Z]{2,}){1,6})$/,
  /^[A-Z]{2,6}(?:\/[A-Z]{1,6}){1,8}(?:\/\d{3,4}\s*hrs)?$/,
  // page counters: "Post Views: 362", "(Visited 9 times, 1 visits today)"
  /^(?:total |post |page )?views\s*:\s*\S{1,12}$/i,
  /^\(?visited \S{1,8} times?\b.{0,40}$/i,
  // press-release contact blocks
  /^(?:tel|telephone|phone|ph|fax|email|e-mail|website|web|url)\s*[:.#]/i,
];

/** A line that opens a press release's closing contact block: it and all after it go. */
const CONTACT_BLOCK = /^(?:for (?:more|further) (?:information|details)|media contact|press contact|contact us|issued by)\b.{0,80}$/i;
const CONTACT_BLOCK_MAX_LINES = 12;

/** Lines near the top of a page that can only be a byline: a name in capitals ("A.M.BHATTI"). */
const TOP_LINES = 4;
const CAPITALS_BYLINE = /^(?:[A-Z]\.?)+(?:[A-Z][A-Z'’-]+)?(?:\s+[A-Z][A-Z.'’-]*){0,3}$/;
/** A reporter's name alone on a line near the top ("Zubair Qureshi"). */
const NAME_BYLINE = /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** A marker line whose next line is a link to another story ("ALSO READ" then its headline). */
const LINK_MARKER = /^(?:also read|read also|read more|related|related news|see also|more on this)\s*:?$/i;
const LINKED_HEADLINE_MAX = 160;

/** Promotional lines: removed when they trail the article (after its last paragraph). */
const PROMO_LINE =
  /\b(?:whatsapp|telegram|newsletter|subscribe|follow (?:us|our|the)\b|join (?:us|our)\b|also read|read more|download (?:our|the) app|check out\b|for more\b.{0,40}\bnews|stay (?:updated|tuned)|sign up)\b/i;
const PROMO_MAX_CHARS = 300;

/**
 * A stock-ticker line: index names and prices ("KSE-100 ▲ 78,234.12 +1.2%"), mostly numbers and
 * symbols, no sentence.
 */
function isTicker(line: string): boolean {
  if (line.length > 240 || /[.!?]["”’)]?$/.test(line) && !/\d\.$/.test(line)) return false;
  if (/[▲▼△▽↑↓]/.test(line) && /\d/.test(line)) return true;
  const tokens = line.split(/\s+/).filter(Boolean);
  if (tokens.length < 3) return false;
  const numeric = tokens.filter((t) => /^[+\-−]?[\d,]+(?:\.\d+)?%?$|^\([+\-−]?[\d.,]+%?\)$/.test(t)).length;
  return numeric / tokens.length >= 0.4 && /%|\d[\d,]*\.\d/.test(line);
}

/** Noise is short; a longer line is a paragraph of the article. */
const NOISE_MAX_CHARS = 300;

export function isNoiseLine(line: string): boolean {
  const t = line.trim();
  if (!t || t.length > NOISE_MAX_CHARS) return false;
  return NOISE_LINE.some((re) => re.test(t)) || isTicker(t);
}

/** The text without noise lines and without promotional trailer lines; blank runs collapsed. */
export function removeNoise(text: string): { text: string; removed: number } {
  const lines = text.split("\n");
  let removed = 0;
  const kept: string[] = [];
  let dropLinkedHeadline = false;
  let nonBlank = 0;
  for (const line of lines) {
    const t = line.trim();
    if (t) nonBlank++;
    const topByline = (t.length <= 30 && CAPITALS_BYLINE.test(t) && /\./.test(t)) || NAME_BYLINE.test(t);
    if (nonBlank <= TOP_LINES && topByline && !knownCity(t)) {
      removed++;
      continue;
    }
    if (dropLinkedHeadline && t) {
      dropLinkedHeadline = false;
      if (t.length <= LINKED_HEADLINE_MAX && !/[.!?]["”’)]?$/.test(t)) {
        removed++;
        continue;
      }
    }
    if (isNoiseLine(line)) {
      if (LINK_MARKER.test(t)) dropLinkedHeadline = true;
      removed++;
      continue;
    }
    kept.push(line.replace(/[ \t]+$/, ""));
  }
  // A press release's contact block runs to the end of the text.
  const contact = kept.findIndex((l, i) => i >= kept.length - CONTACT_BLOCK_MAX_LINES && i > 0 && CONTACT_BLOCK.test(l.trim()));
  if (contact > 0) {
    removed += kept.length - contact;
    kept.length = contact;
  }
  // Promotional trailers: walk back over the last non-blank lines while they read like promos.
  for (let i = kept.length - 1; i >= 0; i--) {
    const t = kept[i]!.trim();
    if (!t) continue;
    if (t.length <= PROMO_MAX_CHARS && PROMO_LINE.test(t) && i > 0) {
      kept.splice(i, 1);
      removed++;
      continue;
    }
    break;
  }
  const cleaned = kept.join("\n").replace(/\n{3,}/g, "\n\n").trim();
  return { text: cleaned, removed };
}
