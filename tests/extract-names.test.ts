import { describe, expect, it } from "vitest";
import { tokenize } from "../src/extract/officials/tokens.ts";
import { foldWord, isSubName, nameRunEnd, nameText } from "../src/extract/officials/names.ts";

function nameAt(text: string, word: string): string {
  const tokens = tokenize(text);
  const i = tokens.findIndex((t) => t.text === word);
  return nameText(tokens, i, nameRunEnd(tokens, i));
}

describe("names grammar", () => {
  it("keeps hyphens, apostrophes, particles and name parts", () => {
    expect(nameAt("met Faisal bin Abdulrahman Al-Mutairi today", "Faisal")).toBe("Faisal bin Abdulrahman Al-Mutairi");
    expect(nameAt("with Sean O'Connell on Monday", "Sean")).toBe("Sean O'Connell");
    expect(nameAt("with Syed Amin ul Haque and others", "Syed")).toBe("Syed Amin ul Haque");
    expect(nameAt("by Md. Rafiq Hasan said", "Md.")).toBe("Md. Rafiq Hasan");
    expect(nameAt("Ambassador Nawaf bin Said Al-Harthy met", "Nawaf")).toBe("Nawaf bin Said Al-Harthy");
    expect(nameAt("Ambassador Hamad Obaid Ibrahim Salem Al-Zaabi met", "Hamad")).toBe("Hamad Obaid Ibrahim Salem Al-Zaabi");
  });

  it("keeps middle and leading initials but never ends a name on one", () => {
    expect(nameAt("Ambassador Daniel R. Whitman met", "Daniel")).toBe("Daniel R. Whitman");
    expect(nameAt("Cabinet Secretary K. R. Menon said", "K.")).toBe("K. R. Menon");
    expect(nameAt("met Ali R. on Monday", "Ali")).toBe("Ali");
    expect(nameAt("led by Farid S Qadri, Country Director", "Farid")).toBe("Farid S Qadri");
  });

  it("stops at office words, weekdays and lower-case words", () => {
    expect(nameAt("Ali Raza Khan Tuesday met", "Ali")).toBe("Ali Raza Khan");
    expect(nameAt("Sara Malik and Chairman PTA", "Sara")).toBe("Sara Malik");
    expect(nameAt("Nadia Okoro Federal Minister", "Nadia")).toBe("Nadia Okoro");
  });

  it("writes a surname in capitals in title case, but leaves acronyms out", () => {
    expect(nameAt("Ambassador Kenji TANAKA said", "Kenji")).toBe("Kenji Tanaka");
    expect(nameAt("Ali Hassan PTA said", "Ali")).toBe("Ali Hassan");
  });

  it("matches short forms word by word, ignoring case and diacritics", () => {
    const full = "Mehmet Ali Yıldırım".split(" ").map(foldWord);
    expect(isSubName(["yildirim"], full)).toBe(true);
    expect(isSubName(["mehmet", "yildirim"], full)).toBe(true);
    expect(isSubName(["ali", "mehmet"], full)).toBe(false);
    expect(foldWord("Mohammad")).toBe(foldWord("Muhammad"));
    expect(foldWord("Md.")).toBe(foldWord("Mohammed"));
  });
});

describe("tokenizer", () => {
  it("keeps abbreviations whole and splits possessives", () => {
    const texts = tokenize("H.E. Dr. Ali's visit to the U.S. ended.").map((t) => t.text);
    expect(texts).toEqual(["H.E.", "Dr.", "Ali", "'s", "visit", "to", "the", "U.S.", "ended", "."]);
  });

  it("splits '-led' and '-based' off a name", () => {
    expect(tokenize("a Sara Malik-led team of a US-based firm.").map((t) => t.text)).toEqual([
      "a", "Sara", "Malik", "-led", "team", "of", "a", "US", "-based", "firm", ".",
    ]);
  });

  it("numbers sentences across full stops and paragraph breaks, not across single newlines, without gaps", () => {
    const sents = tokenize("One two.\nThree\nfour.\n\nFive").map((t) => t.sent);
    expect(sents).toEqual([0, 0, 0, 1, 1, 1, 1, 2]);
  });
});

