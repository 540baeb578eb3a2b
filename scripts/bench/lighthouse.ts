// Lighthouse scores of the public pages (issues 4 and 5): directory, a partner page, centers, catalogue,
// an opportunity page. Against the benchmark's own server (started like `npm run bench` does) or any
// running server with --url-base.
//   npm run lighthouse [-- --url-base http://localhost:3000 --partner <slug> --opportunity <id>]
// Results: stdout, bench/results/lighthouse.md and bench/results/lighthouse.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { startBenchEnvironment, type BenchEnvironment } from "./environment";
import { formatLighthouse, LIGHTHOUSE_TARGETS, runLighthouse } from "./lighthouse-core";

const { values } = parseArgs({
  options: {
    "url-base": { type: "string" },
    partner: { type: "string" },
    opportunity: { type: "string" },
    port: { type: "string", default: "3200" },
    "pg-port": { type: "string", default: "54340" },
    "app-dir": { type: "string" },
  },
});

const started = Date.now();
const log = (message: string) => console.log(`[lighthouse ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);

/** The first link of the given shape on a listing page (a partner slug, an opportunity id). */
async function firstLink(url: string, pattern: RegExp): Promise<string | undefined> {
  const response = await fetch(url, { headers: { "accept-language": "en" } }).catch(() => null);
  if (!response?.ok) return undefined;
  return pattern.exec(await response.text())?.[1];
}

let env: BenchEnvironment | undefined;
try {
  let baseUrl = values["url-base"]?.replace(/\/$/, "");
  let partnerSlug = values.partner;
  let opportunityId = values.opportunity;
  if (!baseUrl) {
    env = await startBenchEnvironment({ pgPort: Number(values["pg-port"]), port: Number(values.port), regenerate: false, seed: 42, appDir: values["app-dir"], log });
    baseUrl = env.baseUrl;
    partnerSlug ??= env.dataset.partnerSlug;
    opportunityId ??= env.dataset.opportunityId;
  }
  partnerSlug ??= (await firstLink(`${baseUrl}/partners`, /href="\/partners\/([a-z0-9-]+)"/)) ?? "unknown-partner";
  opportunityId ??= (await firstLink(`${baseUrl}/opportunities`, /href="\/opportunities\/([0-9a-f-]{36})"/)) ?? "unknown-opportunity";

  const results = await runLighthouse(baseUrl, { partnerSlug, opportunityId }, log);
  const markdown = [
    `## Lighthouse — ${new Date(started).toISOString().slice(0, 16).replace("T", " ")} UTC (${baseUrl})`,
    "",
    formatLighthouse(results),
    "",
    `Run: ${Math.round((Date.now() - started) / 1000)} s.`,
    "",
  ].join("\n");
  mkdirSync("bench/results", { recursive: true });
  writeFileSync("bench/results/lighthouse.md", markdown);
  writeFileSync("bench/results/lighthouse.json", JSON.stringify({ startedAt: new Date(started).toISOString(), baseUrl, targets: LIGHTHOUSE_TARGETS, results }, null, 2) + "\n");
  console.log("\n" + markdown);
} finally {
  await env?.stop();
}
