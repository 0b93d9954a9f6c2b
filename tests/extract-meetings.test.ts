// How an article is split into the meetings it reports. Every text is invented for the test.
import { describe, expect, it } from "vitest";
import { read, who, type Given } from "./fixtures/meetings.ts";

describe("one meeting", () => {
  it("is everyone the article names as present, with those present as attendees", () => {
    const m = read("Minister Tavi Roskam met Ambassador Lune Okafu on Monday. The meeting was attended by Secretary Pim Adler.", [
      ["Tavi Roskam", "participant"],
      ["Lune Okafu", "participant"],
      ["Pim Adler", "attendee"],
    ]);
    expect(who(m)).toEqual([[["Lune Okafu", "Tavi Roskam"], ["Pim Adler"]]]);
  });

  it("is not split by a later sentence that speaks to the same counterpart", () => {
    const m = read(
      "Minister Tavi Roskam met Ambassador Lune Okafu. In her discussions with the ambassador, Roskam stressed trade. The meeting was attended by Pim Adler.",
      [["Tavi Roskam", "participant", "Minister"], ["Lune Okafu", "participant", "Ambassador"], ["Pim Adler", "attendee"]],
    );
    expect(who(m)).toEqual([[["Lune Okafu", "Tavi Roskam"], ["Pim Adler"]]]);
  });
});

describe("a host receiving several visitors in turn", () => {
  const given: Given[] = [
    ["Orla Benedek", "participant", "Minister of Foreign Affairs"],
    ["Kenji Arafune", "participant", "Ambassador of Japan"],
    ["Rafael Mestre Ibarz", "participant", "Secretary-General"],
    ["Ilse Varga", "attendee", "High Commissioner"],
    ["Dana Korhonen", "participant", "Ambassador-designate"],
    ["Nils Aberg", "attendee", "Foreign Secretary"],
  ];
  const text =
    "Minister of Foreign Affairs Orla Benedek received three diplomats in separate courtesy calls at the Ministry. " +
    "The first to call on the Minister was the Ambassador of Japan, Kenji Arafune. They discussed fisheries. " +
    "The Minister then met Rafael Mestre Ibarz, Secretary-General of the ministry of a partner country. He was accompanied by High Commissioner Ilse Varga. " +
    "Finally, the Minister received Dana Korhonen, the Ambassador-designate. " +
    "Foreign Secretary Nils Aberg was also present at all three meetings.";

  it("gives each visitor a meeting with the host, and those present at all of them to each", () => {
    expect(who(read(text, given))).toEqual([
      [["Kenji Arafune", "Orla Benedek"], ["Nils Aberg"]],
      [["Orla Benedek", "Rafael Mestre Ibarz"], ["Ilse Varga", "Nils Aberg"]],
      [["Dana Korhonen", "Orla Benedek"], ["Nils Aberg"]],
    ]);
  });

  it("follows 'was followed by' and 'The first call was paid by' to the next caller", () => {
    const m = read(
      "The Governor, Sabine Lorck, received courtesy calls from heads of mission this morning. The first call was paid by Ambassador Teodor Halm. " +
        "He was followed by Ambassador Mirela Oprisan. This was followed by a call from High Commissioner Efe Duru.",
      [["Sabine Lorck", "participant", "Governor"], ["Teodor Halm", "participant"], ["Mirela Oprisan", "participant"], ["Efe Duru", "participant"]],
    );
    expect(who(m).map(([p]) => p)).toEqual([["Sabine Lorck", "Teodor Halm"], ["Mirela Oprisan", "Sabine Lorck"], ["Efe Duru", "Sabine Lorck"]]);
  });
});

