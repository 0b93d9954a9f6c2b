// What a spelling of a person's name says about who it may be: its words without forms of
// address and royal or religious prefixes ("HRH Prince", "Sheikh", "Sayyid", "Dr", "Engr"),
// folded so that romanisations of one name compare equal (transliteration.ts), run together so
// that "Ji-won"/"Jiwon" and "Abdul Aziz"/"Abdulaziz" do, and, for a name that may put the family
// name first ("TANAKA Hiroko", "Park Min-jun"), the same in the other order.
import anyAscii from "any-ascii";
import familyNames from "../lexicon/family-names-first.json" with { type: "json" };
import honorifics from "../lexicon/honorifics.json" with { type: "json" };
import { nameKey, nameTokens } from "./names.ts";
import { foldTokens } from "./transliteration.ts";

export interface NameForm {
  /** The exact-spelling key (case, diacritics and punctuation aside). */
  key: string;
  tokens: string[];
  /** Forms of address and prefixes taken off the front or the end ("sheikh", "hrh prince", "mp"). */
  address: string[];
  /** The name's own words, lower case. */
  core: string[];
  /** The core with each word folded (transliteration.ts). */
  folded: string[];
  /** The folded words run together: spellings with equal `joined` are one name. */
  joined: string;
  /** The core words run together, unfolded: tells a romanisation ("Mohammed"/"Muhammad") from a word break ("Ji-won"/"Jiwon"). */
  plain: string;
  /** `joined` with the family name moved to the other end, when the name may be written family name first. */
  rotated: string | null;
  /** `plain` in that other order. */
  rotatedPlain: string | null;
  /** Why `rotated` is given: the family name in capitals, or a common family name of a family-name-first language. */
  familyFirst: "capitals" | "family-name" | null;
}

/**
 * Forms of address, ranks, and the royal, religious and lineage prefixes the extractor keeps as
 * part of a name (the press writes "Sheikh Hamad bin Khalid" and "Hamad bin Khalid" for one
 * man). Given names that double as titles (Amir, Sultan, Malik, Raja, Mirza) are not here.
 */
const PREFIXES = [
  ...honorifics.honorifics,
  "Syed", "Sayed", "Sayyid", "Sayyed", "Seyed", "Seyyed", "Syeda", "Sayyida", "Sheikh", "Shaikh", "Sheikha", "Shaikha",
  "Rana", "Haji", "Hajji", "Hajja", "Hajjah", "Hajah", "Alhaji", "Alhaja", "Mawlawi", "Maulvi", "Mullah", "Mufti", "Maulana",
  "Allama", "Imam", "Ayatollah", "Hojatoleslam", "Shri", "Sri", "Smt", "Shrimati", "Kumari", "Dato Sri", "Datuk Seri",
  "Dato Seri", "Dato Seri Setia", "Tun", "Toh Puan", "Puan", "Encik", "Pehin", "Awang", "Dayang", "Yang Berhormat",
  "Yang Amat Berhormat", "YB", "YAB", "Chief", "Cde", "Comrade", "Ato", "Atty", "Barr", "Arch", "Sen", "Rep", "Rt Hon",
  "Right Honourable", "The Right Honourable", "Crown Prince", "King", "Queen", "Emir", "Sultan Haji", "His Majesty",
  "Her Majesty", "Monsignor", "Father", "Pastor", "Bishop", "Archbishop", "Cardinal", "Rabbi",
];
const POSTNOMINALS = ["mp", "mna", "mpa", "mla", "obe", "mbe", "cbe", "cmg", "kcmg", "gcmg", "kc", "qc", "san", "ao", "ac", "mni", "fnse", "phd", "retd", "rtd"];

const prefixSequences = [...new Set(PREFIXES.map((p) => nameTokens(p).join(" ")).filter((p) => p))]
  .map((p) => p.split(" "))
  .sort((a, b) => b.length - a.length);
const postnominals = new Set(POSTNOMINALS);
const formsOfAddress = new Set(honorifics.honorifics.map((h) => nameTokens(h).join(" ")));

