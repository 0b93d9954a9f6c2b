import { describe, expect, it } from "vitest";
import { DEFAULT_TOPICS, extractTopics } from "../src/extract/topics.ts";
import type { Topic } from "../src/model.ts";

const label = (slug: string) => DEFAULT_TOPICS.find((t) => t.slug === slug)!.label;

describe("the topic taxonomy", () => {
  it("covers the domain with unique slugs", () => {
    const slugs = DEFAULT_TOPICS.map((t) => t.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of [
      "connectivity-broadband", "artificial-intelligence", "digital-public-infrastructure", "e-governance", "cybersecurity",
      "data-protection-privacy", "fintech-digital-payments", "it-exports-freelancers", "gaming-animation", "telecom-spectrum-5g",
      "satellite-internet", "capacity-building-skills", "trade-investment", "energy", "diplomacy-bilateral-ties",
    ]) expect(slugs).toContain(slug);
  });
});

describe("scoring an article", () => {
  it("ranks the main subjects first and returns between two and six labels", () => {
    const text =
      "The minister met the ambassador to discuss cybersecurity and the 5G spectrum auction.\n" +
      "She said cybersecurity training for engineers was a priority, and that spectrum would be released soon.\n" +
      "The ambassador offered training courses on cyber threats and said cybersecurity needed regional cooperation.";
    const topics = extractTopics(null, text);
    expect(topics[0]).toBe(label("cybersecurity"));
    expect(topics).toContain(label("telecom-spectrum-5g"));
    expect(topics).toContain(label("capacity-building-skills"));
    expect(topics.length).toBeGreaterThanOrEqual(2);
    expect(topics.length).toBeLessThanOrEqual(6);
  });

  it("matches keywords written in capitals only as written", () => {
    expect(extractTopics(null, "The AI policy was discussed. AI skills matter.")).toContain(label("artificial-intelligence"));
    expect(extractTopics(null, "The minister said it was a fair deal. Said so again. And again it was.")).toEqual([]);
  });

  it("leaves out a passing mention in a long article", () => {
    const text =
      "The minister met the envoy to discuss satellite internet.\n" +
      "Satellite internet could reach remote valleys. Satellite operators need licences. Satellite ground stations are planned.\n" +
      "Low earth orbit satellites were compared with older satellite services, and satellite broadband prices were reviewed.\n" +
      "The satellite regulator described the satellite licence process and satellite spectrum coordination.\n" +
      "In passing, she noted energy prices.";
    expect(extractTopics(null, text)).not.toContain(label("energy"));
  });

  it("tells cybercrime, undersea cables and handsets apart from the broader topics", () => {
    const text =
      "The minister met the regulator to discuss a new undersea cable and its landing station in Karachi.\n" +
      "They also reviewed online fraud cases and the digital forensics lab, and local assembly of smartphones.";
    const topics = extractTopics(null, text);
    for (const slug of ["submarine-cables", "cybercrime-forensics", "devices-semiconductors"]) expect(topics).toContain(label(slug));
  });

  it("names subjects beyond technology that meetings of officials often cover", () => {
    const text =
      "The chief minister met the World Bank's country director to discuss healthcare and higher education.\n" +
      "They agreed to build two hospitals and fund scholarships, and reviewed flood relief for farmers hit by the floods.";
    const topics = extractTopics(null, text);
    for (const slug of ["health", "education", "agriculture-food-security"]) expect(topics).toContain(label(slug));
    expect(extractTopics(null, "They discussed the investment climate and the business environment for technology firms.")).not.toContain(
      label("climate-environment"),
    );
  });

  it("finds topics in Urdu text through Urdu keywords", () => {
    const topics = extractTopics(null, "وزیر نے مصنوعی ذہانت اور براڈ بینڈ پر بات کی۔");
    expect([...topics].sort()).toEqual([label("artificial-intelligence"), label("connectivity-broadband")].sort());
  });

  it("uses the topics it is given, such as a user's own", () => {
    const mine: Topic[] = [{ slug: "water", label: "Water management", keywords: ["water", "irrigation", "dams"] }];
    expect(extractTopics("Ministers discuss dams", "They met to discuss irrigation and water.", mine)).toEqual(["Water management"]);
  });
});
