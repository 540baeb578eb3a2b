import { z } from "zod";
import { choice, optionalRef, requiredText } from "@/lib/forms/fields";
import { ProjectDocumentKind } from "@/lib/generated/prisma/enums";

/**
 * The fields sent with a project document (multipart form). Without `documentId` the upload starts
 * a new document; with it, the upload is that document's next version. The file is checked by its
 * content in the service (lib/storage checkUpload), not here.
 */
export const projectDocumentUploadSchema = z.strictObject({
  title: requiredText(200),
  kind: choice(ProjectDocumentKind),
  documentId: optionalRef(),
});

export type ProjectDocumentUploadInput = z.output<typeof projectDocumentUploadSchema>;