describe("names grammar for the world's press", () => {
  it("reads Spanish, Portuguese, Dutch and German particles, also in chains and at a sentence start", () => {
    expect(nameAt("met Ignacio Ruiz de la Cuesta y Llamas today", "Ignacio")).toBe("Ignacio Ruiz de la Cuesta y Llamas");
    expect(nameAt("met Marta Inés de los Ríos-Vela today", "Marta")).toBe("Marta Inés de los Ríos-Vela");
    expect(nameAt("met Paulo dos Anjos da Silveira today", "Paulo")).toBe("Paulo dos Anjos da Silveira");
    expect(nameAt("met Femke van der Hoeven today", "Femke")).toBe("Femke van der Hoeven");
    expect(nameAt("Van der Hoeven said the plan was ready.", "Van")).toBe("Van der Hoeven");
    expect(nameAt("De los Ríos-Vela said the plan was ready.", "De")).toBe("De los Ríos-Vela");
  });

  it("keeps Haji inside a Malay patronymic and never ends a name on a particle", () => {
    expect(nameAt("met Rahim bin Haji Osman today", "Rahim")).toBe("Rahim bin Haji Osman");
    expect(nameAt("met Fahd bin Talal Al Said, the envoy", "Fahd")).toBe("Fahd bin Talal Al Said");
    expect(nameAt("with Omar Al, the envoy", "Omar")).toBe("Omar");
  });

  it("reads a bare initial inside a sentence but not 'A' opening one", () => {
    expect(nameAt("Deputy Minister Hon. K Velan said", "K")).toBe("K Velan");
    expect(nameAt("A Pakistani delegation arrived", "A")).toBe("");
  });

  it("leaves honours in capitals out of a name", () => {
    expect(nameAt("led by Imran Qadir Joya MNA, Chairman", "Imran")).toBe("Imran Qadir Joya");
    expect(nameAt("attended by Tobias Wren-Carter CMG OBE, Ambassador", "Tobias")).toBe("Tobias Wren-Carter");
  });

  it("keeps a nickname in quotes and two given names run together", () => {
    expect(nameAt('led by Senator Ramon "Bong" Dizon Jr. today', "Ramon")).toBe('Ramon " Bong " Dizon Jr.');
    expect(nameAt("Ambassador MaryAnne Koval said", "MaryAnne")).toBe("MaryAnne Koval");
  });
});

describe("names in capitals", () => {
  it("reads a name in capitals after a form of address, particles in lower case", async () => {
    const { extractOfficials } = await import("../src/extract/officials/index.ts");
    const people = extractOfficials(
      "The first call was paid by HIS EXCELLENCY MR JOOST VAN DER MEULEN, Ambassador of the Netherlands. " +
        "It was followed by a call from HER EXCELLENCY MRS ANA LUISA DOS SANTOS, Ambassador of Angola, and HIS EXCELLENCY MR IAN FORBES-KERR CMG, High Commissioner.",
    );
    expect(people.map((o) => [o.name, o.title, o.role])).toEqual([
      ["Joost van der Meulen", "Ambassador of the Netherlands", "participant"],
      ["Ana Luisa dos Santos", "Ambassador of Angola", "participant"],
      ["Ian Forbes-Kerr", "High Commissioner", "participant"],
    ]);
  });

  it("never reads an office or an organisation in capitals as a name", async () => {
    const { extractOfficials } = await import("../src/extract/officials/index.ts");
    expect(extractOfficials("MINISTRY OF FOREIGN AFFAIRS\nPRESS RELEASE\n\nH.E. MINISTER OF FOREIGN AFFAIRS received the envoy.")).toEqual([]);
  });
});
