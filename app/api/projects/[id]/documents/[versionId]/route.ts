import { getCurrentUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/errors/route-handler";
import { asNotFound, pathIds, storedFileResponse } from "@/lib/projects/file-routes";
import { findProjectDocumentVersion } from "@/lib/projects/files";

export const dynamic = "force-dynamic";

/**
 * Downloads one version of a project document: the office and the project's unit only; anyone
 * else gets 404 (401 when not signed in), so another unit's document is never confirmed to exist.
 */
export const GET = routeHandler("projects.documents.download", async (_request: Request, context: { params: Promise<{ id: string; versionId: string }> }) => {
  const user = await getCurrentUser();
  const { id, versionId } = await context.params;
  if (user) pathIds(id, versionId);
  return storedFileResponse(await findProjectDocumentVersion(user, id, versionId).catch(asNotFound));
});
