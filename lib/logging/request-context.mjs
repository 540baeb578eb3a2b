// @ts-check
/**
 * What every log line of a request carries: its id and, once known, the signed-in user's id.
 *
 * scripts/server.mjs opens a context for each request (`runInRequestContext`) before handing it to
 * Next.js; everything the request runs (pages, server actions, route handlers, queries) inherits it
 * through AsyncLocalStorage, and the logger (create-logger.mjs) adds it to every line. The context
 * is one shared object on `globalThis` because the server and Next.js's bundle load this file as
 * separate module instances (as lib/cache/cache-bus.mjs does).
 *
 * The id is the client's (or the reverse proxy's) `x-request-id` when it looks like an id, or a new
 * UUID; the response carries it back in `x-request-id`, so a user or a proxy log can quote it.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

/** @typedef {{ requestId: string; userId?: string }} RequestContext */

const STORAGE = Symbol.for("iro-portal.request-context");

/** @returns {AsyncLocalStorage<RequestContext>} */
function storage() {
  const holder = /** @type {Record<symbol, AsyncLocalStorage<RequestContext> | undefined>} */ (/** @type {unknown} */ (globalThis));
  holder[STORAGE] ??= new AsyncLocalStorage();
  return holder[STORAGE];
}

export const REQUEST_ID_HEADER = "x-request-id";

/**
 * Letters, digits and `-_.:@`, 8 to 128 of them: what proxies and tracing systems send (UUIDs, nginx's
 * $request_id, W3C trace ids), and nothing that could forge or break a log line.
 */
const VALID_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9_.:@-]{7,127}$/;

/**
 * The id of a request: the incoming header when valid, else a new one.
 * @param {string | string[] | undefined} incoming
 */
export function requestIdFrom(incoming) {
  return typeof incoming === "string" && VALID_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Runs `fn` (the request's whole handling) inside a new context.
 * @template T
 * @param {RequestContext} context
 * @param {() => T} fn
 * @returns {T}
 */
export function runInRequestContext(context, fn) {
  return storage().run(context, fn);
}

/** The current request's context, or undefined outside a request (start-up, background jobs). */
export function currentRequestContext() {
  return storage().getStore();
}

/**
 * Records who the request is for (from the session), for its log lines and its access log line.
 * @param {string | null | undefined} userId
 */
export function noteRequestUser(userId) {
  const context = storage().getStore();
  if (context && userId) context.userId = userId;
}
