import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { requireStaffProjectRead } from "@/lib/projects/access";
import { projectDocumentUploadSchema } from "@/lib/projects/document-schemas";
import { answerUpload, pathIds, readUpload, refusalResponse } from "@/lib/projects/file-routes";
import { uploadProjectDocument } from "@/lib/projects/files";

export const dynamic = "force-dynamic";

/** Uploads a project document, or a new version of one (multipart: file, title, kind, documentId). */
export const POST = routeHandler("projects.documents.upload", async (request: Request, context: { params: Promise<{ id: string }> }) => {
  const user = await getCurrentUser();
  requireStaffProjectRead(user);
  const { id } = await context.params;
  pathIds(id);
  const upload = await readUpload(request);
  if ("refusal" in upload) return upload.refusal;
  const { form, file } = upload;
  const parsed = projectDocumentUploadSchema.safeParse({ title: form.get("title"), kind: form.get("kind"), documentId: form.get("documentId") ?? undefined });
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
    return refusalResponse(new AppError("VALIDATION", { fieldErrors }));
  }
  return answerUpload(() => uploadProjectDocument(user, id, parsed.data, file));
});
