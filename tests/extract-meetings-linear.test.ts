// The meeting reader's cost grows with the text, not with its square: many meetings, many people
// sharing a surname, thousands of offices in one sentence, a long run of forms of address.
import { describe, expect, it } from "vitest";
import { extractMeetings } from "../src/extract/meetings/index.ts";
import { sentences } from "../src/extract/sentences.ts";
import type { Official } from "../src/model.ts";

const official = (name: string, role: Official["role"], title: string | null = null): Official => ({ name, title, organization: null, country: null, role, evidence: null });

/** An article of n meetings: envoys who all share one surname, each with an aide. */
function manyMeetings(n: number): { text: string; officials: Official[] } {
  const officials = [official("Arno Veltkamp", "participant", "Minister of Trade")];
  const parts = ["Minister of Trade Arno Veltkamp held many separate meetings on Monday."];
  for (let i = 0; i < n; i++) {
    const envoy = `Envoy${i.toString(36)} Quorvath`;
    const aide = `Aide${i.toString(36)} Telmont`;
    officials.push(official(envoy, "participant", "Ambassador"), official(aide, "attendee", "Counsellor"));
    parts.push(`The minister then met Ambassador ${envoy}, who was accompanied by Counsellor ${aide}. The two sides discussed trade. Later, the minister received the ambassador again.`);
  }
  parts.push("Deputy Minister Lisbet Oranje attended all the meetings.");
  officials.push(official("Lisbet Oranje", "attendee", "Deputy Minister"));
  return { text: parts.join(" "), officials };
}

function seconds(text: string, officials: Official[]): number {
  const runs: number[] = [];
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    extractMeetings({ text, spans: sentences(text), officials, dateline: null, articleDate: "2025-03-03" });
    runs.push((performance.now() - t0) / 1000);
  }
  return runs.sort((a, b) => a - b)[1]!;
}

describe("the meeting reader's cost", () => {
  it("grows about as the text does", () => {
    const small = manyMeetings(300);
    const large = manyMeetings(1200);
    seconds(small.text, small.officials); // warm up
    const a = seconds(small.text, small.officials);
    const b = seconds(large.text, large.officials);
    // Four times the text: about four times the work (a square would be sixteen).
    expect(b / a).toBeLessThan(9);
    const read = extractMeetings({ text: large.text, spans: sentences(large.text), officials: large.officials, dateline: null, articleDate: null });
    expect(read.length).toBe(2400);
    expect(read.every((m) => m.attendees.includes("Lisbet Oranje"))).toBe(true);
  }, 60_000);

  it("reads 20,000 offices in one sentence and 500 KB of forms of address in seconds", () => {
    const offices = "Minister Arno Veltkamp met " + Array.from({ length: 20_000 }, (_, i) => `the Deputy Minister of Things ${i}`).join(", ") + ".";
    const address = "H.E. ".repeat(100_000) + "Arno Veltkamp met Bo Quist.";
    const people = [official("Arno Veltkamp", "participant", "Minister"), official("Bo Quist", "participant")];
    expect(seconds(offices, people)).toBeLessThan(5);
    expect(seconds(address, people)).toBeLessThan(5);
  }, 60_000);
});
