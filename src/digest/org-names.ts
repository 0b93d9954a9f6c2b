// Organisation names → bodies. An acronym and its full name are one body ("PTA" = "Pakistan
// Telecommunication Authority"), and so are wordings of one name ("Ministry of IT & Telecom" =
// "Ministry of Information Technology and Telecommunication"): the lexicon's names, aliases and
// acronyms first, then "Full Name (ACR)" as articles define them, then spellings that say the same
// words (abbreviations spelling the initials of words, "Telecom" for "Telecommunication").
import organisations from "../lexicon/organisations.json" with { type: "json" };
import type { OrganisationKind } from "../model.ts";
import { countriesInTitle } from "./country-names.ts";
import { officeTokens, sameOffice } from "./offices.ts";
import { compareCodePoints } from "./slugs.ts";

export interface Body {
  /** Identity within the site, before any country is added for a generic name. */
  key: string;
  name: string;
  acronyms: string[];
  kind: OrganisationKind;
  /** The country the body belongs to, when its entry or its name says (null for international bodies). */
  country: string | null;
  /** A name many countries' bodies share ("Ministry of Foreign Affairs"): one body only with a country. */
  generic: boolean;
}

interface LexiconEntry {
  name: string;
  acronyms: string[];
  aliases?: string[];
  country: string | null;
  kind?: string;
  generic?: boolean;
}

const KINDS = new Set<OrganisationKind>(["government", "regulator", "legislature", "diplomatic", "international", "company", "association", "education", "other"]);

const lexicon: Body[] = (organisations.organisations as LexiconEntry[]).map((o) => ({
  key: `lexicon:${o.name}`,
  name: o.name,
  acronyms: o.acronyms,
  kind: KINDS.has(o.kind as OrganisationKind) ? (o.kind as OrganisationKind) : "other",
  country: o.country,
  generic: o.generic === true,
}));
const lexiconByKey = new Map<string, Body>();
const lexiconByAcronym = new Map<string, Body>();
const lexiconByFirstWord = new Map<string, { tokens: string[]; body: Body }[]>();
(organisations.organisations as LexiconEntry[]).forEach((o, i) => {
  const body = lexicon[i]!;
  for (const form of [o.name, ...(o.aliases ?? [])]) {
    const tokens = officeTokens(form);
    lexiconByKey.set(tokens.join(" "), body);
    const list = lexiconByFirstWord.get(tokens[0] ?? "") ?? [];
    list.push({ tokens, body });
    lexiconByFirstWord.set(tokens[0] ?? "", list);
  }
  for (const a of o.acronyms) lexiconByAcronym.set(a, body);
});

const ACRONYM = /^[\p{Lu}\p{N}@&][\p{L}\p{N}@&]*$/u;
function isAcronym(text: string): boolean {
  return ACRONYM.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** Lower-case words trailing a name ("Ministry of Foreign Affairs and member"), a dangling "and". */
export function cleanSpelling(spelling: string): string {
  let text = spelling.trim().replace(/\s*\([^)]*\)\s*$/, "").replace(/^the\s+/i, "");
  const words = text.split(/\s+/);
  while (words.length > 1 && !/^[\p{Lu}\p{N}]/u.test(words[words.length - 1]!)) words.pop();
  text = words.join(" ").replace(/[,;:]+$/, "");
  return text;
}

/** Words that name a part of a body rather than a body ("Management Board of the X"). */
const SUB_UNIT = /^(?:[\p{L}-]+\s+){0,4}?(?:board|department|division|unit|section|office|desk|wing|directorate|secretariat|bureau|branch|sector|programme|program)\s+(?:of|at)\s+(?:the\s+)?/iu;

/** The lexicon's body for a spelling: by name or alias, acronym, or the same words. */
export function lexiconBody(spelling: string): Body | null {
  const text = cleanSpelling(spelling);
  if (lexiconByAcronym.has(text)) return lexiconByAcronym.get(text)!;
  const tokens = officeTokens(text);
  const exact = lexiconByKey.get(tokens.join(" "));
  if (exact) return exact;
  const fits = new Set((lexiconByFirstWord.get(tokens[0] ?? "") ?? []).filter((e) => sameOffice(tokens, e.tokens)).map((e) => e.body));
  if (fits.size === 1) return [...fits][0]!;
  // A part of a known body belongs to it ("Management Board of the Eurasian Development Bank").
  const sub = SUB_UNIT.exec(text);
  if (sub && sub[0].length < text.length) {
    const parent = lexiconBody(text.slice(sub[0].length));
    if (parent) return parent;
  }
  return null;
}

/** Acronyms whose body is known, for finding an organisation in a title ("DIRCO Deputy Director-General"). */
export function lexiconAcronymIn(title: string): Body | null {
  for (const word of title.split(/[\s,;:()]+/)) {
    if (isAcronym(word)) {
      const body = lexiconByAcronym.get(word);
      if (body) return body;
    }
  }
  return null;
}

