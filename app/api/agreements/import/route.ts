import { revalidatePath } from "next/cache";
import { commitAgreementImport, dryRunAgreementImport } from "@/lib/agreements/import";
import { agreementImportRequestSchema } from "@/lib/agreements/import-request";
import { AGREEMENT_IMPORT_FIELDS } from "@/lib/agreements/import-rows";
import { getCurrentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { withDetailedErrors } from "@/lib/import-export/error-response";
import { ImportFileError, readTabularFile } from "@/lib/import-export/read-file";
import { guessMapping } from "@/lib/import-export/table";
import { requirePermission } from "@/lib/permissions";

export const dynamic = "force-dynamic";

/**
 * The agreement import, one step per request (the browser keeps the file and sends it each time,
 * so nothing half-imported is ever stored): inspect → headers, sample rows and a guessed mapping;
 * dry-run → every row's problems; commit → all rows in one transaction, or none.
 */
export const POST = routeHandler("agreements.import", (request: Request) =>
  withDetailedErrors(async () => {
    const user = await getCurrentUser();
    requirePermission(user, "agreement:create");
    const maxMb = env().UPLOAD_MAX_MB;
    if (Number(request.headers.get("content-length") ?? 0) > maxMb * 1024 * 1024 + 64 * 1024) {
      throw new AppError("VALIDATION", { messageKey: "importExport.file.tooLarge", values: { maxMb } });
    }
    const form = await request.formData().catch(() => null);
    if (!form) throw new AppError("VALIDATION", { messageKey: "importExport.file.empty" });
    const file = form.get("file");
    form.delete("file");
    const parsed = agreementImportRequestSchema.safeParse(Object.fromEntries(form.entries()));
    if (!parsed.success || !(file instanceof File)) throw new AppError("VALIDATION", { messageKey: "importExport.file.empty" });
    if (file.size > maxMb * 1024 * 1024) throw new AppError("VALIDATION", { messageKey: "importExport.file.tooLarge", values: { maxMb } });

    let data;
    try {
      data = await readTabularFile(new Uint8Array(await file.arrayBuffer()));
    } catch (error) {
      if (error instanceof ImportFileError) throw new AppError("VALIDATION", { messageKey: error.messageKey, values: error.values });
      throw error;
    }
    const { step } = parsed.data;
    const mapping = parsed.data.mapping ?? guessMapping(data.headers, AGREEMENT_IMPORT_FIELDS);
    const noStore = { headers: { "Cache-Control": "no-store" } };
    if (step === "inspect") {
      const rows = data.rows.filter((row) => row.some((cell) => cell.trim() !== ""));
      return Response.json({ step, headers: data.headers, sample: rows.slice(0, 5), rowCount: rows.length, mapping }, noStore);
    }
    if (step === "dry-run") return Response.json({ step, mapping, ...(await dryRunAgreementImport(user, data, mapping)) }, noStore);
    const result = await commitAgreementImport(user, data, mapping);
    revalidatePath("/dashboard/agreements", "layout");
    return Response.json({ step, ...result }, noStore);
  }),
);
