// Worker threads do not inherit the TypeScript loader (tsx) of the process that starts them:
// register it in this thread, then load the TypeScript worker named in workerData.
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.entry);
