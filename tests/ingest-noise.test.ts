import { describe, expect, it } from "vitest";
import { article, bytes, fixture } from "./fixtures/ingest/read.ts";

describe("scraped-page noise", () => {
  it("removes tickers, bylines, adverts, 'Also read', comment forms and promo trailers", () => {
    const a = article("scraped-page.txt", fixture("scraped-page.txt"));
    expect(a.headline).toBe("Ministers discuss solar parks for Punjab");
    expect(a.articleDate).toBe("2025-03-05");
    expect(a.dateline).toBe("LAHORE");
    expect(a.text).toBe(
      "LAHORE: Provincial Minister for Energy Amna Tariq on Tuesday met a delegation of solar investors.\n" +
        "The minister said solar parks would be offered to private investors.",
    );
  });

  it("removes an 'ALSO READ' marker with the headline it links to, captions, tags and feed footers", () => {
    const page = [
      "ISLAMABAD: The minister met the envoy on Monday.",
      "ALSO READ",
      "Cabinet approves new telecom policy",
      "— Photo: APP",
      "They discussed broadband.",
      "Tags: broadband, telecom",
      "More from this category",
      "Advertisment",
      "Search",
      "The post Minister meets envoy appeared first on Tech News.",
    ].join("\n");
    expect(article("p.txt", bytes(page)).text).toBe("ISLAMABAD: The minister met the envoy on Monday.\nThey discussed broadband.");
  });

  it("removes wire-service codes and page counters", () => {
    const page = ["297", "ZCZC", "BSS-22", "PALAK-ENVOY-NETHERLANDS", "DHAKA, April 2, 2019 (BSS) – The envoy called on the minister today.", "BSS/PR/RQ/RY/1910 hrs", "Post Views: 362"].join("\n\n");
    const a = article("w.txt", bytes(page));
    expect(a).toMatchObject({ text: "DHAKA, April 2, 2019 (BSS) – The envoy called on the minister today.", articleDate: "2019-04-02", dateline: "DHAKA, April 2, 2019 (BSS)" });
  });

  it("removes a site name and a byline with a relative time", () => {
    const a = article("s.txt", bytes(" date 2021-09-01 NewsPoint.com\n\nAli Khan 1 minute ago Wed 01st September 2021 | 09:38 PM\n\nThe minister met the envoy."));
    expect(a.text).toBe("The minister met the envoy.");
  });

  it("removes a reporter's name under the header, a closing byline and a press-release contact block", () => {
    const page = [
      " date 2019-12-17 Zubair Qureshi",
      "",
      "The envoy called on the minister.",
      "",
      "They discussed e-commerce.",
      "",
      "ProPK Staff",
      "For more information, contact:",
      "Ministry of Information",
      "Tel: +92-51-0000000",
      "Email: info@example.org",
    ].join("\n");
    const a = article("r.txt", bytes(page));
    expect(a.headline).toBeNull();
    expect(a.text).toBe("The envoy called on the minister.\n\nThey discussed e-commerce.");
  });

  it("keeps an ordinary last paragraph that merely mentions a newsletter-like word", () => {
    const a = article("t.txt", bytes("ISLAMABAD: The minister met the ambassador.\n\nThey agreed to sign an MoU next month."));
    expect(a.text).toContain("They agreed to sign an MoU next month.");
  });
});