const GENERIC_FIRST = new Set([
  "ministry", "department", "division", "directorate", "office", "senate", "parliament", "cabinet", "house",
  "council", "chamber", "embassy", "consulate", "secretariat", "federal", "national", "state", "central",
  "presidential", "foreign", "executive", "provincial", "supreme", "high", "general",
]);
const GENERIC_LAST = new Set(["ministry", "parliament", "senate", "assembly", "cabinet", "government", "presidency"]);

function kindOfName(name: string): OrganisationKind {
  if (/\b(?:embassy|high commission|consulate|permanent mission)\b/i.test(name)) return "diplomatic";
  if (/\b(?:senate|parliament|assembly|house of|congress|legislat)/i.test(name)) return "legislature";
  if (/\bregulat/i.test(name)) return "regulator";
  if (/\b(?:university|college|institute|school|academy)\b/i.test(name)) return "education";
  if (/^(?:ministry|department|division|directorate|office|cabinet|secretariat)\b|\bministry$/i.test(name)) return "government";
  if (/\b(?:limited|ltd|inc|llc|plc|company|technologies|holdings|berhad|group|corporation|bank)\b/i.test(name)) return "company";
  if (/\b(?:association|chamber|federation|society)\b/i.test(name)) return "association";
  if (/\b(?:agency|authority|board|commission|council|committee|fund)\b/i.test(name)) return "government";
  return "other";
}

function isGenericName(name: string, tokens: string[]): boolean {
  if (countriesInTitle(name).own.length > 0) return false;
  return GENERIC_FIRST.has(tokens[0] ?? "") || GENERIC_LAST.has(tokens[tokens.length - 1] ?? "");
}

/** Single words that name no body by themselves. */
const TOO_VAGUE = new Set(["ministry", "chamber", "division", "department", "office", "government", "board", "committee", "council", "cabinet"]);

/**
 * Resolves every spelling of a build to a body. Spellings the lexicon does not know are grouped
 * when they say the same words; the fullest spelling names the group. Deterministic: the result
 * does not depend on the order spellings were seen in.
 */
export class OrganisationNames {
  private readonly bodies = new Map<string, Body | null>();

  /** `definitions`: acronym → full name, from "Full Name (ACR)" in the articles (one full name each). */
  constructor(spellings: Iterable<string>, private readonly definitions: ReadonlyMap<string, string> = new Map()) {
    const unknown: { spelling: string; tokens: string[] }[] = [];
    for (const spelling of new Set(spellings)) {
      const known = this.known(spelling);
      if (known !== undefined) {
        this.bodies.set(spelling, known);
        continue;
      }
      // An acronym an article defines is grouped with its full name.
      const text = cleanSpelling(spelling);
      const full = isAcronym(text) ? definitions.get(text) : undefined;
      unknown.push({ spelling, tokens: officeTokens(full ?? text) });
    }
    unknown.sort((a, b) => compareCodePoints(a.tokens.join(" "), b.tokens.join(" ")) || compareCodePoints(a.spelling, b.spelling));
    const groups = new Map<string, { tokens: string[]; spellings: string[] }[]>();
    for (const item of unknown) {
      const bucket = groups.get(item.tokens[0]!) ?? [];
      let group = bucket.find((g) => sameOffice(g.tokens, item.tokens));
      if (!group) {
        group = { tokens: item.tokens, spellings: [] };
        bucket.push(group);
        groups.set(item.tokens[0]!, bucket);
      }
      group.spellings.push(item.spelling);
    }
    for (const bucket of groups.values()) {
      for (const group of bucket) {
        const name = group.spellings
          .map((s) => this.definitions.get(cleanSpelling(s)) ?? cleanSpelling(s))
          .sort((a, b) => b.length - a.length || compareCodePoints(a, b))[0]!;
        const tokens = officeTokens(name);
        const country = countriesInTitle(name).own;
        const body: Body = {
          key: `name:${group.tokens.join(" ")}`,
          name,
          acronyms: [],
          kind: kindOfName(name),
          country: country.length === 1 ? country[0]! : null,
          generic: isGenericName(name, tokens),
        };
        for (const s of group.spellings) this.bodies.set(s, body);
      }
    }
  }

  /** The lexicon's or a definition's body; null for a spelling too vague to name one; undefined when unknown. */
  private known(spelling: string): Body | null | undefined {
    const text = cleanSpelling(spelling);
    const tokens = officeTokens(text);
    if (tokens.length === 0 || (tokens.length === 1 && TOO_VAGUE.has(tokens[0]!))) return null;
    const fromLexicon = lexiconBody(text);
    if (fromLexicon) return fromLexicon;
    if (isAcronym(text)) {
      const full = this.definitions.get(text);
      if (full) {
        const body = lexiconBody(full);
        return body ?? undefined;
      }
    }
    return undefined;
  }

  /** The body a spelling names, or null. Spellings not given to the constructor are resolved on their own. */
  body(spelling: string | null | undefined): Body | null {
    if (!spelling) return null;
    const seen = this.bodies.get(spelling);
    if (seen !== undefined) return seen;
    const known = this.known(spelling);
    return known ?? null;
  }

  /** The full name an acronym stands for in the articles, when one is defined. */
  definition(acronym: string): string | null {
    return this.definitions.get(acronym) ?? null;
  }
}
