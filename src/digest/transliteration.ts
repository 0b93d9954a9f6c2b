// Spellings of one name in Latin letters. Arabic, Persian, Russian or Korean names reach the
// press through different romanisations ("Mohammed"/"Muhammad", "Sergey"/"Sergei",
// "Yousuf"/"Yusuf"); a token's fold is the same for all of them, and different for different names.
//
// Two kinds of knowledge, both conservative:
// - general rules that change no name into another in the languages the press writes: doubled
//   letters, ou/oo = u, ee = i, ph = f, q = k, ck = k, x = ks, final -y/-iy/-ii = -i, final -ey =
//   -ei, final g = k (not after n: "Wang" stays), vowel + "ye" = vowel + "e" ("Aliyev" = "Aliev"),
//   a leading "ye" = "e" ("Yevgeny" = "Evgeny");
// - a lexicon of romanisations of common given names (src/lexicon/name-variants.json), for the
//   vowel changes a rule cannot make safely: "Mohammed"/"Muhammad" differ in o/u and a/e, but
//   a/e or o/u in general would join Maria and Marie, Amir and Omar.
//
// A phonetic code such as Double Metaphone was tried and left: it gives Hamid and Hamad, Hassan
// and Hussain, Amir and Omar, Maria and Mario, Said and Saad one code each, so two people would
// become one; these rules keep every such pair apart (tests/digest-names.test.ts).
import variants from "../lexicon/name-variants.json" with { type: "json" };

/** The rule-based fold of one lower-case ASCII token. */
export function foldByRules(token: string): string {
  let t = token;
  t = t.replace(/ph/g, "f").replace(/ck/g, "k").replace(/q/g, "k").replace(/x/g, "ks");
  t = t.replace(/^ye(?=[^aeiou])/, "e");
  t = t.replace(/([aeiou])ye/g, "$1e");
  t = t.replace(/ou/g, "u").replace(/oo/g, "u").replace(/ee/g, "i");
  t = t.replace(/([a-z])\1+/g, "$1"); // doubled letters, after the digraphs above made any new pairs
  t = t.replace(/(?<=.)(?:iy|ii|yi)$/, "i").replace(/(?<=[^aeiouy])y$/, "i").replace(/(?<=.)ey$/, "ei").replace(/(?<=.)ay$/, "ai");
  t = t.replace(/(?<=[^n])g$/, "k");
  t = t.replace(/uei$/, "ui");
  return t.replace(/([a-z])\1+/g, "$1");
}

const groupOf = buildGroups(variants.groups);

function buildGroups(groups: string[][]): Map<string, string> {
  const map = new Map<string, string>();
  for (const group of groups) {
    const name = foldByRules(group[0]!);
    for (const spelling of group) {
      const folded = foldByRules(spelling);
      const taken = map.get(folded);
      if (taken !== undefined && taken !== name) {
        throw new Error(`name-variants.json: "${spelling}" is in the groups of both "${taken}" and "${name}"`);
      }
      map.set(folded, name);
    }
  }
  return map;
}

/** The fold of a lower-case ASCII token: equal for romanisations of one name. */
export function foldToken(token: string): string {
  const byRules = foldByRules(token);
  return groupOf.get(byRules) ?? byRules;
}

/**
 * Folds a name's tokens, with the Arabic article and patronymic written as one: "Abd al-Aziz",
 * "Abdel Aziz" and "Abdul Aziz" all give "abdul aziz"; "ibn" is "bin", "binti"/"bte" is "bint",
 * "el" is "al".
 */
export function foldTokens(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (token === "abd" && next !== undefined && /^(?:al|el|ul|ol)$/.test(next)) {
      out.push(foldToken("abdul"));
      i++;
      continue;
    }
    out.push(foldToken(PARTICLES.get(token) ?? (token === "ben" && i > 0 ? "bin" : token)));
  }
  return out;
}

const PARTICLES = new Map([
  ["ibn", "bin"],
  ["bn", "bin"],
  ["binti", "bint"],
  ["bte", "bint"],
  ["el", "al"],
]);
