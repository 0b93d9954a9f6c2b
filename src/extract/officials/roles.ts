// Roles from the words around a mention:
//   participant — a principal: met, called on, held talks with, received, chaired, led the delegation;
//   attendee    — present but not a principal: attended by, also present, accompanied, along with, briefed the meeting;
//   mentioned   — named but not there: "in line with X's vision", "as directed by X", "will be presented by X", "X will lead".
// Cue phrases are found once per article; each mention then looks only inside its own sentence.
import type { Role } from "../../model.ts";
import { ROLE_WINDOW } from "./limits.ts";

/** Phrases after which the names that follow are attendees (until a meeting verb intervenes). */
const ATTEND_BEFORE =
  /\b(?:attended by|in the presence of|briefed by|joined by|assisted by|flanked by|along with|accompanied by|together with|(?:also )?included|including|comprising|comprised(?: of)?|consisting of|consisted of|(?:also )?present (?:on the occasion |at the meeting |(?:during|at|in) the (?:[\w-]+ )?(?:calls?|meetings?|talks|sessions?|discussions?) )?(?:were|was)|among (?:those|others) present were|in attendance were|participants included|other members of the delegation|members of the delegation|delegation members|as (?:was|were|did)|(?:also )?in attendance (?:was|were)|taking part (?:in the (?:meeting|talks|call) )?(?:was|were)|accompanied (?:at|during|on|in) (?:the|his|her|their) (?:[\w-]+ ){0,2}by)\b/gi;

/** Phrases after a name (or a list of names) that make them attendees. */
const ATTEND_AFTER =
  /\b(?:(?:was|were) (?:also )?present|(?:was|were) (?:also )?(?:part|members?) of the (?:delegation|team)|formed part of|(?:also )?attended(?! by)|who attended|attended the (?:meeting|event|ceremony|session|talks|briefing)|(?:also )?joined (?:the|him|her|them)|(?:were|was) among those present|(?:was|were) (?:also )?in attendance|accompanied(?! by)|also participated|participated in the meeting|(?:also )?briefed the (?:meeting|participants|minister|delegation|visitors|visiting)|gave a (?:detailed )?(?:presentation|briefing)|made (?:a |detailed )?presentations?|(?:was|were) (?:also )?in the (?:meeting|talks|call)|(?:also )?took part in|sat in(?: on)?|(?:also )?joined (?:the )?(?:call|meeting|talks|discussions?))\b/gi;

