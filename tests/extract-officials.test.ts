import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extractOfficials } from "../src/extract/officials/index.ts";

function byName(text: string) {
  return Object.fromEntries(extractOfficials(text).map((o) => [o.name, o]));
}

describe("extractOfficials: title patterns", () => {
  it("reads a title written before the name, honorifics and capitals handled", () => {
    const people = byName("Federal Minister for Energy Ali Raza Khan met the Ambassador of Japan, Kenji TANAKA, on Monday.");
    expect(Object.keys(people)).toEqual(["Ali Raza Khan", "Kenji Tanaka"]);
    expect(people["Ali Raza Khan"]!.title).toBe("Federal Minister for Energy");
    expect(people["Kenji Tanaka"]!.title).toBe("Ambassador of Japan");
    expect(people["Kenji Tanaka"]!.country).toBe("Japan");
  });

  it("reads an appositive title after the name, up to its closing comma", () => {
    const [first, second] = extractOfficials(
      "Minister for Trade Omar Farooq held talks with Ines Duarte, Head of the Market Access Section at the World Trade Organization, in Geneva.",
    );
    expect(first!.name).toBe("Omar Farooq");
    expect(second!.name).toBe("Ines Duarte");
    expect(second!.title).toBe("Head of the Market Access Section at the World Trade Organization");
    expect(second!.organization).toBe("World Trade Organization");
  });

  it("keeps an organisation set off by its own comma in the appositive office", () => {
    const people = extractOfficials("Minister Ali Khan met Nora Fiel, Country Director, Horizon Cloud Technologies, and Omar Latif, Director, PTA.");
    expect(people.map((o) => [o.name, o.title])).toEqual([
      ["Ali Khan", "Minister"],
      ["Nora Fiel", "Country Director, Horizon Cloud Technologies"],
      ["Omar Latif", "Director, PTA"],
    ]);
  });

  it("reads a title followed by an appositive name, dropping a possessive owner", () => {
    const [o] = extractOfficials("Nepal's Ambassador to Germany, Kamala Devi Thapa, was also present.");
    expect(o).toMatchObject({ name: "Kamala Devi Thapa", title: "Ambassador to Germany", country: "Nepal", role: "attendee" });
  });

  it("reads a lower-case office written after its organisation", () => {
    const people = extractOfficials("PTA chairman Maj Gen (retd) Kamal Anwar met NexaPay co-founder Rita Dsouza.");
    expect(people.map((o) => [o.name, o.title])).toEqual([
      ["Kamal Anwar", "PTA chairman"],
      ["Rita Dsouza", "NexaPay co-founder"],
    ]);
  });

  it("keeps an organisation with 'of' in its name before the office", () => {
    const [o] = extractOfficials("State Bank of Pakistan Governor Jameel Akhtar also attended the meeting.");
    expect(o).toMatchObject({ name: "Jameel Akhtar", title: "State Bank of Pakistan Governor", role: "attendee" });
  });

  it("reads a lower-case office and portfolio after a nationality", () => {
    const [, o] = extractOfficials("Commerce Secretary Jawad Anwar met the visiting Uzbek trade minister Laziz Karimov.");
    expect(o).toMatchObject({ name: "Laziz Karimov", title: "Uzbek trade minister", country: "Uzbekistan" });
  });

  it("stops a portfolio at the first word that is not an office word", () => {
    const [o] = extractOfficials("Chairman of the Senate Standing Committee on Finance and Revenue Tahir Saleem Qadri chaired the meeting.");
    expect(o).toMatchObject({ name: "Tahir Saleem Qadri", title: "Chairman of the Senate Standing Committee on Finance and Revenue" });
  });

  it("closes an unknown organisation at its organisation word", () => {
    const [o] = extractOfficials("Chairman of Brightwave Cloud Technologies Lin Hao called on the minister.");
    expect(o).toMatchObject({ name: "Lin Hao", title: "Chairman of Brightwave Cloud Technologies" });
  });

  it("tells an unknown organisation from the name after it when the article repeats the name", () => {
    const people = extractOfficials("CEO of Zentrix Ole Brandt met Prime Minister Muhammad Arif Sultan. Ole Brandt said Arif Sultan agreed.");
    expect(people.map((o) => [o.name, o.title])).toEqual([
      ["Ole Brandt", "CEO of Zentrix"],
      ["Muhammad Arif Sultan", "Prime Minister"],
    ]);
  });

  it("does not take the title of a person written after a clause for the next name", () => {
    const names = extractOfficials(
      "Minister for IT Rabia Anwar met US Ambassador Mark Ellis. In her talks with the US Ambassador, Rabia Anwar raised visas.",
    ).map((o) => o.name);
    expect(names).toEqual(["Rabia Anwar", "Mark Ellis"]);
  });
});

