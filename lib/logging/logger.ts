import pino from "pino";

/** Structured JSON logs (one object per line) for every server-side message. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "iro-portal" },
  redact: { paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token"], remove: true },
});