/** Verbs and phrases that make the people of a sentence principals of a meeting. */
const MEETING =
  /\b(?:met|meets|meeting with|meetings with|(?:meeting|meetings|talks|discussions|call) between|called on|calls on|call on|called upon|calling on|paid a (?:courtesy |farewell )?(?:call|visit)|(?:courtesy|farewell) calls? (?:on|from)|(?:presented|received|receives|presents) (?:his |her |their |the )?(?:copy of (?:his |her |their |the )?)?(?:letters? of credence|credentials)|calls? (?:was|were) paid by|(?:a|the) (?:courtesy |farewell )?call (?:from|by)|(?:meeting|talks|call|discussion)s? (?:was|were) (?:held )?with|held (?:talks|a meeting|meetings|separate meetings|discussions?|(?:a|an|the|two|three|four|five|several) (?:[\w’'-]+ ){0,3}(?:meetings?|talks|calls?|conversations?|conferences?|videoconferences?|dialogues?|consultations|discussions?|sessions?))|(?:phone|telephone|video) (?:call|conversation|conference)s? with|(?:received|receives) a (?:phone |telephone |video )?call from|videoconference with|discussions? with|in (?:the|a|his|her) (?:[\w-]+ )?(?:meeting|talks|discussion|call) with|(?:in|during|at) the (?:first|second|third|fourth|fifth|next|final|last|later|subsequent) meeting|(?:spoke|talked) (?:(?:by|on the|over the) (?:tele)?phone |by video(?: ?link| call)? |virtually )?(?:with|to)|telephoned|while meeting|talking to|talked to|interacting with|interacted with|exchanged views with|conferred with|holds? talks|talks with|discussed|received|hosted|co-chaired|chaired|presided over|(?:led|headed) by(?<=\b(?:delegations?|sides?|team|mission|group|visitors|was|were)\s(?:[\w-]+\s){0,2}(?:led|headed) by)|led a|during (?:a|the) (?:[\w-]+ )?meeting|(?:led|headed) (?:the|his|her|a|an) (?:[\w-]+ ){0,3}delegation|visited|signed)\b/gi;

/** Phrases just before a title or name that make the person only mentioned. */
const MENTION_BEFORE =
  /\b(?:in line with|vision of|directives? of|directions? of|instructions? of|guidance of|leadership of|greetings of|message (?:of|from)|patronage of|on behalf of|(?:upcoming|forthcoming|proposed|planned|expected|next|future) visit (?:of|by)|invitation (?:of|from)|the late|directed by|presented by|tabled by|approved by|announced by|(?:will|would|shall|to) be (?:chaired|co-chaired|hosted|led|headed|presided over|attended) by|under the (?:leadership|guidance|patronage|chairmanship) of|recall(?:ed|ing) (?:his|her|their|the|an?) (?:[\w-]+ )?(?:meeting|meetings|visit|talks) with|(?:previous|earlier|last) (?:meeting|meetings|visit|talks) with|had (?:last |previously |first |earlier |already |once )?met(?: with)?|(?:last|previously) met(?: with)?)\s*(?:the\s+)?(?:\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['’]s\s+)?$/iu;

/**
 * "X, who met Y in 2019, held talks with Z": a relative clause recalls another meeting. Y is
 * only mentioned when a meeting verb follows the clause in the same sentence; without one
 * ("X, who met Y on Monday, said") the clause is the meeting reported.
 */
const RELATIVE_MET_BEFORE =
  /,\s*who\s+(?:also\s+|first\s+|previously\s+|earlier\s+|once\s+)?(?:met|visited|received|hosted)(?:\s+with)?\s*(?:the\s+)?(?:\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}['’]s\s+)?(?:[\p{L}.-]+\s+){0,6}$/iu;

/** "a meeting chaired by X", "a delegation led by X": the chair or leader is a principal, whatever the rest of the sentence says. */
const PRINCIPAL_BEFORE = /\b(?:(?:chaired|co-chaired|presided over)\s+by|(?:delegations?|sides?|team|mission|group|visitors|was|were)\s+(?:[\w-]+\s+){0,2}(?:headed|led)\s+by)\s*(?:the\s+)?$/iu;

/** Phrases right after a name that make the person only mentioned. */
const MENTION_POSSESSIVE =
  /^\s*['’]s?\s+(?:vision|directives?|directions?|instructions?|guidance|leadership|message|initiative|agenda|approval|behalf|government|greetings)\b/iu;
const MENTION_AFTER =
  /^[^.;]{0,40}?\b(?:had directed|has directed|had instructed|has instructed|would lead|will lead|is expected to (?:lead|visit)|would visit|will visit|is scheduled to|would present|will present|had announced|has announced|had approved|has approved)\b/iu;

export interface Cues {
  attendBefore: number[]; // end offsets
  attendAfter: { start: number; end: number }[];
  meeting: { start: number; end: number }[];
}

function spans(re: RegExp, text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

export function findCues(text: string): Cues {
  return {
    attendBefore: spans(ATTEND_BEFORE, text).map((s) => s.end),
    attendAfter: spans(ATTEND_AFTER, text),
    meeting: spans(MEETING, text),
  };
}

/** Where a mention sits: character offsets in the article text. */
export interface MentionPlace {
  /** Start of the mention (its title when the title comes first). */
  start: number;
  /** End of the name itself. */
  nameEnd: number;
  /** End of the list of names this mention belongs to ("A, B and C were also present"). */
  groupEnd: number;
  /** The sentence the mention is in. */
  sentence: { start: number; end: number };
  /** True for the article's first sentence that names anyone. */
  lead: boolean;
}

export interface RoleGuess {
  role: Role;
  /** False when the role is only a default (no cue in the sentence). */
  strong: boolean;
}

export function guessRole(text: string, cues: Cues, p: MentionPlace): RoleGuess {
  const before = text.slice(Math.max(p.sentence.start, p.start - 60), p.start);
  if (MENTION_BEFORE.test(before)) return { role: "mentioned", strong: true };
  const after = text.slice(p.nameEnd, Math.min(p.sentence.end, p.nameEnd + 80));
  if (MENTION_POSSESSIVE.test(after)) return { role: "mentioned", strong: true };
  // What follows the list of names, read no further than the window (a sentence can be a whole page).
  const afterGroup = text.slice(p.groupEnd, Math.min(p.sentence.end, p.groupEnd + ROLE_WINDOW));
  if (MENTION_AFTER.test(afterGroup) && !startsWithMeeting(cues, p.groupEnd, p.sentence.end, 40)) {
    return { role: "mentioned", strong: true };
  }

  if (PRINCIPAL_BEFORE.test(before)) return { role: "participant", strong: true };
  if (RELATIVE_MET_BEFORE.test(before) && meetingAfterClause(text, cues, p)) return { role: "mentioned", strong: true };

  // Only the cues of the mention's own sentence matter; each is found by binary search.
  // The last cue before the mention decides between "attended by" and "met".
  const lastAttend = lastAtOrBefore(cues.attendBefore, (e) => e, p.start);
  const lastMeetingAt = lastAtOrBefore(cues.meeting, (s) => s.end, p.start);
  const lastMeeting = lastMeetingAt > p.sentence.start ? lastMeetingAt : -1;
  if (lastAttend > p.sentence.start && lastAttend > lastMeeting) return { role: "attendee", strong: true };

  // "met in Riyadh with Brunei's Deputy Minister X, who accompanied the delegation": the one met is a principal.
  if (lastMeeting > p.sentence.start && p.start - lastMeeting <= OBJECT_GAP && !/[,;]/.test(text.slice(lastMeeting, p.start))) {
    return { role: "participant", strong: true };
  }

  // "With the IMF Deputy Managing Director, Mr. X, the Minister reviewed ...": the one a readout's meeting was with.
  if (/^\s*With\s+(?:the\s+)?$/i.test(text.slice(p.sentence.start, p.start))) return { role: "participant", strong: true };

  // "In the third meeting, the Bank's country director X briefed the CS": one of several meetings in turn.
  if (MEETING_IN_TURN.test(text.slice(p.sentence.start, Math.min(p.start, p.sentence.start + 60)))) return { role: "participant", strong: true };

  // "X, who also attended the meeting, said" / "A and B were also present": before any later meeting verb.
  const next = cues.meeting[firstAtOrAfter(cues.meeting, (s) => s.start, p.groupEnd)];
  const nextMeeting = next && next.start < p.sentence.end ? next.start : p.sentence.end;
  const attend = cues.attendAfter[firstAtOrAfter(cues.attendAfter, (s) => s.start, p.groupEnd)];
  if (attend && attend.start < nextMeeting && attend.start - p.groupEnd < 120) return { role: "attendee", strong: true };

  const first = cues.meeting[firstAtOrAfter(cues.meeting, (s) => s.start, p.sentence.start)];
  if (first && first.end <= p.sentence.end) return { role: "participant", strong: true };
  if (p.lead) return { role: "participant", strong: false };
  // "Separately, the finance minister told reporters ...": another story, not the meeting.
  if (OTHER_STORY.test(text.slice(p.sentence.start, Math.min(p.start, p.sentence.start + 80)))) return { role: "mentioned", strong: false };
  // No cue: someone who speaks or acts in the story was there; someone only talked about was not.
  return { role: SPEAKS_NEXT.test(afterGroup) ? "attendee" : "mentioned", strong: false };
}

const MEETING_IN_TURN = /^\s*(?:In|At|During) the (?:first|second|third|fourth|fifth|sixth|next|final|last|subsequent) (?:meeting|call|session|bilateral)\b/i;

/** Characters between a meeting verb and the person it takes as its object ("met in Riyadh with the Deputy Minister"). */
const OBJECT_GAP = 30;

const OTHER_STORY = /^\s*(?:Separately|Meanwhile|Elsewhere|In (?:a|an|another) (?:separate |unrelated )?(?:development|statement|event))\b/i;

/** The person's own verb follows the name (or its appositive): "Secretary X said", "X, who ..., informed". */
const SPEAKS_NEXT =
  /^\s*(?:,[^,.;]{0,120},\s*)?(?:has\s+|had\s+|have\s+)?(?:also\s+|further\s+|then\s+)?(?:said|addressed|spoke|joined|attended|participated|says|told|added|noted|stated|stressed|emphasi[sz]ed|underlined|highlighted|urged|remarked|observed|explained|assured|informed|welcomed|thanked|briefed|proposed|suggested|expressed|presented|shared|gave|apprised|updated|raised|requested|sought|offered|invited|agreed|discussed|outlined|pointed|maintained|appreciated|lauded|praised|reiterated|hoped|announced|gave)\b/i;

/** Index of the first item of a position-sorted list at or after `at` (the length when none). */
function firstAtOrAfter<T>(items: T[], pos: (item: T) => number, at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pos(items[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Position of the last item at or before `at`, or -1. */
function lastAtOrBefore<T>(items: T[], pos: (item: T) => number, at: number): number {
  const i = firstAtOrAfter(items, pos, at + 1) - 1;
  return i >= 0 ? pos(items[i]!) : -1;
}

/** A meeting verb after the relative clause that holds the mention: past the next comma, in the same sentence. */
function meetingAfterClause(text: string, cues: Cues, p: MentionPlace): boolean {
  const comma = text.indexOf(",", p.groupEnd);
  if (comma < 0 || comma >= p.sentence.end) return false;
  const next = cues.meeting[firstAtOrAfter(cues.meeting, (c) => c.start, comma)];
  return next !== undefined && next.start < p.sentence.end;
}

function startsWithMeeting(cues: Cues, from: number, to: number, within: number): boolean {
  const s = cues.meeting[firstAtOrAfter(cues.meeting, (c) => c.start, from)];
  return !!s && s.start < Math.min(to, from + within);
}
