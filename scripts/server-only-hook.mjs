// Lets `npm run job` and the benchmark's worker scripts run the app's server modules in plain Node, as the tests do
// (vitest.config.ts stubs `server-only`): the whole process cannot take the `react-server` condition,
// under which next-intl's createTranslator (the PDFs' wording) finds no client React, so only the
// `server-only` marker is resolved with it (to its empty module).
//   node --import tsx --import ./scripts/server-only-hook.mjs scripts/bench/report-worker.ts …
import { register } from "node:module";
import { isMainThread } from "node:worker_threads";

export async function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}

// Module hooks run in a thread of their own, which imports this file again: register only once.
if (isMainThread) register(import.meta.url);
