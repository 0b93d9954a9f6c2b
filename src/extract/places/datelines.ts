// The city a dateline gives, in the forms agencies write it: "KARACHI, March 3 (APP)",
// "Lahore/Karachi" (the first place filed from), "Jakarta (ANTARA)", "Addis Ababa, February
// 15/2025 (ENA)", "Riyadh, March 10, 2025, SPA", and the closing tag "(MAP-Rabat)"; and where the
// dateline sits in the text, as the evidence for a place read from it.
import { cityName } from "../cities.ts";
import { cityNamed } from "./gazetteer.ts";
import type { PlaceFinding } from "./meeting-place.ts";

/** "(MAP-Rabat)", "(MAP) Rabat": an agency's closing tag with the city it filed from. */
const AGENCY_TAG = /^\(\s*[A-Z][A-Za-z]{1,9}\s*(?:[-–/]\s*|\)\s*)(\p{Lu}[\p{L} .'’-]{1,40}?)\s*\)?$/u;

/** "KARACHI, March 3 (APP)" → Karachi; "Lahore/Karachi" → Lahore; "(MAP-Rabat)" → Rabat. */
export function datelinePlace(dateline: string | null): string | null {
  if (!dateline) return null;
  const tag = AGENCY_TAG.exec(dateline.trim());
  const place = tag ? tag[1]!.trim() : dateline.split(/[,(\[۔]/)[0]!.split("/")[0]!.trim();
  return place ? cityName(place) : null;
}

/** The dateline's city as a finding, its evidence the dateline as written in the text; with the city's country code. */
export function datelineFinding(text: string, dateline: string | null): { place: PlaceFinding; countryCode: string | null } | null {
  const location = datelinePlace(dateline);
  if (!location || !dateline) return null;
  const at = AGENCY_TAG.test(dateline.trim()) ? text.lastIndexOf(dateline) : text.indexOf(dateline);
  const evidence = at < 0 ? null : { text: dateline, start: at, end: at + dateline.length };
  const city = cityNamed(location);
  return { place: { location, country: city?.country ?? null, evidence, basis: "dateline" }, countryCode: city?.countryCode ?? null };
}
