// The ways copy points at a principal without naming them: an office ("the minister", "the CS",
// "the Omani minister", "the visiting Minister", "Kazakh President"), a pronoun ("she also held a
// video call"), or a delegation ("the delegation then held talks"). An office resolves to an
// official whose office it is and who was named before; one that no named official holds is an
// unnamed principal ("the Prime Minister", "the Secretary-General"), who still makes a side of
// the meeting. The first reading of an office holds for the rest of the article.
import anyAscii from "any-ascii";
import officesLexicon from "../../lexicon/offices.json" with { type: "json" };
import type { Official } from "../../model.ts";
import { countriesIn, countryOfWord } from "./countries.ts";
import type { Mention } from "./mentions.ts";
import type { Unit } from "./units.ts";

const fold = (w: string) => anyAscii(w).toLowerCase().replace(/[^a-z0-9]/g, "");

/** Office words too general to point at one person ("the head of", "the members"). */
const GENERIC = new Set(["Head", "Member", "Members", "Partner", "Principal", "Expert", "Analyst", "Officer", "Specialist", "Assistant", "Economist", "Deputy", "Chief", "Leader", "Manager", "Director", "Chair", "Team Leader", "Team Lead"]);
const EXTRA_HEADS = ["King", "Queen", "Emir", "Amir", "Sultan", "Crown Prince", "Head of State", "Head of Government", "Premier", "Chancellor", "Commissioner", "Executive Vice-President", "Vice-President", "Prime Minister"];
const HEADS = [...new Set([...officesLexicon.heads.filter((h) => !GENERIC.has(h) && !/s$/.test(h) && h.length > 1), ...EXTRA_HEADS])].sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Word boundaries are ASCII ones (far cheaper than Unicode look-arounds); an office run into a
// hyphenated word ("Vice-President" read as "President") is skipped where it is found.
const HEAD_RE = new RegExp(`\\b(?:${HEADS.map(escape).join("|")})\\b`, "gi");
/** Heads written in capitals are abbreviations and must match as written ("CS", not "cs"). */
const ABBREVIATION = /^[A-Z]{2,5}$/;

/** The last words of offices ("minister", "secretary", "CS"): a sentence with none of them writes no office. */
const HEAD_END = new RegExp(
  `\\b(?:${[...new Set(HEADS.map((h) => h.split(/[^\p{L}]+/u).filter(Boolean).at(-1) ?? ""))].filter(Boolean).map(escape).join("|")})\\b`,
  "i",
);

/** Might the sentence write an office? */
export function mayHoldOffice(text: string): boolean {
  return HEAD_END.test(text);
}

