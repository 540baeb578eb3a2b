import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { getClientIp } from "@/lib/auth/client-ip";
import { recordAudit } from "@/lib/audit/record-audit";
import { db, type TransactionClient } from "@/lib/db/client";
import { uniqueViolationIndex } from "@/lib/db/writes";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors/app-error";
import { applyMapping, mappingProblems, type ColumnMapping, type RowProblem, type TabularData } from "@/lib/import-export/table";
import { requirePermission } from "@/lib/permissions";
import { fromIsoDay } from "./dates";
import { AGREEMENT_IMPORT_FIELDS, parseAgreementRow, type ImportedAgreement } from "./import-rows";
import { toSnapshot } from "./snapshot";
import { OFFICE_ROLES } from "./staff-roles";

/**
 * Importing agreements from a spreadsheet: a dry run that lists every row's problems, then an
 * all-or-nothing commit that checks everything again inside one transaction. Names in the file
 * (partners, unit codes, officers) are resolved with one query per kind, whatever the row count.
 */

export interface AgreementImportAnalysis {
  rowCount: number;
  validCount: number;
  problems: RowProblem[];
}

interface ResolvedRow {
  rowNumber: number;
  fields: ImportedAgreement;
  unitId: string;
  partnerIds: string[];
  responsibleId: string | null;
}

type Reader = Pick<TransactionClient, "unit" | "partner" | "user" | "agreement">;

const key = (value: string) => value.trim().toLowerCase();

async function resolve(client: Reader, rows: { rowNumber: number; fields: ImportedAgreement }[]) {
  const problems: RowProblem[] = [];
  const problem = (rowNumber: number, field: string, message: string, values?: Record<string, string | number>) =>
    problems.push({ rowNumber, field, message: `agreements.import.problems.${message}`, values, severity: "error" });

  const partnerNames = [...new Set(rows.flatMap((row) => row.fields.partnerNames.map(key)))];
  const [units, partners, staff, taken] = await Promise.all([
    client.unit.findMany({ select: { id: true, code: true } }),
    partnerNames.length
      ? client.partner.findMany({
          where: { archivedAt: null, name: { in: rows.flatMap((row) => row.fields.partnerNames), mode: "insensitive" } },
          select: { id: true, name: true },
        })
      : [],
    client.user.findMany({ where: { role: { in: OFFICE_ROLES }, disabledAt: null }, select: { id: true, email: true, name: true } }),
    client.agreement.findMany({
      where: { referenceNumber: { in: rows.map((row) => row.fields.referenceNumber), mode: "insensitive" } },
      select: { referenceNumber: true },
    }),
  ]);
  const unitByCode = new Map(units.map((unit) => [key(unit.code), unit.id]));
  const partnersByName = new Map<string, string[]>();
  for (const partner of partners) partnersByName.set(key(partner.name), [...(partnersByName.get(key(partner.name)) ?? []), partner.id]);
  const staffByKey = new Map<string, string>();
  for (const person of staff) {
    staffByKey.set(key(person.email), person.id);
    if (!staffByKey.has(key(person.name))) staffByKey.set(key(person.name), person.id);
  }
  const takenReferences = new Set(taken.map((row) => key(row.referenceNumber)));
  const firstRowWith = new Map<string, number>();

  const resolved: ResolvedRow[] = [];
  for (const row of rows) {
    const before = problems.length;
    const reference = key(row.fields.referenceNumber);
    if (takenReferences.has(reference)) problem(row.rowNumber, "referenceNumber", "referenceTaken");
    const first = firstRowWith.get(reference);
    if (first !== undefined) problem(row.rowNumber, "referenceNumber", "duplicateInFile", { row: first });
    else firstRowWith.set(reference, row.rowNumber);

    const unitId = unitByCode.get(key(row.fields.unitCode));
    if (!unitId) problem(row.rowNumber, "unit", "unknownUnit", { value: row.fields.unitCode });
    const partnerIds: string[] = [];
    for (const name of row.fields.partnerNames) {
      const matches = partnersByName.get(key(name)) ?? [];
      if (matches.length === 0) problem(row.rowNumber, "partners", "unknownPartner", { value: name });
      else if (matches.length > 1) problem(row.rowNumber, "partners", "ambiguousPartner", { value: name });
      else if (!partnerIds.includes(matches[0]!)) partnerIds.push(matches[0]!);
    }
    const responsibleId = row.fields.responsible ? (staffByKey.get(key(row.fields.responsible)) ?? null) : null;
    if (row.fields.responsible && !responsibleId) problem(row.rowNumber, "responsible", "unknownOfficer", { value: row.fields.responsible });
    if (problems.length === before && unitId) resolved.push({ ...row, unitId, partnerIds, responsibleId });
  }
  return { problems, resolved };
}

