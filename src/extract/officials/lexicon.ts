// Word classes for the officials grammar, built once from the lexicon files at module load.
import offices from "../../lexicon/offices.json" with { type: "json" };
import organisations from "../../lexicon/organisations.json" with { type: "json" };
import honorifics from "../../lexicon/honorifics.json" with { type: "json" };
import nameParts from "../../lexicon/name-parts.json" with { type: "json" };
import type { Token } from "./tokens.ts";
import { COUNTRY_ENTRIES } from "../places/countries.ts";

/** The key a token gets in tokens.ts: lower case, typographic apostrophe folded, final dot dropped. */
export function wordKey(text: string): string {
  return text.toLowerCase().replace(/’/g, "'").replace(/\.$/, "");
}

interface PhraseNode<V> {
  next: Map<string, PhraseNode<V>>;
  value?: V;
}

/** Multi-word phrases as a trie of token keys, for greedy longest matching over tokens. */
class PhraseIndex<V> {
  private root: PhraseNode<V> = { next: new Map() };
  add(phrase: string, value: V): void {
    const keys = phrase.split(/\s+/).filter(Boolean).map(wordKey);
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map() };
        node.next.set(k, child);
      }
      node = child;
    }
    node.value ??= value;
  }
  /** Longest phrase starting at token i, within its sentence: its length in tokens and value, or null. */
  match(tokens: Token[], i: number): { length: number; value: V } | null {
    const first = tokens[i];
    if (!first || first.kind !== "word") return null;
    let node = this.root.next.get(first.key);
    let bestLength = 0;
    let bestValue: V | undefined;
    for (let k = 1; node; k++) {
      if (node.value !== undefined) {
        bestLength = k;
        bestValue = node.value;
      }
      const t = tokens[i + k];
      if (!t || t.sent !== first.sent || node.next.size === 0) break;
      node = node.next.get(t.key);
    }
    return bestLength > 0 ? { length: bestLength, value: bestValue as V } : null;
  }
}

/** First words that the press joins to the office with a hyphen or not: "Vice Minister" and "Vice-Minister", "Under-Secretary" and "Under Secretary". */
const OFFICE_PREFIXES = new Set(["vice", "deputy", "under", "co", "pro", "sub"]);

/** An office as the lexicon writes it, and with its prefix hyphenated or spaced the other way. */
function officeSpellings(phrase: string): string[] {
  const words = phrase.split(/\s+/).filter(Boolean);
  const out = new Set([words.join(" ")]);
  words.forEach((w, i) => {
    const dash = w.indexOf("-");
    if (dash > 0 && OFFICE_PREFIXES.has(w.slice(0, dash).toLowerCase())) {
      out.add([...words.slice(0, i), w.slice(0, dash), w.slice(dash + 1), ...words.slice(i + 1)].join(" "));
    }
    if (OFFICE_PREFIXES.has(w.toLowerCase()) && i + 1 < words.length) out.add([...words.slice(0, i), `${w}-${words[i + 1]}`, ...words.slice(i + 2)].join(" "));
  });
  return [...out];
}

const headPhrases = [...offices.heads, ...offices.ranks].flatMap(officeSpellings);
export const HEADS = new PhraseIndex<true>();
for (const h of headPhrases) HEADS.add(h, true);
/** Ranks ("General", "Air Chief Marshal", "Justice"): titles when nothing better is given. */
export const RANKS = new PhraseIndex<true>();
for (const r of offices.ranks.flatMap(officeSpellings)) RANKS.add(r, true);
/** "resident", "shopkeeper": the people these words name hold no office. */
export const PRIVATE_PEOPLE = new PhraseIndex<true>();
for (const w of offices.privatePeople) PRIVATE_PEOPLE.add(w, true);
export const LOWER_HEADS = new PhraseIndex<true>();
for (const h of offices.lowercaseHeads.flatMap(officeSpellings)) LOWER_HEADS.add(h, true);

const HEAD_WORDS = new Set(headPhrases.flatMap((h) => h.split(/\s+/)).map(wordKey));
export const MODIFIERS = new Set(offices.modifiers.map(wordKey));
export const PORTFOLIO = new Set(offices.portfolio.map(wordKey));

