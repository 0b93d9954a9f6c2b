// The words of a sentence, read once: each family of cues is looked for only in a sentence that
// has one of the words it needs, so most patterns never run on most sentences. Each word of the
// lists below carries the families it belongs to as bits; a sentence's words OR them together.

/** The words each family of cues needs one of (see cues.ts). */
export const NEEDS = {
  event: ["met", "meet", "meets", "meeting", "meetings", "held", "had", "received", "receiving", "hosted", "called", "calling", "paid", "spoke", "speaking", "talked", "phoned", "telephoned", "conferred", "sat", "chaired", "cochaired", "presided"],
  attendBefore: ["attended", "presence", "joined", "accompanied", "along", "together", "flanked", "assisted", "supported", "present", "attendance", "taking", "among", "side", "delegation", "members", "as"],
  attendAfter: ["present", "attended", "took", "take", "participated", "joined", "sat", "accompanied", "attendance", "presentation", "presentations", "presented", "briefed", "among", "meeting", "talks", "call", "discussion", "discussions", "reception"],
  scope: ["both", "all", "each", "meetings", "calls", "audiences", "engagements", "sessions", "discussions"],
  sentBy: ["message", "letter", "cable", "greetings", "invitation", "note"],
  ledBy: ["led", "headed"],
  delegation: ["delegation", "delegations", "side", "team"],
  series: ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "multiple", "numerous", "various", "series", "number", "string", "separate", "back", "consecutive", "parallel", "courtesy", "counterparts", "leaders", "ministers", "envoys", "ambassadors", "diplomats", "delegates", "dignitaries"],
  joint: ["together", "jointly", "joint", "trilateral", "tripartite", "quadrilateral"],
  apart: ["separate", "separately", "bilateral", "counterparts"],
  meetingNoun: ["meeting", "talks", "call", "audience", "reception", "courtesy", "session", "consultations"],
  sameDay: ["later", "earlier", "same"],
  call: ["phone", "telephone", "telephoned", "phoned", "video", "videoconference", "videoconferencing", "videolink", "videocall", "teleconference", "virtual", "virtually", "online", "zoom", "webex"],
  followed: ["followed"],
  verbTransition: ["then", "later", "also", "subsequently", "separately", "lastly", "finally", "first", "further", "next", "additionally", "earlier"],
  moved: ["later", "subsequently", "afterwards"],
  group: ["delegation", "delegations", "group", "team", "company", "corporation", "firm", "chamber", "association", "federation", "mission", "consortium", "council", "board", "committee", "representatives", "leaders", "investors", "executives", "officials", "envoys", "ambassadors", "diplomats", "heads", "members", "students", "journalists", "businessmen", "businesspeople", "counterparts", "ministers", "delegates"],
  delegationRef: ["delegation", "side", "lawmakers", "visitors", "guests", "team"],
  pronoun: ["he", "she"],
  clock: ["m", "am", "pm", "hrs", "hours", "morning", "afternoon", "evening"],
} as const;

export type Family = keyof typeof NEEDS;

const BIT = new Map<Family, number>();
const FAMILIES_OF = new Map<string, number>();
(Object.keys(NEEDS) as Family[]).forEach((family, i) => {
  BIT.set(family, 1 << i);
  for (const w of NEEDS[family]) FAMILIES_OF.set(w, (FAMILIES_OF.get(w) ?? 0) | (1 << i));
});

export interface Words {
  /** The families of cues whose words the sentence has. */
  families: number;
}

/** Any word of the lists, longest first (one pass over the sentence finds them all). */
const ANY_WORD = new RegExp(`\\b(?:${[...FAMILIES_OF.keys()].sort((a, b) => b.length - a.length).join("|")})\\b`, "gi");

export function wordsOf(text: string): Words {
  let families = 0;
  ANY_WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ANY_WORD.exec(text))) families |= FAMILIES_OF.get(m[0].toLowerCase()) ?? 0;
  return { families };
}

/** Has the sentence a word of this family? */
export function has(words: Words, family: Family): boolean {
  return (words.families & BIT.get(family)!) !== 0;
}
