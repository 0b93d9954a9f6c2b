import { describe, expect, it } from "vitest";
import { officeKind } from "../src/digest/office-kinds.ts";

describe("officeKind", () => {
  it("takes the first head of the title, the longest at one place", () => {
    expect(officeKind("Deputy Minister of Fisheries")).toBe("Minister");
    expect(officeKind("Secretary of the Ministry of Fisheries")).toBe("Secretary");
    expect(officeKind("Zemblan High Commissioner to Borvia")).toBe("Ambassador or envoy");
    expect(officeKind("Prime Minister of Zembla")).toBe("Head of state or government");
  });
  it("reads a president of a body as the head of an organisation", () => {
    expect(officeKind("President of the Chamber of Commerce")).toBe("Head of an organisation");
    expect(officeKind("Vice President for Regulatory Affairs")).toBe("Head of an organisation");
  });
  it("reads members of parliaments, the European one included, as legislators", () => {
    expect(officeKind("MEP")).toBe("Legislator");
    expect(officeKind("Member of the European Parliament")).toBe("Legislator");
    expect(officeKind("MP")).toBe("Legislator");
  });
  it("gives null for a title without a known head", () => {
    expect(officeKind("Founder's friend")).toBeNull();
    expect(officeKind(null)).toBeNull();
  });
});