/** How many forms of address (not lineage or religious name parts such as Sheikh, Syed) a spelling carries. */
export function honorificCount(form: NameForm): number {
  return form.address.filter((a) => formsOfAddress.has(a) || postnominals.has(a)).length;
}
const familyFirstNames = new Set([...familyNames.chinese, ...familyNames.korean, ...familyNames.japanese, ...familyNames.vietnamese]);

/** Takes forms of address off both ends, keeping at least one word of the name. */
function stripAddress(tokens: string[]): { address: string[]; start: number; end: number } {
  const address: string[] = [];
  let start = 0;
  let end = tokens.length;
  for (let again = true; again; ) {
    again = false;
    for (const seq of prefixSequences) {
      if (end - start > seq.length && seq.every((t, i) => tokens[start + i] === t)) {
        address.push(seq.join(" "));
        start += seq.length;
        again = true;
        break;
      }
    }
  }
  while (end - start > 1 && postnominals.has(tokens[end - 1]!)) address.push(tokens[--end]!);
  return { address, start, end };
}

/** The name's words as written (split at spaces), each with its tokens: "Seok-ho" is one word of two tokens. */
function writtenWords(name: string): { written: string; tokens: string[] }[] {
  return anyAscii(name.normalize("NFC"))
    .split(/\s+/)
    .map((written) => ({ written: written.replace(/[^A-Za-z0-9]+/g, ""), tokens: nameTokens(written) }))
    .filter((w) => w.tokens.length > 0);
}

const isCapitals = (word: string) => word.length >= 2 && /^[A-Z]+$/.test(word);

export function analyseName(name: string): NameForm {
  const tokens = nameTokens(name);
  const { address, start, end } = stripAddress(tokens);
  const core = tokens.slice(start, end);
  const folded = foldTokens(core);
  const joined = runTogether(folded);
  const { familyFirst, rotated, rotatedPlain } = otherOrder(name, start, end);
  return { key: nameKey(name), tokens, address, core, folded, joined, plain: runTogether(core), rotated, rotatedPlain, familyFirst };
}

/**
 * A name of two or three words may put the family name first: the word in capitals
 * ("TANAKA Hiroko"), or the one end that is a common family name of a family-name-first
 * language ("Park Min-jun", "Min-jun Park"). Gives the name run together in the other order.
 */
function otherOrder(name: string, start: number, end: number): Pick<NameForm, "familyFirst" | "rotated" | "rotatedPlain"> {
  const none = { familyFirst: null, rotated: null, rotatedPlain: null };
  const words: { written: string; tokens: string[]; folded: string[] }[] = [];
  let at = 0;
  for (const word of writtenWords(name)) {
    if (at >= start && at + word.tokens.length <= end) words.push({ ...word, folded: foldTokens(word.tokens) });
    at += word.tokens.length;
  }
  if (words.length < 2 || words.length > 3) return none;
  const inOrder = (list: typeof words) => ({
    rotated: runTogether(list.flatMap((w) => w.folded)),
    rotatedPlain: runTogether(list.flatMap((w) => w.tokens)),
  });
  const firstToLast = () => inOrder([...words.slice(1), words[0]!]);
  if (isCapitals(words[0]!.written) && !words.slice(1).every((w) => isCapitals(w.written))) {
    return { familyFirst: "capitals", ...firstToLast() };
  }
  const first = familyFirstNames.has(words[0]!.written.toLowerCase());
  const last = familyFirstNames.has(words[words.length - 1]!.written.toLowerCase());
  if (first === last) return none; // neither, or both ("Li Wei"/"Wei Li"): no telling which is the family name
  return { familyFirst: "family-name", ...(first ? firstToLast() : inOrder([words[words.length - 1]!, ...words.slice(0, -1)])) };
}

/** Words run together, with a letter doubled across a word boundary written once ("Sana Ullah" = "Sanaullah"). */
function runTogether(words: string[]): string {
  return words.join("").replace(/([a-z])\1+/g, "$1");
}
