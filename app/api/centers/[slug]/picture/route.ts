import { getCurrentUser } from "@/lib/auth/current-user";
import { readCenterPicture, removeCenterPicture, setCenterPicture } from "@/lib/centers/service";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { withDetailedErrors } from "@/lib/import-export/error-response";
import { env } from "@/lib/env";
import { readFormData } from "@/lib/http/read-form";
import { requirePermission } from "@/lib/permissions";
import { revalidatePath } from "next/cache";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

/**
 * A center's picture. Public for a published center (cacheable), staff-only for a hidden one; the
 * session is only read for hidden centers. Unknown, hidden-to-you and picture-less centers all
 * answer 404, so the route reveals nothing about hidden centers.
 */
export const GET = routeHandler<Context>("centers.picture.get", async (_request, { params }) => {
  const { slug } = await params;
  const picture = await readCenterPicture(slug, getCurrentUser);
  if (!picture) throw new AppError("NOT_FOUND");
  return new Response(picture.data as Uint8Array<ArrayBuffer>, {
    headers: {
      "Content-Type": picture.mimeType,
      "Content-Length": String(picture.data.byteLength),
      // The page links the picture with a version parameter, so a new picture gets a new URL.
      "Cache-Control": picture.isPublic ? "public, max-age=86400" : "private, no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
});

/**
 * Uploads or replaces the picture (multipart field `picture`). Officers only; audited. The body is
 * read with a byte cap while it streams in: over UPLOAD_MAX_MB is a 413, unreadable a 400.
 */
export const POST = routeHandler<Context>("centers.picture.set", (request, { params }) =>
  withDetailedErrors(async () => {
    const { slug } = await params;
    const user = await getCurrentUser();
    requirePermission(user, "center:update");
    const maxMb = env().UPLOAD_MAX_MB;
    // 64 KB of room for the multipart envelope around the picture.
    const form = await readFormData(request, maxMb * 1024 * 1024 + 64 * 1024).catch((error: unknown) => {
      const tooLarge = error instanceof AppError && error.code === "TOO_LARGE";
      throw tooLarge ? new AppError("TOO_LARGE", { messageKey: "centers.picture.tooLarge", values: { maxMb } }) : error;
    });
    const file = form.get("picture");
    if (!(file instanceof File)) throw new AppError("VALIDATION", { messageKey: "centers.picture.empty" });
    const result = await setCenterPicture(user, { slug, data: new Uint8Array(await file.arrayBuffer()), fileName: file.name });
    revalidatePath("/centers", "layout");
    revalidatePath("/dashboard/centers", "layout");
    return Response.json(result, { headers: { "Cache-Control": "no-store" } });
  }),
);

export const DELETE = routeHandler<Context>("centers.picture.remove", async (_request, { params }) => {
  const { slug } = await params;
  const user = await getCurrentUser();
  requirePermission(user, "center:update");
  await removeCenterPicture(user, { slug });
  revalidatePath("/centers", "layout");
  revalidatePath("/dashboard/centers", "layout");
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
