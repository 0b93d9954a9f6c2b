// The words that tell a reader where one meeting ends and the next begins, and what each sentence
// does: reports a meeting (an event verb, a call), moves on to another ("Later", "Separately",
// "then held talks", "The first call was paid by", "She was followed by"), announces a series
// ("held five bilateral meetings"), says who was present, who led a delegation, or speaks of a
// meeting that is yet to come or long past. Every pattern is matched within one sentence.

const W = "[^\\s,.;:()]+";

/** Verbs and phrases that report a meeting taking place. */
export const EVENT = new RegExp(
  "\\b(?:" +
    [
      "met(?:\\s+with)?",
      "meets?(?:\\s+with)?",
      "(?:after|while|when|before)\\s+meeting",
      "meetings?\\s+with",
      `held\\s+(?:(?:a|an|the|his|her|their|two|three|four|five|\\d+)\\s+)?(?:${W}\\s+){0,4}?(?:talks|meetings?|discussions?|consultations|conversations?|call|calls|videoconference|video\\s+conference|teleconference|dialogue|audience|session|bilaterals?)`,
      `had\\s+(?:(?:a|an)\\s+)?(?:${W}\\s+){0,3}?(?:talks|meetings?|discussions?|conversation|call)`,
      "receiv(?:ed|ing)",
      "hosted",
      "call(?:ed|ing)\\s+(?:on|upon)",
      `paid\\s+(?:a\\s+|an\\s+)?(?:${W}\\s+){0,2}?(?:call|visit)s?\\s+(?:on|to|upon)`,
      // "spoke by phone with", "spoke on Thursday with", "talked over the telephone today with", "talked by video link with"
      "(?:spoke|speaking|talked)\\s+(?:(?:(?:by|over|on|via)\\s+(?:the\\s+)?(?:(?:tele)?phone|video(?:\\s*link|\\s+call)?|videoconference)|on\\s+\\w+day|today|yesterday|earlier|later|again|briefly|separately)\\s+){0,2}(?:to|with)",
      "telephoned|phoned",
      "conferred\\s+with",
      "sat\\s+down\\s+with",
      "co-?chaired|chaired|presided\\s+over",
    ].join("|") +
    ")\\b",
  "gi",
);

/** Words one of which every meeting verb holds: a sentence without any has no meeting verb. */
export const EVENT_WORD = /\b(?:met|meet|held|had|receiv|hosted|call|paid|spoke|speaking|talked|phoned|telephoned|conferred|sat|chaired|co-?chaired|presided)/i;

/** "received a letter / a proposal / a copy of the report": receiving a thing, not a visitor. */
export const RECEIVED_THING =
  /^\s+(?:(?:here|today|yesterday|on \w+day)\s+)?(?:a|an|the|his|her|its|their)\s+(?:[^\s,.;:()]+\s+){0,2}?(?:message|letter|proposal|request|report|cable|invitation|complaint|petition|award|prize|donation|grant|briefing|update|assurance|consignment|shipment|copy of (?:the|a|an) (?!credentials|letters? of credence)[a-z]+|document|memorandum|note|call for|award|support|boost|response|reply|approval|nod|go-ahead|delivery|payment|vaccines?|doses|funds?|funding|loan)\b/i;

/** "met the criteria", "met the target": not a meeting. */
export const MET_THING = /^\s+(?:(?:some|all|most|many|any|part|none) of\s+)?(?:the\s+|all\s+|its\s+|their\s+|these\s+|those\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:criteria|targets?|expectations?|demands?|needs?|requirements?|deadlines?|conditions?|costs?|standards?|goals?|obligations?)\b/iu;

/** "called on the parties to exercise restraint": an appeal, not a visit. */
export const URGING =
  /^\s+(?:[^\s,.;:()]+\s+){1,6}?to\s+(?!discuss|review|explore|exchange|brief|present|pay|seek|convey|hand|deliver|bid|introduce|congratulate|thank|extend|share|sign|deepen|strengthen|enhance|boost|follow|talk|apprise|update)[a-z]+/;

/** "meet" names a meeting when a person or "with" follows: "meet the minister", "meet with", not "meet the target". */
export const MEET_SOMEONE = /^\s+(?:with\b|(?:his|her|their|the)\s+(?:\p{Lu}|counterparts?\b|visiting\b|delegation\b|minister\b|ambassador\b|president\b)|\p{Lu})/u;

