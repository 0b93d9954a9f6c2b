// Principals written as an office, a pronoun or a delegation, and principals never named. Every
// text is invented for the test.
import { describe, expect, it } from "vitest";
import { fitsTitle } from "../src/extract/meetings/references.ts";
import { read, who } from "./fixtures/meetings.ts";

describe("an office written in place of a name", () => {
  it("is the host when the host holds it ('the minister', 'the CS')", () => {
    const m = read(
      "Cabinet Secretary Dr Wanja Mburu held back-to-back talks with three partners yesterday. First to call on the CS was Ambassador Elke Roth. " +
        "She was followed by Ambassador Min Seo-jin. In the third meeting, the director Tom Akers briefed the CS.",
      [["Wanja Mburu", "participant", "Environment Cabinet Secretary"], ["Elke Roth", "participant"], ["Min Seo-jin", "participant"], ["Tom Akers", "participant"]],
    );
    expect(who(m).map(([p]) => p)).toEqual([["Elke Roth", "Wanja Mburu"], ["Min Seo-jin", "Wanja Mburu"], ["Tom Akers", "Wanja Mburu"]]);
  });

  it("is the official of that country, or the guest, when the office says so", () => {
    const m = read(
      "Valdoria's Minister of Roads Teo Marsh and Oman's Minister of Transport Sayyid Fahd bin Said met on Saturday. " +
        "Later in the day, the Omani minister was received by Vice-President Lior Ben-Ami. " +
        "Earlier in the day, the visiting Minister called on Minister of State Asha Rao.",
      [
        ["Teo Marsh", "participant", "Minister of Roads"],
        ["Sayyid Fahd bin Said", "participant", "Minister of Transport"],
        ["Lior Ben-Ami", "participant", "Vice-President"],
        ["Asha Rao", "participant", "Minister of State"],
      ],
    );
    expect(who(m).map(([p]) => p)).toEqual([
      ["Sayyid Fahd bin Said", "Teo Marsh"],
      ["Lior Ben-Ami", "Sayyid Fahd bin Said"],
      ["Asha Rao", "Sayyid Fahd bin Said"],
    ]);
  });

  it("fits an office written short ('Deputy PM') or in another order", () => {
    expect(fitsTitle(["deputy", "PM"], "Deputy Prime Minister")).toBe(true);
    expect(fitsTitle(["CS"], "Environment and Forestry Cabinet Secretary")).toBe(true);
    expect(fitsTitle(["foreign", "minister"], "Minister of Foreign Affairs")).toBe(true);
    expect(fitsTitle(["prime", "minister"], "Minister of Finance")).toBe(false);
  });
});

describe("a principal the article does not name", () => {
  it("leaves the meeting with its named side, and is not paired with anyone named", () => {
    const m = read(
      "The Prime Minister spoke to the Prime Minister of Lumeria, Ana Kivi, this morning. " +
        "The Prime Minister later spoke to the Prime Minister of Norland, Bo Ekman.",
      [["Ana Kivi", "participant", "Prime Minister of Lumeria"], ["Bo Ekman", "participant", "Prime Minister of Norland"]],
    );
    expect(who(m)).toEqual([
      [["Ana Kivi"], []],
      [["Bo Ekman"], []],
    ]);
  });

  it("is a side of the meeting even without 'the' at the head of the story ('Kazakh President received')", () => {
    const m = read(
      "ASTANA. KAZINFORM – Kazakh President received today Deputy Prime Minister Eldar Aliyev. Minister Aigerim Sadykova took part in the meeting. " +
        "Later, Sadykova and Aliyev co-chaired the commission.",
      [["Eldar Aliyev", "participant", "Deputy Prime Minister"], ["Aigerim Sadykova", "participant", "Minister"]],
    );
    expect(who(m)).toEqual([
      [["Eldar Aliyev"], ["Aigerim Sadykova"]],
      [["Aigerim Sadykova", "Eldar Aliyev"], []],
    ]);
  });

  it("is the delegation's leader when the delegation meets", () => {
    const m = read(
      "Minister Dev Prasad received on Sunday a delegation led by Senator Ida Munk. Earlier on Sunday, the delegation was received by the Prime Minister.",
      [["Dev Prasad", "participant"], ["Ida Munk", "participant"]],
    );
    expect(who(m)).toEqual([
      [["Dev Prasad", "Ida Munk"], []],
      [["Ida Munk"], []],
    ]);
  });
});

describe("pronouns", () => {
  it("read 'she also held a video call' as the host's call", () => {
    const m = read("Envoy Mara Lind met Minister Paul Oyelowo. From Geneva, she also held a video call with Coordinator Ezgi Kaya.", [
      ["Mara Lind", "participant"],
      ["Paul Oyelowo", "participant"],
      ["Ezgi Kaya", "participant"],
    ]);
    expect(who(m).map(([p]) => p)).toEqual([["Mara Lind", "Paul Oyelowo"], ["Ezgi Kaya", "Mara Lind"]]);
  });
});

describe("names written short or split", () => {
  it("finds 'Dr. Amare', 'Ambassador Kang', a family name first and a name split by a line break", () => {
    const m = read(
      "The Senior Secretary Ruth Amina\nHaque met Ambassador Kang Min-ho. Later, Kang called on Smt.\nPriya Raman. Dr. Amare met Gao Feng.",
      [["Ruth Amina Haque", "participant"], ["Kang Min-ho", "participant"], ["Priya Raman", "participant"], ["Amare Wolde", "participant"], ["Gao Feng", "participant"]],
    );
    expect(who(m).map(([p]) => p)).toEqual([
      ["Kang Min-ho", "Ruth Amina Haque"],
      ["Kang Min-ho", "Priya Raman"],
      ["Amare Wolde", "Gao Feng"],
    ]);
  });
});
