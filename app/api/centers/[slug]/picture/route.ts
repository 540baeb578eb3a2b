import { getCurrentUser } from "@/lib/auth/current-user";
import { readCenterPicture, removeCenterPicture, setCenterPicture } from "@/lib/centers/service";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { withDetailedErrors } from "@/lib/import-export/error-response";
import { pictureResponse, readPictureUpload } from "@/lib/http/picture-route";
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
  return pictureResponse(picture);
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
    const { data, fileName } = await readPictureUpload(request, "centers.picture");
    const result = await setCenterPicture(user, { slug, data, fileName });
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
