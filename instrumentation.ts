import type { Instrumentation } from "next";

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { runStartupTasks } = await import("@/lib/db/startup");
    await runStartupTasks();
  }
}

/** Unexpected errors: logged with details under the digest the error page shows as its reference id. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("@/lib/logging/logger");
  const digest = (error as { digest?: string }).digest;
  logger.error(
    { err: error, reference: digest, method: request.method, path: request.path, route: context.routePath, kind: context.routeType },
    "unexpected error while handling a request",
  );
};