describe("bilaterals on the sidelines of a summit", () => {
  const given: Given[] = [
    ["Amare Wolde Tessema", "participant", "Foreign Minister"],
    ["Kofi Adzraku", "participant", "Minister of Foreign Affairs"],
    ["Ines Faria Louro", "participant", "Minister of External Relations"],
    ["Hodan Warsame", "participant", "Minister of Foreign Affairs"],
    ["Liv Sandnes", "participant", "Special Envoy"],
    ["Thandi Mabuza", "participant", "Deputy Chairperson"],
    ["Selam Getachew", "attendee", "State Minister"],
  ];
  const text =
    "Foreign Minister Dr. Amare Wolde Tessema held five bilateral meetings on the sidelines of the summit. " +
    "The minister first met the Minister of Foreign Affairs, Kofi Adzraku. " +
    "In his discussion with the Minister of External Relations, Ines Faria Louro, Dr. Amare briefed his counterpart on the dam. " +
    "State Minister Selam Getachew attended both meetings. " +
    "Dr. Amare then held talks with the Minister of Foreign Affairs, Hodan Warsame. " +
    "The minister also met the Special Envoy of the Secretary-General, Liv Sandnes. " +
    "Lastly, the minister held discussion with the Deputy Chairperson, Thandi Mabuza.";

  it("reads each counterpart as a meeting of its own, and 'both meetings' as the two just told", () => {
    const m = who(read(text, given));
    expect(m.map(([p]) => p.filter((n) => n !== "Amare Wolde Tessema"))).toEqual([["Kofi Adzraku"], ["Ines Faria Louro"], ["Hodan Warsame"], ["Liv Sandnes"], ["Thandi Mabuza"]]);
    expect(m.map(([p]) => p.includes("Amare Wolde Tessema"))).toEqual([true, true, true, true, true]);
    expect(m.map(([, a]) => a)).toEqual([["Selam Getachew"], ["Selam Getachew"], [], [], []]);
  });

  it("splits 'also met A ... and B' into two meetings in a series of bilaterals", () => {
    const m = read(
      "The Minister of Finance, Bayo Olatunde, held four bilateral meetings on Wednesday. " +
        "The Minister was accompanied at the meetings by the Director of Debt, Ada Nwankwo. " +
        "With the Vice President of the bank, Mrs. Awa Sissoko, the Minister reviewed the programme. " +
        "The third meeting was with the Minister for Development, Ruth Calloway. " +
        "The Minister also met Prince Faris bin Talal, Vice Minister of Finance, and Ms. Jolene Pratt, Deputy Assistant Secretary, with whom he discussed debt.",
      [
        ["Bayo Olatunde", "participant", "Minister of Finance"],
        ["Ada Nwankwo", "attendee"],
        ["Awa Sissoko", "participant"],
        ["Ruth Calloway", "participant"],
        ["Faris bin Talal", "participant"],
        ["Jolene Pratt", "participant"],
      ],
    );
    expect(who(m)).toEqual([
      [["Awa Sissoko", "Bayo Olatunde"], ["Ada Nwankwo"]],
      [["Bayo Olatunde", "Ruth Calloway"], ["Ada Nwankwo"]],
      [["Bayo Olatunde", "Faris bin Talal"], ["Ada Nwankwo"]],
      [["Bayo Olatunde", "Jolene Pratt"], ["Ada Nwankwo"]],
    ]);
  });
});

describe("bilaterals without a series announced first", () => {
  it("gives each counterpart a meeting of its own: 'met his counterparts from A and B, X and Y', 'bilateral meetings with'", () => {
    const m = read(
      "Minister Ravi Sena met Foreign Minister Ana Lobo. The minister met his counterparts from Norland and Sudra, Ole Berg and Kiri Tane. " +
        "He also held bilateral meetings with Minister Ida Vos and Minister Tomas Rook.",
      [["Ravi Sena", "participant", "Minister"], ["Ana Lobo", "participant"], ["Ole Berg", "participant"], ["Kiri Tane", "participant"], ["Ida Vos", "participant"], ["Tomas Rook", "participant"]],
    );
    expect(who(m).map(([p]) => p)).toEqual([
      ["Ana Lobo", "Ravi Sena"],
      ["Ole Berg", "Ravi Sena"],
      ["Kiri Tane", "Ravi Sena"],
      ["Ida Vos", "Ravi Sena"],
      ["Ravi Sena", "Tomas Rook"],
    ]);
  });

  it("reads a counterpart named for the first time in a series of bilaterals as its next meeting", () => {
    const m = read(
      "Minister Ravi Sena held separate bilateral meetings with his counterparts on Monday. He said it was a pleasure to meet with Minister Ana Lobo. " +
        "The minister also met Minister Ole Berg.",
      [["Ravi Sena", "participant", "Minister"], ["Ana Lobo", "participant"], ["Ole Berg", "participant"]],
    );
    expect(who(m).map(([p]) => p)).toEqual([["Ana Lobo", "Ravi Sena"], ["Ole Berg", "Ravi Sena"]]);
  });

  it("reads 'meet' as a meeting only with someone to meet", () => {
    const m = read("Minister Ravi Sena met Governor Ana Lobo. Smaller firms found it hard to meet the capital requirements set by Governor Ana Lobo.", [
      ["Ravi Sena", "participant"],
      ["Ana Lobo", "participant"],
    ]);
    expect(m).toHaveLength(1);
  });
});

