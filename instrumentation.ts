import type { Instrumentation } from "next";

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { runStartupTasks } = await import("@/lib/db/startup");
    await runStartupTasks();
  }
}

/**
 * Unexpected errors: logged with details under the digest the error page shows as its reference, and
 * with the request's id (scripts/server.mjs sets `x-request-id`), so the reference a user quotes
 * leads to this line, and its `requestId` to every other line of that request (its access log line too).
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("@/lib/logging/logger");
  const digest = (error as { digest?: string }).digest;
  const requestId = request.headers["x-request-id"];
  logger.error(
    {
      err: error,
      reference: digest,
      ...(typeof requestId === "string" ? { requestId } : {}),
      method: request.method,
      path: request.path.split("?")[0],
      route: context.routePath,
      kind: context.routeType,
    },
    "unexpected error while handling a request",
  );
};