export interface OrgEntry {
  name: string;
  country: string | null;
}
export interface CountryEntry {
  name: string;
}

/** Organisations by full name and by acronym (acronyms compared case-sensitively via key of text). */
export const ORGS = new PhraseIndex<OrgEntry>();
const ORG_WORDS = new Set<string>();
export const ACRONYMS = new Map<string, OrgEntry>();
for (const o of organisations.organisations) {
  const entry: OrgEntry = { name: o.name, country: o.country };
  ORGS.add(o.name, entry);
  for (const w of o.name.split(/[\s,]+/)) if (/^\p{Lu}/u.test(w)) ORG_WORDS.add(wordKey(w));
  for (const a of o.acronyms) {
    ORGS.add(a, entry);
    if (!a.includes(" ")) ACRONYMS.set(a, entry);
  }
}
export const ORG_HEAD_WORDS = new Set(organisations.headWords.map(wordKey));

/**
 * Words of countries' names that are also people's names ("Saint Martin", "Saint Helena", "Cook Islands",
 * "Isle of Man", "Chad", "Jordan"): the phrase still names the country, the word alone is not read as one.
 */
const NAME_LIKE_COUNTRY_WORDS = new Set(
  ("martin helena lucia vincent pierre barthelemy barthélemy kitts nevis man jan mayen heard mcdonald cook marshall norfolk christmas solomon wallis " +
    "futuna jersey guernsey chad jordan victoria grenadines miquelon maarten caicos turks cunha tristan ascension reunion bonaire aruba georgia " +
    "sandwich costa rico sierra leone salvador marino principe tome sao santa puerto verde cabo trinidad tobago mariana keeling cocos pitcairn bouvet virgin cayman sint"
  ).split(" "),
);

/** Countries by name, alias and demonym, from the gazetteer of places. */
export const COUNTRIES = new PhraseIndex<CountryEntry>();

/** The country phrase starting at token i (memoised on the token), or null. */
export function countryAt(tokens: Token[], i: number): { length: number; value: CountryEntry } | null {
  const t = tokens[i];
  if (!t || t.kind !== "word" || !t.cap) return null;
  if (t.country === undefined) t.country = COUNTRIES.match(tokens, i);
  return t.country;
}
const COUNTRY_WORDS = new Set<string>();
const DEMONYM_WORDS = new Set<string>();
for (const c of COUNTRY_ENTRIES) {
  const entry: CountryEntry = { name: c.name };
  // Provinces name the country of an office ("Punjab Minister for Science") but are not the country.
  for (const region of c.regions) COUNTRIES.add(region, entry);
  for (const form of [c.name, ...c.aliases, ...c.demonyms]) {
    COUNTRIES.add(form, entry);
    const words = c.demonyms.includes(form) ? DEMONYM_WORDS : COUNTRY_WORDS;
    for (const w of form.split(/\s+/)) if (/^\p{Lu}/u.test(w) && !NAME_LIKE_COUNTRY_WORDS.has(wordKey(w))) words.add(wordKey(w));
  }
}
for (const w of COUNTRY_WORDS) DEMONYM_WORDS.delete(w);

/** "Danish", "Kenyan": a demonym before an office ("Kenyan High Commissioner"), but also a given name ("Danish Ali Khan"). */
export function isDemonym(t: Token | undefined): boolean {
  return !!t && t.kind === "word" && DEMONYM_WORDS.has(t.key) && !PORTFOLIO.has(t.key) && !ORG_WORDS.has(t.key);
}

export const HONORIFICS = new PhraseIndex<true>();
for (const h of honorifics.honorifics) HONORIFICS.add(h, true);
/** Words of Malay and Bruneian title chains, forms of address only after another one. */
export const CHAIN_WORDS = new Set(honorifics.chainWords.map(wordKey));
/** Honours after a name, by exact spelling without a final dot ("OBE", "mni"). */
export const POST_NOMINALS = new Set(honorifics.postNominals.map((p) => p.replace(/\.$/, "")));
/** Forms of address that say the office: key → the office written out. */
export const ADDRESS_TITLES = new Map(Object.entries(honorifics.addressTitles).map(([k, v]) => [wordKey(k), v]));
export const NAME_PREFIXES = new Set(nameParts.prefixes.map(wordKey));
export const PARTICLES = new Set(nameParts.particles.map(wordKey));
/** Common given names (and East Asian surnames written first): where a name may start inside a run of capitals. */
export const NAME_STARTS = new Set(nameParts.nameStarts.map(wordKey));
/** Surnames spelled like a function word ("He Lifeng"): a name only where the word would be lower case. */
export const SURNAMES_LIKE_WORDS = new Set(nameParts.surnamesLikeWords);