/** "received a phone call from", "had a video call with": a call, though "received" is said of visits too. */
export const RECEIVED_CALL = /\b(?:received|made|had|held|took|placed)\s+(?:an?\s+)?(?:[^\s,.;:()]+\s+)?(?:(?:tele)?phone|video)\s*(?:call|conversation|conference)\b/i;

/** A meeting verb of speech ("spoke to", "talked by phone with"): a call when nothing places it in a room. */
export const SPOKE = /^(?:spoke|speaking|talked)\b/i;

/** What the sentence opens with, after a numbering ("5.") or quote. */
const LEAD_IN = "^[\\s\"“‘'(]*(?:\\d{1,2}[.)]\\s+)?";

/**
 * Opening words that move to another meeting. The group says how its date relates to the one
 * before: the same day, an earlier time, the next or previous day, or a separate report.
 */
export const TRANSITION = new RegExp(
  LEAD_IN +
    "(?:(later|subsequently|afterwards|afterward|thereafter|then|next|lastly|finally|also|after (?:that|this|the|his|her|its)|following (?:that|this|the|his|her|its)|on the same day|the same day|that same day)" +
    "|(earlier|prior to|before (?:that|this|the|his|her|its))" +
    "|(the following day|the next day|a day later|on the following day|on the next day)" +
    "|(the day before|the previous day|a day earlier|on the previous day)" +
    "|(separately|meanwhile|elsewhere|additionally|furthermore|moreover|similarly|likewise|in addition|in other news|in (?:a|another) separate (?:meeting|development|engagement|event|call)|in (?:a |another )?separate (?:meeting|development|engagement|event|call)s?|in another (?:meeting|development|engagement|event)|on the (?:sidelines|margins)))\\b",
  "iu",
);

/** "then held talks", "also met", "later spoke": a move to another meeting right at the verb. */
export const VERB_TRANSITION = /\b(then|later|also|subsequently|separately|lastly|finally|first|further|next|additionally|earlier)\s+(?:(?:today|on \w+day)\s+)?$/i;

/** "later in the day", "earlier on the same day": a meeting of the same day as the one before. */
export const SAME_DAY =
  /\b(?:(?:later|earlier)\s+(?:in the day|that day|on the same day|the same day|today|this (?:morning|afternoon|evening)|tonight|in the (?:morning|afternoon|evening))|(?:on\s+)?the same day|that same day)\b/i;
/** "earlier", "prior to": an earlier meeting, dated only if the text ties it to a day. */
export const EARLIER = /\b(?:earlier|prior to|before (?:that|this|the (?:meeting|talks|call)))\b/i;
/** A time of day ties an earlier meeting to the day of the one it is told against. */
export const CLOCK_TIME = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b|p\.?m\b|hrs\b|hours\b)|\b\d{1,2}:\d{2}\b|\bin the (?:morning|afternoon|evening)\b/i;

/** "separate meeting", "separately": a meeting of its own, even without an opening word. */
export const SEPARATE = /\bseparate(?:ly)?\b|\bon the (?:sidelines|margins) of the (?:meeting|talks|session)\b/i;

/** Openings that name a meeting of a series in turn: "In the third meeting", "The first call was paid by". */
export const ORDINAL_OPENER = new RegExp(
  LEAD_IN +
    "(?:(?:in|at|during)\\s+(?:the|his|her|their)\\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|next|last|final|subsequent|following|other|another)\\s+(?:meeting|call|audience|talks|session|engagement|bilateral|discussion|courtesy call)" +
    "|the\\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|next|last|final)\\s+(?:meeting|call|audience|courtesy call|caller|visitor|engagement|bilateral|discussion)\\b(?!\\s+of\\b)" +
    "|(?:the\\s+)?(?:first|next|last)\\s+to\\s+(?:call on|meet|be received))",
  "iu",
);
/** Openings that put the counterpart first: "In his discussion with X, ...", "With X, the Minister reviewed ...". */
export const WITH_OPENER = new RegExp(LEAD_IN + "(?:(?:in|during)\\s+(?:his|her|their|the)\\s+(?:discussions?|meeting|talks|conversation|call|exchange)\\s+with\\b|with\\s+(?=(?:the\\s+)?\\p{Lu}))", "iu");

