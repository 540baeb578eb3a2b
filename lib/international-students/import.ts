import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { getClientIp } from "@/lib/auth/client-ip";
import { toAuditJson } from "@/lib/audit/record-audit";
import { db, type TransactionClient } from "@/lib/db/client";
import { uniqueViolationIndex } from "@/lib/db/writes";
import { AppError } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { applyMapping, mappingProblems, type ColumnMapping, type RowProblem, type TabularData } from "@/lib/import-export/table";
import { requirePermission } from "@/lib/permissions";
import { parseStudentRow, STUDENT_IMPORT_FIELDS, type ImportedStudent } from "./import-rows";
import { STUDENT_SNAPSHOT_SELECT } from "./service";

/**
 * Importing the registrar's export, keyed by the student number: a number the portal knows updates
 * that student, a new one creates a student, a row that changes nothing writes nothing. A dry run
 * lists every row's problems and what would change; the commit checks everything again inside one
 * transaction and writes every row or none, with three statements whatever the row count (insert,
 * update, audit) and one audit entry per student changed.
 */

type Snapshot = Prisma.InternationalStudentGetPayload<{ select: typeof STUDENT_SNAPSHOT_SELECT }>;

interface ResolvedRow {
  rowNumber: number;
  data: Snapshot;
  /** The student the number already belongs to, or null for a new one. */
  existing: (Snapshot & { id: string; version: number }) | null;
}

export interface StudentImportAnalysis {
  rowCount: number;
  validCount: number;
  problems: RowProblem[];
  /** Of the valid rows: new students, changed ones, and ones the file repeats as they are. */
  newCount: number;
  updateCount: number;
  unchangedCount: number;
}

type Reader = Pick<TransactionClient, "unit" | "internationalStudent">;

const key = (value: string) => value.trim().toLowerCase();

function sameAs(existing: Snapshot, data: Snapshot): boolean {
  return (Object.keys(STUDENT_SNAPSHOT_SELECT) as (keyof Snapshot)[]).every((field) => existing[field] === data[field]);
}

async function resolve(client: Reader, rows: { rowNumber: number; fields: ImportedStudent }[]) {
  const problems: RowProblem[] = [];
  const [units, known] = await Promise.all([
    client.unit.findMany({ select: { id: true, code: true, name: true } }),
    rows.length
      ? client.internationalStudent.findMany({
          where: { studentNumber: { in: rows.map((row) => row.fields.studentNumber) } },
          select: { id: true, version: true, ...STUDENT_SNAPSHOT_SELECT },
        })
      : [],
  ]);
  // A unit by its code or its full name, as registrars write either.
  const unitByKey = new Map<string, string>();
  for (const unit of units) unitByKey.set(key(unit.name), unit.id);
  for (const unit of units) unitByKey.set(key(unit.code), unit.id);
  const knownByNumber = new Map(known.map((student) => [student.studentNumber, student]));
  const firstRowWith = new Map<string, number>();

  const resolved: ResolvedRow[] = [];
  for (const { rowNumber, fields } of rows) {
    const before = problems.length;
    const first = firstRowWith.get(fields.studentNumber);
    if (first !== undefined) {
      problems.push({ rowNumber, field: "studentNumber", message: "internationalStudents.import.problems.duplicateInFile", values: { row: first }, severity: "error" });
    } else firstRowWith.set(fields.studentNumber, rowNumber);
    const unitId = fields.unitCode ? (unitByKey.get(key(fields.unitCode)) ?? null) : null;
    if (fields.unitCode && !unitId) {
      problems.push({ rowNumber, field: "unit", message: "internationalStudents.import.problems.unknownUnit", values: { value: fields.unitCode }, severity: "error" });
    }
    if (problems.length > before) continue;
    const { unitCode: _unitCode, ...rest } = fields;
    resolved.push({ rowNumber, data: { ...rest, unitId }, existing: knownByNumber.get(fields.studentNumber) ?? null });
  }
  return { problems, resolved };
}

async function analyze(client: Reader, data: TabularData, mapping: ColumnMapping) {
  const mapped = applyMapping(data, mapping);
  const mappingIssues = mappingProblems(mapping, STUDENT_IMPORT_FIELDS, data.headers.length);
  const empty = { newCount: 0, updateCount: 0, unchangedCount: 0 };
  if (mappingIssues.length > 0) return { rowCount: mapped.length, validCount: 0, problems: mappingIssues, ...empty, valid: [] as ResolvedRow[] };
  const problems: RowProblem[] = [];
  const parsed: { rowNumber: number; fields: ImportedStudent }[] = [];
  for (const row of mapped) {
    const result = parseStudentRow(row);
    if (result.ok) parsed.push(result);
    else problems.push(...result.problems);
  }
  const { problems: lookups, resolved } = await resolve(client, parsed);
  problems.push(...lookups);
  problems.sort((a, b) => a.rowNumber - b.rowNumber);
  const newCount = resolved.filter((row) => !row.existing).length;
  const unchangedCount = resolved.filter((row) => row.existing && sameAs(row.existing, row.data)).length;
  return {
    rowCount: mapped.length,
    validCount: resolved.length,
    problems,
    newCount,
    updateCount: resolved.length - newCount - unchangedCount,
    unchangedCount,
    valid: resolved,
  };
}

