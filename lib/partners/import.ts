import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { recordAudit } from "@/lib/audit/record-audit";
import { getClientIp } from "@/lib/auth/client-ip";
import { db, type TransactionClient } from "@/lib/db/client";
import { uniqueViolationIndex } from "@/lib/db/writes";
import { Prisma, type Partner } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { applyMapping, mappingProblems, type ColumnMapping, type RowProblem, type TabularData } from "@/lib/import-export/table";
import { requirePermission } from "@/lib/permissions";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { IDENTIFIER_TAKEN, PARTNER_IDENTIFIERS } from "./identifiers";
import { PARTNER_IMPORT_FIELDS, parsePartnerRow } from "./import-rows";
import { partnerWriteData } from "./partner-fields";
import type { PartnerFields } from "./schemas";
import { nameSimilarity, SIMILAR_NAME_THRESHOLD } from "./similar-sql";
import { slugify } from "./slug";

export interface PartnerImportAnalysis {
  rowCount: number;
  /** Rows without errors (warnings allowed). */
  validCount: number;
  /** Of those, the rows that will be shown in the public directory (the others stay internal). */
  publicCount: number;
  problems: RowProblem[];
}

interface ValidRow {
  rowNumber: number;
  fields: PartnerFields;
}

/** Checks rows against each other and against the database: duplicates within the file, taken identifiers, existing names. */
async function crossCheck(client: Pick<TransactionClient, "partner" | "$queryRaw">, rows: ValidRow[]): Promise<RowProblem[]> {
  const problems: RowProblem[] = [];
  const firstRowWith = new Map<string, number>();
  for (const row of rows) {
    const keys: [string, string, string][] = [
      ["name", `name:${row.fields.countryCode}:${row.fields.name.toLowerCase()}`, "partners.import.problems.duplicateInFile"],
      ...PARTNER_IDENTIFIERS.filter((key) => row.fields[key]).map(
        (key) => [key, `${key}:${row.fields[key]}`, "partners.import.problems.duplicateInFile"] as [string, string, string],
      ),
    ];
    for (const [field, key, message] of keys) {
      const first = firstRowWith.get(key);
      if (first !== undefined) problems.push({ rowNumber: row.rowNumber, field, message, values: { row: first }, severity: "error" });
      else firstRowWith.set(key, row.rowNumber);
    }
  }

  for (const key of PARTNER_IDENTIFIERS) {
    const values = rows.map((row) => row.fields[key]).filter((value): value is string => !!value);
    if (values.length === 0) continue;
    const holders = await client.partner.findMany({
      where: { [key]: { in: values } },
      select: { erasmusCode: true, schacCode: true, pic: true },
    });
    const taken = new Set(holders.map((holder) => holder[key]));
    for (const row of rows) {
      if (row.fields[key] && taken.has(row.fields[key])) {
        problems.push({ rowNumber: row.rowNumber, field: key, message: IDENTIFIER_TAKEN[key], severity: "error" });
      }
    }
  }

  if (rows.length > 0) {
    // One query for every row: existing partners in the same country with the same or a similar name.
    const matches = await client.$queryRaw<(Pick<Partner, "name"> & { rowNumber: number; exact: boolean })[]>`
      SELECT "rowNumber", "name", "exact" FROM (
        SELECT i."rowNumber", p."name", lower(p."name") = lower(i."name") AS "exact",
          ${nameSimilarity(Prisma.sql`p."name"`, Prisma.sql`i."name"`)} AS "score"
        FROM unnest(${rows.map((row) => row.rowNumber)}::int[], ${rows.map((row) => row.fields.name)}::text[],
                    ${rows.map((row) => row.fields.countryCode)}::text[]) AS i("rowNumber", "name", "countryCode")
        JOIN "Partner" p ON p."countryCode" = i."countryCode"
      ) scored
      WHERE "score" >= ${SIMILAR_NAME_THRESHOLD}
      ORDER BY "rowNumber", "exact" DESC, "score" DESC`;
    const warned = new Set<number>();
    for (const match of matches) {
      if (match.exact) {
        problems.push({ rowNumber: match.rowNumber, field: "name", message: "partners.import.problems.exists", values: { name: match.name }, severity: "error" });
        warned.add(match.rowNumber);
      } else if (!warned.has(match.rowNumber)) {
        problems.push({ rowNumber: match.rowNumber, field: "name", message: "partners.import.problems.similar", values: { name: match.name }, severity: "warning" });
        warned.add(match.rowNumber);
      }
    }
  }
  return problems;
}

