import { getCurrentUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/errors/route-handler";
import { requireStaffProjectRead } from "@/lib/projects/access";
import { answerUpload, asNotFound, pathIds, readUpload, storedFileResponse } from "@/lib/projects/file-routes";
import { attachDeliverableFile, findDeliverableFile } from "@/lib/projects/files";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; deliverableId: string }> };

/** Sets the deliverable's file (multipart: file). */
export const POST = routeHandler("projects.deliverables.file.upload", async (request: Request, context: Context) => {
  const user = await getCurrentUser();
  requireStaffProjectRead(user);
  const { id, deliverableId } = await context.params;
  pathIds(id, deliverableId);
  const upload = await readUpload(request);
  if ("refusal" in upload) return upload.refusal;
  return answerUpload(() => attachDeliverableFile(user, id, deliverableId, upload.file));
});

/** Downloads the deliverable's file: the office and the project's unit only, 404 for anyone else. */
export const GET = routeHandler("projects.deliverables.file.download", async (_request: Request, context: Context) => {
  const user = await getCurrentUser();
  const { id, deliverableId } = await context.params;
  if (user) pathIds(id, deliverableId);
  return storedFileResponse(await findDeliverableFile(user, id, deliverableId).catch(asNotFound));
});
