import { AppError, HTTP_STATUS } from "@/lib/errors/app-error";

/**
 * Upload and import forms post to route handlers (server actions cap request bodies at 1 MB) and
 * show errors next to their fields, so they need more than `routeHandler`'s `{ error, message }`:
 * this answers an AppError with its values and field errors too. Anything else is rethrown for
 * `routeHandler` to log and answer generically.
 */
export async function withDetailedErrors(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return Response.json(
      {
        error: error.code,
        message: error.messageKey,
        ...(error.values ? { values: error.values } : {}),
        ...(error.fieldErrors ? { fieldErrors: error.fieldErrors } : {}),
      },
      { status: HTTP_STATUS[error.code], headers: { "Cache-Control": "no-store" } },
    );
  }
}
