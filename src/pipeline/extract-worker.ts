// A worker thread's share of extraction: the same ingest + extractRecord as the main thread,
// for a list of seed files. Messages: progress counts, then the results in the order given.
import fs from "node:fs";
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { extractOne, type WorkerInput } from "./extract-one.ts";

const input = workerData as WorkerInput;
const results = input.sources.map((source, i) => {
  if (i % 50 === 49) parentPort!.postMessage({ kind: "progress", done: i + 1 });
  return extractOne(source, fs.readFileSync(path.join(input.seedsDir, source)), input.topics);
});
parentPort!.postMessage({ kind: "done", results });
