import "server-only";
import { randomBytes } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { assertSameOrigin } from "@/lib/auth/same-origin";
import { logger } from "@/lib/logging/logger";
import { AppError, HTTP_STATUS } from "./app-error";

/**
 * Wraps a route handler: refuses cross-origin requests that change data, turns an AppError into
 * its HTTP status with a JSON body `{ error, message }`, and answers anything else with a bare 500
 * and a reference (the details go to the log, never to the client).
 */
export function routeHandler<C>(
  name: string,
  handler: (request: Request, context: C) => Promise<Response>,
): (request: Request, context: C) => Promise<Response> {
  return async (request, context) => {
    try {
      assertSameOrigin(request);
      return await handler(request, context);
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AppError) {
        return Response.json(
          { error: error.code, message: error.messageKey },
          { status: HTTP_STATUS[error.code], headers: { "Cache-Control": "no-store" } },
        );
      }
      const reference = randomBytes(4).toString("hex");
      logger.error({ err: error, reference, route: name }, "route handler failed");
      return Response.json({ error: "INTERNAL", reference }, { status: 500, headers: { "Cache-Control": "no-store" } });
    }
  };
}
