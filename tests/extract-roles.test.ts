import { describe, expect, it } from "vitest";
import { extractOfficials } from "../src/extract/officials/index.ts";

function roles(text: string): Record<string, string> {
  return Object.fromEntries(extractOfficials(text).map((o) => [o.name, o.role]));
}

describe("roles", () => {
  it("makes both sides of a meeting participants and a listed attendance attendees", () => {
    expect(
      roles(
        "Minister for Energy Ali Raza Khan met Ambassador of Japan Kenji Sato on Monday.\n\n" +
          "The meeting was attended by Secretary Energy Hina Qadir, Joint Secretary Omar Latif and Member Power Asad Iqbal.",
      ),
    ).toEqual({
      "Ali Raza Khan": "participant",
      "Kenji Sato": "participant",
      "Hina Qadir": "attendee",
      "Omar Latif": "attendee",
      "Asad Iqbal": "attendee",
    });
  });

  it("makes a delegation leader a participant and its members attendees", () => {
    expect(
      roles(
        "A delegation of the Karachi Chamber of Commerce, led by its President Javed Bilwani, called on Governor Sindh Kamran Tessori. " +
          "The delegation included Vice President Sana Mirza.",
      ),
    ).toEqual({ "Javed Bilwani": "participant", "Kamran Tessori": "participant", "Sana Mirza": "attendee" });
  });

  it("reads attendance after the names: also present, who also attended, accompanied, briefed the meeting", () => {
    expect(
      roles(
        "Minister for Health Ayesha Noor met Country Director of WHO Luca Bianchi. " +
          "Director General Health Imran Sadiq, who also attended the meeting, presented figures. " +
          "Additional Secretary Fauzia Rana and Joint Secretary Tariq Aziz were also present. " +
          "Member Planning Bilal Akram briefed the meeting on the budget.",
      ),
    ).toEqual({
      "Ayesha Noor": "participant",
      "Luca Bianchi": "participant",
      "Imran Sadiq": "attendee",
      "Fauzia Rana": "attendee",
      "Tariq Aziz": "attendee",
      "Bilal Akram": "attendee",
    });
  });

  it("marks people who are only referred to as mentioned", () => {
    expect(
      roles(
        "Minister for Railways Saad Hamid met Chairman of the Railway Board Nasir Jamal. " +
          "In line with Prime Minister Arif Mahmood's vision, they agreed on new lines. " +
          "As directed by President Zubair Alam, the plan will be presented by Federal Minister for Finance Kamila Shah. " +
          "Minister of State for Communications Rehan Butt will lead a delegation to Beijing next month.",
      ),
    ).toEqual({
      "Saad Hamid": "participant",
      "Nasir Jamal": "participant",
      "Arif Mahmood": "mentioned",
      "Zubair Alam": "mentioned",
      "Kamila Shah": "mentioned",
      "Rehan Butt": "mentioned",
    });
  });

  it("gives the principals of two separate meetings in one article the participant role", () => {
    expect(
      roles(
        "Minister for IT Sana Javed met Ambassador of Korea Min-ho Lee on Tuesday.\n\n" +
          "Later, Chairman of Horizon Networks Paul Weber called on the minister along with the company's Country Manager, Ayaz Memon.",
      ),
    ).toEqual({ "Sana Javed": "participant", "Min-ho Lee": "participant", "Paul Weber": "participant", "Ayaz Memon": "attendee" });
  });

  it("reads 'said this while talking to' as a meeting and a comprised delegation as attendees", () => {
    expect(
      roles(
        "Minister for Industries Kamal Hayat said this while talking to Ambassador of Brazil Lucas Moreira. " +
          "The visiting delegation comprised Trade Counsellor Ana Costa.",
      ),
    ).toEqual({ "Kamal Hayat": "participant", "Lucas Moreira": "participant", "Ana Costa": "attendee" });
  });

  it("without a cue, counts people who speak in the story as attendees and people spoken about as mentioned", () => {
    expect(
      roles(
        "Minister for IT Sana Javed met Ambassador of Korea Min-ho Lee on Tuesday.\n\n" +
          "Secretary IT Omar Latif briefed the ambassador on the e-office programme. " +
          "The minister said President Zubair Alam had approved the policy, and that former Prime Minister Kamal Aziz opened the first IT park.",
      ),
    ).toEqual({
      "Sana Javed": "participant",
      "Min-ho Lee": "participant",
      "Omar Latif": "attendee",
      "Zubair Alam": "mentioned",
      "Kamal Aziz": "mentioned",
    });
  });

  it("makes the chair of an internal meeting a participant", () => {
    expect(roles("Minister for Law Zahid Hamid chaired a meeting attended by Secretary Law Raja Naeem.")).toEqual({
      "Zahid Hamid": "participant",
      "Raja Naeem": "attendee",
    });
  });

  it("makes the person a meeting was chaired by a participant, even when the next person briefed it", () => {
    expect(roles("In a meeting chaired by Minister for IT Sara Malik, Member IT Faraz Butt briefed the participants.")).toEqual({
      "Sara Malik": "participant",
      "Faraz Butt": "attendee",
    });
  });

  it("reads the members a delegation comprised, even without offices", () => {
    expect(roles("A delegation led by Ali Khan Durrani and comprising Sara Latif and Hina Qadir called on the minister.")).toEqual({
      "Ali Khan Durrani": "participant",
      "Sara Latif": "attendee",
      "Hina Qadir": "attendee",
    });
  });

  it("makes the prime minister whose directions or vision are cited mentioned, not a participant", () => {
    expect(
      roles(
        "On the directions of PM Arif Sultan, Minister Ali Khan met the Chinese Ambassador. " +
          "In line with the vision of Prime Minister Arif Sultan, they agreed to expand trade.",
      ),
    ).toEqual({ "Ali Khan": "participant", "Arif Sultan": "mentioned" });
  });

  it("makes the person whose coming visit is discussed mentioned", () => {
    expect(roles("Minister Sara Malik met Ambassador Pierre Dubois. They also discussed the upcoming visit of President Emmanuel Laurent.")).toEqual({
      "Sara Malik": "participant",
      "Pierre Dubois": "participant",
      "Emmanuel Laurent": "mentioned",
    });
  });

  it("makes the person of a past meeting the article recalls mentioned", () => {
    expect(roles("Minister Sara Malik met Ambassador Pierre Dubois. She recalled her meeting with France's Minister of State Claire Martin last year.")).toEqual({
      "Sara Malik": "participant",
      "Pierre Dubois": "participant",
      "Claire Martin": "mentioned",
    });
  });

  it("makes the person of a meeting told in the past perfect, or 'last met', mentioned, but not one met first in turn", () => {
    expect(roles("Minister Sara Malik received Ambassador Pierre Dubois on Monday. She had last met Ambassador Lena Fischer in Cairo in 2019.")).toMatchObject({
      "Pierre Dubois": "participant",
      "Lena Fischer": "mentioned",
    });
    expect(roles("Minister Sara Malik received Ambassador Pierre Dubois on Monday. Malik previously met Ambassador Lena Fischer in 2019.")).toMatchObject({
      "Lena Fischer": "mentioned",
    });
    expect(roles("The minister first met Ambassador Pierre Dubois. She then met Ambassador Lena Fischer.")).toEqual({
      "Pierre Dubois": "participant",
      "Lena Fischer": "participant",
    });
  });

  it("makes people who simply 'attended' attendees", () => {
    expect(roles("Minister Sara Malik chaired the working party. Chief Secretary Zahid Zaman and representatives of the provinces attended.")).toEqual({
      "Sara Malik": "participant",
      "Zahid Zaman": "attendee",
    });
  });

  it("makes people who 'were also part of the delegation' attendees", () => {
    expect(
      roles("Minister Sara Malik met a delegation led by Country Director Omar Sheikh. Operations Officer Zainab Ali was also part of the delegation."),
    ).toEqual({ "Sara Malik": "participant", "Omar Sheikh": "participant", "Zainab Ali": "attendee" });
  });

  it("takes a person who only speaks in a separate item of the story as mentioned", () => {
    expect(
      roles("Minister Sara Malik met Ambassador Pierre Dubois on Monday. Separately, Finance Minister Omar Latif told reporters that revenue rose."),
    ).toEqual({ "Sara Malik": "participant", "Pierre Dubois": "participant", "Omar Latif": "mentioned" });
  });

  it.each([
    "Minister Sara Malik held a meeting with Ambassador Pierre Dubois.",
    "Minister Sara Malik met with Ambassador Pierre Dubois.",
    "Ambassador Pierre Dubois paid a courtesy call on Minister Sara Malik.",
    "Minister Sara Malik received a delegation led by Ambassador Pierre Dubois.",
    "Minister Sara Malik met Ambassador Pierre Dubois on the sidelines of the summit.",
  ])("makes both sides participants: %s", (text) => {
    expect(roles(text)).toEqual({ "Sara Malik": "participant", "Pierre Dubois": "participant" });
  });
});

