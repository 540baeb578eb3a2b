import "server-only";
import { revalidatePath } from "next/cache";
import { commitAgreementImport, dryRunAgreementImport } from "@/lib/agreements/import";
import { AGREEMENT_IMPORT_FIELDS } from "@/lib/agreements/import-rows";
import type { SessionUser } from "@/lib/auth/current-user";
import { clearDirectoryCache } from "@/lib/partners/directory-cache";
import { commitStudentImport, dryRunStudentImport } from "@/lib/international-students/import";
import { STUDENT_IMPORT_FIELDS } from "@/lib/international-students/import-rows";
import { clearInternationalStudentFigures } from "@/lib/international-students/public-figure";
import { commitPartnerImport, dryRunPartnerImport } from "@/lib/partners/import";
import { PARTNER_IMPORT_FIELDS } from "@/lib/partners/import-rows";
import type { Permission } from "@/lib/permissions";
import { commitUnitImport, dryRunUnitImport } from "@/lib/units/import";
import { UNIT_IMPORT_FIELDS } from "@/lib/units/import-rows";
import type { ColumnMapping, ImportField, RowProblem, TabularData } from "./table";

/** A dry run's answer: how many rows, how many can be imported, and every problem found. */
export interface ImportAnalysis {
  rowCount: number;
  /** Rows without errors (warnings allowed). */
  validCount: number;
  problems: RowProblem[];
}

/** Everything the import route needs to know about one importable entity. */
export interface Importer {
  /** Checked before the request body is read; `dryRun` and `commit` check it again themselves. */
  permission: Permission;
  /** The fields a column can be matched to, in the order the wizard offers them. */
  fields: readonly ImportField[];
  dryRun(user: SessionUser | null, data: TabularData, mapping: ColumnMapping): Promise<ImportAnalysis>;
  /** All rows in one transaction, or none. */
  commit(user: SessionUser | null, data: TabularData, mapping: ColumnMapping): Promise<{ created: number }>;
  /** Empties the caches and pages that show the entity, once the rows are written. */
  afterCommit(): void;
}

/**
 * The importable entities, keyed by the `[entity]` segment of POST /api/import/[entity]. A new
 * entity becomes importable by adding its entry here and an import page that shows the wizard.
 */
export const IMPORTERS = {
  partners: {
    permission: "partner:create",
    fields: PARTNER_IMPORT_FIELDS,
    dryRun: dryRunPartnerImport,
    commit: commitPartnerImport,
    afterCommit() {
      clearDirectoryCache();
      revalidatePath("/dashboard/partners", "layout");
      revalidatePath("/partners", "layout");
    },
  },
  agreements: {
    permission: "agreement:create",
    fields: AGREEMENT_IMPORT_FIELDS,
    dryRun: dryRunAgreementImport,
    commit: commitAgreementImport,
    afterCommit() {
      revalidatePath("/dashboard/agreements", "layout");
    },
  },
  /** The registrar's export, keyed by student number: known students are updated, new ones created. */
  internationalStudents: {
    permission: "international-student:create",
    fields: STUDENT_IMPORT_FIELDS,
    dryRun: dryRunStudentImport,
    commit: commitStudentImport,
    afterCommit() {
      clearInternationalStudentFigures();
      revalidatePath("/dashboard/international-students", "layout");
    },
  },
  /** Units by code: known codes are updated, new ones created (issue 14). */
  units: {
    permission: "unit:manage",
    fields: UNIT_IMPORT_FIELDS,
    dryRun: dryRunUnitImport,
    commit: commitUnitImport,
    afterCommit() {
      revalidatePath("/", "layout");
    },
  },
} satisfies Record<string, Importer>;

export type ImportEntity = keyof typeof IMPORTERS;

/** The importer for a URL segment, or null; own keys only, so "constructor" or "__proto__" find nothing. */
export function findImporter(entity: string): Importer | null {
  return Object.hasOwn(IMPORTERS, entity) ? IMPORTERS[entity as ImportEntity] : null;
}
