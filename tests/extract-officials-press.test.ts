// Officials in the phrasings the press commonly uses: organisations that run into names, capitalised
// surnames, private people, ranks, abbreviated offices and names written without an office.
import { describe, expect, it } from "vitest";
import { extractOfficials } from "../src/extract/officials/index.ts";

describe("extractOfficials: organisations and names that run together", () => {
  it("splits an unknown organisation after 'of' from the name that follows it", () => {
    const people = extractOfficials("CEO of Nexa Ali Khan met Minister for IT Sara Malik.");
    expect(people.map((o) => [o.name, o.title])).toEqual([
      ["Ali Khan", "CEO of Nexa"],
      ["Sara Malik", "Minister for IT"],
    ]);
  });

  it("starts the name at a known given name when the organisation has several words", () => {
    const [o] = extractOfficials("Founder of Blue Kite Muhammad Usman Tariq called on the minister.");
    expect(o).toMatchObject({ name: "Muhammad Usman Tariq", title: "Founder of Blue Kite" });
  });

  it("reads an organisation word by its ending, with no 'of' between office and name", () => {
    const [o] = extractOfficials("Secretary General Indo-Pacific Telecommunity Areewan Haorangsi met the minister.");
    expect(o).toMatchObject({ name: "Areewan Haorangsi", title: "Secretary General Indo-Pacific Telecommunity" });
  });

  it("does not take a given name that looks like an abstract noun for an organisation word", () => {
    const [, o] = extractOfficials("Minister Ali Khan met Felicity Jones, Country Director of the British Council.");
    expect(o).toMatchObject({ name: "Felicity Jones", title: "Country Director of the British Council" });
  });

  it("reads the formal names of states in an envoy's title", () => {
    const people = extractOfficials(
      "Ambassador of the Sultanate of Oman Fahad Al Mashari met Consul General of the People's Republic of China Yang Wei.",
    );
    expect(people.map((o) => [o.name, o.title, o.country])).toEqual([
      ["Fahad Al Mashari", "Ambassador of the Sultanate of Oman", "Oman"],
      ["Yang Wei", "Consul General of the People's Republic of China", "China"],
    ]);
  });

  it("closes a title at the city an envoy is posted to", () => {
    const [o] = extractOfficials("Netherlands Ambassador to Dhaka Harry Verwejj called on the minister.");
    expect(o).toMatchObject({ name: "Harry Verwejj", title: "Netherlands Ambassador to Dhaka", country: "Netherlands" });
  });
});

describe("extractOfficials: surnames in capitals", () => {
  it("keeps a capitalised surname written first in its place, in title case, like one written last", () => {
    const people = extractOfficials("Minister for IT Sara Malik met Ambassador of Japan TANAKA Kenji. Mr. Kenji TANAKA said so.");
    expect(people.map((o) => o.name)).toEqual(["Sara Malik", "Tanaka Kenji"]);
    const [o] = extractOfficials("TANAKA Kenji, Ambassador of Japan, met the minister.");
    expect(o).toMatchObject({ name: "Tanaka Kenji", title: "Ambassador of Japan" });
  });

  it("still reads an acronym after an office as the organisation", () => {
    const [o] = extractOfficials("Chairman NEPRA Waseem Mukhtar met the minister.");
    expect(o).toMatchObject({ name: "Waseem Mukhtar", title: "Chairman NEPRA" });
  });
});

describe("extractOfficials: surnames spelled like a word", () => {
  it("reads 'He' inside a sentence as a surname, and at a sentence's start as the pronoun", () => {
    const people = extractOfficials("Vice Premier He Jianguo met Finance Minister Ali Raza. He Jianguo said trade would grow. He Praised the plan.");
    expect(people.map((o) => [o.name, o.title])).toEqual([
      ["He Jianguo", "Vice Premier"],
      ["Ali Raza", "Finance Minister"],
    ]);
  });
});

describe("extractOfficials: private people are not officials", () => {
  it("leaves out residents, shopkeepers and students quoted in passing", () => {
    const text =
      "Minister for IT Sara Malik inaugurated the facilitation centre. Local resident Imran Ali said the service was quick. " +
      "Shopkeeper Abdul Basit said prices rose. Bilal Ahmed, a resident of G-9, said the road was closed. Student Ayesha Khan said she was happy.";
    expect(extractOfficials(text).map((o) => o.name)).toEqual(["Sara Malik"]);
  });
});

