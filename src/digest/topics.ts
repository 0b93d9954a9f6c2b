// Topic pages' data: every topic that has meetings, A–Z, each with its meetings in time order.
// Records carry topic labels; the taxonomy gives each label its slug and keywords, and a label
// the taxonomy does not know (set in front matter) becomes a topic of its own.
import type { Meeting, Topic } from "../model.ts";
import { inTimeOrder, compareNames } from "./people.ts";
import { isSafeSlug, slugify } from "./slugs.ts";

/** A lookup from a record's topic label (or slug) to its taxonomy topic. */
export function topicResolver(taxonomy: readonly Topic[]): (label: string) => Topic {
  const known = new Map<string, Topic>();
  for (const entry of taxonomy) {
    // Slugs become URL paths: one that is not a plain slug is made into one.
    const t = isSafeSlug(entry.slug) ? entry : { ...entry, slug: slugify(entry.slug || entry.label, "topic") };
    known.set(t.label.toLowerCase(), t);
    known.set(t.slug, t);
  }
  return (label) => {
    const hit = known.get(label.toLowerCase()) ?? known.get(slugify(label, "topic"));
    if (hit) return hit;
    const made: Topic = { slug: slugify(label, "topic"), label, keywords: [] };
    known.set(label.toLowerCase(), made);
    known.set(made.slug, made);
    return made;
  };
}

export function buildTopics(meetings: Meeting[]): (Topic & { meetings: string[] })[] {
  const byTopic = new Map<string, { topic: Topic; meetings: Meeting[] }>();
  for (const meeting of meetings) {
    for (const topic of meeting.topics) {
      const entry = byTopic.get(topic.slug);
      if (entry) entry.meetings.push(meeting);
      else byTopic.set(topic.slug, { topic, meetings: [meeting] });
    }
  }
  return [...byTopic.values()]
    .map(({ topic, meetings: list }) => ({ ...topic, meetings: inTimeOrder(list) }))
    .sort((a, b) => compareNames(a.label, b.label));
}
