import "server-only";
import { exportTranslator } from "@/lib/agreements/export-labels";
import type { SessionUser } from "@/lib/auth/current-user";
import { toLocalInput } from "@/lib/dates/zoned";
import { AppError } from "@/lib/errors/app-error";
import { toCsv, toXlsx, type CellValue, type ExportColumn, type ExportFormat } from "@/lib/import-export/write-file";
import { listRegistrations, type RegistrationRow } from "./staff-queries";

/**
 * An event's participant list as a spreadsheet, for those who may change the event: one row per
 * registration with its status and, on the waiting list, its place. Times are the event's wall clock.
 */
export async function exportRegistrations(user: SessionUser | null, eventId: string, format: ExportFormat): Promise<{ body: string | Uint8Array; slug: string }> {
  const list = await listRegistrations(user, eventId);
  if (!list) throw new AppError("NOT_FOUND");
  const { t } = await exportTranslator("events");
  const zone = list.event.timeZone ?? list.institutionZone;
  const moment = (date: Date | null) => (date ? toLocalInput(date, zone).replace("T", " ") : "");
  const column = (key: string, value: (row: RegistrationRow) => CellValue, width = 20): ExportColumn<RegistrationRow> => ({ header: t(`participants.columns.${key}`), value, width });
  const columns = [
    column("name", (row) => row.name, 30),
    column("email", (row) => row.email, 32),
    column("status", (row) => t(`participants.status.${row.status}`), 16),
    column("waitlistPosition", (row) => row.waitlistPosition, 10),
    column("account", (row) => t(row.userId ? "participants.yes" : "participants.no"), 10),
    column("registeredAt", (row) => moment(row.createdAt), 18),
    column("confirmedAt", (row) => moment(row.confirmedAt), 18),
    column("cancelledAt", (row) => moment(row.cancelledAt), 18),
  ];
  const body = format === "xlsx" ? await toXlsx(columns, list.registrations, t("participants.sheetName")) : toCsv(columns, list.registrations);
  return { body, slug: list.event.slug };
}