describe("meetings told one after another", () => {
  it.each([
    ["Earlier, Minister Hana Virtanen received Ambassador Jiro Kamada."],
    ["Earlier in the day, Minister Hana Virtanen received Ambassador Jiro Kamada."],
    ["Separately, Minister Hana Virtanen received Ambassador Jiro Kamada."],
    ["Meanwhile, Minister Hana Virtanen received Ambassador Jiro Kamada."],
    ["Furthermore, Minister Hana Virtanen received Ambassador Jiro Kamada."],
    ["In other news, Minister Hana Virtanen received Ambassador Jiro Kamada."],
    ["Later, Minister Hana Virtanen received Ambassador Jiro Kamada."],
    ["On Thursday, Minister Hana Virtanen received Ambassador Jiro Kamada."],
  ])("%j opens a second meeting", (second) => {
    const m = read(`Minister Hana Virtanen met Governor Ravi Menon. The meeting was attended by Ola Brekke. ${second}`, [
      ["Hana Virtanen", "participant"],
      ["Ravi Menon", "participant"],
      ["Ola Brekke", "attendee"],
      ["Jiro Kamada", "participant"],
    ]);
    expect(who(m)).toEqual([
      [["Hana Virtanen", "Ravi Menon"], ["Ola Brekke"]],
      [["Hana Virtanen", "Jiro Kamada"], []],
    ]);
  });

  it.each([
    "spoke by phone on Tuesday with",
    "spoke on Tuesday by telephone with",
    "talked over the phone with",
    "spoke on the phone today with",
    "talked by video link with",
  ])("reads 'Prime Minister Ada Brill %s X' as a call of its own before the visit told next", (verb) => {
    const m = read(`Prime Minister Ada Brill ${verb} Chancellor Otto Renn about energy. Brill also hosted President Ivo Marek in Tallinn on Friday.`, [
      ["Ada Brill", "participant"],
      ["Otto Renn", "participant"],
      ["Ivo Marek", "participant"],
    ]);
    expect(who(m)).toEqual([
      [["Ada Brill", "Otto Renn"], []],
      [["Ada Brill", "Ivo Marek"], []],
    ]);
    expect(m.map((x) => x.call)).toEqual([true, false]);
  });

  it("gives a later meeting the host only when the sentence names no other subject", () => {
    const given: Given[] = [
      ["Ada Brill", "participant"],
      ["Otto Renn", "participant"],
      ["Ivo Marek", "participant"],
    ];
    const passive = read("Prime Minister Ada Brill met President Otto Renn on Sunday. Earlier, Renn was received by the Grand Duke of Ostmark.", given.slice(0, 2));
    expect(who(passive)).toEqual([
      [["Ada Brill", "Otto Renn"], []],
      [["Otto Renn"], []],
    ]);
    const hosted = read("Prime Minister Ada Brill met President Otto Renn on Sunday. Later, she received Ivo Marek.", given);
    expect(who(hosted)).toEqual([
      [["Ada Brill", "Otto Renn"], []],
      [["Ada Brill", "Ivo Marek"], []],
    ]);
  });

  it("opens a meeting for a principal not met yet who brings a meeting of their own", () => {
    const m = read(
      "Minister Sami Haddad received a phone call today from Envoy Clara Voss. Haddad also received a written message from Minister Otto Kern. " +
        "The message was delivered by Ambassador Yusuf Demir during a meeting at the ministry today.",
      [["Sami Haddad", "participant"], ["Clara Voss", "participant"], ["Otto Kern", "mentioned"], ["Yusuf Demir", "participant"]],
    );
    expect(who(m).map(([p]) => p)).toEqual([["Clara Voss", "Sami Haddad"], ["Sami Haddad", "Yusuf Demir"]]);
  });

  it("keeps a sentence that moves on to something else out of the meeting", () => {
    const m = read("Minister Ana Lusa met Minister Piet Kroon. Ana Lusa later presented an award to a farmer.", [
      ["Ana Lusa", "participant"],
      ["Piet Kroon", "participant"],
    ]);
    expect(who(m)).toEqual([[["Ana Lusa", "Piet Kroon"], []]]);
  });
});

