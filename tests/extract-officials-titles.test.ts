// Titles as the world's press writes them (all names invented).
import { describe, expect, it } from "vitest";
import { extractOfficials } from "../src/extract/officials/index.ts";

const titleOf = (text: string, name: string) => extractOfficials(text).find((o) => o.name === name)?.title;

describe("titles of the world's press", () => {
  it("keeps a list of portfolios written before the office", () => {
    expect(titleOf("Lands, Water and Rural Development Minister Tendai Rufaro Gumbo met the envoy.", "Tendai Rufaro Gumbo")).toBe(
      "Lands, Water and Rural Development Minister",
    );
  });

  it("keeps long portfolios with commas, demonyms and words listed with known portfolios", () => {
    expect(titleOf("The Minister of Foreign Affairs, Emigration and Chadian Expatriates Idriss Mahamat Ali met the envoy.", "Idriss Mahamat Ali")).toBe(
      "Minister of Foreign Affairs, Emigration and Chadian Expatriates",
    );
    expect(titleOf("Minister of Roads and Urban Development Kaveh Sadri Nejad met the envoy.", "Kaveh Sadri Nejad")).toBe(
      "Minister of Roads and Urban Development",
    );
    expect(titleOf("He met the Minister of Foreign Affairs, Trade and Worship of the Argentine Republic, Julio Ignacio Ferraro, on Monday.", "Julio Ignacio Ferraro")).toBe(
      "Minister of Foreign Affairs, Trade and Worship of the Argentine Republic",
    );
  });

  it("joins two offices of one person written with a slash or a dash", () => {
    expect(titleOf("Minister of Investment/Head of the Investment Board (BKPM) Arief Santoso Wibowo met the envoy.", "Arief Santoso Wibowo")).toBe(
      "Minister of Investment/Head of the Investment Board (BKPM)",
    );
    expect(titleOf("Deputy Prime Minister – Minister of Trade of Kazakhstan Nurlan Beksultan Abenov took part.", "Nurlan Beksultan Abenov")).toBe(
      "Deputy Prime Minister – Minister of Trade of Kazakhstan",
    );
  });

  it("keeps the body of a company office, with a possessive, a place and '-based'", () => {
    expect(titleOf("The Minister received President and CEO of Japan's Sorano Heavy Industries Corporation Aoki Ren on Monday.", "Aoki Ren")).toBe(
      "President and CEO of Japan's Sorano Heavy Industries Corporation",
    );
    expect(titleOf("Later, Mr. Colin Dray, Chairman of Perth-based Tallow Minerals Ltd, called on the Minister.", "Colin Dray")).toBe(
      "Chairman of Perth-based Tallow Minerals Ltd",
    );
  });

  it("keeps a possessor that is itself an office, and drops one that is a country", () => {
    expect(titleOf("The Minister spoke to Sir Alan Grieve, the UN Secretary-General's Special Envoy for the Great Lakes Region.", "Alan Grieve")).toBe(
      "UN Secretary-General's Special Envoy for the Great Lakes Region",
    );
    expect(titleOf("She met Chile's Ambassador to Peru, Ines Varela Roca, on Monday.", "Ines Varela Roca")).toBe("Ambassador to Peru");
  });

  it("reads 'Ambassador' after a full title as a form of address", () => {
    expect(titleOf("State Minister of Foreign Affairs Ambassador Selam Tekle Haile attended both meetings.", "Selam Tekle Haile")).toBe(
      "State Minister of Foreign Affairs",
    );
  });

  it("reads a lower-case office with a word of its tenure before it, and after a body named by a common noun", () => {
    expect(titleOf("Velmora's rotating chairman Eric Xu Haoran called on the Minister.", "Eric Xu Haoran")).toBe("rotating chairman");
    expect(titleOf("The company's outgoing chief executive Eric Xu Haoran called on the Minister.", "Eric Xu Haoran")).toBe("chief executive");
    expect(titleOf("Kenya's newly appointed ambassador Amina Wekesa Otieno called on the Minister.", "Amina Wekesa Otieno")).toBe("ambassador");
    expect(titleOf("The bank's acting governor Amina Wekesa Otieno called on the Minister.", "Amina Wekesa Otieno")).toBe("acting governor");
  });

  it("reads lower-case offices after a determiner, a possessive or a body", () => {
    expect(titleOf("The CS said the head of the Lake Basin Secretariat, Dr Halima Wekesa Otieno, would present it.", "Halima Wekesa Otieno")).toBe(
      "head of the Lake Basin Secretariat",
    );
    expect(titleOf("Ilabaca was accompanied by the company's head of sustainability, Rosa María Quiroga Paz, PhD, on Monday.", "Rosa María Quiroga Paz")).toBe(
      "head of sustainability",
    );
    expect(titleOf("Corfo's executive vice-president, Tomás Ibáñez Soto, who also took part in the meeting, said so.", "Tomás Ibáñez Soto")).toBe(
      "executive vice-president",
    );
    expect(titleOf("Salar Norte chief executive Matías Reyes Vidal met the Mining Minister on Tuesday.", "Matías Reyes Vidal")).toBe("chief executive");
    expect(titleOf("Also present was MITI secretary-general Datuk V Kumaravel.", "V Kumaravel")).toBe("MITI secretary-general");
    expect(
      titleOf("The Minister received the president and chief executive officer of South Korean battery maker Hanul Cell Energy, Yoon Ji-ho, on Wednesday.", "Yoon Ji-ho"),
    ).toBe("president and chief executive officer of South Korean battery maker Hanul Cell Energy");
  });

  it("reads a lower-case appositive to its comma, but not into a verb", () => {
    expect(titleOf("Ms. Sabeen Qadir, co-founder of the lending platform KarzPay, said the rules were clear.", "Sabeen Qadir")).toBe(
      "co-founder of the lending platform KarzPay",
    );
    expect(titleOf("Hon. Ms. Thandi Molefe, Minister of Communication of South Africa paid a courtesy call on the Secretary.", "Thandi Molefe")).toBe(
      "Minister of Communication of South Africa",
    );
    expect(titleOf("The delegation met Jamila Osman Farah, deputy head of Djibouti's Port Authority, on Monday.", "Jamila Osman Farah")).toBe(
      "deputy head of Djibouti's Port Authority",
    );
  });

  it("keeps 'acting' and an ordinal before the office", () => {
    expect(titleOf("The acting Principal Secretary for Environment, Wekesa Omondi Were, sat in on the talks.", "Wekesa Omondi Were")).toBe(
      "acting Principal Secretary for Environment",
    );
    expect(titleOf("He was received by Iranian First Vice-President Hamid Kazemi Rad.", "Hamid Kazemi Rad")).toBe("Iranian First Vice-President");
  });

  it("keeps a plural complement as written", () => {
    expect(titleOf("He met the Deputy Chairman of the Cabinet of Ministers Berdi Atayev Orazov.", "Berdi Atayev Orazov")).toBe(
      "Deputy Chairman of the Cabinet of Ministers",
    );
  });
});

