// The date of each meeting. Its own sentences come first (an explicit date, a weekday, "today",
// "yesterday"); without one, a meeting takes its date from how it is told against the one before:
// "later in the day", "then", "also", "meanwhile", "separately", the next of a series keep that
// day; "the following day" moves it; an "earlier" meeting has a date only when the text ties it to
// the day (a time of day, "earlier in the day"). The first meeting, without a cue, takes the
// article's date.
import type { DateBasis, Evidence } from "../../model.ts";
import { addDays } from "../calendar.ts";
import { dateOfSpans, type DateFinding } from "../dates.ts";
import type { Span } from "../sentences.ts";
import type { Episode } from "./segment.ts";

export interface MeetingDate {
  date: string | null;
  basis: DateBasis;
  warning: string | null;
  evidence: Evidence | null;
}

const evidenceOf = (s: Span): Evidence => ({ text: s.text, start: s.start, end: s.start + s.text.length });

/**
 * `spansOf` gives a meeting's sentences, its opening sentence first. An explicit date anywhere in
 * them wins; else a relative cue of the opening sentence; else the first relative cue of the rest.
 */
export function datesOf(episodes: readonly Episode[], spansOf: (e: Episode, i: number) => Span[], articleDate: string | null, text: string): MeetingDate[] {
  const out: MeetingDate[] = [];
  episodes.forEach((e, i) => {
    const own = dateOfSpans(spansOf(e, i), articleDate, text, true);
    if (own) {
      out.push({ ...own.finding, evidence: evidenceOf(own.span) });
      return;
    }
    const prev = out[i - 1];
    if (!prev) {
      out.push(articleDay(articleDate));
      return;
    }
    const keep = (d: string | null): MeetingDate => ({ date: d, basis: d ? prev.basis : "none", warning: null, evidence: d ? prev.evidence : null });
    switch (e.timing) {
      case "dated":
        out.push(articleDay(articleDate));
        break;
      case "separate":
        // Reported with the meeting before ("Separately", "Meanwhile"): its day, when it has one.
        out.push(prev.date ? keep(prev.date) : articleDay(articleDate));
        break;
      case "earlier":
        out.push(keep(e.clock ? prev.date : null));
        break;
      case "next-day":
        out.push(keep(prev.date ? addDays(prev.date, 1) : null));
        break;
      case "day-before":
        out.push(keep(prev.date ? addDays(prev.date, -1) : null));
        break;
      default:
        out.push(keep(prev.date));
    }
  });
  return out;
}

function articleDay(articleDate: string | null): MeetingDate {
  if (articleDate) return { date: articleDate, basis: "article-date", warning: null, evidence: null };
  return { date: null, basis: "none", warning: "no date found: the text names no meeting date and the article has no date of its own", evidence: null };
}

export type { DateFinding };