describe("extractOfficials: lists", () => {
  it("gives every name after a plural office that office in the singular", () => {
    const people = extractOfficials("The Prime Minister was accompanied by Federal Ministers Amir Latif and Sobia Karim.");
    expect(people.map((o) => [o.name, o.title, o.role])).toEqual([
      ["Amir Latif", "Federal Minister", "attendee"],
      ["Sobia Karim", "Federal Minister", "attendee"],
    ]);
  });

  it("reads past the country written after each name of the list", () => {
    const names = (text: string) => extractOfficials(text).map((o) => [o.name, o.title]);
    expect(names("Ministers Anna Berg (Sweden) and Jonas Lind (Norway) met in Oslo on Monday.")).toEqual([
      ["Anna Berg", "Minister"],
      ["Jonas Lind", "Minister"],
    ]);
    expect(names("Foreign Ministers Anna Berg of Sweden, Jonas Lind of Norway and Mari Virtanen of Finland met in Oslo.")).toEqual([
      ["Anna Berg", "Foreign Minister"],
      ["Jonas Lind", "Foreign Minister"],
      ["Mari Virtanen", "Foreign Minister"],
    ]);
  });
});

describe("extractOfficials: attendance lists", () => {
  it("reads an office in brackets after a name", () => {
    const people = extractOfficials("The meeting was attended by Ali Zafar (Chairman PTA) and Sara Iqbal (Member Telecom).");
    expect(people.map((o) => [o.name, o.title, o.role])).toEqual([
      ["Ali Zafar", "Chairman PTA", "attendee"],
      ["Sara Iqbal", "Member Telecom", "attendee"],
    ]);
  });

  it("gives each office in a list to the name after it, not to the name before the comma", () => {
    const people = extractOfficials("The meeting was attended by Omer Farooq, Secretary IT Sara Malik and Member Telecom Javed Iqbal.");
    expect(people.map((o) => [o.name, o.title])).toEqual([
      ["Omer Farooq", null],
      ["Sara Malik", "Secretary IT"],
      ["Javed Iqbal", "Member Telecom"],
    ]);
  });
});

describe("extractOfficials: legislators", () => {
  it("reads MP and MEP before a name as the office, and after it as an honour", () => {
    const titles = (text: string) => extractOfficials(text).map((o) => [o.name, o.title]);
    expect(titles("The minister met MEP Anna-Lena Voss and MP Daniel Okoth on Monday.")).toEqual([
      ["Anna-Lena Voss", "MEP"],
      ["Daniel Okoth", "MP"],
    ]);
    expect(titles("Foreign Minister Hon. Samuel Ablor Mensah, MP, received the envoy in Accra.")).toEqual([["Samuel Ablor Mensah", "Foreign Minister"]]);
  });
});

