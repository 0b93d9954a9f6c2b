// The kind of office a title names, for the search filter "role": "Minister", "Ambassador or
// envoy", "Secretary" ... The first head word of the title decides ("Secretary of the Ministry" is
// a Secretary, "Deputy Minister of Trade" a Minister); longer heads win over shorter ones at one place.
import kinds from "../lexicon/office-kinds.json" with { type: "json" };

const heads: { words: string[]; label: string }[] = kinds.kinds
  .flatMap((k) => k.heads.map((h) => ({ words: h.toLowerCase().split(/\s+/), label: k.label })))
  .sort((a, b) => b.words.length - a.words.length);

const HEAD_OF_STATE = "Head of state or government";
const HEAD_OF_BODY = "Head of an organisation";

const firstWords = new Set(heads.map((h) => h.words[0]!));

/** The kind of office `title` names, or null when none of its words is a known head. */
export function officeKind(title: string | null | undefined): string | null {
  if (!title) return null;
  const words = title.toLowerCase().split(/[\s,()]+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    if (!firstWords.has(words[i]!)) continue;
    for (const head of heads) {
      if (head.words.every((w, k) => words[i + k] === w)) {
        // "President of the Chamber", "Vice President for Regulatory Affairs": heads of a body, not of a state.
        const rest = words.slice(i + head.words.length, i + head.words.length + 3).join(" ");
        if (head.label === HEAD_OF_STATE && /^(?:of the (?!republic|kingdom|state|sultanate|union)|for |at )/.test(rest)) return HEAD_OF_BODY;
        return head.label;
      }
    }
  }
  return null;
}