describe("roles in the world's press", () => {
  it("reads calls on, discussions with, video conferences and meetings in turn", () => {
    expect(
      roles(
        "First to call on the Minister was German Ambassador Dr Ilse Marten Vogt. " +
          "In his discussion with Angola's Minister of Energy, Rui Manuel Tavares, the Minister spoke of dams. " +
          "On Monday, the Minister held a video conference with Korea's Vice Minister of Labor, Lee Sun-mi. " +
          "In the third meeting, the Bank's country director, Pieter de Vries Lindt, briefed the Minister.",
      ),
    ).toMatchObject({
      "Ilse Marten Vogt": "participant",
      "Rui Manuel Tavares": "participant",
      "Lee Sun-mi": "participant",
      "Pieter de Vries Lindt": "participant",
    });
  });

  it("reads a later call by phone or video link as a meeting with the one called", () => {
    const text = (verb: string) => `Prime Minister Ada Brill met President Otto Renn in Tallinn. Later, Brill ${verb} Chancellor Ivo Marek Lind.`;
    for (const verb of ["spoke by phone with", "talked by video link with", "spoke over the telephone to"]) {
      expect(roles(text(verb))).toMatchObject({ "Ivo Marek Lind": "participant" });
    }
  });

  it("reads attendance written as in the meeting, took part, sat in on, as did, made presentations", () => {
    expect(
      roles(
        "Foreign Minister Dr. Abebe Girma Tola met the Minister of Trade, Hadiza Bala Usman. " +
          "The Director of Trade, Chinedu Okafor Eze, was also in the meeting. " +
          "The acting Principal Secretary, Wanjiku Mumbi Njoroge, sat in on the talks. " +
          "Mufti Abdul Rahim Safi, deputy head of the Authority, also took part in the meeting, as did Malik Tariq Anwar Joya, a member of the committee. " +
          "Managing Director of the Power Board Arjun Thapa Rana made presentations at the meeting.",
      ),
    ).toMatchObject({
      "Chinedu Okafor Eze": "attendee",
      "Wanjiku Mumbi Njoroge": "attendee",
      "Abdul Rahim Safi": "attendee",
      "Malik Tariq Anwar Joya": "attendee",
      "Arjun Thapa Rana": "attendee",
    });
  });

  it("makes the one a meeting verb takes a principal even when a trailing clause says accompanied", () => {
    expect(
      roles("Deputy Minister of Investment Saleh Nasser Otaibi met in Riyadh with Brunei's Deputy Minister of Finance, Dr. Nurul Huda binti Yusof, who accompanied the delegation."),
    ).toMatchObject({ "Nurul Huda binti Yusof": "participant" });
  });

  it("makes the chair or host of a future meeting mentioned", () => {
    expect(
      roles(
        "Minister of Transport Anvar Karimov Tursunov led the delegation. The next meeting will be hosted by Pakistan's Federal Minister for Railways, Rana Tariq Mehmood Joya.",
      ),
    ).toMatchObject({ "Rana Tariq Mehmood Joya": "mentioned" });
  });
});