describe("extractOfficials: short forms and non-people", () => {
  it("takes a ministry named in its own language for no person", () => {
    expect(extractOfficials("Minister Ana Korvel met the ambassador in Berlin, the Auswärtiges Amt said.").map((o) => o.name)).toEqual(["Ana Korvel"]);
  });

  it("folds later short forms into the full name", () => {
    const text =
      "Federal Secretary for Health Syed Hamid Raza Naqvi met Country Director of UNICEF Anna Kowalczyk on Friday.\n\n" +
      "Ms. Kowalczyk praised the vaccination drive. Secretary Naqvi thanked her, and Syed Hamid said more centres would open.";
    expect(extractOfficials(text).map((o) => o.name)).toEqual(["Syed Hamid Raza Naqvi", "Anna Kowalczyk"]);
  });

  it("leaves a surname shared by two people unresolved instead of inventing a third", () => {
    const text =
      "Chairman of the Board of Investment Kamal Hussain and Director Trade Nadia Hussain met the delegation. Mr. Hussain said exports grew.";
    expect(extractOfficials(text).map((o) => o.name)).toEqual(["Kamal Hussain", "Nadia Hussain"]);
  });

  it("takes an untitled name when the sentence shows it meeting or speaking", () => {
    const people = extractOfficials("Rehana Baig met Tomas Novak in Prague. Novak said trade would grow, and Gwadar Port was discussed.");
    expect(people.map((o) => [o.name, o.title, o.role])).toEqual([
      ["Rehana Baig", null, "participant"],
      ["Tomas Novak", null, "participant"],
    ]);
  });

  it("takes no names from newspapers, parties or banks that 'said' something", () => {
    const text = "Minister Ali Khan met the delegation. Dawn News said the talks were cordial. Standard Chartered said the loan was approved. " +
      "Pakistan Peoples Party said it would protest.";
    expect(extractOfficials(text).map((o) => o.name)).toEqual(["Ali Khan"]);
  });

  it("takes no names from programmes, organisations or bare offices", () => {
    const text =
      "Under the Digital Nation Pakistan vision, the Prime Minister's Office said the Smart Pakistan Insights Network would grow.";
    expect(extractOfficials(text)).toEqual([]);
  });

  it("keeps name parts and particles but strips ranks and the retired mark", () => {
    const text = "Chairman PTA Maj Gen (R) Hafiz Ahmed Ur Rehman met H.E. Dr. Khalid bin Saad Al-Harbi, Deputy Minister of Communications of Saudi Arabia.";
    expect(extractOfficials(text).map((o) => o.name)).toEqual(["Hafiz Ahmed Ur Rehman", "Khalid bin Saad Al-Harbi"]);
  });

  it("keeps middle initials and diacritics, and joins a name broken over a line", () => {
    const names = extractOfficials("Minister for Science Daniel J.\nOkoro met Director Élise\nFontaine of the European Commission.").map((o) => o.name);
    expect(names).toEqual(["Daniel J. Okoro", "Élise Fontaine"]);
  });
});

describe("extractOfficials: the two seed articles", () => {
  const seed = (name: string) => readFileSync(new URL(`../seeds/${name}`, import.meta.url), "utf8");

  it("finds exactly the minister and the ITU Secretary-General in the undated seed", () => {
    const text = seed("000_6c42d4938e2a74b2.txt").replace(/\n?Follow the SPIN IDG WhatsApp Channel.*$/s, "");
    const officials = extractOfficials(text);
    // Each keeps the sentence it was read from, as a span of the text.
    for (const o of officials) {
      expect(o.evidence).not.toBeNull();
      expect(text.slice(o.evidence!.start, o.evidence!.end)).toBe(o.evidence!.text);
      expect(o.evidence!.text).toContain(o.name);
    }
    expect(officials.map(({ evidence: _evidence, ...o }) => o)).toEqual([
      {
        name: "Shaza Fatima Khawaja",
        title: "Federal Minister for IT & Telecommunication",
        organization: "Ministry of IT & Telecommunication",
        country: null,
        role: "participant",
      },
      {
        name: "Doreen Bogdan-Martin",
        title: "Secretary-General of International Telecommunication Union",
        organization: "International Telecommunication Union",
        country: null,
        role: "participant",
      },
    ]);
  });

  it("finds the two principals and three attendees of the dated seed, nothing else", () => {
    const text = seed("001_33365600aa446036.txt").replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, "");
    const got = extractOfficials(text).map((o) => [o.name, o.title, o.role]);
    expect(got).toEqual([
      ["Shaza Fatima Khawaja", "Minister of State for IT and Telecommunication", "participant"],
      ["Donald Blome", "US Ambassador to Pakistan", "participant"],
      ["Aisha Humera Moriani", "Additional Secretary MoITT", "attendee"],
      ["Syed Junaid Imam", "Member IT", "attendee"],
      ["Muhammad Jahanzeb Rahim", "Member Telecom", "attendee"],
    ]);
  });
});

describe("extractOfficials: Arabic and Malay patronymics", () => {
  it("never takes the father's name in a patronymic for a short form of the son", () => {
    const text =
      "His Highness Sheikh Faris bin Nasser Al Kaabi, Ruler of the Emirate, received the envoy. " +
      "In the presence of Sheikh Omar bin Faris bin Nasser Al Kaabi, Crown Prince, Sheikh Faris welcomed the envoy.";
    const people = extractOfficials(text).map((o) => [o.name, o.title]);
    expect(people).toContainEqual(["Sheikh Faris bin Nasser Al Kaabi", "Ruler of the Emirate"]);
    expect(people).toContainEqual(["Sheikh Omar bin Faris bin Nasser Al Kaabi", "Crown Prince"]);
  });

  it("folds the person's own words and the family name into the full name", () => {
    const text = "HE Dr. Rashid bin Hamad Al Suwaidi, Minister of State, chaired the meeting. HE Dr. Al Suwaidi thanked the envoys. Rashid said more.";
    expect(extractOfficials(text).map((o) => o.name)).toEqual(["Rashid bin Hamad Al Suwaidi"]);
  });
});

