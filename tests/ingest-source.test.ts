import { describe, expect, it } from "vitest";
import { articleOutlet, readAgencyTag, readSourceUrlLine, safeHttpUrl, siteName } from "../src/ingest/article-source.ts";
import { article, bytes } from "./fixtures/ingest/read.ts";

describe("the address an article was published at", () => {
  it("keeps only absolute http(s) addresses", () => {
    expect(safeHttpUrl("https://www.dawn.com/news/123")).toBe("https://www.dawn.com/news/123");
    expect(safeHttpUrl("HTTP://Example.org/a b")).toBe("http://example.org/a%20b");
    for (const bad of ["javascript:alert(1)", "data:text/html,x", "//dawn.com/x", "news/123", "https://user:pw@x.org/", "http://"]) {
      expect(safeHttpUrl(bad)).toBeNull();
    }
  });

  it("reads a URL line at the top or the bottom, labelled or not, and removes it", () => {
    expect(readSourceUrlLine("https://paper.example/story/1\n\nQUETTA: The minister met the envoy.")).toEqual({
      url: "https://paper.example/story/1",
      text: "QUETTA: The minister met the envoy.",
    });
    expect(readSourceUrlLine("QUETTA: The minister met the envoy.\n\nSource: <https://paper.example/story/2>")).toEqual({
      url: "https://paper.example/story/2",
      text: "QUETTA: The minister met the envoy.",
    });
  });

  it("leaves a link inside a sentence, or an unsafe one, in the text", () => {
    const inSentence = "QUETTA: The ministry posted the readout at https://gov.example/readout on Monday.";
    expect(readSourceUrlLine(inSentence)).toEqual({ url: null, text: inSentence });
    const unsafe = "URL: javascript:alert(1)\n\nQUETTA: Text.";
    expect(readSourceUrlLine(unsafe).url).toBeNull();
  });
});

describe("the outlet that published it", () => {
  it("names a known site by its host or a subdomain of it, and an unknown one by its host", () => {
    expect(siteName("https://www.dawn.com/news/1")).toBe("Dawn");
    expect(siteName("https://epaper.dawn.com/x")).toBe("Dawn");
    expect(siteName("https://notdawn.com/x")).toBeNull();
    expect(articleOutlet(undefined, "https://www.small-paper.example/x", "Text.")).toBe("small-paper.example");
  });

  it("reads the agency tag of a wire story in its dateline, its opening or its signature", () => {
    expect(readAgencyTag("KARACHI, March 3 (APP) - The minister met the envoy.")).toBe("APP");
    expect(readAgencyTag("ABU DHABI, 3rd November, 2023 (WAM) -- The sheikh received the envoy.")).toBe("WAM");
    expect(readAgencyTag("Addis Ababa, November 3/2023 (ENA) The minister held talks.")).toBe("ENA");
    expect(readAgencyTag("Riyadh, November 03, 2023, SPA -- The minister received the envoy.")).toBe("SPA");
    expect(readAgencyTag("Jakarta (ANTARA) - The minister met the envoy.")).toBe("Antara");
    expect(readAgencyTag("RABAT: The minister met the envoy.\n\nThey discussed trade.\n\n— APP")).toBe("APP");
  });

  it("does not read an organisation in brackets or an ordinary word as an agency", () => {
    expect(readAgencyTag("ISLAMABAD: The Chairman of the Authority (PTA) met the envoy.")).toBeNull();
    expect(readAgencyTag("LAHORE, Map - The minister met the envoy.")).toBeNull();
    expect(readAgencyTag("LAHORE: The minister met the envoy.\n\nAp")).toBeNull();
  });

  it("prefers the outlet the user gave, then the site of the address, then the agency", () => {
    const wire = "KARACHI, March 3 (APP) - The minister met the envoy.";
    expect(articleOutlet("Morning Courier", "https://www.dawn.com/x", wire)).toBe("Morning Courier");
    expect(articleOutlet(undefined, "https://www.dawn.com/x", wire)).toBe("Dawn");
    expect(articleOutlet(undefined, null, wire)).toBe("APP");
    expect(articleOutlet(undefined, null, "KARACHI: The minister met the envoy.")).toBeNull();
  });
});

describe("source fields through ingest", () => {
  it("takes source_url and outlet from the front matter", () => {
    const a = article("a.md", bytes("---\nsource_url: https://paper.example/a\noutlet: Evening Ledger\n---\nQUETTA: Text."));
    expect(a).toMatchObject({ sourceUrl: "https://paper.example/a", outlet: "Evening Ledger", warnings: [] });
  });

  it("refuses a front-matter address that is not http(s), with a warning", () => {
    const a = article("a.md", bytes("---\nsource_url: javascript:alert(1)\n---\nQUETTA: Text."));
    expect(a.sourceUrl).toBeNull();
    expect(a.warnings).toEqual([expect.stringMatching(/source_url.*http/)]);
  });

  it("reads a scraped file's URL line and agency signature before the noise is removed", () => {
    const a = article("b.txt", bytes("https://www.dawn.com/news/42\nKARACHI: The minister met the envoy.\n\n— APP"));
    expect(a).toMatchObject({ sourceUrl: "https://www.dawn.com/news/42", outlet: "Dawn", text: "KARACHI: The minister met the envoy." });
    const wire = article("c.txt", bytes("KARACHI: The minister met the envoy.\n\n— APP"));
    expect(wire).toMatchObject({ sourceUrl: null, outlet: "APP" });
  });
});