describe("titles: more shapes", () => {
  it("keeps a nationality and an office inside a complement, and a member's constituency", () => {
    expect(titleOf("She met the Foreign Affairs Advisor for Senegalese President, Ousmane Ba Sow, in Dakar.", "Ousmane Ba Sow")).toBe(
      "Foreign Affairs Advisor for Senegalese President",
    );
    expect(titleOf("He was accompanied by Member for Kalgoorlie of the House of Representatives Tom Brierly Hale.", "Tom Brierly Hale")).toBe(
      "Member for Kalgoorlie of the House of Representatives",
    );
  });

  it("ends an appositive office at the next person's form of address", () => {
    expect(titleOf("It was attended by Eng. Tesfaye Alemu Bekele, Minister of Water and Energy and Mr. Dawit Haile Mariam, former Minister.", "Tesfaye Alemu Bekele")).toBe(
      "Minister of Water and Energy",
    );
  });

  it("reads an office with a comma before a full name followed by a purpose or a place", () => {
    expect(titleOf("The State Minister met today with Austrian Ambassador to Ethiopia, Ilse Maria Kogler to discuss trade.", "Ilse Maria Kogler")).toBe(
      "Austrian Ambassador to Ethiopia",
    );
  });
});

describe("titles: offices inside complements", () => {
  it("reads an office and its office inside a complement", () => {
    expect(
      titleOf("Present were Assistant Foreign Minister for the Deputy Foreign Minister's office Ambassador Faisal Omar Al-Rumi and others.", "Faisal Omar Al-Rumi"),
    ).toBe("Assistant Foreign Minister for the Deputy Foreign Minister's office");
  });
});

describe("titles: offices named in their own language", () => {
  it("reads the Irish heads of government", () => {
    expect(titleOf("The Taoiseach, Aoife Brennan, met the envoy at Government Buildings.", "Aoife Brennan")).toBe("Taoiseach");
    expect(titleOf("Taoiseach Aoife Brennan met Tánaiste Ciarán Doyle.", "Ciarán Doyle")).toBe("Tánaiste");
  });
});

