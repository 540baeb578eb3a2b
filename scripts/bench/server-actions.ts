// Calling the app's server actions over HTTP the way its pages do: a POST to the page's URL with
// the action's id in the `Next-Action` header and the arguments as a JSON array; the answer is a
// React Server Components stream whose row 0 points at the row holding the action's return value.
// The ids come from the served build's manifest (.next/server/server-reference-manifest.json).
import { readFileSync } from "node:fs";
import path from "node:path";

interface ManifestEntry {
  filename?: string;
  exportedName?: string;
}

/** The id of `exportedName` from `file` (e.g. "lib/applications/actions.ts") in the build in appDir. */
export function actionId(appDir: string, file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(appDir, ".next/server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const found = Object.entries(manifest.node).find(([, entry]) => entry.filename === file && entry.exportedName === exportedName);
  if (!found) throw new Error(`server action ${file}#${exportedName} is not in the build in ${appDir}`);
  return found[0];
}

export interface ActionAnswer<T> {
  status: number;
  /** The action's return value (the app's actions answer `{ ok, data }` or `{ ok: false, … }`). */
  value: T | undefined;
  ms: number;
}

/** Reads the return value out of an action's RSC answer: `0:{"a":"$@1",…}` then `1:<value>`. */
export function actionValue(body: string): unknown {
  const rows = new Map<string, string>();
  for (const line of body.split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) rows.set(line.slice(0, colon), line.slice(colon + 1));
  }
  const head = rows.get("0");
  if (!head) return undefined;
  const pointer = (JSON.parse(head) as { a?: string }).a;
  const target = typeof pointer === "string" && pointer.startsWith("$@") ? rows.get(pointer.slice(2)) : undefined;
  return target === undefined ? undefined : JSON.parse(target);
}

/** Calls one action as the page at `pagePath` does, with the session cookie. */
export async function callAction<T>(baseUrl: string, pagePath: string, id: string, argument: unknown, cookie: string): Promise<ActionAnswer<T>> {
  const started = performance.now();
  const response = await fetch(baseUrl + pagePath, {
    method: "POST",
    headers: {
      cookie,
      "next-action": id,
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      origin: baseUrl,
    },
    body: JSON.stringify([argument]),
    signal: AbortSignal.timeout(60_000),
  });
  const body = await response.text();
  const ms = performance.now() - started;
  let value: T | undefined;
  try {
    value = actionValue(body) as T | undefined;
  } catch {
    value = undefined;
  }
  return { status: response.status, value, ms };
}
