import { getCurrentUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { routeHandler } from "@/lib/errors/route-handler";
import { withDetailedErrors } from "@/lib/import-export/error-response";
import { findImporter } from "@/lib/import-export/importers";
import { readImportRequest } from "@/lib/import-export/read-import-request";
import { guessMapping } from "@/lib/import-export/table";
import { requirePermission } from "@/lib/permissions";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ entity: string }> };

const NO_STORE = { headers: { "Cache-Control": "no-store" } };

/**
 * Every import (entities in lib/import-export/importers.ts), one step per request. The browser
 * keeps the file and sends it again each time, so no half-imported upload is ever stored here.
 * A route handler rather than a server action because server actions cap bodies at 1 MB.
 */
export const POST = routeHandler<Context>("import", async (request, { params }) =>
  withDetailedErrors(async () => {
    const importer = findImporter((await params).entity);
    if (!importer) throw new AppError("NOT_FOUND");
    const user = await getCurrentUser();
    // Before the body is read: a refused caller costs no upload parsing.
    requirePermission(user, importer.permission);

    const { step, data, ...chosen } = await readImportRequest(request);
    const mapping = chosen.mapping ?? guessMapping(data.headers, importer.fields);
    if (step === "inspect") {
      const rows = data.rows.filter((row) => row.some((cell) => cell.trim() !== ""));
      return Response.json({ step, headers: data.headers, sample: rows.slice(0, 5), rowCount: rows.length, mapping }, NO_STORE);
    }
    if (step === "dry-run") {
      return Response.json({ step, mapping, ...(await importer.dryRun(user, data, mapping)) }, NO_STORE);
    }
    const result = await importer.commit(user, data, mapping);
    importer.afterCommit();
    return Response.json({ step, ...result }, NO_STORE);
  }),
);
