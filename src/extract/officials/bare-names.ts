// Cues around a name written without an office, which tell whether it names someone in the story:
//   acting   "Ali Khan said", "Ali Khan on Monday met"
//   met      "met Ali Khan", "talking to Ali Khan", "a delegation led by Ali Khan", "comprising Ali Khan"
//   listed   "attended by A, Ali Khan and Sara Malik" (after another mention)
//   private  "resident Imran Ali", "Bilal Ahmed, a shopkeeper," (quoted in passing, never an official)
import type { Token } from "./tokens.ts";
import * as lexicon from "./lexicon.ts";
import { countryListBefore, PLURAL_PEOPLE } from "./country-lists.ts";
// Imported bindings are read through accessors once transpiled; the hot loops below use local copies.
const { PRIVATE_PEOPLE } = lexicon;

const SPEECH = new Set(
  "said says told added noted stated stressed emphasised emphasized underlined highlighted urged remarked observed explained assured informed welcomed thanked announced briefed proposed suggested expressed".split(
    " ",
  ),
);
/** Verbs after a bare name that show a person acting at a meeting: "Ali Khan met", "Ali Khan said". */
const ACTS = new Set([...SPEECH, "met", "meets", "called", "held", "chaired", "co-chaired", "received", "discussed", "visited", "hosted", "signed", "led", "headed", "-led", "-headed", "inaugurated", "launched", "addressed", "attended", "participated", "presided", "reiterated", "appreciated", "lauded", "praised", "hoped", "visits", "meets", "called", "paid"]);
/** Words before a bare name that make it the other side of a meeting: "met Ali Khan", "led by Ali Khan". */
const MEETS = new Set(["met", "received", "hosted"]);
const BY_MEETING = new Set(["led", "headed", "accompanied", "attended", "joined", "received", "hosted", "chaired"]);
const WITH_MEETING = new Set(["met", "meet", "meeting", "meetings", "talks", "along", "together", "discussions", "interacted", "interacting", "conferred", "spoke", "speaking", "talking", "exchanged"]);

const AUXILIARIES = new Set(["has", "had", "have", "also", "on", "today", "yesterday"]); // not "was": "Gwadar Port was discussed"

/** "Ali Khan said", "Ali Khan has said", "Ali Khan on Monday met": the name's own verb follows. */
export function actsAfter(tokens: Token[], ne: number): boolean {
  let k = ne;
  while (k < ne + 3 && AUXILIARIES.has(tokens[k]?.key ?? "")) k++;
  // "on Monday" between name and verb
  if (tokens[k - 1]?.key === "on" && tokens[k]?.cap) k++;
  const t = tokens[k];
  if (!t || t.kind !== "word") return false;
  // "Ghulam Sughra was also present", "A and B were present".
  if ((t.key === "was" || t.key === "were") && (tokens[k + 1]?.key === "present" || (tokens[k + 1]?.key === "also" && tokens[k + 2]?.key === "present"))) return true;
  return ACTS.has(t.key);
}

export function meetsBefore(tokens: Token[], i: number): boolean {
  const p1 = tokens[i - 1];
  const p2 = tokens[i - 2];
  if (!p1 || p1.kind !== "word") return false;
  if (MEETS.has(p1.key) || p1.key === "counterpart") return true;
  if (p1.key === "by") return !!p2 && BY_MEETING.has(p2.key);
  if (p1.key === "with") return !!p2 && WITH_MEETING.has(p2.key);
  if (p1.key === "to") return !!p2 && TALKS_TO.has(p2.key);
  if (p1.key === "on") return !!p2 && CALLS_ON.has(p2.key);
  if (p1.key === "of") return p2?.key === "comprised" || p2?.key === "consisting";
  return MEMBERS_BEFORE.has(p1.key);
}

/** "a delegation comprising Ali Khan and ...", "The delegation included Ali Khan": the members of a delegation. */
const MEMBERS_BEFORE = new Set(["comprising", "included", "includes"]); // not "including": "celebrities including X" is no delegation
/** "talking to Ali Khan", "spoke to Ali Khan": the person spoken with at a meeting. */
const TALKS_TO = new Set(["talking", "talked", "spoke", "speaking", "talk"]);
/** "called on Ali Khan", "paid a courtesy call on Ali Khan". */
const CALLS_ON = new Set(["called", "calls", "call", "calling"]);

/** A name right before a list joiner and another mention: "Sadia Khan and Finance Minister Ali Raza met the envoy". */
export function listedBefore(tokens: Token[], ne: number, mentionStarts: Set<number>): boolean {
  let k = ne;
  if (tokens[k]?.text === ",") k++;
  if (tokens[k]?.key !== "and" && tokens[k]?.text !== "&") return false;
  k++;
  if (tokens[k]?.key === "the") k++;
  return mentionStarts.has(k) && tokens[k]?.sent === tokens[ne - 1]?.sent;
}

/** Plural nouns for the people a list names: "Members of the delegation, Hina Qadir and Omar Latif, were also present". */

/** A name after a comma that closes a short phrase of people in the plural. */
export function afterPluralPhrase(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== ",") return false;
  for (let k = i - 2; k >= i - 7 && k >= 0; k--) {
    const t = tokens[k]!;
    if (t.sent !== tokens[i]!.sent) return false;
    if (t.text === ",") break;
    if (t.kind !== "word" && t.kind !== "poss") return false;
    if (PLURAL_PEOPLE.has(t.key)) return true;
  }
  return countryListBefore(tokens, i) !== null;
}

/** A name right after another mention and a list joiner: "attended by Ali Raza, Sana Iqbal and Tariq Aziz". */
export function listedAfter(tokens: Token[], i: number, mentionEnds: Set<number>): boolean {
  let k = i - 1;
  if (tokens[k]?.key === "and" || tokens[k]?.text === "&") k--;
  if (tokens[k]?.text === ",") k--; // ", Sana Iqbal" and ", and Sana Iqbal"
  return k < i - 1 && mentionEnds.has(k + 1) && tokens[k]?.sent === tokens[i]?.sent;
}

/**
 * "resident Imran Ali", "Shopkeeper Abdul Basit said", "Bilal Ahmed, a resident of G-9,": people
 * quoted in passing, who hold no office and were at no meeting.
 */
export function privatePerson(tokens: Token[], i: number, ne: number): boolean {
  if (PRIVATE_PEOPLE.match(tokens, i)) return true;
  for (let back = 1; back <= 2; back++) {
    const m = PRIVATE_PEOPLE.match(tokens, i - back);
    if (m && i - back + m.length === i) return true;
  }
  if (tokens[ne]?.text !== ",") return false;
  const k = ne + 1;
  const det = tokens[k]?.key === "a" || tokens[k]?.key === "an" || tokens[k]?.key === "the" ? 1 : 0;
  return !!PRIVATE_PEOPLE.match(tokens, k + det) || (tokens[k + det]?.key === "local" && !!PRIVATE_PEOPLE.match(tokens, k + det + 1));
}