describe("titles: where the office before a name begins", () => {
  it("stops at the country written after the name before it", () => {
    const text = "Prime Minister Ana Korvel held bilateral meetings with Chancellor Otto Renn of Austria and Prime Minister Mika Salo of Finland.";
    expect(titleOf(text, "Mika Salo")).toBe("Prime Minister");
    expect(titleOf("Prime Minister Ana Korvel met President Ilo Varne (Estonia) and Prime Minister Mika Salo (Finland).", "Mika Salo")).toBe("Prime Minister");
  });
});

describe("titles: counterparts", () => {
  it("gives a counterpart with no office of their own the core of the host's office, with their nationality", () => {
    const text =
      "Chilean Mining and Energy Minister Rosa Vidal Soto met the Peruvian envoy on Monday. Separately, Vidal held a call with her Bolivian counterpart, Juan Carlos Mamani Quispe.";
    expect(titleOf(text, "Juan Carlos Mamani Quispe")).toBe("Bolivian Mining Minister");
    expect(titleOf("Minister of Foreign Affairs of Chile Rosa Vidal Soto met her Argentine counterpart Diego Lorenzo Paz.", "Diego Lorenzo Paz")).toBe(
      "Argentine Minister of Foreign Affairs",
    );
  });

  it("reads a counterpart named by nationality alone, with no his or her", () => {
    expect(titleOf("Kenyan President Amani Wekesa held talks with visiting Ugandan counterpart Okello Mugisha Obura at State House.", "Okello Mugisha Obura")).toBe(
      "Ugandan President",
    );
    expect(titleOf("Egyptian Foreign Minister Tarek Nassar met South Korean counterpart Park Jin-woo in Cairo.", "Park Jin-woo")).toBe("South Korean Foreign Minister");
  });

  it("leaves out the host's nationality when it has two words", () => {
    expect(titleOf("South Korean Foreign Minister Cho Min-jae held talks with his Japanese counterpart Aiko Tanabe in Seoul.", "Aiko Tanabe")).toBe("Japanese Foreign Minister");
  });

  it("gives the counterpart of a deputy prime minister who holds a ministry that ministry", () => {
    const text = "Deputy Prime Minister and Minister of Foreign Affairs Omar Al-Rashed received a call from his Omani counterpart Salim Al Harthy.";
    expect(titleOf(text, "Salim Al Harthy")).toBe("Omani Minister of Foreign Affairs");
    expect(titleOf("Prime Minister and Minister of Defence Ana Korvel met her Finnish counterpart Mika Salo.", "Mika Salo")).toBe("Finnish Prime Minister");
  });

  it("keeps the counterpart's own office when the article writes one", () => {
    expect(
      titleOf("Germany's Federal Minister for Trade, Jonas Weber, and his Turkish counterpart, Minister of Trade Kemal Ozan Aydin, met on Monday.", "Kemal Ozan Aydin"),
    ).toBe("Minister of Trade");
  });
});

describe("titles: forms of address inside an appositive", () => {
  it("reads the office after a form of address in an appositive, but keeps 'Chief' that opens an office", () => {
    expect(titleOf("Present was Shri Dinesh Kumar Rao, Hon'ble Minister of Mines, Government of India.", "Dinesh Kumar Rao")).toBe(
      "Minister of Mines, Government of India",
    );
    expect(titleOf("Air Chief Marshal V. K. Menon, Chief of the Air Staff, called on the Minister.", "V. K. Menon")).toBe("Chief of the Air Staff");
  });
});

describe("titles: counterpart of a subject named before", () => {
  it("takes the subject of the sentence before when the counterpart's sentence names no one first", () => {
    const text =
      "External Affairs Minister Dr Ravi Shankar Menon also met EU High Representative Josep Lluis Ferrer. The Minister also met his Mexican counterpart, Marco Antonio Ruiz.";
    expect(titleOf(text, "Marco Antonio Ruiz")).toBe("Mexican External Affairs Minister");
  });
});

describe("titles: countries from the gazetteer", () => {
  it("reads any country after 'of', and its demonym, whatever the words", () => {
    expect(titleOf("The Minister met the Ambassador of Jordan Ali Hassan Safadi on Monday.", "Ali Hassan Safadi")).toBe("Ambassador of Jordan");
    expect(titleOf("The Minister met Chadian Minister of Trade Idriss Mahamat Oumar on Monday.", "Idriss Mahamat Oumar")).toBe("Chadian Minister of Trade");
  });

  it("leaves words of countries' names that are also people's names to the people", () => {
    expect(extractOfficials("The delegation comprised Trade Counsellor Ana Costa and Deputy Director Martin Cook.").map((o) => o.name)).toEqual([
      "Ana Costa",
      "Martin Cook",
    ]);
  });
});
