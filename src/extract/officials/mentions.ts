// Finds every place a person is named, with the office attached to that mention:
//   title before name       "Federal Minister for IT Sadia Rehman Qureshi", "Ambassador Blome"
//   title, name (appositive) "US Ambassador to Pakistan, Daniel R. Whitcomb, met"
//   name, title (appositive) "Doreen Bogdan-Martin, Secretary-General of the ITU, said"
//   honorific + name        "Dr. Ahmed", "Ms. Qureshi"
//   name + speech verb      "Henrik Vos said"
import type { Token } from "./tokens.ts";
import * as lexicon from "./lexicon.ts";
import * as offices from "./offices.ts";
import * as names from "./names.ts";
import * as appositives from "./appositives.ts";
import * as bare from "./bare-names.ts";
import * as address from "./address.ts";
import { counterpartAt, counterpartSides } from "./counterparts.ts";
import { titleCountryLists } from "./country-lists.ts";
import { DETERMINERS, lowerHeadAt, lowerPortfolioStart, phraseToComma } from "./lower-offices.ts";
import { countryNoteEnd, pluralTitle, singularTitle } from "./plural-offices.ts";
import { regnalAt } from "./regnal.ts";
import { MAX_MODIFIERS } from "./limits.ts";
import { knownCity } from "../cities.ts";
// Imported bindings are read through accessors once transpiled; the hot loops below use local copies.
const { NAMED_AFTER_PEOPLE, NAME_PREFIXES, NAME_STARTS, RANKS, SHIP_PREFIXES } = lexicon;
const { extendBackward, extendForward, headAt, spanText } = offices;
const { capsNameRunEnd, foldWord, isNameWord, nameRunEnd, nameText, nameTokens } = names;
const { appositiveAfter } = appositives;
const { addressTitle, honorificAt, postNominalsEnd, retiredMarkAt, skipHonorifics } = address;
const { actsAfter, afterPluralPhrase, listedAfter, listedBefore, meetsBefore, privatePerson } = bare;

export interface Mention {
  /** Token range of the name. */
  nameStart: number;
  nameEnd: number;
  /** Token range of the title, when the mention carries one. */
  titleStart: number;
  titleEnd: number;
  name: string;
  /** Folded name words, for matching short forms to full names. */
  words: string[];
  title: string | null;
  possessor: string | null;
  /** The office a form of address before the name says ("Sen." → "Senator"), for a person given no other title. */
  address: string | null;
  /** A one-word name that stands for a whole person ("the Deputy for Investment Promotion, Haryanto,"). */
  mononym?: boolean;
  /** Named as someone's counterpart: the token of "counterpart", the nationality written before it or the country after it. */
  counterpart?: { at: number; nationality: string; country?: string };
}

/**
 * "The ministry's Deputy for Investment Promotion, Haryanto, also attended": many Indonesians, and some
 * others, bear one name. A single word after an office is such a name only when the office is written
 * out and the name is set off by commas or ends the clause; a common given name is a short form instead.
 */
function mononymAfterTitle(tokens: Token[], ns: number, pe: number, comma: boolean, titleTokens: number): boolean {
  const t = tokens[ns]!;
  if (NAME_STARTS.has(t.key) || NAME_PREFIXES.has(t.key) || t.text.length < 4 || knownCity(t.text)) return false;
  const after = tokens[pe];
  const closes = !after || after.text === "," || after.text === "." || after.text === ";" || after.text === ")";
  return closes && (comma ? titleTokens >= 2 : titleTokens >= 3);
}

/** Offices also used as a form of address before the name, after the fuller title. */
const ADDRESS_OFFICES = new Set(["ambassador", "senator"]);

const PLACE_OR_PURPOSE = new Set(["to", "in", "at", "on", "during", "for", "from"]);
const CLOSERS = new Set([",", ".", ";", ":", ")", "\n\n"]);