/** Capitalised words that start sentences or clauses but never a name. */
export const NOT_NAME = new Set(
  (
    "the a an this that these those he she it they we i you his her its their our my your in on at for of to with by from " +
    "during after before both meanwhile however and but also later earlier while when where which who whom whose as " +
    "according under over into upon about against among between through throughout following further furthermore " +
    "moreover additionally separately similarly speaking talking addressing responding welcoming there here today " +
    "yesterday tomorrow tonight monday tuesday wednesday thursday friday saturday sunday january february march april " +
    // "jan" is left out of the months: it is also a Pashtun name part ("Noor Alam Jan").
    "may june july august september october november december feb mar apr jun jul aug sep sept oct nov dec " +
    "mr mrs ms dr federal government ministry minister state national international president prime chief senior " +
    "not no yes all each every some any several many most other others such only just even still thus hence so then " +
    "if unless although though because since until once whether what how why said says added noted stated " +
    // Verbs of title-case headlines: "Minister Ali Khan Meets Chinese Envoy".
    "meets met meet calls called call holds held hold discuss discusses discussed agree agrees agreed sign signs signed " +
    "vows vowed urges urged launches launched inaugurates inaugurated visits visited reviews reviewed chairs chaired " +
    "seeks sought offers offered stresses stressed hails hailed lauds lauded pledges pledged receives received " +
    "briefs briefed welcomes welcomed assures assured announces announced emphasises emphasizes underscores " +
    "highlights highlighted expresses expressed invites invited thanks thanked approves approved directs directed " +
    // Sentence adverbs that open a clause before a comma: "Finally, the Minister received ...".
    "lastly finally firstly secondly thirdly first second third next subsequently likewise accordingly consequently " +
    "nevertheless nonetheless overall recently previously currently initially eventually afterwards thereafter " +
    "besides indeed notably specifically particularly importantly interestingly alternatively now then yet amid " +
    "despite via regarding concerning including prior responding welcoming addressing briefing"
  ).split(" "),
);

/** A word that can end an organisation's name: "Board", "Authority", and nouns by their ending ("Telecommunity"). */
export function isOrgNoun(key: string): boolean {
  return ORG_HEAD_WORDS.has(key) || (COMMON_NOUN_ENDING.test(key) && !NAME_STARTS.has(key));
}

export function isHeadWord(key: string): boolean {
  return HEAD_WORDS.has(key);
}

/**
 * Endings of English abstract nouns ("Telecommunity", "Federation", "Settlement", "Fellowship",
 * "Technology", "Tourism"): words of organisation names, which personal names do not end in.
 * Lengths keep short names out ("Dion", "Clement").
 */
const COMMON_NOUN_ENDING = /^\p{L}[\p{L}-]{3,}(?:ity|tion|sion)$|^\p{L}[\p{L}-]{4,}(?:ment|ship|ology|ism)$/u;

const ALL_CAPS = /^[\p{Lu}\p{N}@&]{2,}$/u;
const CAMEL_ORG = /^(\p{Lu}\p{Ll}+)\p{Lu}/u;
const NAME_CAMEL = /^(?:Mc|Mac|De|Di|Du|Da|Le|La|Van|Von|Fitz)\p{Lu}/u;

export function isAllCaps(t: Token): boolean {
  return t.kind === "word" && ALL_CAPS.test(t.text);
}

/** "MoITT", "IndiaAI", "OrbitalLink": brand-like words with inner capitals, not names. */
export function isCamelOrg(t: Token): boolean {
  if (t.kind !== "word" || NAME_CAMEL.test(t.text)) return false;
  const camel = CAMEL_ORG.exec(t.text);
  // "MaryKate", "JoAnne": two given names run together.
  return !!camel && !NAME_STARTS.has(camel[1]!.toLowerCase());
}