describe("extractOfficials: ranks and honorifics", () => {
  it("takes military ranks and a retired judge's 'Justice' as titles, not as part of the name", () => {
    const people = extractOfficials("General Adnan Qadir met Air Chief Marshal Zaheer Ahmed. Justice (retd) Noor Alam Jan was also present.");
    expect(people.map((o) => [o.name, o.title, o.role])).toEqual([
      ["Adnan Qadir", "General", "participant"],
      ["Zaheer Ahmed", "Air Chief Marshal", "participant"],
      ["Noor Alam Jan", "Justice (retd)", "attendee"],
    ]);
  });

  it("lets a rank give way to the office in the appositive", () => {
    const [o] = extractOfficials("Lt Gen (retd) Kamal Anwar, Chairman of the Pakistan Telecommunication Authority, met the minister.");
    expect(o).toMatchObject({ name: "Kamal Anwar", title: "Chairman of the Pakistan Telecommunication Authority" });
  });

  it("reads royal offices and service chiefs, leaving 'Prince', 'H.H.' and ranks out of the name", () => {
    const people = extractOfficials(
      "Chief of the Naval Staff Admiral Naveed Akram met Saudi Foreign Minister Prince Faisal bin Khalid. " +
        "H.H. Sheikh Tamim bin Jassim, the Emir of Qatar, received them.",
    );
    expect(people.map((o) => [o.name, o.title])).toEqual([
      ["Naveed Akram", "Chief of the Naval Staff"],
      ["Faisal bin Khalid", "Saudi Foreign Minister"],
      ["Sheikh Tamim bin Jassim", "Emir of Qatar"],
    ]);
  });

  it("strips peerage honorifics such as 'Lord'", () => {
    const [, o] = extractOfficials("High Commissioner Ali Faisal met British Minister for South Asia Lord Tariq Amin.");
    expect(o).toMatchObject({ name: "Tariq Amin", title: "British Minister for South Asia" });
  });

  it("strips stacked honorifics and keeps parliamentary titles", () => {
    const people = extractOfficials("H.E. Mr. Pierre Dubois called on Senator Afnan Khan. MNA Rubina Aziz and MPA Tariq Butt were also present.");
    expect(people.map((o) => [o.name, o.title, o.role])).toEqual([
      ["Pierre Dubois", null, "participant"],
      ["Afnan Khan", "Senator", "participant"],
      ["Rubina Aziz", "MNA", "attendee"],
      ["Tariq Butt", "MPA", "attendee"],
    ]);
  });
});

describe("extractOfficials: common office phrasings of the press", () => {
  it("keeps 'and' inside a portfolio or a body's name before the office, not between two offices", () => {
    const people = extractOfficials("Law and Justice Minister Azam Qadri met Planning and Development Board Chairman Nabeel Aslam.");
    expect(people.map((o) => o.title)).toEqual(["Law and Justice Minister", "Planning and Development Board Chairman"]);
    const [o] = extractOfficials("The Minister and Deputy Chairman Ali Raza met the envoy.");
    expect(o).toMatchObject({ name: "Ali Raza", title: "Deputy Chairman" });
  });

  it("keeps a body the lexicon does not know in the title when a comma and a name follow it", () => {
    const [o] = extractOfficials("The minister met Deputy Speaker of the Grand Khural, Mr. Bata Dorj, at the Parliament House.");
    expect(o).toMatchObject({ name: "Bata Dorj", title: "Deputy Speaker of the Grand Khural" });
    const [p] = extractOfficials("Chairman of Nexa Ali Khan, said the deal was signed.");
    expect(p).toMatchObject({ name: "Ali Khan", title: "Chairman of Nexa" });
  });

  it("reads a portfolio of several words between a nationality and the office", () => {
    const [o] = extractOfficials("Indian External Affairs Minister R. Venkat met the envoy. Home Minister Ali Raza was also present.");
    expect(o).toMatchObject({ name: "R. Venkat", title: "Indian External Affairs Minister", country: "India" });
  });

  it("reads lower-case offices after a party, a nationality or a possessive country", () => {
    const people = extractOfficials("Chinese envoy Jiang Ming met PTI leader Asad Karim. Pakistan's envoy to the US Rizwan Saeed met PPP senator Sherry Aslam.");
    expect(people.map((o) => [o.name, o.title, o.country])).toEqual([
      ["Jiang Ming", "Chinese envoy", "China"],
      ["Asad Karim", "PTI leader", null],
      ["Rizwan Saeed", "envoy to the US", "Pakistan"],
      ["Sherry Aslam", "PPP senator", null],
    ]);
  });

  it("reads a province or house after the office without 'of'", () => {
    const people = extractOfficials(
      "Chief Minister Punjab Maryam Aslam met Speaker National Assembly Ayaz Sadiq Khan and Chairman Senate Yousuf Raza Qadri.",
    );
    expect(people.map((o) => [o.name, o.title])).toEqual([
      ["Maryam Aslam", "Chief Minister Punjab"],
      ["Ayaz Sadiq Khan", "Speaker National Assembly"],
      ["Yousuf Raza Qadri", "Chairman Senate"],
    ]);
  });

  it("keeps a portfolio that spans commas and drops a possessive country", () => {
    const people = extractOfficials(
      "Federal Minister for Planning, Development and Special Initiatives Ahsan Javed met Pakistan's Ambassador to the US Rizwan Saeed.",
    );
    expect(people.map((o) => [o.name, o.title, o.country])).toEqual([
      ["Ahsan Javed", "Federal Minister for Planning, Development and Special Initiatives", null],
      ["Rizwan Saeed", "Ambassador to the US", "Pakistan"],
    ]);
  });

  it("reads an ambassador-designate, and gives no one for an unnamed 'the Chinese Ambassador'", () => {
    const people = extractOfficials("Ambassador-designate Faisal Niaz Tirmizi met the Chinese Ambassador.");
    expect(people.map((o) => [o.name, o.title])).toEqual([["Faisal Niaz Tirmizi", "Ambassador-designate"]]);
  });

  it("reads the abbreviated offices of the provincial and police administration", () => {
    const people = extractOfficials("DC Islamabad Irfan Latif met CS Punjab Zahid Anwar. DGPR Punjab Ghulam Sughra was also present.");
    expect(people.map((o) => [o.name, o.title, o.role])).toEqual([
      ["Irfan Latif", "DC Islamabad", "participant"],
      ["Zahid Anwar", "CS Punjab", "participant"],
      ["Ghulam Sughra", "DGPR Punjab", "attendee"],
    ]);
  });

  it("keeps the fuller title when 'Ambassador' only addresses the person after it", () => {
    const [o] = extractOfficials("Pakistan's Permanent Representative in Geneva, Ambassador Bilal Akram, met the Secretary-General.");
    expect(o).toMatchObject({ name: "Bilal Akram", title: "Permanent Representative in Geneva", country: "Pakistan" });
  });

  it("reads 'SAPM on' and a retired rank before the name", () => {
    const people = extractOfficials("SAPM on Youth Affairs Rana Mashood held a meeting with Lt Gen (retd) Nadeem Anjum.");
    expect(people.map((o) => [o.name, o.title])).toEqual([
      ["Rana Mashood", "SAPM on Youth Affairs"],
      ["Nadeem Anjum", "Lt Gen (retd)"],
    ]);
  });
});