function makeMention(text: string, tokens: Token[], ns: number, ne: number, ts: number, te: number, possessor: string | null, address: string | null): Mention {
  return {
    nameStart: ns,
    nameEnd: ne,
    titleStart: ts,
    titleEnd: te,
    name: nameText(tokens, ns, ne),
    words: nameTokens(tokens, ns, ne).map((t) => foldWord(t.text)),
    title: te > ts ? spanText(text, tokens, ts, te) : null,
    possessor,
    address,
  };
}

/** "Vice Chancellor UET Lahore Prof. Dr. X": up to three capitalised words before an honorific belong to the title. */
function absorbBeforeHonorific(tokens: Token[], end: number): number {
  let k = end;
  while (k < end + 3 && tokens[k]?.kind === "word" && tokens[k]!.cap && !honorificAt(tokens, k) && !NAME_PREFIXES.has(tokens[k]!.key)) k++;
  return k > end && honorificAt(tokens, k) > 0 ? k : end;
}

/**
 * "CEO of Daraz Bjarke Mikkelsen", "Chairman Zylo Chen Yuhang": an organisation the lexicon does not
 * know runs into the name. The article settles it when it names the person again without the first
 * words. After "of" the run cannot open with the person, so the name starts at a known given name,
 * or else takes the last two words ("CEO of Nexa Ali Khan").
 */
function unknownOrgEnd(text: string, tokens: Token[], end: number, headEnd: number): number {
  let k = end;
  const prep = tokens[k]?.key;
  const afterOf = prep === "of" || prep === "at";
  if (afterOf) k += tokens[k + 1]?.key === "the" ? 2 : 1;
  // Without "of", only after a company or party office ("Chairman Pakistan Tehreek-e-Insaf Gohar Ali"):
  // "Prime Minister Muhammad Shehbaz Sharif ... Shehbaz Sharif" is one name.
  else if (!CORPORATE_HEADS.has(tokens[end - 1]?.key ?? "") && !CORPORATE_HEADS.has(tokens[headEnd - 1]?.key ?? "")) return end;
  if (NAME_PREFIXES.has(tokens[k]?.key ?? "") || foldWord(tokens[k]?.text ?? "") === "muhammad") return end;
  const runEnd = nameRunEnd(tokens, k);
  if (runEnd - k < 3) return end;
  const after = tokens[runEnd - 1]!.end;
  const whole = text.slice(tokens[k]!.start, after);
  for (let split = k + 1; split <= runEnd - 2; split++) {
    const rest = text.slice(tokens[split]!.start, after);
    // The shorter form must stand on its own somewhere, not only inside repeats of the whole run.
    if (occurrences(text, rest, after) > occurrences(text, whole, after)) return split;
  }
  if (!afterOf) return end;
  for (let split = k + 1; split <= runEnd - 2; split++) {
    const key = tokens[split]!.key;
    if (NAME_STARTS.has(key) || NAME_PREFIXES.has(key)) return split;
  }
  // A long run with no known given name in it is left whole rather than cut at a guess.
  return runEnd - k <= 4 ? runEnd - 2 : end;
}

const CORPORATE_HEADS = new Set(["chairman", "chairperson", "ceo", "founder", "co-founder", "director", "manager", "head", "cto", "coo", "cfo"]);

