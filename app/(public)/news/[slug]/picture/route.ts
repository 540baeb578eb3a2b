import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { pictureResponse, readPictureUpload } from "@/lib/http/picture-route";
import { withDetailedErrors } from "@/lib/import-export/error-response";
import { NEWS_WRITE } from "@/lib/news/access";
import { readNewsPicture, removeNewsPicture, setNewsPicture } from "@/lib/news/service";
import { requirePermission } from "@/lib/permissions";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ slug: string }> };

function refreshNewsPages(): void {
  revalidatePath("/news", "layout");
  revalidatePath("/dashboard/news", "layout");
  revalidatePath("/");
}

/**
 * A news item's picture. Public once the item is (cacheable), staff-only before; the session is read
 * only for items not yet public. Unknown, not-yet-public-to-you and picture-less items all answer
 * 404, so the route reveals nothing about drafts.
 */
export const GET = routeHandler<Context>("news.picture.get", async (_request, { params }) => {
  const { slug } = await params;
  const picture = await readNewsPicture(slug, getCurrentUser);
  if (!picture) throw new AppError("NOT_FOUND");
  return pictureResponse(picture);
});

/**
 * Uploads or replaces the picture (multipart field `picture`; server actions cap bodies at 1 MB).
 * Officers and admins; audited. Over UPLOAD_MAX_MB is a 413 while the body arrives.
 */
export const POST = routeHandler<Context>("news.picture.set", (request, { params }) =>
  withDetailedErrors(async () => {
    const { slug } = await params;
    const user = await getCurrentUser();
    requirePermission(user, NEWS_WRITE);
    const { data, fileName } = await readPictureUpload(request, "news.picture");
    const result = await setNewsPicture(user, { slug, data, fileName });
    refreshNewsPages();
    return Response.json(result, { headers: { "Cache-Control": "no-store" } });
  }),
);

export const DELETE = routeHandler<Context>("news.picture.remove", async (_request, { params }) => {
  const { slug } = await params;
  const user = await getCurrentUser();
  requirePermission(user, NEWS_WRITE);
  await removeNewsPicture(user, { slug });
  refreshNewsPages();
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});
