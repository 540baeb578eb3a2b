import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { readEventPicture, removeEventPicture, setEventPicture } from "@/lib/events/service";
import { pictureResponse, readPictureUpload } from "@/lib/http/picture-route";
import { withDetailedErrors } from "@/lib/import-export/error-response";
import { requireSomeScope } from "@/lib/agreements/access";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

function refreshEventPages(): void {
  revalidatePath("/events", "layout");
  revalidatePath("/dashboard/events", "layout");
}

/**
 * An event's picture. Public for a published event (cacheable), staff-only for an internal one; the
 * session is only read for internal events. Unknown, hidden-to-you and picture-less events all
 * answer 404, so the route reveals nothing about internal events.
 */
export const GET = routeHandler<Context>("events.picture.get", async (_request, { params }) => {
  const { slug } = await params;
  const picture = await readEventPicture(slug, getCurrentUser);
  if (!picture) throw new AppError("NOT_FOUND");
  return pictureResponse(picture);
});

/**
 * Uploads or replaces the picture (multipart field `picture`): the office, or the organizing unit's
 * coordinator; audited. The body is read with a byte cap while it streams in: over UPLOAD_MAX_MB is
 * a 413, unreadable a 400.
 */
export const POST = routeHandler<Context>("events.picture.set", (request, { params }) =>
  withDetailedErrors(async () => {
    const { slug } = await params;
    const user = await getCurrentUser();
    requireSomeScope(user, "event:update");
    const { data, fileName } = await readPictureUpload(request, "events.picture");
    const result = await setEventPicture(user, { slug, data, fileName });
    refreshEventPages();
    return Response.json(result, { headers: { "Cache-Control": "no-store" } });
  }),
);

export const DELETE = routeHandler<Context>("events.picture.remove", async (_request, { params }) => {
  const { slug } = await params;
  const user = await getCurrentUser();
  requireSomeScope(user, "event:update");
  await removeEventPicture(user, { slug });
  refreshEventPages();
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
