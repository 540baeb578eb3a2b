import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { exportRegistrations } from "@/lib/events/export";
import { isUuid } from "@/lib/forms/fields";
import { downloadResponse } from "@/lib/import-export/write-file";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * An event's participant list as CSV (`?format=csv`) or Excel (`?format=xlsx`): for the office and the
 * organizing unit's coordinator; anyone else gets 404 (the event is not confirmed to exist).
 */
export const GET = routeHandler<Context>("events.participants.export", async (request, { params }) => {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const format = new URL(request.url).searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const { body, slug } = await exportRegistrations(user, id, format);
  return downloadResponse(body, format, `participants-${slug}`);
});