/** Occurrences of needle in the next few thousand characters (an article's length), never the whole input. */
function occurrences(text: string, needle: string, from: number): number {
  const limit = from + 6000;
  let n = 0;
  for (let at = text.indexOf(needle, from); at >= 0 && at < limit; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** Title first: [modifiers] HEAD [complements] [,] [honorifics] NAME. */
function titleFirst(text: string, tokens: Token[], consumed: Uint8Array, out: Mention[]): void {
  let floor = 0;
  for (let i = 0; i < tokens.length; i++) {
    let h = headAt(tokens, i);
    // "PTA chairman Hafeez Ur Rehman", "Microsoft co-founder Bill Gates", "Uzbek trade minister Laziz
    // Kudratov", "the head of the Secretariat, Dr Amina Bakari,": a lower-case office (and portfolio)
    // after an organisation, a nationality or a determiner.
    let from = i;
    const lower = h === 0 && tokens[i]?.kind === "word" && !tokens[i]!.cap && headAt(tokens, i, true) > 0;
    if (lower) {
      from = lowerPortfolioStart(tokens, i);
      h = lowerHeadAt(tokens, i, from);
    }
    if (h === 0 || consumed[i]) continue;
    // A title never reaches back into a name read before it ("met King Tarek II and Prime Minister X"),
    // nor into the country written after that name ("Chancellor Otto Renn of Austria and Prime Minister Y").
    let low = floor;
    for (let j = from - 1; j >= floor - 1 && j >= 0 && j >= from - MAX_MODIFIERS; j--) {
      if (consumed[j]) {
        low = Math.max(floor, Math.min(countryNoteEnd(tokens, j + 1), from));
        break;
      }
    }
    const back = extendBackward(tokens, from, low);
    const before = back.start - 2;
    const afterFreeName = tokens[back.start - 1]?.text === "," && isNameWord(tokens[before]) && !consumed[before];
    let end = unknownOrgEnd(text, tokens, absorbBeforeHonorific(tokens, extendForward(tokens, i + h, lower)), i + h);
    // "the president and chief executive officer of South Korean battery maker Hanbit Cell Energy, Yoon Seo-jun,":
    // an office phrase written up to the comma before the name.
    if (lower || tokens[back.start - 1]?.kind === "poss" || DETERMINERS.has(tokens[back.start - 1]?.key ?? "")) end = Math.max(end, phraseToComma(tokens, end));
    // "Lt Gen (retd)", "Justice (R)": the retired mark belongs to the rank.
    end += retiredMarkAt(tokens, end);
    // A rank alone ("General X") is a title only when no office is given in an appositive.
    const rankOnly = back.start === i && RANKS.match(tokens, i)?.length === h && end - i - h <= 3;
    let j = end;
    // "State Minister of Foreign Affairs Ambassador Tsion Bekele": "Ambassador" is a form of address after a full title.
    if (end - back.start > 1 && ADDRESS_OFFICES.has(tokens[j]?.key ?? "") && tokens[j]!.cap && nameRunEnd(tokens, skipHonorifics(tokens, j + 1)) - skipHonorifics(tokens, j + 1) >= 2) {
      j++;
    }
    // "Secretary at the ministry Hari Bahadur Khadka": a lower-case place phrase between office and name.
    const p0 = tokens[j];
    if (p0 && (p0.key === "at" || p0.key === "of" || p0.key === "in") && tokens[j + 1]?.key === "the" && tokens[j + 2] && !tokens[j + 2]!.cap && tokens[j + 2]!.kind === "word" && isNameWord(tokens[j + 3])) {
      j += 3;
    }
    // "Permanent Representative in Geneva, Bilal Ahmed Chaudhry,": a place closes the title before the comma.
    if (p0 && (p0.key === "in" || p0.key === "at") && j === end) {
      let k = j + 1;
      while (k < j + 4 && tokens[k]?.cap && tokens[k]!.kind === "word") k++;
      if (k > j + 1 && tokens[k]?.text === ",") {
        const ns = skipHonorifics(tokens, k + 1);
        if (nameRunEnd(tokens, ns) > ns) j = end = k;
      }
    }
    let comma = false;
    if (tokens[j]?.text === ",") {
      comma = true;
      j++;
      // "Permanent Representative in Geneva, Ambassador Bilal Ahmad": "Ambassador" is a form of address here.
      if (ADDRESS_OFFICES.has(tokens[j]?.key ?? "") && nameRunEnd(tokens, skipHonorifics(tokens, j + 1)) > j + 1) j++;
    }
    const ns = skipHonorifics(tokens, j);
    const ne = nameAfterAddress(tokens, j, ns);
    if (ne === ns) continue;
    // "Edward Pembridge-Hale CMG OBE, British Ambassador": honours after the name are read past.
    const pe = postNominalsEnd(tokens, ne);
    // "Ines Duarte, Head of the Market Access Section": an office after a free name and a comma is that
    // name's appositive (read below), unless a full name follows it ("attended by A, Secretary IT B C").
    if (afterFreeName && (comma || ne - ns < 2)) continue;
    if (comma) {
      const after = tokens[pe];
      // "met the Austrian Ambassador, Simone Knapp to discuss ...", "... Advisor, Ghounka Diouf in Addis Ababa".
      const closes = !after || CLOSERS.has(after.text) || after.key === "and" || (ne - ns >= 2 && PLACE_OR_PURPOSE.has(after.key));
      // "Ali Khan, Chairman PTA, Sara Malik, ..." is a name followed by its title, handled below.
      const prev = tokens[back.start - 1];
      const nameBefore = prev?.text === "," && isNameWord(tokens[back.start - 2]);
      // "Minister for IT, Ali Khan has said" opens a sentence; "with the US Ambassador, Shaza conveyed" does not.
      const opensSentence = !prev || prev.kind !== "word" || prev.sent !== tokens[back.start]!.sent;
      const honoured = ns > j; // "Chairman, PTA, Maj Gen (R) X met": the honorific marks the name.
      if (nameBefore || (!closes && !opensSentence && !honoured)) continue;
    }
    // "Senator Afnan Khan, Chairman of the Senate Committee on IT,": a one-word office gives way to the appositive.
    const app = (end - back.start === 1 || rankOnly) && !comma ? appositiveAfter(tokens, pe) : null;
    if (app) {
      out.push(makeMention(text, tokens, ns, ne, app.start, app.end, app.possessor ?? back.possessor, addressTitle(tokens, j, ns)));
      consumed.fill(1, back.start, app.end);
      floor = app.end;
      i = app.end - 1;
      continue;
    }
    const mention = makeMention(text, tokens, ns, ne, back.start, end, back.possessor, addressTitle(tokens, j, ns));
    mention.mononym = ne - ns === 1 && mononymAfterTitle(tokens, ns, pe, comma, end - back.start);
    out.push(mention);
    consumed.fill(1, back.start, pe);
    floor = pe;
    i = pe - 1;
    if (pluralTitle(tokens, back.start, end)) {
      floor = pluralList(text, tokens, consumed, out, back.start, end, back.possessor, pe);
      i = floor - 1;
    }
  }
}

/** "Federal Ministers Ahsan Iqbal and Mohsin Naqvi": every name of the list holds the office, in the singular. */
function pluralList(text: string, tokens: Token[], consumed: Uint8Array, out: Mention[], ts: number, te: number, possessor: string | null, ne: number): number {
  const first = out[out.length - 1]!;
  const title = singularTitle(first.title);
  first.title = title;
  let k = countryNoteEnd(tokens, ne);
  for (;;) {
    let j = k;
    if (tokens[j]?.text === ",") j++;
    if (tokens[j]?.key === "and" || tokens[j]?.text === "&") j++;
    if (j === k) break;
    const s2 = skipHonorifics(tokens, j);
    const e2 = nameRunEnd(tokens, s2);
    if (e2 - s2 < 2) break;
    const p2 = postNominalsEnd(tokens, e2);
    out.push({ ...makeMention(text, tokens, s2, e2, ts, te, possessor, null), title });
    consumed.fill(1, k, p2);
    k = countryNoteEnd(tokens, p2);
  }
  return k;
}

/** The end of the name at ns; after a form of address (from < ns) the name may be written in capitals. */
function nameAfterAddress(tokens: Token[], from: number, ns: number): number {
  const ne = nameRunEnd(tokens, ns);
  if (ns === from || ne - ns >= 2) return ne;
  const caps = capsNameRunEnd(tokens, ns);
  return caps > ne ? caps : ne;
}

/** Name first: [honorifics] NAME , [the|its] TITLE ; or an honorific name alone; or NAME said. */
function nameFirst(text: string, tokens: Token[], consumed: Uint8Array, out: Mention[]): void {
  const mentionEnds = new Set(out.map((m) => Math.max(m.nameEnd, m.titleEnd)));
  const mentionStarts = new Set(out.map((m) => Math.min(m.nameStart, m.titleStart)));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // Names, honorifics and initials all start with a capital (lower-case "al-" prefixes aside).
    if (consumed[i] || t.kind !== "word" || (!t.cap && !t.text.includes("-"))) continue;
    const prev = tokens[i - 1];
    if (prev && isNameWord(prev) && !consumed[i - 1]) continue;
    const ns = skipHonorifics(tokens, i);
    const ne = nameAfterAddress(tokens, i, ns);
    if (ne === ns || consumed[ns]) continue;
    if (privatePerson(tokens, i, ne)) {
      consumed.fill(1, i, ne);
      i = ne - 1;
      continue;
    }
    const honorific = ns > i;
    const pe = postNominalsEnd(tokens, ne);
    const after = tokens[pe];
    const app = after?.text === "," || after?.text === "(" ? appositiveAfter(tokens, pe) : null;
    const address = addressTitle(tokens, i, ns);
    if (app && !consumed[app.start]) {
      out.push(makeMention(text, tokens, ns, ne, app.start, app.end, app.possessor, address));
      mentionEnds.add(app.end);
      consumed.fill(1, i, app.end);
      i = app.end - 1;
      continue;
    }
    // "including Rahim Yar Khan and ...": a town named like a person is not one.
    const acts =
      ne - ns >= 2 &&
      (actsAfter(tokens, pe) || meetsBefore(tokens, i) || listedAfter(tokens, i, mentionEnds) || listedBefore(tokens, pe, mentionStarts) || afterPluralPhrase(tokens, i)) &&
      !knownCity(nameText(tokens, ns, ne));
    if (honorific || acts) {
      out.push(makeMention(text, tokens, ns, ne, ns, ns, null, address));
      mentionEnds.add(pe);
      consumed.fill(1, i, pe);
    }
    i = pe - 1;
  }
}

/**
 * "his Jordanian and Saudi counterparts, A and B", "his counterparts from Jordan and Saudi
 * Arabia, A and B": as many names as nationalities, each the counterpart of its country, in order.
 */
function counterpartLists(text: string, tokens: Token[], consumed: Uint8Array, out: Mention[]): void {
  for (let k = 0; k < tokens.length; k++) {
    if (consumed[k] || tokens[k]!.key !== "counterparts") continue;
    const list = counterpartSides(tokens, k);
    if (!list) continue;
    let j = list.end;
    if (tokens[j]?.text === ",") j++;
    const found: { ns: number; ne: number; pe: number }[] = [];
    while (found.length < list.sides.length) {
      const ns = skipHonorifics(tokens, j);
      if (consumed[ns] || headAt(tokens, ns) > 0) break;
      const ne = nameAfterAddress(tokens, j, ns);
      if (ne - ns < 2) break;
      const pe = postNominalsEnd(tokens, ne);
      found.push({ ns, ne, pe });
      j = pe;
      if (tokens[j]?.text === ",") j++;
      if (tokens[j]?.key === "and") j++;
    }
    if (found.length !== list.sides.length || namesMore(tokens, found.at(-1)!.pe)) continue;
    for (const [i, { ns, ne, pe }] of found.entries()) {
      const m = makeMention(text, tokens, ns, ne, ns, ns, null, null);
      m.counterpart = { at: k, ...list.sides[i]! };
      out.push(m);
      consumed.fill(1, ns, pe);
    }
    k = found.at(-1)!.pe - 1;
  }
}

/** Whether the list of names goes on after `pe` (", C" or "and C"): then it outnumbers its countries. */
function namesMore(tokens: Token[], pe: number): boolean {
  let j = pe;
  if (tokens[j]?.text === ",") j++;
  if (tokens[j]?.key === "and") j++;
  if (j === pe) return false;
  const ns = skipHonorifics(tokens, j);
  return headAt(tokens, ns) === 0 && nameAfterAddress(tokens, j, ns) - ns >= 2;
}

/** "his Azerbaijani counterpart, Elçin Qəhrəmanov": a name after "counterpart" with no office of its own. */
function counterpartNames(text: string, tokens: Token[], consumed: Uint8Array, out: Mention[]): void {
  for (let k = 0; k < tokens.length; k++) {
    if (consumed[k]) continue;
    const nationality = counterpartAt(tokens, k);
    if (nationality === null) continue;
    let j = k + 1;
    if (tokens[j]?.text === ",") j++;
    const ns = skipHonorifics(tokens, j);
    if (consumed[ns] || headAt(tokens, ns) > 0) continue;
    const ne = nameAfterAddress(tokens, j, ns);
    if (ne - ns < 2) continue;
    const pe = postNominalsEnd(tokens, ne);
    const m = makeMention(text, tokens, ns, ne, ns, ns, null, null);
    m.counterpart = { at: k, nationality };
    out.push(m);
    consumed.fill(1, ns, pe);
    k = pe - 1;
  }
}

const NEVER_SURNAMES = new Set(["cup", "trophy", "prize", "award", "awards", "medal", "foundation", "university", "airport", "mosque", "stadium", "highway", "bhawan", "bhavan", "bhaban", "mausoleum", "expressway", "motorway"]);

/**
 * "the Nelson Mandela Foundation", "the Zayed Sustainability Prize", "the drillship Abdülhamid Han",
 * "BRP Teresa Magbanua": a name given to a thing, a place or a ship is no person.
 */
function namesSomethingElse(tokens: Token[], m: Mention): boolean {
  const before = tokens[m.nameStart - 1];
  if (before && before.kind === "word" && SHIP_PREFIXES.has(before.text)) return true;
  // "the Webb Ellis Cup": the thing's word read into the name; only words no one bears as a surname.
  if (NEVER_SURNAMES.has(tokens[m.nameEnd - 1]!.key)) return true;
  for (let k = m.nameEnd; k < m.nameEnd + 4; k++) {
    const t = tokens[k];
    if (!t || t.kind !== "word" || !t.cap || t.sent !== tokens[m.nameStart]!.sent) return false;
    if (NAMED_AFTER_PEOPLE.match(tokens, k)) return true;
  }
  return false;
}

/** "King Tarek II", "Pope Leo X": a monarch's or pope's one name, with the office before it. */
function regnalNames(text: string, tokens: Token[], consumed: Uint8Array, out: Mention[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const span = regnalAt(tokens, i);
    if (!span) continue;
    const mention = makeMention(text, tokens, span.nameStart, span.nameEnd, span.titleStart, span.titleEnd, null, null);
    mention.mononym = true;
    out.push(mention);
    consumed.fill(1, span.titleStart, span.nameEnd);
    i = span.nameEnd - 1;
  }
}

export function findMentions(text: string, tokens: Token[]): Mention[] {
  const consumed = new Uint8Array(tokens.length);
  let out: Mention[] = [];
  regnalNames(text, tokens, consumed, out);
  titleFirst(text, tokens, consumed, out);
  counterpartLists(text, tokens, consumed, out);
  counterpartNames(text, tokens, consumed, out);
  nameFirst(text, tokens, consumed, out);
  titleCountryLists(text, tokens, out);
  out = out.filter((m) => !namesSomethingElse(tokens, m));
  return out.sort((a, b) => a.nameStart - b.nameStart);
}
