// Organisation and country of an office, read from the title itself:
//   "Chairman Pakistan Telecommunication Authority (PTA)" → Pakistan Telecommunication Authority, Pakistan
//   "Kenyan High Commissioner to Pakistan"                → country Kenya (the sending side, not the host)
//   "Federal Minister for IT and Telecommunication"       → Ministry of IT and Telecommunication
import { tokenize, type Token } from "./tokens.ts";
import { ORGS, ORG_HEAD_WORDS, countryAt } from "./lexicon.ts";

export interface Affiliation {
  organization: string | null;
  country: string | null;
}

const MINISTERIAL = /\b(?:Minister(?: of State)?|Secretary|Ministry)\s+(?:for|of)\s+(?:the\s+)?([^()]+?)(?:\s+(?:at|of|in|to)\s+.*)?$/du;
const OF_ORG = /\b(?:of|at)\s+(?:the\s+)?(?=\p{Lu})/gu;
const SENDING_OF = /\b(?:Ambassador|High Commissioner|Consul(?: General)?|Envoy|Embassy|Chargé d.Affaires)\s+of\s+(?:the\s+)?/u;
const MINISTER_HEAD = /^(?:[\p{Lu}][\p{L}-]*\s+){0,3}(?:Minister|Secretary)\b(?! of the)/u;

/** A title with its tokens, made once: every look-up below reads ranges of it. */
interface Title {
  text: string;
  tokens: Token[];
}

/** "Head of the X Branch at UNCTAD" → the first "of/at" phrase that ends in an organisation word. */
function orgPhrase(title: Title): string | null {
  OF_ORG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OF_ORG.exec(title.text)) !== null) {
    const from = m.index + m[0].length;
    const phrase = title.text.slice(from).replace(/\s*\([^)]*\)\s*$/, "").trim();
    if (/^(?:Mission|State|Delegation|Staff)\b/u.test(phrase)) continue; // part of the office: "Head of Mission"
    const candidates = [phrase];
    const trailingCountry = /\s+(?:of|for|in)\s+[\p{Lu}][\p{L} ]*$/u.exec(phrase);
    if (trailingCountry && countryIn(title, from + trailingCountry.index, from + phrase.length)) candidates.push(phrase.slice(0, trailingCountry.index));
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

/** The first country named in the characters [from, to) of the title. */
function countryIn(title: Title, from = 0, to = title.text.length): string | null {
  for (let i = 0; i < title.tokens.length; i++) {
    const t = title.tokens[i]!;
    if (t.start < from || !t.cap) continue;
    if (t.start >= to) break;
    const c = countryAt(title.tokens, i);
    if (c && title.tokens[i + c.length - 1]!.end <= to) return c.value.name;
  }
  return null;
}

function knownOrg(title: Title): { name: string; country: string | null } | null {
  let best: { name: string; country: string | null; length: number } | null = null;
  for (let i = 0; i < title.tokens.length; i++) {
    const m = ORGS.match(title.tokens, i);
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
  const owner = possessor ? countryIn({ text: possessor, tokens: tokenize(possessor) }) : null;
  if (!title) return { organization: null, country: owner };
  const t: Title = { text: title, tokens: tokenize(title) };
  const known = knownOrg(t);
  const found = readAffiliation(t, known, owner);
  if (found.country || !home) return found;
  const international = INTERNATIONAL.test(title) || (known !== null && known.country === null);
  if (international || POSTED_ABROAD.test(title)) return found;
  return { organization: found.organization, country: home };
}

function readAffiliation(title: Title, known: { name: string; country: string | null } | null, owner: string | null): Affiliation {
  const text = title.text;
  let organization: string | null = known?.name ?? null;
  const phrase = organization ? null : orgPhrase(title);
  if (phrase && /\b(?:Ministry|Division|Department)\b/u.test(phrase)) organization = phrase;
  if (!organization && MINISTER_HEAD.test(text)) {
    const min = MINISTERIAL.exec(text);
    if (min?.[1] && min.indices?.[1] && !countryIn(title, min.indices[1][0], min.indices[1][1])) organization = `Ministry of ${min[1]}`;
  }
  if (!organization) organization = phrase;

  let country: string | null = owner;
  const sending = SENDING_OF.exec(text);
  if (!country && sending) country = countryIn(title, sending.index + sending[0].length);
  if (!country) {
    // A country or demonym before "to ..." names the side the person represents ("US Ambassador to Pakistan").
    const toAt = text.search(/\s(?:to|in)\s/u);
    country = countryIn(title, 0, toAt >= 0 ? toAt : text.length);
  }
  if (!country && known?.country) country = known.country;
  return { organization, country };
}