/** Words that may stand before an office inside its description. */
const MODIFIER = /^(?:visiting|outgoing|incoming|new|acting|union|federal|deputy|vice|first|senior|foreign|finance|executive|assistant|state|chief|special|permanent|resident|minister|prime|\p{Lu}[\p{L}’'-]*)$/iu;
const VISITING = /^(?:visiting|guest)$/i;

/** Words that cannot stand between an office and the name it belongs to. */
const NOT_TITLE_GAP =
  /\b(?:said|says|told|added|met|meets|meet|received|receives|held|holds|called|calls|paid|spoke|speaks|talked|telephoned|phoned|hosted|chaired|co-chaired|visited|briefed|thanked|urged|welcomed|discussed|reviewed|agreed|signed|was|were|is|are|has|have|had|will|would|who|whom|which|where|with|by|along|together|accompanied|during|after|before|while|when|today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|[.;:!?]\s/i;
const TITLE_GAP_MAX = 160;
/** Post-nominals between a name and an appositive office: "Sir Julian Hartwell-Dyce KCMG KC, the ...". */
const APPOSITIVE_GAP = /^(?:\s+[A-Z]{2,5}\b)*\s*(?:\([^)]{0,30}\))?\s*,\s*$/u;

/** Offices read per sentence: a sentence that lists more names none as a principal of a meeting. */
const MAX_OFFICES_READ = 16;
/** How far back from an office its modifiers and "the" may stand. */
const MODIFIERS_REACH = 100;

export interface Description {
  start: number;
  end: number;
  /** Folded words of the office, modifiers first ("deputy pm"). */
  words: string[];
  country: string | null;
  visiting: boolean;
  /** Opens with "the" (or stands first in its clause). */
  definite: boolean;
}

/**
 * Offices written without a name in one unit (between `from` and `to`, offsets into its text):
 * not the title of a mention that follows ("the Minister of Industry, Nyasha Chikowore"), nor an
 * appositive of one before ("X, the UN envoy").
 */
export function descriptionsIn(unit: Unit, mentions: readonly Mention[], from = 0, to = unit.text.length): Description[] {
  const out: Description[] = [];
  const inUnit = mentions.filter((m) => m.unit === unit.index);
  HEAD_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  let read = 0;
  while ((m = HEAD_RE.exec(unit.text)) && m.index < to && read++ < MAX_OFFICES_READ) {
    const head = m[0];
    const abbreviation = ABBREVIATION.test(head);
    // Abbreviations match only as written: "CS", never "cs".
    if (/^[A-Za-z]{2,5}$/.test(head) && !abbreviation && HEADS.includes(head.toUpperCase())) continue;
    const around = unit.text[m.index - 1] ?? " ";
    const after = unit.text[m.index + head.length] ?? " ";
    if (/[\p{L}-]/u.test(around) || /[\p{L}-]/u.test(after)) continue;
    const headStart = unit.start + m.index;
    const headEnd = headStart + head.length;
    if (inUnit.some((x) => x.start <= headStart && x.end >= headEnd)) continue;
    // Walk back over the modifiers to "the".
    const from = Math.max(0, m.index - MODIFIERS_REACH);
    const before = unit.text.slice(from, m.index);
    const words = before.split(/(\s+)/);
    const mods: string[] = [];
    let start = headStart;
    let definite = false;
    let offset = from + before.length;
    for (let i = words.length - 1; i >= 0 && mods.length < 4; i--) {
      const w = words[i]!;
      offset -= w.length;
      if (/^\s+$/.test(w) || w === "") continue;
      if (/^the$/i.test(w)) {
        definite = true;
        start = unit.start + offset;
        break;
      }
      if (!MODIFIER.test(w.replace(/['’]s$/, "")) || /[,;:()]/.test(w)) break;
      mods.unshift(w);
      start = unit.start + offset;
    }
    if (!definite && (!/^\p{Lu}/u.test(head) || !opensClause(unit.text.slice(0, start - unit.start)))) continue;
    if (isTitleOfName(unit, headEnd, inUnit) || isAppositive(unit, start, inUnit)) continue;
    const country = mods.map(countryOfWord).find((c) => c !== null) ?? null;
    const own = mods.filter((w) => !countryOfWord(w) && !VISITING.test(w));
    out.push({
      start,
      end: headEnd,
      words: [...own, ...head.split(/[\s-]+/)].map((w) => (ABBREVIATION.test(w) ? w : fold(w))),
      country,
      visiting: mods.some((w) => VISITING.test(w)),
      definite,
    });
  }
  return out;
}

/**
 * Text before an office that leaves it opening its clause: nothing, an opening adverbial
 * ("Earlier, "), or the capitals of a dateline ("ASTANA. KAZINFORM – ").
 */
function opensClause(before: string): boolean {
  if (!/\p{Ll}/u.test(before)) return true;
  return /^[\s"“‘'(]*(?:\d{1,2}[.)]\s+)?(?:[\p{L}-]+\s+){0,4}[\p{L}-]+,\s+$/u.test(before);
}

function isTitleOfName(unit: Unit, headEnd: number, mentions: readonly Mention[]): boolean {
  const next = mentions.find((x) => x.start >= headEnd);
  if (!next || next.start - headEnd > TITLE_GAP_MAX) return false;
  const gap = unit.text.slice(headEnd - unit.start, next.start - unit.start);
  // Forms of address end in a dot ("Dr.", "H.E.") and may stand in the gap.
  return !NOT_TITLE_GAP.test(gap.replace(/\b(?:[A-Z][a-z]{0,3}|[A-Z](?:\.[A-Z])+)\.(?=\s)/g, ""));
}

function isAppositive(unit: Unit, start: number, mentions: readonly Mention[]): boolean {
  const prev = [...mentions].reverse().find((x) => x.end <= start);
  return prev !== undefined && APPOSITIVE_GAP.test(unit.text.slice(prev.end - unit.start, start - unit.start));
}

/** Does an office description fit the official's office? "CS" fits "Cabinet Secretary", "Deputy PM" "Deputy Prime Minister". */
export function fitsTitle(words: readonly string[], title: string | null): boolean {
  if (!title) return false;
  const tw = title.split(/[^\p{L}\p{M}]+/u).filter(Boolean);
  const folded = tw.map(fold);
  const initials = tw
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => anyAscii(w)[0]!.toUpperCase())
    .join("");
  return words.every((w) => (ABBREVIATION.test(w) ? initials.includes(w) || tw.includes(w) : folded.includes(w)));
}

/** What a reference points at: an official of the record, or a principal left unnamed. */
export type Side = { kind: "official"; who: number } | { kind: "unnamed"; key: string };

export interface ResolveContext {
  officials: readonly Official[];
  mentions: readonly Mention[];
  units: readonly Unit[];
  /** The principal most meetings of the article turn around, once known. */
  host: Side | null;
}

/** How many of the officials named last are weighed as what an office points at. */
const RECENT = 32;

/**
 * Resolves office descriptions, keeping the first reading of each for the rest of the article.
 * Descriptions come in text order; the officials named so far are kept, latest first, as the walk
 * goes, so each reading weighs only the few named last (and the host).
 */
export class OfficeResolver {
  private bound = new Map<string, Side>();
  private countryCache = new Map<number, string[]>();
  private firstMention: Map<number, Mention> | null = null;
  private cursor = 0;
  /** Officials named so far, the latest last, each once, at most RECENT. */
  private recent: { who: number; at: number }[] = [];

  constructor(private ctx: ResolveContext) {}

  resolve(d: Description): Side {
    const key = `${d.country ?? ""}|${d.visiting ? "v|" : ""}${d.words.join(" ")}`;
    const known = this.bound.get(key);
    if (known) return known;
    const side = this.find(d) ?? ({ kind: "unnamed", key: d.words.join(" ") } as Side);
    this.bound.set(key, side);
    return side;
  }

  private advance(to: number): void {
    const { officials, mentions, units } = this.ctx;
    while (this.cursor < mentions.length && mentions[this.cursor]!.start < to) {
      const m = mentions[this.cursor++]!;
      if (units[m.unit]?.heading || officials[m.who]!.role === "mentioned") continue;
      const i = this.recent.findIndex((r) => r.who === m.who);
      if (i >= 0) this.recent.splice(i, 1);
      this.recent.push({ who: m.who, at: m.start });
      if (this.recent.length > RECENT) this.recent.shift();
    }
  }

  private find(d: Description): Side | null {
    this.advance(d.start);
    const { officials, host } = this.ctx;
    const hostWho = host?.kind === "official" ? host.who : -1;
    const seen = [...this.recent];
    if (hostWho >= 0 && !seen.some((r) => r.who === hostWho)) seen.unshift({ who: hostWho, at: -1 });
    let candidates = seen.filter((r) => fitsTitle(d.words, officials[r.who]!.title));
    if (d.country) candidates = candidates.filter((r) => this.countriesOf(r.who).includes(d.country!));
    // "the minister" for a host whose office the article never gave.
    if (candidates.length === 0 && hostWho >= 0 && officials[hostWho]!.title === null && d.words.length === 1 && !d.country && !d.visiting) {
      return { kind: "official", who: hostWho };
    }
    if (candidates.length === 0) return null;
    if (d.visiting) {
      const guests = candidates.filter((c) => c.who !== hostWho);
      if (guests.length > 0) candidates = guests;
    } else if (candidates.some((c) => c.who === hostWho)) {
      return { kind: "official", who: hostWho };
    }
    candidates.sort((a, b) => b.at - a.at);
    return { kind: "official", who: candidates[0]!.who };
  }

  /** The countries an official is of: the record's country, the office, the words before the name. */
  private countriesOf(who: number): string[] {
    const cached = this.countryCache.get(who);
    if (cached) return cached;
    const o = this.ctx.officials[who]!;
    if (!this.firstMention) {
      this.firstMention = new Map();
      for (const m of this.ctx.mentions) if (!this.ctx.units[m.unit]?.heading && !this.firstMention.has(m.who)) this.firstMention.set(m.who, m);
    }
    const first = this.firstMention.get(who);
    const unit = first ? this.ctx.units[first.unit] : undefined;
    const before = unit && first ? unit.text.slice(Math.max(0, first.start - unit.start - 120), first.start - unit.start) : "";
    const near = before.split(/,\s*(?=[a-z])|\band\b|\bwith\b/).pop() ?? "";
    const found = [...(o.country ? [o.country] : []), ...countriesIn(o.title ?? ""), ...countriesIn(near)];
    this.countryCache.set(who, found);
    return found;
  }
}