describe("roles: a meeting recalled in a relative clause", () => {
  it("mentions the one met before when the sentence goes on to a meeting", () => {
    expect(
      roles("Foreign Minister Carlo Verdanti, who met President Olek Marchuk in Kyiv in 2019, held talks with Foreign Minister Lucia Ortega Pardo on Monday."),
    ).toEqual({ "Carlo Verdanti": "participant", "Olek Marchuk": "mentioned", "Lucia Ortega Pardo": "participant" });
  });

  it("keeps the one met a participant when the clause is the meeting reported", () => {
    expect(roles("Foreign Minister Carlo Verdanti, who met President Olek Marchuk on Monday, said the talks were useful.")).toEqual({
      "Carlo Verdanti": "participant",
      "Olek Marchuk": "participant",
    });
  });
});

describe("roles: who leads", () => {
  it("makes the leader of a delegation a principal, but not the leader of a mediation only referred to", () => {
    expect(
      roles(
        "The Commissioner was received by the Deputy Chairperson, Dr. Naledi Grace Mokoena. The Commissioner backed the mediation led by the AU High Representative, Dr. Amina Wanjiru Kamau.",
      ),
    ).toMatchObject({ "Amina Wanjiru Kamau": "mentioned" });
    expect(roles("Minister Lin Wei Hong met a delegation led by Ambassador Pedro Luis Ortega.")).toMatchObject({ "Pedro Luis Ortega": "participant" });
  });

  it("makes someone who only took part at first a participant when they co-chair a later session", () => {
    expect(
      roles(
        "The President received Deputy Prime Minister Emil Rustamov Aliyev. Minister of Trade Dana Serik Bekova took part in the meeting. Later, Bekova and Aliyev co-chaired the commission.",
      ),
    ).toMatchObject({ "Dana Serik Bekova": "participant" });
  });
});

describe("roles: readouts of calls", () => {
  it("reads calls paid by and calls from, presence during the calls, and 'With X, the Minister ...'", () => {
    expect(
      roles(
        "The Minister received courtesy calls today. The first call was paid by Ambassador Pieter Jan Smit. " +
          "Present during the calls was the Permanent Secretary, Dayang Siti Aminah binti Yusof. " +
          "With the IMF Deputy Managing Director, Mr. Kenji Mori Sato, the Minister reviewed the reforms. " +
          "The third meeting was with the United Kingdom's Minister for Development, Eleanor Joan Pryce.",
      ),
    ).toMatchObject({
      "Pieter Jan Smit": "participant",
      "Siti Aminah binti Yusof": "attendee",
      "Kenji Mori Sato": "participant",
      "Eleanor Joan Pryce": "participant",
    });
  });
});

describe("roles: credentials", () => {
  it("makes envoys who present credentials, and the one who receives them, principals", () => {
    expect(
      roles("The Ambassador of Mauritania, Sidi Mohamed Ould Ahmed, and the Ambassador of Chile, Ines Varela Roca, also presented their letters of credence to the President."),
    ).toMatchObject({ "Sidi Mohamed Ould Ahmed": "participant", "Ines Varela Roca": "participant" });
  });
});
