// @ts-check
/**
 * The portal's structured logger: JSON, one object per line, on standard output. Every line written
 * while a request is handled carries its `requestId` (and `userId` once known: request-context.mjs),
 * so `grep <id>` finds everything one request did. Used by the application (logger.ts) and by the
 * HTTP server (scripts/server.mjs: the access log, start and stop).
 */
import pino from "pino";
import { currentRequestContext } from "./request-context.mjs";

const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

/**
 * @param {{ level?: string; destination?: pino.DestinationStream }} [options] level: LOG_LEVEL by default
 * @returns {pino.Logger}
 */
export function createLogger({ level = process.env.LOG_LEVEL, destination } = {}) {
  const options = {
    level: level && LEVELS.includes(level) ? level : "info",
    base: { service: "iro-portal" },
    redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token"], remove: true },
    mixin() {
      const context = currentRequestContext();
      if (!context) return {};
      return context.userId ? { requestId: context.requestId, userId: context.userId } : { requestId: context.requestId };
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
