import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { readEventPicture, removeEventPicture, setEventPicture } from "@/lib/events/service";
import { readFormData } from "@/lib/http/read-form";
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
  return new Response(picture.data as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": picture.mimeType,
      "Content-Length": String(picture.data.byteLength),
      // Pages link the picture with a version parameter, so a new picture gets a new URL.
      "Cache-Control": picture.isPublic ? "public, max-age=86400" : "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
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
    const maxMb = env().UPLOAD_MAX_MB;
    // 64 KB of room for the multipart envelope around the picture.
    const form = await readFormData(request, maxMb * 1024 * 1024 + 64 * 1024).catch((error: unknown) => {
      const tooLarge = error instanceof AppError && error.code === "TOO_LARGE";
      throw tooLarge ? new AppError("TOO_LARGE", { messageKey: "events.picture.tooLarge", values: { maxMb } }) : error;
    });
    const file = form.get("picture");
    if (!(file instanceof File)) throw new AppError("VALIDATION", { messageKey: "events.picture.empty" });
    const result = await setEventPicture(user, { slug, data: new Uint8Array(await file.arrayBuffer()), fileName: file.name });
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
