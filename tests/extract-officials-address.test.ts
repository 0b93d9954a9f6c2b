// Forms of address, honorifics, ranks and honours are never part of a name (all names invented).
import { describe, expect, it } from "vitest";
import { extractOfficials } from "../src/extract/officials/index.ts";

const names = (text: string) => extractOfficials(text).map((o) => o.name);
const byName = (text: string) => Object.fromEntries(extractOfficials(text).map((o) => [o.name, o]));

describe("forms of address before a name", () => {
  it.each([
    ["Shri", "The Union Minister of Coal, Shri Devendra Kumar Paswal, met the delegation."],
    ["Smt.", "Minister of State Smt. Devika Rani Kothari met the delegation."],
    ["Hon.", "Minister of Lands Hon. Devendra Kumar Paswal met the delegation."],
    ["Rt Hon.", "The Minister met the Rt Hon. Devendra Kumar Paswal MP on Monday."],
    ["the Honourable", "Today, the Honourable Devendra Kumar Paswal, Minister of Trade, met the delegation."],
    ["Senator the Hon.", "Senator the Hon. Devendra Kumar Paswal, Assistant Minister for Trade, also joined the meeting."],
    ["H.H.", "H.H. Sheikh Devendra bin Kumar Paswal, Deputy Chairman of the Council, received the delegation."],
    ["HRH", "HRH Prince Devendra bin Kumar Paswal, Minister of State, received the delegation."],
    ["His Excellency", "The minister met His Excellency Mr. Devendra Kumar Paswal, Ambassador of Chile."],
    ["Alhaji", "The delegation was led by its President, Alhaji Devendra Kumar Paswal, on Monday."],
    ["Chief (Mrs)", "The delegation included its Treasurer, Chief (Mrs) Devika Rani Kothari."],
    ["Comrade", "Party Secretary General Comrade Devendra Kumar Paswal received the delegation."],
    ["Cde", "The Minister of Lands, Cde Devendra Kumar Paswal, met the delegation."],
    ["Ato", "The Commissioner met Finance Minister Ato Devendra Kumar Paswal at the ministry."],
    ["Madam", "The meeting was attended by the Deputy Minister, Madam Devika Rani Kothari."],
    ["Mawlawi", "The Afghan side was led by acting Minister of Mines Mawlawi Devendra Kumar Paswal."],
    ["Mufti", "Mufti Devendra Kumar Paswal, deputy head of the Railway Authority, also took part in the meeting."],
    ["Atty.", "Senate Secretary Atty. Devendra Kumar Paswal was also present."],
    ["Barr.", "The Permanent Secretary, Barr. Devika Rani Kothari, was also present."],
    ["Engr.", "The Director-General, Engr. Devendra Kumar Paswal, was also present."],
    ["Arch.", "The Permanent Secretary, Arch. Devika Rani Kothari, was also present."],
    ["Gen. (Retd)", "The Minister met the Deputy Prime Minister, Gen. (Retd) Devendra Kumar Paswal, on Tuesday."],
    ["Brig.", "Also in attendance was Land Force Commander Brig. Devendra Kumar Paswal."],
    ["Air Chief Marshal", "The Minister of Industry, Air Chief Marshal (Retd) Devendra Kumar Paswal, met the delegation."],
  ])("strips %s", (_form, text) => {
    expect(names(text)).toContain(text.includes("Devika") ? "Devika Rani Kothari" : text.includes("bin") ? (text.includes("Sheikh") ? "Sheikh Devendra bin Kumar Paswal" : "Devendra bin Kumar Paswal") : "Devendra Kumar Paswal");
  });

  it("strips a Malay title chain and a leading Haji, but keeps Haji inside the patronymic", () => {
    expect(names("The Minister received Tan Sri Dato' Sri Devendra bin Haji Kumar, Chairman of Sawit Jaya Berhad.")).toContain("Devendra bin Haji Kumar");
    expect(names("The Minister received Datuk Seri Devika binti Rani, Secretary-General of the Ministry.")).toContain("Devika binti Rani");
    expect(
      names(
        "The Sultan received Pehin Orang Kaya Pekerma Dewa Dato Seri Setia Awang Haji Devendra bin Haji Kumar, Minister of Foreign Affairs II, today.",
      ),
    ).toContain("Devendra bin Haji Kumar");
    expect(names("Present was the Permanent Secretary, Dayang Hajah Devika binti Haji Rani.")).toContain("Devika binti Haji Rani");
  });

  it("keeps Sheikh, Sheikha and Sayyid, which belong to the name", () => {
    expect(names("H.E. Sheikha Devika bint Rani Al Kothari, Minister of State, attended the meeting.")).toContain("Sheikha Devika bint Rani Al Kothari");
    expect(names("Minister of Transport H.H. Sayyid Devendra bin Kumar Al Paswal met the delegation.")).toContain("Sayyid Devendra bin Kumar Al Paswal");
  });
});

