// A telephone or video call: a meeting with no meeting place.

/** "held a telephone conversation", "spoke by phone", "in a video call", "via videoconference", "virtual meeting". */
const CALL =
  /\b(?:tele)?phone(?:d)?\b(?!\s+(?:number|line|book))|\bvideo[- ]?(?:call|conference|link|conferencing)\b|\bvideoconference\b|\bvirtual (?:meeting|talks|call|conversation)\b|\bonline (?:meeting|talks)\b/i;

/** A meeting in person reported before the call's words: the call is something else the sentence mentions... */
const IN_PERSON = /\b(?:met|meets|received|receives|hosted|hosts|called on|calls on|paid a courtesy call|held talks)\b/gi;
/** ...unless the words say how they met: "met via videoconference", "held talks by phone", "met in a virtual meeting". */
const BY_CALL = /^[^,.;]{0,60}\b(?:via|by|over|through|in|on|during)\s+(?:an?\s+|the\s+)?$/i;

/** Does the sentence report a call rather than a meeting in person ("met the envoy, who spoke of a phone call ...")? */
export function isCallSentence(text: string): boolean {
  const call = CALL.exec(text);
  if (!call) return false;
  let last: RegExpExecArray | null = null;
  IN_PERSON.lastIndex = 0;
  for (let m = IN_PERSON.exec(text); m && m.index < call.index; m = IN_PERSON.exec(text)) last = m;
  return !last || BY_CALL.test(text.slice(last.index + last[0].length, call.index));
}