/** Words that belong to offices and organisation names rather than to people. */
export function isOfficeish(t: Token | undefined): boolean {
  if (!t || t.kind !== "word") return false;
  if (t.officeish === undefined) t.officeish = classifyOfficeish(t);
  return t.officeish;
}

function classifyOfficeish(t: Token): boolean {
  if (ACRONYMS.has(t.text)) return true;
  // Lower-case words: only "e-Government" and the like.
  if (!t.cap) return t.text.startsWith("e-") && /^e-\p{Lu}/u.test(t.text);
  if (isAllCaps(t) || isCamelOrg(t)) return true;
  // "Tehreek-e-Insaf", "Jamaat-e-Islami": the Persian and Urdu izafat of party and movement names.
  if (t.text.includes("-e-") && /^\p{Lu}\p{L}+-e-\p{Lu}/u.test(t.text)) return true;
  if (COMMON_NOUN_ENDING.test(t.key) && !NAME_STARTS.has(t.key)) return true;
  return (
    PORTFOLIO.has(t.key) || ORG_WORDS.has(t.key) || COUNTRY_WORDS.has(t.key) || DEMONYM_WORDS.has(t.key) || ORG_HEAD_WORDS.has(t.key)
  );
}

/** True for words that can never be part of a person's name. */
export function isNonNameWord(t: Token): boolean {
  return (
    NOT_NAME.has(t.key) ||
    HEAD_WORDS.has(t.key) ||
    MODIFIERS.has(t.key) ||
    (isOfficeish(t) && !isDemonym(t))
  );
}

/** Lower-case words an office phrase is written with: function words, and office, portfolio and organisation words. */
const OFFICE_FUNCTION_WORDS = new Set("of for to at in on and & the de du des la le del da dos y with from under within".split(" "));
/** Lower-case nouns that describe the body an office belongs to: "South Korean battery maker Hanbit". */
const BODY_NOUNS = new Set(
  "maker platform network chain firm company group giant operator producer manufacturer developer lender conglomerate carrier insurer exporter importer startup start-up fund agency ministry department authority desk division unit office bureau team committee board council body association chamber bank government party organisation organization institute university commission secretariat embassy mission delegation".split(
    " ",
  ),
);

export function isBodyNoun(t: Token): boolean {
  return BODY_NOUNS.has(t.key);
}

export function inOfficeWord(t: Token): boolean {
  const key = t.key;
  return OFFICE_FUNCTION_WORDS.has(key) || PORTFOLIO.has(key) || MODIFIERS.has(key) || HEAD_WORDS.has(key) || ORG_HEAD_WORDS.has(key) || BODY_NOUNS.has(key) || /^-(?:based|led|owned|run|headquartered)$/.test(key);
}

/**
 * A word of a name written in capitals ("PIETER", "FINLAY-ROSS", "DOS"): letters only, and no word the
 * lexicon knows as an office, portfolio, organisation, country, honour or common word.
 */
export function isCapsNameWord(t: Token): boolean {
  if (t.kind !== "word" || !CAPS_NAME.test(t.text) || ACRONYMS.has(t.text) || POST_NOMINALS.has(t.text)) return false;
  const key = t.key;
  if (PARTICLES.has(key)) return true;
  return !(NOT_NAME.has(key) || HEAD_WORDS.has(key) || MODIFIERS.has(key) || PORTFOLIO.has(key) || ORG_WORDS.has(key) || COUNTRY_WORDS.has(key) || DEMONYM_WORDS.has(key) || ORG_HEAD_WORDS.has(key));
}
const CAPS_NAME = /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;

/** What a person's name is given to: "the Nelson Mandela Foundation", "the Webb Ellis Cup", "King Abdulaziz University". */
export const NAMED_AFTER_PEOPLE = new PhraseIndex<true>();
for (const w of organisations.namedAfterPeople) NAMED_AFTER_PEOPLE.add(w, true);
/** Prefixes of ships' names, matched as written: "MV", "HMS", "BRP", and the words "drillship", "frigate". */
export const SHIP_PREFIXES = new Set(organisations.shipPrefixes);