/** The dry run: every row's problems and what would change, nothing written. */
export async function dryRunStudentImport(user: SessionUser | null, data: TabularData, mapping: ColumnMapping): Promise<StudentImportAnalysis> {
  requirePermission(user, "international-student:create");
  const { valid: _valid, ...analysis } = await analyze(db, data, mapping);
  return analysis;
}

/** Writes every row or none; answers how many students were created or changed. */
export async function commitStudentImport(user: SessionUser | null, data: TabularData, mapping: ColumnMapping): Promise<{ created: number; updated: number }> {
  requirePermission(user, "international-student:create");
  requirePermission(user, "international-student:update");
  const ip = await getClientIp();
  return db.$transaction(
    async (tx) => {
      const analysis = await analyze(tx, data, mapping);
      if (analysis.problems.length > 0) {
        throw new AppError("VALIDATION", { messageKey: "internationalStudents.import.hasErrors", values: { count: analysis.rowCount - analysis.validCount } });
      }
      const fresh = analysis.valid.filter((row) => !row.existing);
      const changed = analysis.valid.filter((row) => row.existing && !sameAs(row.existing, row.data));
      const created = await insertStudents(tx, fresh);
      await updateStudents(tx, changed);
      // One audit entry per student written, in one statement (recordAudit writes one row per call).
      const audit = (row: ResolvedRow, entityId: string) => ({
        actorId: user!.id,
        action: "international-student.import",
        entityType: "InternationalStudent" satisfies Prisma.ModelName,
        entityId,
        before: row.existing ? toAuditJson(snapshotOf(row.existing)) : undefined,
        after: toAuditJson({ ...row.data, importRow: row.rowNumber }),
        ip,
      });
      await tx.auditLog.createMany({
        data: [...fresh.map((row) => audit(row, created.get(row.data.studentNumber)!)), ...changed.map((row) => audit(row, row.existing!.id))],
      });
      // `created` is what the import wizard reports: every student written, new or changed.
      return { created: fresh.length + changed.length, updated: changed.length };
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

function snapshotOf({ id: _id, version: _version, ...snapshot }: Snapshot & { id: string; version: number }): Snapshot {
  return snapshot;
}

/** One INSERT for every new student; a number another save took since the analysis fails the import. */
async function insertStudents(tx: TransactionClient, rows: ResolvedRow[]): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  try {
    const created = await tx.internationalStudent.createManyAndReturn({ data: rows.map((row) => row.data), select: { id: true, studentNumber: true } });
    return new Map(created.map((row) => [row.studentNumber, row.id]));
  } catch (error) {
    if (uniqueViolationIndex(error) === "InternationalStudent_studentNumber_key") {
      throw new AppError("CONFLICT", { messageKey: "internationalStudents.import.changedMeanwhile" });
    }
    throw error;
  }
}

/** One UPDATE for every changed student, each only at the version the analysis read. */
async function updateStudents(tx: TransactionClient, rows: ResolvedRow[]): Promise<void> {
  if (rows.length === 0) return;
  const column = <T>(pick: (row: ResolvedRow) => T) => rows.map(pick);
  const count = await tx.$executeRaw`
    UPDATE "InternationalStudent" s SET
      "fullName" = v."fullName", "countryCode" = v."countryCode", "programName" = v."programName",
      level = v.level::"StudyLevel", "unitId" = v."unitId", "intakeYear" = v."intakeYear",
      status = v.status::"InternationalStudentStatus", version = s.version + 1, "updatedAt" = now()
    FROM unnest(
      ${column((row) => row.existing!.id)}::uuid[], ${column((row) => row.existing!.version)}::int[],
      ${column((row) => row.data.fullName)}::text[], ${column((row) => row.data.countryCode)}::text[],
      ${column((row) => row.data.programName)}::text[], ${column((row) => row.data.level)}::text[],
      ${column((row) => row.data.unitId)}::uuid[], ${column((row) => row.data.intakeYear)}::int[],
      ${column((row) => row.data.status)}::text[]
    ) AS v(id, version, "fullName", "countryCode", "programName", level, "unitId", "intakeYear", status)
    WHERE s.id = v.id AND s.version = v.version`;
  if (count !== rows.length) throw new AppError("CONFLICT", { messageKey: "internationalStudents.import.changedMeanwhile" });
}
