import "server-only";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { readFormData } from "@/lib/http/read-form";
import { importRequestSchema, INVALID_MAPPING, type ImportStep } from "./import-request";
import { ImportFileError, readTabularFile } from "./read-file";
import type { ColumnMapping, TabularData } from "./table";

export interface ImportRequest {
  step: ImportStep;
  /** Absent on "inspect": the server guesses it. */
  mapping: ColumnMapping | undefined;
  data: TabularData;
}

/** Room for the form's other fields and the multipart boundaries around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

function tooLarge(maxMb: number): AppError {
  return new AppError("TOO_LARGE", { messageKey: "importExport.file.tooLarge", values: { maxMb } });
}

/**
 * Reads an import post (multipart: `file`, `step`, `mapping`) into the step, the mapping and the
 * file's table. Call it only after the permission check: it reads the body. The body is read with
 * a byte cap while it streams in (over UPLOAD_MAX_MB: TOO_LARGE, 413, without reading further; an
 * unreadable body: BAD_REQUEST, 400); every other refusal is a VALIDATION AppError whose key says
 * what was wrong with the file or the form.
 */
export async function readImportRequest(request: Request): Promise<ImportRequest> {
  const maxMb = env().UPLOAD_MAX_MB;
  const maxBytes = maxMb * 1024 * 1024;
  const form = await readFormData(request, maxBytes + FORM_OVERHEAD_BYTES).catch((error: unknown) => {
    throw error instanceof AppError && error.code === "TOO_LARGE" ? tooLarge(maxMb) : error;
  });
  const file = form.get("file");
  if (!(file instanceof File)) throw new AppError("VALIDATION", { messageKey: "importExport.file.empty" });
  if (file.size > maxBytes) throw tooLarge(maxMb);
  form.delete("file");

  const parsed = importRequestSchema.safeParse(Object.fromEntries(form.entries()));
  if (!parsed.success) {
    const mappingInvalid = parsed.error.issues.some((issue) => issue.message === INVALID_MAPPING);
    throw new AppError("VALIDATION", mappingInvalid ? { messageKey: INVALID_MAPPING } : {});
  }

  try {
    const data = await readTabularFile(new Uint8Array(await file.arrayBuffer()));
    return { step: parsed.data.step, mapping: parsed.data.mapping, data };
  } catch (error) {
    if (error instanceof ImportFileError) throw new AppError("VALIDATION", { messageKey: error.messageKey, values: error.values });
    throw error;
  }
}
