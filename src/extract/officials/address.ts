// Forms of address and honours around a name, which are never part of it:
//   before  "H.E. Dr.", "Rt Hon.", "the Honourable", "Chief (Mrs)", "Tan Sri Dato' Sri",
//           "Pehin Orang Kaya Pekerma Dewa Dato Seri Setia Awang Haji", "Brig. Gen. (Retd)", "His Excellency, Engr."
//   after   "MP", "CMG OBE", ", SAN,", ", mni,", "(PhD)", and a US lawmaker's party and state "(R-Okla.)"
// Some forms of address also say the office ("Sen." is a senator): addressTitle writes it out.
import type { Token } from "./tokens.ts";
import * as lexicon from "./lexicon.ts";
import { MAX_HONORIFIC_TOKENS } from "./limits.ts";
// Imported bindings are read through accessors once transpiled; the hot loops below use local copies.
const { ADDRESS_TITLES, CHAIN_WORDS, HONORIFICS, POST_NOMINALS } = lexicon;

const RETIRED = /^(?:r|retd|rtd|retired)$/;
const APOSTROPHE = /^['’]$/;

/** Length of one form of address at i ("H.E.", "Rt Hon.", "(Mrs)"), or 0. */
export function honorificAt(tokens: Token[], i: number): number {
  const t = tokens[i];
  // "He" the pronoun is not "HE" the honorific.
  if (!t || t.text === "He") return 0;
  if (t.text === "(") {
    // "Chief (Mrs) Ngozi", "Sen. (Engr.) David": a form of address in brackets.
    const inner = HONORIFICS.match(tokens, i + 1)?.length ?? 0;
    return inner > 0 && tokens[i + 1 + inner]?.text === ")" ? inner + 2 : 0;
  }
  return (t.honorific ??= HONORIFICS.match(tokens, i)?.length ?? 0);
}

/** Length of a retired mark "(R)", "(retd)", "(Retd.)" at j, or 0. */
export function retiredMarkAt(tokens: Token[], j: number): number {
  if (tokens[j]?.text !== "(" || !RETIRED.test(tokens[j + 1]?.key ?? "")) return 0;
  if (tokens[j + 2]?.text === ")") return 3;
  return tokens[j + 2]?.text === "." && tokens[j + 3]?.text === ")" ? 4 : 0;
}

/** The index after every form of address starting at i (i itself when there is none). */
export function skipHonorifics(tokens: Token[], i: number): number {
  let j = i;
  let afterHonorific = false;
  for (;;) {
    if (j - i >= MAX_HONORIFIC_TOKENS) return j;
    const t = tokens[j];
    if (!t) return j;
    const n = honorificAt(tokens, j);
    if (n > 0) {
      j += n;
      // "Dato' Sri": the apostrophe of the Malay title.
      if (APOSTROPHE.test(tokens[j]?.text ?? "")) j++;
      // "His Excellency, Engr. Abdullahi Sule": a comma between forms of address, or before the name.
      if (tokens[j]?.text === "," && (honorificAt(tokens, j + 1) > 0 || tokens[j + 1]?.cap === true)) j++;
      afterHonorific = true;
      continue;
    }
    // "Dato Paduka Seri Setia", "Pehin Orang Kaya Pekerma Dewa": words of a title chain.
    if (afterHonorific && t.kind === "word" && t.cap && CHAIN_WORDS.has(t.key)) {
      j++;
      if (APOSTROPHE.test(tokens[j]?.text ?? "")) j++;
      continue;
    }
    // "Maj Gen (R)", "Lt Gen (retd)": the retired mark after a rank.
    const retired = afterHonorific ? retiredMarkAt(tokens, j) : 0;
    if (retired > 0) {
      j += retired;
      continue;
    }
    // "the Rt Hon Aroha ...", "Senator the Hon. Declan ...": "the" before a form of address.
    if (t.key === "the" && honorificAt(tokens, j + 1) > 0) {
      j++;
      continue;
    }
    return j;
  }
}

/** "(R-Okla.)", "(D-Calif.)": a US lawmaker's party and state. */
const PARTY_STATE = /^[DRI]-\p{Lu}/u;

/** The index after the honours written after a name ending at ne: "CMG OBE", ", SAN", "(PhD)", "(R-Okla.)". */
export function postNominalsEnd(tokens: Token[], ne: number): number {
  let k = ne;
  for (let steps = 0; steps < 8; steps++) {
    const t = tokens[k];
    if (!t) break;
    if (isPostNominal(t)) {
      k++;
      continue;
    }
    const next = tokens[k + 1];
    if (t.text === "," && next && isPostNominal(next)) {
      k += 2;
      continue;
    }
    if (t.text === "(" && next && (isPostNominal(next) || PARTY_STATE.test(next.text))) {
      let close = k + 2;
      if (tokens[close]?.text === ".") close++;
      if (tokens[close]?.text === ")") {
        k = close + 1;
        continue;
      }
    }
    break;
  }
  return k;
}

export function isPostNominal(t: Token): boolean {
  return t.kind === "word" && POST_NOMINALS.has(t.text.endsWith(".") ? t.text.slice(0, -1) : t.text);
}

/** The office a form of address in [from, to) names ("Sen." → "Senator"), or null. */
export function addressTitle(tokens: Token[], from: number, to: number): string | null {
  for (let j = from; j < to; j++) {
    const t = tokens[j];
    if (t?.kind !== "word") continue;
    const title = ADDRESS_TITLES.get(t.key);
    if (title) return title;
  }
  return null;
}
