// The city a dateline gives, in the forms agencies write it: "KARACHI, March 3 (APP)",
// "Lahore/Karachi" (the first place filed from), "Jakarta (ANTARA)", "Addis Ababa, February
// 15/2025 (ENA)", "Riyadh, March 10, 2025, SPA", "BALI, Indonesia, July 23", "Abu Dhabi [UAE]",
// and the closing tag "(MAP-Rabat)"; and where the dateline sits in the text, as the evidence for
// a place read from it.
import { cityName } from "../cities.ts";
import { COUNTRY_ENTRIES, countryNamed, countryOfRegion } from "./countries.ts";
import { cityNamed, datelineCityNamed, type City } from "./gazetteer.ts";
import type { PlaceFinding } from "./meeting-place.ts";

/** "(MAP-Rabat)", "(MAP) Rabat": an agency's closing tag with the city it filed from. */
const AGENCY_TAG = /^\(\s*[A-Z][A-Za-z]{1,9}\s*(?:[-–/]\s*|\)\s*)(\p{Lu}[\p{L} .'’-]{1,40}?)\s*\)?$/u;
/** "New Delhi [India]", "TASHKENT, Uzbekistan": the country after the city. */
const COUNTRY_AFTER = /^[^,(\[]+(?:\[([^\]]{1,30})\]|,\s*([^,(]{2,40}?))\s*(?:[,(]|$)/u;

const COUNTRY_CODES = new Map(COUNTRY_ENTRIES.filter((c) => c.code).map((c) => [c.name, c.code]));

interface DatelineCity {
  /** The city as records name it. */
  name: string;
  city: City | null;
  /** The country the dateline itself writes, when it writes one. */
  country: string | null;
}

function readDatelineCity(dateline: string): DatelineCity | null {
  const trimmed = dateline.trim();
  const tag = AGENCY_TAG.exec(trimmed);
  const place = tag ? tag[1]!.trim() : trimmed.split(/[,(\[۔]|\.\s/)[0]!.split("/")[0]!.trim();
  if (!place) return null;
  const after = tag ? null : COUNTRY_AFTER.exec(trimmed);
  const written = after ? (after[1] ?? after[2] ?? "").trim() : "";
  const country = written ? (countryNamed(written) ?? countryOfRegion(written)) : null;
  const city = datelineCityNamed(place);
  // A namesake in another country than the one the dateline writes is not the place ("BALI, Indonesia").
  if (city && country && city.country !== country) {
    const local = cityNamed(place, COUNTRY_CODES.get(country));
    if (local && local.country === country) return { name: local.name, city: local, country };
    return { name: titleCase(place), city: null, country };
  }
  return { name: city ? city.name : cityName(place), city, country };
}

function titleCase(place: string): string {
  return place.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** "KARACHI, March 3 (APP)" → Karachi; "Lahore/Karachi" → Lahore; "(MAP-Rabat)" → Rabat. */
export function datelinePlace(dateline: string | null): string | null {
  return dateline ? (readDatelineCity(dateline)?.name ?? null) : null;
}

/** The dateline's city as a finding, its evidence the dateline as written in the text; with the city's country code. */
export function datelineFinding(text: string, dateline: string | null): { place: PlaceFinding; countryCode: string | null } | null {
  if (!dateline) return null;
  const read = readDatelineCity(dateline);
  if (!read) return null;
  const at = AGENCY_TAG.test(dateline.trim()) ? text.lastIndexOf(dateline) : text.indexOf(dateline);
  const evidence = at < 0 ? null : { text: dateline, start: at, end: at + dateline.length };
  const country = read.city?.country ?? read.country;
  return {
    place: { location: read.name, country, evidence, basis: "dateline" },
    countryCode: read.city?.countryCode ?? (read.country ? (COUNTRY_CODES.get(read.country) ?? null) : null),
  };
}
