// Counting how often a person, body, country, topic or pair turns up across meetings: every
// digest view keeps such counts, keyed by slug.

/** Adds one to the entry under `key`, made by `make` (with a count of 0) the first time. */
export function countIn<V extends { count: number }>(map: Map<string, V>, key: string, make: () => V): V {
  let entry = map.get(key);
  if (!entry) map.set(key, (entry = make()));
  entry.count++;
  return entry;
}