describe("extractOfficials: lists with a relative clause", () => {
  it("lets a trailing cue reach a name set off by a relative clause in the list", () => {
    const text =
      "Commissioner Jana Horak Vesela met the Deputy Chairperson. Kenya's Permanent Representative to the AU, Joseph Kiprono Rotich, who chairs the sub-committee on budgets, and the EU Ambassador to the AU, Eva Lind Strom, attended the talks.";
    const roles = Object.fromEntries(extractOfficials(text).map((o) => [o.name, o.role]));
    expect(roles["Joseph Kiprono Rotich"]).toBe("attendee");
    expect(roles["Eva Lind Strom"]).toBe("attendee");
  });
});

describe("extractOfficials: people with one name", () => {
  it("reads one name set off after a written-out office, but not a common given name or a bare office", () => {
    const text =
      "Minister Arief Santoso Wibowo received the delegation. The ministry's Deputy for Investment Promotion, Sulastri, also attended the meeting. " +
      "Present was the Ambassador of Indonesia to Malaysia Hadiwinoto. Minister Ahmed said the plan was ready. The Minister, Wibowo, thanked them.";
    expect(extractOfficials(text).map((o) => [o.name, o.title])).toEqual([
      ["Arief Santoso Wibowo", "Minister"],
      ["Sulastri", "Deputy for Investment Promotion"],
      ["Hadiwinoto", "Ambassador of Indonesia to Malaysia"],
    ]);
  });
});

describe("extractOfficials: names given to things", () => {
  it("gives no entry to foundations, universities, prizes, cups, buildings, roads and ships named after people", () => {
    const text =
      "Minister Tendai Rufaro Gumbo met Ambassador Ilse Marten Vogt. The Minister visited the Nelson Mandela Foundation and met Kwame Asante Foundation staff. " +
      "She later presented the Mbuya Nehanda Trophy and spoke of the Webb Ellis Cup. The envoy met Ahmadu Bello University staff at the Shehu Musa Yar'Adua Centre. " +
      "The two discussed the drillship Abdul Karim Han and the vessel BRP Teresa Magbanua, and the Zayed Sustainability Prize.";
    expect(extractOfficials(text).map((o) => o.name).sort()).toEqual(["Ilse Marten Vogt", "Tendai Rufaro Gumbo"]);
  });

  it("keeps people whose surname is also a place word", () => {
    const text = "Minister Ji-won Park met Ambassador Helen Hall Church. Park said the talks went well.";
    expect(extractOfficials(text).map((o) => o.name).sort()).toEqual(["Helen Hall Church", "Ji-won Park"]);
  });
});

describe("extractOfficials: country of an official", () => {
  const countryOf = (text: string, name: string, country?: string) => extractOfficials(text, { country }).find((o) => o.name === name)?.country;

  it("reads the side a person leads, a possessive in s', and the article's country for an office that names none", () => {
    const text =
      "The Bangladesh delegation was led by Senior Secretary Farhana Akter Lina, while the Indian side was led by Shri Arun Kumar Rao, Additional Secretary of the Ministry of Power.";
    expect(countryOf(text, "Farhana Akter Lina", "Bangladesh")).toBe("Bangladesh");
    expect(countryOf(text, "Arun Kumar Rao", "Bangladesh")).toBe("India");
    expect(countryOf("The Minister hosted the Netherlands' Minister for Trade, Ms Femke van der Hoeven, in Pretoria.", "Femke van der Hoeven", "South Africa")).toBe("Netherlands");
    expect(countryOf("Minister of Energy Thabo Sipho Nkosi met the envoy.", "Thabo Sipho Nkosi", "South Africa")).toBe("South Africa");
  });

  it("gives no country of the article to envoys posted abroad or to staff of bodies of many countries", () => {
    const text = "Minister Thabo Sipho Nkosi met Ambassador Ines Varela Roca and World Bank Country Director Pieter Jan Smit.";
    expect(countryOf(text, "Ines Varela Roca", "South Africa")).toBeNull();
    expect(countryOf(text, "Pieter Jan Smit", "South Africa")).toBeNull();
  });
});