async function analyze(
  client: Pick<TransactionClient, "partner" | "$queryRaw">,
  data: TabularData,
  mapping: ColumnMapping,
): Promise<PartnerImportAnalysis & { valid: ValidRow[] }> {
  const mappingIssues = mappingProblems(mapping, PARTNER_IMPORT_FIELDS, data.headers.length);
  const mapped = applyMapping(data, mapping);
  if (mappingIssues.length > 0) return { rowCount: mapped.length, validCount: 0, publicCount: 0, problems: mappingIssues, valid: [] };
  const problems: RowProblem[] = [];
  const valid: ValidRow[] = [];
  for (const row of mapped) {
    const parsed = parsePartnerRow(row);
    if (parsed.ok) valid.push({ rowNumber: parsed.rowNumber, fields: parsed.fields });
    else problems.push(...parsed.problems);
  }
  problems.push(...(await crossCheck(client, valid)));
  problems.sort((a, b) => a.rowNumber - b.rowNumber);
  const rowsWithErrors = new Set(problems.filter((p) => p.severity === "error").map((p) => p.rowNumber));
  return {
    rowCount: mapped.length,
    validCount: mapped.filter((row) => !rowsWithErrors.has(row.rowNumber)).length,
    publicCount: valid.filter((row) => row.fields.isPublic && !rowsWithErrors.has(row.rowNumber)).length,
    problems,
    valid,
  };
}

/** The dry run: every row's problems, nothing written. */
export async function dryRunPartnerImport(
  user: SessionUser | null,
  data: TabularData,
  mapping: ColumnMapping,
): Promise<PartnerImportAnalysis> {
  requirePermission(user, "partner:create");
  const { valid: _valid, ...analysis } = await analyze(db, data, mapping);
  return analysis;
}

/**
 * Imports every row or none: the rows are checked again inside one transaction, any error refuses
 * the whole file, and a failure while writing (e.g. a concurrent save taking an identifier) rolls
 * back the rows already written. Each created partner gets its own audit entry.
 */
export async function commitPartnerImport(
  user: SessionUser | null,
  data: TabularData,
  mapping: ColumnMapping,
): Promise<{ created: number }> {
  requirePermission(user, "partner:create");
  const [ip, defaultLanguage] = await Promise.all([getClientIp(), getDefaultContentLanguage()]);
  return db.$transaction(
    async (tx) => {
      const analysis = await analyze(tx, data, mapping);
      if (analysis.problems.some((problem) => problem.severity === "error")) {
        throw new AppError("VALIDATION", { messageKey: "partners.import.hasErrors", values: { count: analysis.rowCount - analysis.validCount } });
      }
      const bases = analysis.valid.map((row) => slugify(row.fields.name));
      const takenRows = await tx.$queryRaw<Pick<Partner, "slug">[]>`
        SELECT "slug" FROM "Partner" WHERE "slug" LIKE ANY (${[...new Set(bases)].map((base) => `${base}%`)}::text[])`;
      const taken = new Set(takenRows.map((row) => row.slug));
      for (const [index, row] of analysis.valid.entries()) {
        let slug = bases[index]!;
        for (let n = 2; taken.has(slug); n++) slug = `${bases[index]}-${n}`;
        taken.add(slug);
        // The texts of the "description (az)"-style columns go to the translations.
        const data = partnerWriteData(row.fields, defaultLanguage);
        try {
          const partner = await tx.partner.create({ data: { ...data, slug }, select: { id: true } });
          await recordAudit(tx, {
            actor: user,
            ip,
            action: "partner.import",
            entityType: "Partner",
            entityId: partner.id,
            after: { ...data, slug, importRow: row.rowNumber },
          });
        } catch (error) {
          if (uniqueViolationIndex(error)) {
            throw new AppError("CONFLICT", { messageKey: "partners.import.rowFailed", values: { row: row.rowNumber } });
          }
          throw error;
        }
      }
      return { created: analysis.valid.length };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
