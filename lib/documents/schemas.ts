import { z } from "zod";
import { choice, optionalRef, requiredText } from "@/lib/forms/fields";
import { AgreementDocumentKind } from "@/lib/generated/prisma/enums";

/**
 * The fields sent with an uploaded file (multipart form). Without `documentId` the upload starts a
 * new document; with it, the upload becomes that document's next version. The file itself is
 * checked by content in the service (lib/storage checkUpload), not here.
 */
export const documentUploadSchema = z.strictObject({
  title: requiredText(200),
  kind: choice(AgreementDocumentKind),
  documentId: optionalRef(),
});

export type DocumentUploadInput = z.output<typeof documentUploadSchema>;
