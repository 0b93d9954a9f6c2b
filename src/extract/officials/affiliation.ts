// Organisation and country of an office, read from the title itself:
//   "Chairman Pakistan Telecommunication Authority (PTA)" → Pakistan Telecommunication Authority, Pakistan
//   "Kenyan High Commissioner to Pakistan"                → country Kenya (the sending side, not the host)
//   "Federal Minister for IT and Telecommunication"       → Ministry of IT and Telecommunication
import { tokenize } from "./tokens.ts";
import { COUNTRIES, ORGS, ORG_HEAD_WORDS } from "./lexicon.ts";

export interface Affiliation {
  organization: string | null;
  country: string | null;
}

const MINISTERIAL = /\b(?:Minister(?: of State)?|Secretary|Ministry)\s+(?:for|of)\s+(?:the\s+)?([^()]+?)(?:\s+(?:at|of|in|to)\s+.*)?$/u;
const OF_ORG = /\b(?:of|at)\s+(?:the\s+)?(?=\p{Lu})/gu;
const SENDING_OF = /\b(?:Ambassador|High Commissioner|Consul(?: General)?|Envoy|Embassy|Chargé d.Affaires)\s+of\s+(?:the\s+)?/u;
const MINISTER_HEAD = /^(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:Minister|Secretary)\b(?! of the)/u;

/** "Head of the X Branch at UNCTAD" → the first "of/at" phrase that ends in an organisation word. */
function orgPhrase(title: string): string | null {
  OF_ORG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OF_ORG.exec(title)) !== null) {
    const phrase = title.slice(m.index + m[0].length).replace(/\s*\([^)]*\)\s*$/, "").trim();
    if (/^(?:Mission|State|Delegation|Staff)\b/u.test(phrase)) continue; // part of the office: "Head of Mission"
    const candidates = [phrase];
    const trailingCountry = /\s+(?:of|for|in)\s+[\p{Lu}][\p{L} ]*$/u.exec(phrase);
    if (trailingCountry && countryIn(trailingCountry[0])) candidates.push(phrase.slice(0, trailingCountry.index));
    const cut = /\s+(?:at|in|to|for|on)\s+/u.exec(phrase);
    if (cut) candidates.push(phrase.slice(0, cut.index));
    for (const c of candidates) {
      const words = c.split(/\s+/);
      const last = words[words.length - 1]?.toLowerCase() ?? "";
      const beforeCountry = trailingCountry && c === phrase ? phrase.slice(0, trailingCountry.index).split(/\s+/).pop()?.toLowerCase() : "";
      if (ORG_HEAD_WORDS.has(last) || (beforeCountry && ORG_HEAD_WORDS.has(beforeCountry))) return c;
    }
  }
  return null;
}

function countryIn(text: string, fromIndex = 0): string | null {
  if (!/\p{Lu}/u.test(text)) return null;
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.start < fromIndex) continue;
    const c = COUNTRIES.match(tokens, i);
    if (c) return c.value.name;
  }
  return null;
}

function knownOrg(title: string): { name: string; country: string | null } | null {
  const tokens = tokenize(title);
  let best: { name: string; country: string | null; length: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const m = ORGS.match(tokens, i);
    if (m && (!best || m.length > best.length)) best = { ...m.value, length: m.length };
  }
  return best;
}

/** Bodies of many countries: their officials represent none. */
const INTERNATIONAL =
  /\b(?:United Nations|UN|World Bank|IMF|International Monetary Fund|European|EU|African Union|AU|ASEAN|Commonwealth|OIC|SAARC|ECOWAS|SADC|IGAD|Arab League|GCC|WHO|UNICEF|UNDP|UNHCR|FAO|WTO|OECD|NATO|G20|G7|BRICS|Asian Development Bank|ADB|AfDB|Islamic Development Bank|Organi[sz]ation of|Secretary-General|Under-Secretary-General|Resident Coordinator)\b/u;
/** Offices held abroad: their holder is of the country that sends them, which the title does not say. */
const POSTED_ABROAD = /\b(?:Ambassador|High Commissioner|Consul|Envoy|Charg[ée] d.Affaires|Attach[ée]|Permanent Representative|Head of Mission|Counsellor|Counselor)\b/iu;

/**
 * Organisation and country of an office. `home` is the country of the article: an office that names
 * no country, of no body of many countries and not held abroad, is an office of that country.
 */
export function affiliationOf(title: string | null, possessor: string | null, home: string | null = null): Affiliation {
  const found = readAffiliation(title, possessor);
  if (found.country || !home || !title) return found;
  const international = INTERNATIONAL.test(title) || (knownOrg(title) !== null && knownOrg(title)!.country === null);
  if (international || POSTED_ABROAD.test(title)) return found;
  return { organization: found.organization, country: home };
}

function readAffiliation(title: string | null, possessor: string | null): Affiliation {
  if (!title) return { organization: null, country: possessor ? countryIn(possessor) : null };
  const known = knownOrg(title);
  let organization: string | null = known?.name ?? null;
  const phrase = organization ? null : orgPhrase(title);
  if (phrase && /\b(?:Ministry|Division|Department)\b/u.test(phrase)) organization = phrase;
  if (!organization && MINISTER_HEAD.test(title)) {
    const min = MINISTERIAL.exec(title);
    if (min?.[1] && !countryIn(min[1])) organization = `Ministry of ${min[1]}`;
  }
  if (!organization) organization = phrase;

  let country: string | null = possessor ? countryIn(possessor) : null;
  const sending = SENDING_OF.exec(title);
  if (!country && sending) country = countryIn(title, sending.index + sending[0].length);
  if (!country) {
    // A country or demonym before "to ..." names the side the person represents ("US Ambassador to Pakistan").
    const toAt = title.search(/\s(?:to|in)\s/u);
    country = countryIn(toAt >= 0 ? title.slice(0, toAt) : title);
  }
  if (!country && known?.country) country = known.country;
  return { organization, country };
}
