import "server-only";
import { requireSomeScope } from "@/lib/agreements/access";
import { exportTranslator } from "@/lib/agreements/export-labels";
import type { SessionUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";
import { toLocalInput } from "@/lib/dates/zoned";
import { AppError } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toCsv, toXlsx, type CellValue, type ExportColumn, type ExportFormat } from "@/lib/import-export/write-file";
import { mayHandlePersonalData, type PersonalField } from "./personal-data";
import { visitListWhere } from "./queries";
import type { VisitListFilter } from "./schemas";
import { officeClock } from "./zone";

/**
 * The filtered visit list as a spreadsheet, one row per participant (a visit without participants
 * has one row). Personal data (passport, birth date, nationality, phone) is in the file only when an
 * officer ticks "include personal data": the columns are then selected, never otherwise, and a
 * request for them by anyone else is refused.
 */

export const EXPORT_LIMIT = 20_000;

const exportSelect = {
  id: true,
  title: true,
  direction: true,
  kind: true,
  status: true,
  startDate: true,
  endDate: true,
  purpose: true,
  organizationName: true,
  outcome: true,
  costsCoveredBy: true,
  isPublic: true,
  partner: { select: { name: true, countryCode: true } },
  hostUnit: { select: { code: true } },
  responsible: { select: { name: true } },
} satisfies Prisma.VisitSelect;

const participantExportSelect = {
  name: true,
  position: true,
  organization: true,
  email: true,
  arrivalAt: true,
  arrivalTransport: true,
  departureAt: true,
  departureTransport: true,
  accommodation: true,
  accommodationNights: true,
  accommodationBooked: true,
  visaStatus: true,
  visaUpdatedOn: true,
  letterLanguage: true,
} satisfies Prisma.VisitParticipantSelect;

const personalExportSelect = { nationalityCode: true, passportNumber: true, passportExpiresOn: true, birthDate: true, phone: true } satisfies Prisma.VisitParticipantSelect;

type VisitCells = Prisma.VisitGetPayload<{ select: typeof exportSelect }>;
type ParticipantCells = Prisma.VisitParticipantGetPayload<{ select: typeof participantExportSelect }> & Partial<Record<PersonalField, string | Date | null>>;

export interface ExportRow {
  visit: VisitCells;
  participant: ParticipantCells | null;
}

/** The rows of the export, within the user's scope; personal columns only when asked for by someone allowed. */
export async function listVisitsForExport(user: SessionUser | null, filter: VisitListFilter, { includePersonalData }: { includePersonalData: boolean }): Promise<ExportRow[]> {
  requireSomeScope(user, "visit:read");
  if (includePersonalData && !mayHandlePersonalData(user)) throw new AppError("FORBIDDEN");
  const visits = await db.visit.findMany({
    where: visitListWhere(user!, filter),
    select: {
      ...exportSelect,
      participants: {
        select: includePersonalData ? { ...participantExportSelect, ...personalExportSelect } : participantExportSelect,
        orderBy: [{ sortOrder: "asc" }, { createdAt: "asc" }],
      },
    },
    orderBy: [{ startDate: filter.dir }, { title: "asc" }, { id: "asc" }],
    take: EXPORT_LIMIT,
  });
  return visits.flatMap(({ participants, ...visit }): ExportRow[] =>
    participants.length === 0 ? [{ visit, participant: null }] : participants.map((participant) => ({ visit, participant: participant as ParticipantCells })),
  );
}

const day = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : "");

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The columns, with headers and codes in the reader's language; the personal ones only when included. */
function columnsFor(t: Translate, timeZone: string, includePersonalData: boolean): ExportColumn<ExportRow>[] {
  const moment = (date: Date | null | undefined) => (date ? toLocalInput(date, timeZone).replace("T", " ") : "");
  const column = (key: string, value: (row: ExportRow) => CellValue, width = 18): ExportColumn<ExportRow> => ({ header: t(`export.columns.${key}`), value, width });
  const p = (row: ExportRow) => row.participant;
  const columns = [
    column("title", (row) => row.visit.title, 40),
    column("direction", (row) => t(`directions.${row.visit.direction}`)),
    column("kind", (row) => t(`kinds.${row.visit.kind}`)),
    column("status", (row) => t(`statuses.${row.visit.status}`)),
    column("startDate", (row) => day(row.visit.startDate), 12),
    column("endDate", (row) => day(row.visit.endDate), 12),
    column("partner", (row) => row.visit.partner?.name ?? "", 30),
    column("partnerCountry", (row) => row.visit.partner?.countryCode ?? "", 8),
    column("organization", (row) => row.visit.organizationName ?? "", 30),
    column("hostUnit", (row) => row.visit.hostUnit?.code ?? "", 10),
    column("responsible", (row) => row.visit.responsible?.name ?? "", 24),
    column("purpose", (row) => row.visit.purpose, 40),
    column("outcome", (row) => row.visit.outcome, 30),
    column("costsCoveredBy", (row) => row.visit.costsCoveredBy, 24),
    column("participant", (row) => p(row)?.name ?? "", 28),
    column("position", (row) => p(row)?.position ?? "", 24),
    column("participantOrganization", (row) => p(row)?.organization ?? "", 28),
    column("email", (row) => p(row)?.email ?? "", 28),
    column("arrival", (row) => moment(p(row)?.arrivalAt), 16),
    column("arrivalTransport", (row) => p(row)?.arrivalTransport ?? ""),
    column("departure", (row) => moment(p(row)?.departureAt), 16),
    column("departureTransport", (row) => p(row)?.departureTransport ?? ""),
    column("accommodation", (row) => p(row)?.accommodation ?? "", 24),
    column("accommodationNights", (row) => p(row)?.accommodationNights ?? null, 8),
    column("accommodationBooked", (row) => (p(row) ? t(p(row)!.accommodationBooked ? "export.yes" : "export.no") : ""), 8),
    column("visaStatus", (row) => (p(row) ? t(`visaStatuses.${p(row)!.visaStatus}`) : "")),
    column("visaUpdatedOn", (row) => day(p(row)?.visaUpdatedOn), 12),
    column("letterLanguage", (row) => p(row)?.letterLanguage ?? "", 8),
  ];
  if (!includePersonalData) return columns;
  return [
    ...columns,
    column("nationality", (row) => (p(row)?.nationalityCode as string | null | undefined) ?? "", 8),
    column("passportNumber", (row) => (p(row)?.passportNumber as string | null | undefined) ?? ""),
    column("passportExpiresOn", (row) => day(p(row)?.passportExpiresOn as Date | null | undefined), 12),
    column("birthDate", (row) => day(p(row)?.birthDate as Date | null | undefined), 12),
    column("phone", (row) => (p(row)?.phone as string | null | undefined) ?? ""),
  ];
}

export async function exportVisits(
  user: SessionUser | null,
  filter: VisitListFilter,
  { format, includePersonalData }: { format: ExportFormat; includePersonalData: boolean },
): Promise<string | Uint8Array> {
  const rows = await listVisitsForExport(user, filter, { includePersonalData });
  const [{ t }, { timeZone }] = await Promise.all([exportTranslator("visits"), officeClock()]);
  const columns = columnsFor(t, timeZone, includePersonalData);
  return format === "xlsx" ? toXlsx(columns, rows, t("export.sheetName")) : toCsv(columns, rows);
}