describe("honours after a name", () => {
  it.each([
    ["MP", "The Minister met the Rt Hon. Devendra Kumar Paswal MP, Minister for Development, on Monday."],
    ["CMG OBE", "The meeting was attended by Devendra Kumar Paswal CMG OBE, British Ambassador to Chile."],
    ["KCMG KC", "The Minister received a call from Sir Devendra Kumar Paswal KCMG KC, the Special Envoy for the Region."],
    ["MNA", "The Minister received a delegation led by Devendra Kumar Paswal MNA, Chairman of the Friendship Group."],
    [", SAN,", "The Minister met the Chamber's Legal Adviser, Chief Devendra Kumar Paswal, SAN, on Monday."],
    [", mni,", "The delegation was led by its President, Alhaji Devendra Kumar Paswal, mni, who spoke first."],
    [", PhD", "The meeting was attended by the Special Envoy, Devendra Kumar Paswal, PhD, and others."],
    ["(PhD)", "The Commissioner met Finance Minister Ato Devendra Kumar Paswal (PhD) at the ministry."],
    [", FNSE", "The Chairman of the Committee, Engr. Devendra Kumar Paswal, FNSE; the Treasurer, Mr Arun Lal Desai."],
    ["AO", "Later, Mr. Devendra Kumar Paswal AO, Chairman of Perth-based Tallow Minerals Ltd, called on the Minister."],
  ])("strips %s", (_form, text) => {
    expect(names(text)).toContain("Devendra Kumar Paswal");
  });

  it("keeps a later appositive office after the honours", () => {
    const o = byName("The meeting was attended by Devendra Kumar Paswal CMG OBE, British Ambassador to Chile.")["Devendra Kumar Paswal"];
    expect(o?.title).toBe("British Ambassador to Chile");
  });
});

describe("forms of address that say the office", () => {
  it("writes out Sen. and Rep. as the title when no other is given", () => {
    const o = byName("The delegation was led by Sen. Devendra K. Paswal (R-Okla.) and included Rep. Devika Rani Kothari (D-Md.).");
    expect(o["Devendra K. Paswal"]?.title).toBe("Senator");
    expect(o["Devika Rani Kothari"]?.title).toBe("Representative");
  });
});

describe("forms of address of the Gulf courts", () => {
  it("reads 'His Highness the Amir' as a form of address and 'Sheikh Dr' inside a name", () => {
    const o = byName(
      "His Highness the Amir Sheikh Jabir Al-Salem Al-Sabah received the envoys. The ceremony was attended by Minister of Foreign Affairs Sheikh Dr Nasser Fahad Al-Mutairi.",
    );
    expect(Object.keys(o).sort()).toEqual(["Sheikh Jabir Al-Salem Al-Sabah", "Sheikh Nasser Fahad Al-Mutairi"]);
    expect(o["Sheikh Nasser Fahad Al-Mutairi"]?.title).toBe("Minister of Foreign Affairs");
  });
});
