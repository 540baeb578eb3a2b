import { getCurrentUser } from "@/lib/auth/current-user";
import { readApplicationDocument, removeApplicationDocument } from "@/lib/applications/documents";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { isUuid } from "@/lib/forms/fields";

type Context = { params: Promise<{ documentId: string }> };

async function documentIdOf(context: Context): Promise<string> {
  const { documentId } = await context.params;
  if (!isUuid(documentId)) throw new AppError("NOT_FOUND");
  return documentId;
}

/** A document of an application, for its applicant or staff allowed to review it; 404 for anyone else. */
export const GET = routeHandler("applications.documents.download", async (_request: Request, context: Context) => {
  const documentId = await documentIdOf(context);
  const file = await readApplicationDocument(await getCurrentUser(), documentId);
  return new Response(Buffer.from(file.data), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.data.byteLength),
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});

/** Removes a document from the signed-in student's own draft. */
export const DELETE = routeHandler("applications.documents.remove", async (_request: Request, context: Context) => {
  const documentId = await documentIdOf(context);
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  await removeApplicationDocument(user, documentId);
  return new Response(null, { status: 204 });
});
