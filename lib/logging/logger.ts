import { createLogger } from "./create-logger.mjs";

/**
 * Structured JSON logs (one object per line) for every server-side message; lines written while a
 * request is handled carry its `requestId` and `userId` (create-logger.mjs).
 */
export const logger = createLogger();
