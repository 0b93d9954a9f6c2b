// Drives Pagefind from a thread of its own, so that its replies are read while the main thread
// renders the pages (see search-index.ts).
import { parentPort, workerData } from "node:worker_threads";
import { feedPagefind, type SearchJob } from "./search-index.ts";

const job = workerData as SearchJob & { entry: string };
try {
  await feedPagefind(job);
  parentPort!.postMessage({ ok: true });
} catch (error) {
  parentPort!.postMessage({ ok: false, message: (error as Error).message });
}