describe("extractOfficials: names without an office", () => {
  it("does not take a town named like a person for one", () => {
    expect(extractOfficials("The scheme will cover several districts, including Rahim Yar Khan and Toba Tek Singh.")).toEqual([]);
  });

  it("reads every name of an attendance list, not only the first", () => {
    const people = extractOfficials("Minister Sara Malik met the envoy. The meeting was attended by Ali Raza, Sana Iqbal and Tariq Aziz.");
    expect(people.map((o) => [o.name, o.role])).toEqual([
      ["Sara Malik", "participant"],
      ["Ali Raza", "attendee"],
      ["Sana Iqbal", "attendee"],
      ["Tariq Aziz", "attendee"],
    ]);
  });

  it("reads the person someone was talking to as the other side of the meeting", () => {
    const text = "ISLAMABAD: Trade with the Netherlands will grow, Minister for IT Sara Malik said. She was talking to Harry Verwejj who called on her.";
    expect(extractOfficials(text).map((o) => [o.name, o.role])).toEqual([
      ["Sara Malik", "participant"],
      ["Harry Verwejj", "participant"],
    ]);
  });
});

describe("extractOfficials: gaps of the South Asian press", () => {
  it("keeps a party the lexicon lacks in the title after a party office", () => {
    const [o] = extractOfficials("Chairman Pakistan Tehreek-e-Adl Gohar Ali Baloch met the Governor on Monday. Gohar Ali Baloch said the party would cooperate.");
    expect(o).toMatchObject({ name: "Gohar Ali Baloch", title: "Chairman Pakistan Tehreek-e-Adl" });
  });

  it("reads a surname in capitals right after an office", () => {
    const [o] = extractOfficials("Ambassador TANAKA Hiroshi called on the Minister on Monday.");
    expect(o).toMatchObject({ name: "Tanaka Hiroshi", title: "Ambassador" });
  });

  it("reads a bare co-subject before 'and' and another mention", () => {
    const people = extractOfficials("Sadia Noor Khan and Finance Minister Bilal Ahmed Rana met the envoy on Monday.");
    expect(people.map((o) => [o.name, o.role])).toEqual([
      ["Sadia Noor Khan", "participant"],
      ["Bilal Ahmed Rana", "participant"],
    ]);
  });

  it("reads the names a plural phrase introduces", () => {
    const people = extractOfficials("Minister Ali Raza Khan met Ambassador Pierre Dubois. Members of the delegation, Hina Qadir and Omar Latif, were also present.");
    expect(people.filter((o) => o.role === "attendee").map((o) => o.name)).toEqual(["Hina Qadir", "Omar Latif"]);
  });
});
