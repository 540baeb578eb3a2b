import { z } from "zod";
import { AgreementDocumentKind } from "@/lib/generated/prisma/enums";

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/**
 * The fields sent with an uploaded file (multipart form). Without `documentId` the upload starts a
 * new document; with it, the upload becomes that document's next version. The file itself is
 * checked by content in the service (lib/storage checkUpload), not here.
 */
export const documentUploadSchema = z.strictObject({
  title: z.string("common.form.errors.required").trim().min(1, "common.form.errors.required").max(200, "agreements.validation.tooLong"),
  kind: z.enum(AgreementDocumentKind, "common.form.errors.invalidOption"),
  documentId: z.preprocess(blankToUndefined, z.uuid("common.form.errors.invalidOption").optional()),
});

export type DocumentUploadInput = z.output<typeof documentUploadSchema>;
