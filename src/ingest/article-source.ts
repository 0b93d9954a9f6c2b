// Where an article comes from: the address it was published at and the outlet that published it.
// Scraped files carry the address as a line of its own ("https://…", "Source: https://…") and
// wire stories carry their agency as a tag ("KARACHI, March 3 (APP) -", "Riyadh, SPA --",
// "— WAM"). Outlets and agencies are data (src/lexicon/outlets.json); a host not listed is named
// by its host name. Only http(s) addresses are kept: anything else could run as a link.
import outlets from "../lexicon/outlets.json" with { type: "json" };

/** An absolute http(s) address, normalised; null for anything else (javascript:, data:, relative, malformed). */
export function safeHttpUrl(value: string): string | null {
  const text = value.trim();
  if (!/^https?:\/\//i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if ((url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname || url.username || url.password) return null;
  return url.href;
}

const URL_LABEL = "(?:source(?:[ -]url)?|url|link|original(?: article)?|canonical(?: url)?|(?:originally )?published at|read (?:the )?original(?: at)?)";
const URL_LINE = new RegExp(`^[ \\t]*(?:${URL_LABEL}[ \\t]*[:\\-–—]?[ \\t]*)?<?(https?://[^\\s<>"]+?)>?[ \\t]*$`, "i");
const URL_SCAN_TOP = 6;
const URL_SCAN_BOTTOM = 4;

/**
 * The article's address from a line that holds nothing but it (optionally labelled "Source:",
 * "URL:", "Link:"), among the first or last lines; the line is removed from the text.
 */
export function readSourceUrlLine(text: string): { url: string | null; text: string } {
  const lines = text.split("\n");
  const filled = lines.flatMap((line, i) => (line.trim() ? [i] : []));
  const candidates = [...filled.slice(0, URL_SCAN_TOP), ...filled.slice(-URL_SCAN_BOTTOM).reverse()];
  for (const i of candidates) {
    const m = URL_LINE.exec(lines[i]!);
    const url = m ? safeHttpUrl(m[1]!.replace(/[.,;)]+$/, "")) : null;
    if (!url) continue;
    lines.splice(i, 1);
    return { url, text: lines.join("\n").replace(/\n{3,}/g, "\n\n").replace(/^\n+/, "").trimEnd() };
  }
  return { url: null, text };
}

const agencyByTag = new Map(outlets.agencies.map((a) => [a.tag.toLowerCase(), a]));
const siteByHost = new Map(outlets.sites.map((s) => [s.host.toLowerCase(), s.name]));

/** The tag written as listed or in capitals ("Xinhua", "XINHUA"), never as an ordinary word ("Map"). */
function agencyOf(written: string): string | null {
  const agency = agencyByTag.get(written.toLowerCase());
  if (!agency) return null;
  return written === agency.tag || written === written.toUpperCase() ? agency.name : null;
}

const OPENING_CHARS = 250;
const OPENING_PARAGRAPHS = 3;
/** "(APP)", "(MAP-Rabat)", "(ANTARA)", "(Xinhua/Reuters)". */
const BRACKET_TAG = /\(([A-Za-z]{2,10})(?:[-/][\p{L} .]{1,20})?\)/gu;
/** A bare tag closing the dateline: "Riyadh, November 3, 2023, SPA --", "ABU DHABI, WAM:". */
const BARE_TAG = /^[^\n]{0,90}?[, ]([A-Z][A-Za-z]{2,9})[ ]*(?:--|[-–—:])[ ]/u;
/** A signature line at the end: "— APP", "--SPA", "WAM/Hatem Mohamed", "Source: ENA". */
const SIGNATURE = /^[ \t]*(?:(?:source|courtesy)[ \t]*:[ \t]*|[-–—]+[ \t]*)?\(?([A-Za-z]{2,10})\)?(?:[ \t]*\/[ \t]*[\p{L} .]{1,40})?[ \t]*$/u;

/** The news agency a wire story names in its dateline, its opening or its signature, or null. */
export function readAgencyTag(text: string): string | null {
  const paragraphs = text.split("\n").filter((p) => p.trim() !== "");
  for (const para of paragraphs.slice(0, OPENING_PARAGRAPHS)) {
    const opening = para.slice(0, OPENING_CHARS);
    for (const m of opening.matchAll(BRACKET_TAG)) {
      const name = agencyOf(m[1]!);
      if (name) return name;
    }
    const bare = BARE_TAG.exec(opening);
    const name = bare ? agencyOf(bare[1]!) : null;
    if (name) return name;
  }
  for (const line of paragraphs.slice(-3).reverse()) {
    const m = SIGNATURE.exec(line);
    const name = m ? agencyOf(m[1]!) : null;
    if (name) return name;
  }
  return null;
}

/** The outlet of a known host or of the site it belongs to ("www.dawn.com", "epaper.dawn.com" → Dawn). */
export function siteName(url: string | null): string | null {
  if (!url) return null;
  const labels = new URL(url).hostname.toLowerCase().replace(/\.$/, "").split(".");
  for (let i = 0; i < labels.length - 1; i++) {
    const name = siteByHost.get(labels.slice(i).join("."));
    if (name) return name;
  }
  return null;
}

/** "www.example-news.com" → "example-news.com": how a host is cited when the lexicon does not know it. */
export function hostName(url: string | null): string | null {
  return url ? new URL(url).hostname.toLowerCase().replace(/^www\./, "") : null;
}

/**
 * Who published the article: the outlet the user gave, else the site of its address, else the
 * agency its text names, else the host of its address.
 */
export function articleOutlet(given: string | undefined | null, url: string | null, text: string): string | null {
  return given ?? siteName(url) ?? readAgencyTag(text) ?? hostName(url);
}
