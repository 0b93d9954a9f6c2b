// The city a dateline gives: "KARACHI, March 3 (APP)", "Lahore/Karachi" (the first place filed
// from), and where the dateline sits in the text, as the evidence for a place read from it.
import { cityName } from "../cities.ts";
import { cityNamed } from "./gazetteer.ts";
import type { PlaceFinding } from "./meeting-place.ts";

/** "KARACHI, March 3 (APP)" → Karachi; "Lahore/Karachi" → Lahore. */
export function datelinePlace(dateline: string | null): string | null {
  if (!dateline) return null;
  const place = dateline.split(/[,(\[۔]/)[0]!.split("/")[0]!.trim();
  return place ? cityName(place) : null;
}

/** The dateline's city as a finding, its evidence the dateline as written in the text. */
export function datelineFinding(text: string, dateline: string | null): PlaceFinding | null {
  const location = datelinePlace(dateline);
  if (!location || !dateline) return null;
  const at = text.indexOf(dateline);
  const evidence = at < 0 ? null : { text: dateline, start: at, end: at + dateline.length };
  return { location, country: cityNamed(location)?.country ?? null, evidence, basis: "dateline" };
}