describe("one meeting of several sides", () => {
  it("reads three delegations in one session as one meeting, led by their heads", () => {
    const m = read(
      "Delegations of three countries held a trilateral meeting on 3 May 2025. The first delegation was led by Minister Aru Tenge, " +
        "the second delegation by Minister Bela Horvat, and the third delegation by Secretary Cyrus Pell. " +
        "Deputy Dirk Vos also took part in the meeting. The three delegations discussed the railway.",
      [["Aru Tenge", "participant"], ["Bela Horvat", "participant"], ["Cyrus Pell", "participant"], ["Dirk Vos", "attendee"]],
    );
    expect(who(m)).toEqual([[["Aru Tenge", "Bela Horvat", "Cyrus Pell"], ["Dirk Vos"]]]);
  });

  it("reads two envoys received together as one meeting", () => {
    const m = read("Separately, the official met Ambassador Rania Saleh and Ambassador Omar Fadl to discuss relief.", [
      ["Rania Saleh", "participant"],
      ["Omar Fadl", "participant"],
    ]);
    expect(who(m)).toEqual([[["Omar Fadl", "Rania Saleh"], []]]);
  });

  it("reads a co-chaired commission as one meeting", () => {
    const m = read("Minister Lars Ekdahl and his counterpart, Minister Ayse Tuna, co-chaired the joint commission in Berlin on Monday.", [
      ["Lars Ekdahl", "participant"],
      ["Ayse Tuna", "participant"],
    ]);
    expect(who(m)).toEqual([[["Ayse Tuna", "Lars Ekdahl"], []]]);
  });
});

describe("delegations", () => {
  it("makes the members of a delegation attendees of every meeting it attended, and its leader a principal", () => {
    const m = read(
      "A delegation led by Senator Mae Quill called on Secretary Ivo Brand yesterday. The delegation included Representatives Tod Ruiz and Nia Bell. " +
        "Ambassador Kit Lowe was also present. Later, the delegation met Speaker Gus Roan. Clerk Eli Stone was also present.",
      [
        ["Mae Quill", "participant"],
        ["Ivo Brand", "participant"],
        ["Tod Ruiz", "attendee"],
        ["Nia Bell", "attendee"],
        ["Kit Lowe", "attendee"],
        ["Gus Roan", "participant"],
        ["Eli Stone", "attendee"],
      ],
    );
    expect(who(m)).toEqual([
      [["Ivo Brand", "Mae Quill"], ["Kit Lowe", "Nia Bell", "Tod Ruiz"]],
      [["Gus Roan", "Mae Quill"], ["Eli Stone", "Nia Bell", "Tod Ruiz"]],
    ]);
  });

  it("resolves 'the Afghan delegation' to the delegation of that country", () => {
    const m = read(
      "Delegations of Uzbekistan, Afghanistan and Pakistan met in Termez. The Uzbek delegation was led by Minister Ulug Karimov, " +
        "the Afghan delegation by Minister Zaki Noori, and the Pakistani delegation by Secretary Imad Rafiq. " +
        "Later in the day, Deputy Minister Sevara Aliyeva held a separate meeting with the Afghan delegation.",
      [["Ulug Karimov", "participant"], ["Zaki Noori", "participant"], ["Imad Rafiq", "participant"], ["Sevara Aliyeva", "participant"]],
    );
    expect(who(m).map(([p]) => p)).toEqual([["Imad Rafiq", "Ulug Karimov", "Zaki Noori"], ["Sevara Aliyeva", "Zaki Noori"]]);
  });
});

describe("meetings that get no entry", () => {
  it("reads neither a future meeting nor one only recalled", () => {
    const m = read(
      "Minister Rui Alves met Minister Tomas Dvorak. The two ministers recalled their first meeting in Prague in 2019. " +
        "Alves first met Governor Lena Brik in January at a plant. The next meeting will be hosted by Minister Ugo Ferri in June.",
      [["Rui Alves", "participant"], ["Tomas Dvorak", "participant"], ["Lena Brik", "mentioned"], ["Ugo Ferri", "mentioned"]],
    );
    expect(who(m)).toEqual([[["Rui Alves", "Tomas Dvorak"], []]]);
  });

  it("does not read an appeal as a visit", () => {
    const m = read("Minister Rui Alves met Minister Tomas Dvorak. Alves called on the parties to exercise restraint.", [
      ["Rui Alves", "participant"],
      ["Tomas Dvorak", "participant"],
    ]);
    expect(m).toHaveLength(1);
  });

  it("opens no meeting from a headline or a photo caption", () => {
    const m = read("Minister Rui Alves meets envoy Ida Holm\n\n[Photo: Minister Ida Holm with Rui Alves]\n\nMinister Rui Alves met Ida Holm.", [
      ["Rui Alves", "participant"],
      ["Ida Holm", "participant"],
    ]);
    expect(m).toHaveLength(1);
  });
});
