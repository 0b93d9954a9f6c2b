// The officials grammar does a bounded amount of work per token on any input, so extraction time
// grows linearly with the text. Work is counted, not timed: every read of a token by the grammar
// goes through a counting proxy, and the count per token must stay flat as the input doubles.
import { describe, expect, it } from "vitest";
import { latinOfficials } from "../src/extract/officials/index.ts";
import { tokenize, type Token } from "../src/extract/officials/tokens.ts";

function work(text: string): { reads: number; tokens: number } {
  const tokens = tokenize(text);
  let reads = 0;
  const counted = new Proxy(tokens, {
    get(target, key, receiver) {
      if (typeof key === "string" && key.length > 0 && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) reads++;
      return Reflect.get(target, key, receiver);
    },
  }) as Token[];
  latinOfficials(text, counted);
  return { reads, tokens: tokens.length };
}

const ADVERSARIAL: Record<string, string> = {
  "honorifics without end": "H.E. ",
  "an office word without end": "Minister ",
  "titles of titles": "Minister of Foreign Affairs of ",
  "office and organisation words": "Chairman Board ",
  "a portfolio list with no name": "Minister for Trade, ",
  "titled names in one sentence": "Minister Ali Khan ",
  "names and commas": "Ali Khan, Minister, ",
  "names joined by and": "Sara Malik and ",
  "brackets that never close": "Minister ( ",
  "forms of address and initials": "Dr. S. K. ",
  "capitals": "ALI RAZA ",
  "particles": "de la van der bin ",
  "a delegation list": "accompanied by Senior Secretary Rokeya Sultana, ",
  "surnames after a name": "Minister Ana Lima met Lima. Lima said Lima. ",
  counterparts: "Minister Ana Lima met her Bolivian counterpart, Juan Quispe. ",
  "counterparts of people with names of their own": "his counterpart, Aaron Baker Cole, ",
};

describe("officials grammar work per token", () => {
  it.each(Object.entries(ADVERSARIAL))("stays flat on %s", (_name, unit) => {
    const small = work(unit.repeat(2000));
    const large = work(unit.repeat(4000));
    const perToken = large.reads / large.tokens;
    expect(perToken).toBeLessThan(400);
    // Twice the text, about twice the work: a quadratic path would give four times.
    expect(large.reads / small.reads).toBeLessThan(2.3);
  });

  it.each([
    ["counterparts with names of their own", (name: string) => `Minister Ana Lima met her counterpart, ${name}. `],
    ["titled people with names of their own", (name: string) => `Ambassador ${name} met Minister ${name.split(" ")[0]} Lima. `],
    ["people who share a given name", (name: string) => `Minister Ali ${name.split(" ")[1]} said so, `],
  ])("stays flat on %s", (_name, unit) => {
    const text = (n: number) => Array.from({ length: n }, (_, i) => unit(inventedName(i))).join("");
    const small = work(text(1000));
    const large = work(text(2000));
    expect(large.reads / large.tokens).toBeLessThan(400);
    expect(large.reads / small.reads).toBeLessThan(2.3);
  });

  it("does ordinary work on an ordinary article", () => {
    const article =
      "Minister for Water Resources Tomasz Keller met the Ambassador of Chile, Inés Varela Roca, on Monday. " +
      "The meeting was attended by Director General Hana Lutz and Joint Secretary Arjun Mehta Rao. ";
    const { reads, tokens } = work(article.repeat(50));
    expect(reads / tokens).toBeLessThan(400);
  });
});

/** A distinct invented two-word name for each number: "Bacad Cabed", "Bacaf Cabef", ... */
function inventedName(i: number): string {
  const letters = "bcdfghjklmnprstvz";
  let word = "";
  for (let n = i + 1; n > 0; n = Math.floor(n / letters.length)) word += letters[n % letters.length] + "a";
  const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  return `${cap(word)}ron ${cap([...word].reverse().join(""))}ski`;
}
