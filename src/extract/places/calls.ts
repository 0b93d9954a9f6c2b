// A telephone or video call: a meeting with no meeting place.

/** "held a telephone conversation", "spoke by phone", "in a video call", "via videoconference", "virtual meeting". */
const CALL =
  /\b(?:tele)?phone(?:d)?\b(?!\s+(?:number|line|book))|\bby phone\b|\bvideo[- ]?(?:call|conference|link|conferencing)\b|\bvideoconference\b|\bvirtual (?:meeting|talks|call|conversation)\b|\bonline (?:meeting|talks)\b/i;

export function isCallSentence(text: string): boolean {
  return CALL.test(text);
}