/** "She was followed by X", "This was followed by a call from X": the next of a series. */
export const FOLLOWED_BY = /\b(?:was|were)\s+(?:then\s+)?followed\s+by\b/i;

/**
 * A sentence that announces several meetings at once: "held five bilateral meetings",
 * "received three senior diplomats in separate courtesy calls", "held separate meetings with",
 * "received courtesy calls from three heads of mission", "held back-to-back talks".
 */
export const SERIES = new RegExp(
  "\\b(?:(?:held|had|holds|conducted|chaired)\\s+(?:(two|three|four|five|six|seven|eight|nine|ten|\\d+|several|many|multiple|numerous|various|a series of|a number of|a string of)\\s+)" +
    `(?:${W}\\s+){0,3}?(?:meetings|talks|discussions|bilaterals|consultations|engagements|calls|audiences)` +
    `|(?:held|had|holds|conducted)\\s+(?:separate|back-to-back|consecutive|parallel)\\s+(?:${W}\\s+){0,2}?(?:meetings|discussions|bilaterals|consultations|engagements|calls|audiences)` +
    `|(?:held|had|holds)\\s+(?:separate|back-to-back|consecutive|parallel)\\s+(?:${W}\\s+){0,2}?talks\\s+with\\s+(two|three|four|five|six|seven|eight|nine|ten|\\d+|several)\\b` +
    `|met\\s+(?:with\\s+)?(?:several|many|multiple|numerous|a number of|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:${W}\\s+){0,2}?(?:counterparts|leaders|ministers|envoys|ambassadors|diplomats|delegates|dignitaries)` +
    `|met\\s+(?:with\\s+)?(?:counterparts|leaders|ministers|envoys|ambassadors|diplomats|delegates|dignitaries)\\s+(?:from|of)\\s+(?:several|many|multiple|numerous|a number of|two|three|four|five|six|\\d+)\\b` +
    "|received\\s+(?:(?:separate\\s+)?courtesy\\s+calls|(two|three|four|five|six|seven|eight|\\d+|several)\\s+" +
    `(?:${W}\\s+){0,3}?(?:envoys|ambassadors|diplomats|heads of mission|delegations|visitors|ministers|officials|dignitaries|callers))` +
    ")",
  "i",
);
/** A series of bilaterals: one counterpart per meeting, even when a sentence names two. */
export const ONE_TO_ONE = /\b(?:separate|bilateral|back-to-back|one-on-one|courtesy calls?|in turn)\b/i;
/** "held bilateral meetings with A and B", "met his counterparts from X and Y, A and B": a meeting with each. */
export const EACH_APART = /\b(?:separate(?:ly)?|bilateral)\s+(?:[^\s,.;:()]+\s+)?(?:meetings|talks|discussions|calls)\b|\bseparately\b|\b(?:his|her|their)\s+(?:[^\s,.;:()]+\s+)?counterparts\b/i;
// (read from the meeting verb on: "Separately, X met A and B" opens a meeting of both)
export const SERIES_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Words that put the verb that follows into the future or into a plan. */
export const FUTURE_BEFORE =
  /\b(?:will|would|shall|should|could|can|may|might|is to|are to|to be|is (?:expected|scheduled|due|set|slated|likely) to|are (?:expected|scheduled|due|set|slated|likely) to|plans? to|planned to|intends? to|hopes? to|wants? to|wanted to|wish(?:es|ed)? to|sought to|seeks? to|asked to|requested(?: that)?|agreed to|decided to|invited (?:\w+ )?to|looks? forward to|upcoming|forthcoming|before|unable to|failed to|refused to|not)\b(?:\s+(?:[a-z]+\s+){0,2}?)?(?:\s*(?:also|then|later|again|soon|first|be|have|jointly|personally|him|her|them))*\s*$/i;
/** Words that put the verb that follows into the past, as something recalled. */
export const RECALL_BEFORE = /\b(?:had|recalled|recalling|recalls|previously|once|last|earlier meeting|first time they|never)\s+(?:\w+\s+){0,3}$/i;
/** "first met in January", "met in 2019": a meeting of long ago. */
export const RECALL_AFTER = new RegExp(
  "^(?:\\s+(?:with\\s+)?[^\\s,.;:()]+){0,4}?\\s+(?:in|during|back in|since|at)\\s+(?:(?:early|late|mid-?)\\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!\\s+\\d{1,2}\\b)|(?:19|20)\\d{2}\\b)|^\\s+(?:[^\\s,.;:()]+\\s+){0,4}?(?:last (?:year|month|September|October|November|December|January|February|March|April|May|June|July|August)|years? ago|months ago|in the past)\\b",
  "iu",
);

