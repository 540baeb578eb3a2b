import "server-only";
import type { SessionUser } from "@/lib/auth/current-user";
import { auditedWrite } from "@/lib/audit/audited-write";
import { db, type TransactionClient } from "@/lib/db/client";
import { updateAtVersion, uniqueViolationIndex } from "@/lib/db/writes";
import { AppError } from "@/lib/errors/app-error";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { applyMapping, mappingProblems, type ColumnMapping, type RowProblem, type TabularData } from "@/lib/import-export/table";
import { requirePermission } from "@/lib/permissions";
import { readTranslations, type Translations } from "@/lib/translations/content";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { keepOtherLanguages } from "@/lib/translations/schema";
import { parseUnitRow, UNIT_IMPORT_FIELDS, type ImportedUnit } from "./import-rows";
import { UNIT_TEXT_FIELDS } from "./schemas";

/**
 * Importing units from CSV or Excel, keyed by code: a code the portal knows updates that unit (a
 * blank kind or name in another language keeps what is stored), a new code creates a unit. The dry
 * run lists every problem; the commit checks again in one transaction and writes every row or none.
 * Units are few (tens, not thousands), so each row is its own statement, audited like the form's.
 */

interface UnitData {
  code: string;
  name: string;
  kind: UnitKind;
  translations: Translations<"name">;
}

interface ResolvedRow {
  rowNumber: number;
  data: UnitData;
  existing: (UnitData & { id: string; version: number }) | null;
}

export interface UnitImportAnalysis {
  rowCount: number;
  validCount: number;
  problems: RowProblem[];
  newCount: number;
  updateCount: number;
  unchangedCount: number;
}

function sameAs(existing: UnitData, data: UnitData): boolean {
  return (
    existing.code === data.code &&
    existing.name === data.name &&
    existing.kind === data.kind &&
    JSON.stringify(existing.translations) === JSON.stringify(data.translations)
  );
}

/** What a row stores: the file's texts over the stored ones, language by language (decision 010). */
function dataOf(unit: ImportedUnit, existing: UnitData | null, defaultLanguage: string): UnitData {
  const fromFile = keepOtherLanguages(unit.fields.translations, defaultLanguage);
  const translations: Translations<"name"> = { ...existing?.translations };
  for (const [language, texts] of Object.entries(fromFile)) translations[language as keyof typeof fromFile] = texts;
  return {
    code: unit.fields.code,
    name: unit.fields.name,
    kind: unit.kindGiven || !existing ? unit.fields.kind : existing.kind,
    translations,
  };
}

async function analyze(client: Pick<TransactionClient, "unit">, data: TabularData, mapping: ColumnMapping) {
  const mapped = applyMapping(data, mapping);
  const counts = { newCount: 0, updateCount: 0, unchangedCount: 0 };
  const mappingIssues = mappingProblems(mapping, UNIT_IMPORT_FIELDS, data.headers.length);
  if (mappingIssues.length > 0) return { rowCount: mapped.length, validCount: 0, problems: mappingIssues, ...counts, valid: [] as ResolvedRow[] };

  const [stored, defaultLanguage] = await Promise.all([
    client.unit.findMany({ select: { id: true, version: true, code: true, name: true, kind: true, translations: true } }),
    getDefaultContentLanguage(),
  ]);
  const byCode = new Map(stored.map((unit) => [unit.code, { ...unit, translations: readTranslations(unit.translations, UNIT_TEXT_FIELDS) }]));
  const problems: RowProblem[] = [];
  const valid: ResolvedRow[] = [];
  const firstRowWith = new Map<string, number>();
  for (const row of mapped) {
    const parsed = parseUnitRow(row);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const code = parsed.unit.fields.code;
    const first = firstRowWith.get(code);
    if (first !== undefined) {
      problems.push({ rowNumber: row.rowNumber, field: "code", message: "units.import.problems.duplicateInFile", values: { row: first }, severity: "error" });
      continue;
    }
    firstRowWith.set(code, row.rowNumber);
    const existing = byCode.get(code) ?? null;
    valid.push({ rowNumber: row.rowNumber, data: dataOf(parsed.unit, existing, defaultLanguage), existing });
  }
  counts.newCount = valid.filter((row) => !row.existing).length;
  counts.unchangedCount = valid.filter((row) => row.existing && sameAs(row.existing, row.data)).length;
  counts.updateCount = valid.length - counts.newCount - counts.unchangedCount;
  return { rowCount: mapped.length, validCount: valid.length, problems, ...counts, valid };
}

/** The dry run: every row's problems and what would change, nothing written. */
export async function dryRunUnitImport(user: SessionUser | null, data: TabularData, mapping: ColumnMapping): Promise<UnitImportAnalysis> {
  requirePermission(user, "unit:manage");
  const { valid: _valid, ...analysis } = await analyze(db, data, mapping);
  return analysis;
}

/** Writes every row or none; `created` (what the wizard reports) counts units added or changed. */
export async function commitUnitImport(user: SessionUser | null, data: TabularData, mapping: ColumnMapping): Promise<{ created: number; updated: number }> {
  requirePermission(user, "unit:manage");
  return auditedWrite(user, async (tx, audit) => {
    const analysis = await analyze(tx, data, mapping);
    if (analysis.problems.length > 0) {
      throw new AppError("VALIDATION", { messageKey: "units.import.hasErrors", values: { count: analysis.rowCount - analysis.validCount } });
    }
    let written = 0;
    let updated = 0;
    for (const row of analysis.valid) {
      if (!row.existing) {
        const created = await tx.unit.create({ data: row.data, select: { id: true } }).catch(changedMeanwhile);
        await audit({ action: "unit.import", entityType: "Unit", entityId: created.id, after: { ...row.data, importRow: row.rowNumber } });
      } else if (!sameAs(row.existing, row.data)) {
        const { id, version, ...before } = row.existing;
        await updateAtVersion(tx.unit, { id, version }, row.data, "units.import.changedMeanwhile");
        await audit({ action: "unit.import", entityType: "Unit", entityId: id, before, after: { ...row.data, importRow: row.rowNumber } });
        updated += 1;
      } else continue;
      written += 1;
    }
    return { created: written, updated };
  });
}

/** A code another save took since the analysis read the units. */
function changedMeanwhile(error: unknown): never {
  if (uniqueViolationIndex(error) === "Unit_code_key") throw new AppError("CONFLICT", { messageKey: "units.import.changedMeanwhile" });
  throw error;
}
