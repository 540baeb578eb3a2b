import { getCurrentUser } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { withDetailedErrors } from "@/lib/import-export/error-response";
import { ImportFileError, readTabularFile } from "@/lib/import-export/read-file";
import { guessMapping } from "@/lib/import-export/table";
import { clearDirectoryCache } from "@/lib/partners/directory-cache";
import { commitPartnerImport, dryRunPartnerImport } from "@/lib/partners/import";
import { importRequestSchema } from "@/lib/partners/import-request";
import { PARTNER_IMPORT_FIELDS } from "@/lib/partners/import-rows";
import { requirePermission } from "@/lib/permissions";
import { revalidatePath } from "next/cache";

export const dynamic = "force-dynamic";

/**
 * The partner import, one step per request; the browser keeps the file and sends it again each
 * time, so no half-imported upload is ever stored on the server:
 *   inspect  → the file's headers, a few sample rows and a guessed column mapping;
 *   dry-run  → every row's problems under the chosen mapping, nothing written;
 *   commit   → all rows in one transaction, or none if any row has an error.
 * A route handler rather than a server action because server actions cap bodies at 1 MB.
 */
export const POST = routeHandler("partners.import", (request: Request) =>
  withDetailedErrors(async () => {
    const user = await getCurrentUser();
    requirePermission(user, "partner:create");
    const maxBytes = env().UPLOAD_MAX_MB * 1024 * 1024;
    if (Number(request.headers.get("content-length") ?? 0) > maxBytes + 64 * 1024) {
      throw new AppError("VALIDATION", { messageKey: "importExport.file.tooLarge", values: { maxMb: env().UPLOAD_MAX_MB } });
    }
    const form = await request.formData().catch(() => null);
    if (!form) throw new AppError("VALIDATION", { messageKey: "importExport.file.empty" });
    const file = form.get("file");
    form.delete("file");
    const parsed = importRequestSchema.safeParse(Object.fromEntries(form.entries()));
    if (!parsed.success || !(file instanceof File)) throw new AppError("VALIDATION", { messageKey: "importExport.file.empty" });
    if (file.size > maxBytes) {
      throw new AppError("VALIDATION", { messageKey: "importExport.file.tooLarge", values: { maxMb: env().UPLOAD_MAX_MB } });
    }

    let data;
    try {
      data = await readTabularFile(new Uint8Array(await file.arrayBuffer()));
    } catch (error) {
      if (error instanceof ImportFileError) throw new AppError("VALIDATION", { messageKey: error.messageKey, values: error.values });
      throw error;
    }
    const { step } = parsed.data;
    const mapping = parsed.data.mapping ?? guessMapping(data.headers, PARTNER_IMPORT_FIELDS);
    const noStore = { headers: { "Cache-Control": "no-store" } };

    if (step === "inspect") {
      const rows = data.rows.filter((row) => row.some((cell) => cell.trim() !== ""));
      return Response.json({ step, headers: data.headers, sample: rows.slice(0, 5), rowCount: rows.length, mapping }, noStore);
    }
    if (step === "dry-run") {
      return Response.json({ step, mapping, ...(await dryRunPartnerImport(user, data, mapping)) }, noStore);
    }
    const result = await commitPartnerImport(user, data, mapping);
    clearDirectoryCache();
    revalidatePath("/dashboard/partners", "layout");
    revalidatePath("/partners", "layout");
    return Response.json({ step, ...result }, noStore);
  }),
);
