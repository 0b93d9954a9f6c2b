// "the ambassadors of France, Japan and Brazil, Anne Dubois, Kenji Sato and Pedro Alves": a plural
// office, the countries it is held for, then the people, in the same order. Each person holds the
// office for the country at their place in the list ("Ambassador of Japan"), when the two lists
// are as long as each other; "her counterparts from Norway and Sweden, A and B" names the people
// but no office (a counterpart holds the host's office, which this list does not say).
import type { Token } from "./tokens.ts";
import { MODIFIERS, countryAt } from "./lexicon.ts";

/** Words for people in the plural that may open such a list. */
export const PLURAL_PEOPLE = new Set(["members", "officials", "delegates", "ministers", "ambassadors", "representatives", "participants", "attendees", "guests", "envoys", "dignitaries", "officers", "counterparts", "colleagues"]);
/** Of those, the offices a person of the list holds, in the singular. */
const OFFICES: Record<string, string> = { ministers: "minister", ambassadors: "ambassador", envoys: "envoy", representatives: "representative" };

const MAX_LISTED_COUNTRIES_TOKENS = 24;

export interface CountryList {
  /** The token of the plural word ("ambassadors"). */
  head: number;
  /** Token range of each country ("the United Arab Emirates"), in order. */
  countries: { start: number; end: number }[];
}

/** The list of countries that a plural phrase ends with, just before the name at token i and its comma. */
export function countryListBefore(tokens: Token[], i: number): CountryList | null {
  for (let p = i - 4; p >= i - MAX_LISTED_COUNTRIES_TOKENS && p >= 0; p--) {
    if (tokens[p]!.sent !== tokens[i]!.sent) return null;
    if (!PLURAL_PEOPLE.has(tokens[p]!.key)) continue;
    const from = tokens[p + 1]?.key;
    if (from !== "from" && from !== "of") return null;
    const countries: CountryList["countries"] = [];
    let k = p + 2;
    for (;;) {
      const start = k;
      if (tokens[k]?.key === "the") k++;
      const country = countryAt(tokens, k);
      if (!country) return null;
      countries.push({ start, end: k + country.length });
      k += country.length;
      if (k === i - 1) return countries.length >= 2 ? { head: p, countries } : null;
      if (tokens[k]?.text === ",") k++;
      if (tokens[k]?.key === "and") k++;
      if (k >= i - 1) return null;
    }
  }
  return null;
}

interface Named {
  nameStart: number;
  nameEnd: number;
  title: string | null;
}

/**
 * Gives each person of such a list, read without an office, the office for their country:
 * "Ambassador of Japan" (the office in capitals, as a title is written before a name).
 */
export function titleCountryLists(text: string, tokens: Token[], mentions: Named[]): void {
  const byStart = new Map(mentions.map((m) => [m.nameStart, m]));
  for (const first of mentions) {
    if (first.title !== null) continue;
    const list = countryListBefore(tokens, first.nameStart);
    const office = list ? OFFICES[tokens[list.head]!.key] : undefined;
    if (!list || !office) continue;
    const people = [first];
    let k = first.nameEnd;
    // One more than the countries, to see that the names do not outnumber them.
    while (people.length <= list.countries.length) {
      if (tokens[k]?.text === ",") k++;
      if (tokens[k]?.key === "and") k++;
      const next = byStart.get(k);
      if (!next || next.title !== null) break;
      people.push(next);
      k = next.nameEnd;
    }
    if (people.length !== list.countries.length) continue;
    const words = [office];
    // The words of the office before its head: "the foreign ministers of ...", "the special envoys of ...".
    for (let w = list.head - 1; w >= 0 && tokens[w]!.kind === "word" && MODIFIERS.has(tokens[w]!.key); w--) words.unshift(tokens[w]!.key);
    const title = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
    people.forEach((person, n) => {
      const c = list.countries[n]!;
      person.title = `${title} of ${text.slice(tokens[c.start]!.start, tokens[c.end - 1]!.end)}`;
    });
  }
}
