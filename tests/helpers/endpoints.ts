import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";

/**
 * Every server action (each exported function of a file whose first statement is "use server") and
 * every route handler (`app/**\/route.ts`, each exported HTTP method), found by reading the tree, so a
 * new endpoint is covered by the authorization matrix and the fuzz tier the day it is added.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const SKIPPED_DIRS = new Set(["node_modules", ".next", ".data", ".git", "tests", "test-results", "playwright-report", "generated"]);
const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"] as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : sourceFiles(path.join(dir, entry.name));
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path.join(dir, entry.name)] : [];
  });
}

/** A file-level "use server" directive: the first statement, after comments only. */
function isServerActionFile(source: string): boolean {
  const code = source.replace(/^(\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*/, "");
  return /^["']use server["']/.test(code);
}

/** Calls one route handler the way the portal's own pages would (same origin), with an optional body. */
export type RouteCaller = (method: string, body?: BodyInit, headers?: Record<string, string>) => Promise<Response>;

type Handler = (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;

export async function discoverActions(): Promise<Map<string, (input: unknown) => Promise<unknown>>> {
  const actions = new Map<string, (input: unknown) => Promise<unknown>>();
  for (const file of sourceFiles(ROOT).filter((f) => isServerActionFile(readFileSync(f, "utf8")))) {
    const relative = path.relative(ROOT, file).split(path.sep).join("/");
    const exported = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (typeof value === "function") actions.set(`${relative}#${name}`, value as (input: unknown) => Promise<unknown>);
    }
  }
  return actions;
}

function urlPathOf(routeFile: string): { pathname: string; params: Record<string, string | string[]> } {
  const params: Record<string, string | string[]> = {};
  const segments = path
    .dirname(routeFile)
    .split("/")
    .slice(1)
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => {
      const dynamic = /^\[(\.\.\.)?(.+)\]$/.exec(segment);
      if (!dynamic) return segment;
      const value = "00000000-0000-4000-8000-000000000000";
      params[dynamic[2]!] = dynamic[1] ? [value] : value;
      return value;
    });
  return { pathname: `/${segments.join("/")}`, params };
}

export async function discoverRoutes(): Promise<Map<string, RouteCaller>> {
  const routes = new Map<string, RouteCaller>();
  const files = sourceFiles(path.join(ROOT, "app")).filter((file) => /\/route\.tsx?$/.test(file));
  for (const file of files) {
    const relative = path.relative(ROOT, file).split(path.sep).join("/");
    const exported = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
    const { pathname, params } = urlPathOf(relative);
    for (const method of HTTP_METHODS) {
      const handler = exported[method];
      if (typeof handler !== "function") continue;
      routes.set(`${relative}#${method}`, (calledWith, givenBody, headers = {}) => {
        const url = new URL(pathname, process.env.APP_URL ?? "http://localhost:3000");
        const body = calledWith === "GET" || calledWith === "HEAD" ? undefined : (givenBody ?? new FormData());
        // Same-origin, as the portal's own pages would send it: a refusal must come from authorization.
        // A NextRequest, as Next.js hands to route handlers (next-auth reads `nextUrl`).
        const request = new NextRequest(url, { method: calledWith, body, headers: { origin: url.origin, ...headers }, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]);
        return (handler as Handler)(request, { params: Promise.resolve(params) });
      });
    }
  }
  return routes;
}