async function analyze(client: Reader, data: TabularData, mapping: ColumnMapping) {
  const mappingIssues = mappingProblems(mapping, AGREEMENT_IMPORT_FIELDS, data.headers.length);
  const mapped = applyMapping(data, mapping);
  if (mappingIssues.length > 0) return { rowCount: mapped.length, validCount: 0, problems: mappingIssues, valid: [] as ResolvedRow[] };
  const problems: RowProblem[] = [];
  const parsed: { rowNumber: number; fields: ImportedAgreement }[] = [];
  for (const row of mapped) {
    const result = parseAgreementRow(row);
    if (result.ok) parsed.push(result);
    else problems.push(...result.problems);
  }
  const { problems: lookups, resolved } = await resolve(client, parsed);
  problems.push(...lookups);
  problems.sort((a, b) => a.rowNumber - b.rowNumber);
  const rowsWithErrors = new Set(problems.map((p) => p.rowNumber));
  return { rowCount: mapped.length, validCount: mapped.filter((row) => !rowsWithErrors.has(row.rowNumber)).length, problems, valid: resolved };
}

/** The dry run: every row's problems, nothing written. */
export async function dryRunAgreementImport(user: SessionUser | null, data: TabularData, mapping: ColumnMapping): Promise<AgreementImportAnalysis> {
  requirePermission(user, "agreement:create");
  const { valid: _valid, ...analysis } = await analyze(db, data, mapping);
  return analysis;
}

/** Imports every row or none, each agreement with its version 1 and its audit entry. */
export async function commitAgreementImport(user: SessionUser | null, data: TabularData, mapping: ColumnMapping): Promise<{ created: number }> {
  requirePermission(user, "agreement:create");
  const ip = await getClientIp();
  return db.$transaction(
    async (tx) => {
      const analysis = await analyze(tx, data, mapping);
      if (analysis.problems.length > 0) {
        throw new AppError("VALIDATION", { messageKey: "agreements.import.hasErrors", values: { count: analysis.rowCount - analysis.validCount } });
      }
      for (const row of analysis.valid) {
        const day = (value: string | null) => (value ? fromIsoDay(value) : null);
        try {
          const created = await tx.agreement.create({
            data: {
              referenceNumber: row.fields.referenceNumber,
              title: row.fields.title,
              kind: row.fields.kind,
              status: row.fields.status,
              unitId: row.unitId,
              responsibleId: row.responsibleId,
              scope: row.fields.scope,
              signedOn: day(row.fields.signedOn),
              startsOn: day(row.fields.startsOn),
              endsOn: day(row.fields.endsOn),
              renewalType: row.fields.renewalType,
              noticePeriodDays: row.fields.noticePeriodDays,
              internalNotes: row.fields.internalNotes,
              partners: { create: row.partnerIds.map((partnerId) => ({ partnerId })) },
            },
            include: { partners: true, conditions: true },
          });
          const snapshot = toSnapshot(created);
          await tx.agreementVersion.create({
            data: { agreementId: created.id, version: 1, snapshot: snapshot as unknown as Prisma.InputJsonValue, changedById: user!.id },
          });
          await recordAudit(tx, { actor: user, ip, action: "agreement.import", entityType: "Agreement", entityId: created.id, after: { ...snapshot, importRow: row.rowNumber } });
        } catch (error) {
          // A reference number another save took since the analysis above.
          if (uniqueViolationIndex(error) === "Agreement_referenceNumber_key") {
            throw new AppError("CONFLICT", { messageKey: "agreements.import.rowFailed", values: { row: row.rowNumber } });
          }
          throw error;
        }
      }
      return { created: analysis.valid.length };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