/** Phrases after which the names that follow are present, not principals. */
export const ATTEND_BEFORE =
  /\b(?:attended by|in the presence of|joined by|accompanied by|along with|together with|flanked by|assisted by|supported by|(?:also )?present (?:at the meeting |on the occasion |during the (?:meeting|calls?|talks) )?(?:were|was)|in attendance were|(?:also )?taking part (?:in the (?:meeting|talks) )?were|among (?:those|others) present were|from the [^\s,.;:()]+ side|delegation,?\s+(?:(?:which|that)\s+)?(?:also\s+)?(?:included|comprised|consisted of)|members of the delegation (?:were|included)|as (?:was|were|did))\b/gi;
/** Phrases after a name (or a list of names) that make them present, not principals. */
export const ATTEND_AFTER =
  /\b(?:(?:was|were) (?:also )?present|(?:was|were) (?:also )?(?:in|at) the (?:meeting|talks|call|discussions?|reception)|(?:also )?attended|(?:also )?(?:took|take) part|(?:also )?participated|(?:also )?joined (?:the|him|her|them|in)|sat in on|accompanied (?:the|him|her|them)|(?:was|were) (?:also )?in attendance|made (?:a |the )?presentations?|(?:also )?presented (?:the|a)|(?:also )?briefed the (?:meeting|participants)|(?:was|were) among those present)\b/gi;

/** "The delegation was led by", "the Afghan delegation by": who leads which delegation. */
export const LED_BY = /\b(delegation|delegations|side|team)\b[^.;]{0,80}?\b(?:(?:was|were|is)\s+)?(?:led|headed)\s+by\s+|\b(delegation|side)\s+by\s+/gi;
/** "The delegation included ...": the names that follow are its members. */
export const MEMBERS = /\b(?:delegation,?\s+(?:(?:which|that)\s+)?(?:also\s+)?(?:included|includes|comprised|comprises|consisted of|was composed of)|members of the delegation (?:were|included)|other members of the delegation)\b/i;

/** Presence at several meetings at once: "attended both meetings", "present during the calls". */
export const SCOPE =
  /\b(?:(both)|all(?:\s+the)?(?:\s+(two|three|four|five|six|seven|eight|\d+))?|each(?:\s+of\s+the)?)\s+(?:of\s+the\s+)?(?:meetings|calls|audiences|sessions|engagements|discussions|meeting|call)\b|\b(?:at|during|in|for|throughout)\s+(?:the\s+)?(meetings|calls|audiences|engagements|courtesy calls)\b/i;

/** A meeting named as a noun: a sentence that brings in a new principal with it starts a meeting. */
export const MEETING_NOUN = /\b(?:meeting|talks|call|audience|reception|courtesy call|session|consultations)\b/i;
/** Words of a sentence about a meeting at all (the story's lead, before any verb is clear). */
export const ABOUT_MEETING = /\b(?:met|meeting|meetings|talks|session|discussions|consultations|audience|call on|called on|courtesy call|bilateral|trilateral|tripartite|summit|dialogue|co-chaired|chaired|received|hosted)\b/i;
/** A sender is not at the meeting: "a written message from X", "a letter from X". */
export const SENT_BY = /\b(?:message|letter|cable|greetings|invitation|note)\s+(?:[^\s,.;:()]+\s+){0,3}?(?:from|of)\s+(?:[^\s,.;:()]+\s+){0,12}$/i;
/** A joint session: everyone at one table, even in a series. */
export const JOINT = /\b(?:together|jointly|joint(?:ly)?\s+(?:meeting|session|talks)|trilateral|tripartite|quadrilateral)\b/i;
/** Cuts the object of a meeting verb from what follows it. */
export const OBJECT_END =
  /;|\s(?:to (?:discuss|review|explore|exchange|strengthen|talk|sign|push|press|seek|brief|consider|deepen|boost|promote|expand)|and (?:discussed|reviewed|agreed|exchanged|signed|briefed|expressed|said|stressed|urged|underlined|noted|conveyed|thanked|called)|during which|where|for talks|on (?:ways|the (?:sidelines|margins)))\b/i;
