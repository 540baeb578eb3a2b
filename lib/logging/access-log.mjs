// @ts-check
/**
 * One line per request, written by scripts/server.mjs when the response is finished (or the client
 * went away): method, path, status, time taken and, when the request was a signed-in user's, the
 * user's id; the request id comes with every line (create-logger.mjs). The query string is left out:
 * it may carry one-time tokens (password reset, e-mail confirmation) and people's searches.
 * Load balancers' health probes are logged at `debug`, so they do not drown the rest at `info`.
 */

import { runInRequestContext } from "./request-context.mjs";

const PROBE_PATH = /^\/api\/health(?:\/(?:live|ready))?$/;

/**
 * @param {{
 *   method?: string;
 *   url?: string;
 *   status: number;
 *   startedAt: number;
 *   endedAt: number;
 *   finished: boolean;
 *   pageCache?: string | number | string[];
 * }} request startedAt/endedAt: performance.now() values; finished: false when the client left first
 */
export function accessLogEntry({ method, url, status, startedAt, endedAt, finished, pageCache }) {
  const path = (url ?? "/").split("?")[0] || "/";
  /** @type {Record<string, unknown>} */
  const entry = { method: method ?? "GET", path, status, durationMs: Math.round((endedAt - startedAt) * 10) / 10 };
  if (typeof pageCache === "string") entry.pageCache = pageCache;
  if (!finished) entry.aborted = true;
  return { level: /** @type {"debug" | "info"} */ (PROBE_PATH.test(path) ? "debug" : "info"), entry };
}

/**
 * Writes the access log line of `res` once it is done, with the request's context (its id, and the
 * user's id if the application noted one meanwhile).
 * @param {import("pino").Logger} logger
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {import("./request-context.mjs").RequestContext} context
 */
export function logAccessWhenDone(logger, req, res, context) {
  const startedAt = performance.now();
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    const { level, entry } = accessLogEntry({
      method: req.method,
      url: req.url,
      status: res.statusCode,
      startedAt,
      endedAt: performance.now(),
      finished: res.writableFinished,
      pageCache: res.getHeader("x-page-cache"),
    });
    // Events of a finished response may run outside the request's async context: set it again.
    runInRequestContext(context, () => logger[level](entry, "request"));
  };
  res.once("finish", write);
  res.once("close", write);
}
