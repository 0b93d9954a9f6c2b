// Country names, in one place: every spelling, alias and demonym a record may hold becomes the one
// name the country pages use ("US", "U.S.", "United States of America" → "United States"), and a
// title's words tell whose official someone is ("Kenyan High Commissioner to Pakistan": Kenya's).
// Built from src/lexicon/countries.json; when a maintained gazetteer lands, countryOf is the one
// function to switch over to it.
import anyAscii from "any-ascii";
import countries from "../lexicon/countries.json" with { type: "json" };

interface CountryForm {
  /** The form as the lexicon writes it ("United States", "US", "American"). */
  text: string;
  country: string;
  demonym: boolean;
}

/** Long official forms put before a name ("the Republic of Korea", "the Sultanate of Oman"). */
const STYLE_PREFIX = /^(?:the\s+)?(?:(?:federal|islamic|people's|democratic|socialist|united|plurinational)\s+)*(?:republic|kingdom|state|sultanate|emirate|principality|commonwealth|federation)\s+of\s+(?:the\s+)?/i;

function fold(text: string): string {
  return anyAscii(text.normalize("NFC"))
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/\./g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^the /, "");
}

const byFold = new Map<string, string>();
const forms: CountryForm[] = [];
for (const c of countries.countries) {
  const regions = ("regions" in c ? c.regions : undefined) ?? [];
  for (const text of [c.name, ...c.aliases]) {
    byFold.set(fold(text), c.name);
    forms.push({ text, country: c.name, demonym: false });
  }
  for (const text of c.demonyms) forms.push({ text, country: c.name, demonym: true });
  // A province names the country of its offices ("Punjab Minister"), as the extractor reads it.
  for (const text of regions) forms.push({ text, country: c.name, demonym: true });
}
// Longest first, so "South Korean" wins over "Korean" and "United States of America" over "United States".
forms.sort((a, b) => b.text.length - a.text.length);

/** The lexicon's name for a country written in any of its forms, or null for one it does not know. */
export function countryOf(spelling: string | null | undefined): string | null {
  if (!spelling) return null;
  const folded = fold(spelling);
  return byFold.get(folded) ?? byFold.get(fold(folded.replace(STYLE_PREFIX, ""))) ?? null;
}

const REGION_WORDS = new Set(["north", "south", "east", "west", "central", "latin", "northern", "southern", "eastern", "western"]);

/** Words before a country's name that make it where someone is posted, not whom they serve. */
const POSTING_WORDS = new Set(["to", "for", "in", "at", "on", "with", "from"]);

export interface TitleCountries {
  /** Countries the words say the person serves: a demonym ("Kenyan"), "of Kenya", "Kenya's". */
  own: string[];
  /** Countries named as a posting: "to Pakistan", "for Nepal", "in Ethiopia". */
  posted: string[];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Reads the countries in an office title. A form counts only as a whole word, written as the
 * lexicon writes it (so "US" is never "us"). Demonyms are adjectives of the office's own country
 * wherever they stand; a name after "to", "for", "in" ... is the posting.
 */
export function countriesInTitle(title: string | null | undefined): TitleCountries {
  const own = new Set<string>();
  const posted = new Set<string>();
  if (!title) return { own: [], posted: [] };
  const taken: boolean[] = new Array(title.length).fill(false);
  const found: { at: number; end: number; form: CountryForm }[] = [];
  for (const form of forms) {
    let from = 0;
    for (;;) {
      const at = title.indexOf(form.text, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + form.text.length;
      if (taken[at] || taken[end - 1]) continue;
      if (at > 0 && WORD_CHAR.test(title[at - 1]!)) continue;
      const after = title.slice(end);
      if (WORD_CHAR.test(after.charAt(0)) && !/^['’]s\b/.test(after)) continue;
      // "North America", "Latin America": a region, not the country an alias names.
      if (!form.demonym && REGION_WORDS.has(/(\p{L}+)\s*$/u.exec(title.slice(0, at))?.[1]?.toLowerCase() ?? "")) continue;
      for (let i = at; i < end; i++) taken[i] = true;
      found.push({ at, end, form });
    }
  }
  found.sort((a, b) => a.at - b.at);
  let previous: { end: number; posting: boolean } | null = null;
  for (const { at, end, form } of found) {
    if (form.demonym) {
      own.add(form.country);
      previous = null;
      continue;
    }
    let posting: boolean;
    // "for Ethiopia, Sudan and South Sudan": a list shares the word before its first name.
    if (previous && LIST_GAP.test(title.slice(previous.end, at))) posting = previous.posting;
    else {
      const before = title.slice(0, at).replace(STYLE_PREFIX_TAIL, "").trimEnd();
      posting = POSTING_WORDS.has((/(\p{L}+)$/u.exec(before)?.[1] ?? "").toLowerCase());
    }
    (posting ? posted : own).add(form.country);
    previous = { end, posting };
  }
  for (const c of own) posted.delete(c);
  return { own: [...own].sort(), posted: [...posted].sort() };
}

const LIST_GAP = /^\s*(?:,\s*|\s(?:and|&|or)\s+|,\s*(?:and|or)\s+)(?:the\s+)?$/;

/** "... to the Republic of the" before a name: skipped when looking for the word that governs it. */
const STYLE_PREFIX_TAIL = /(?:\s+the)?(?:\s+(?:republic|kingdom|state|sultanate|emirate|principality|commonwealth|federation)\s+of)?(?:\s+the)?\s*$/i;
