import { z } from "zod";
import { isIsoDay, searchParam, searchParamOr } from "@/lib/forms/fields";
import { CALENDAR_VIEWS } from "./grid";

/**
 * The calendar's address: `?view=month|week&date=2026-12-07&unit=<id>`. Anything tampered with
 * falls back to the current month of every unit; no parameter is ever an error. Years are kept
 * within 1900–2999, so paging by month cannot run away.
 */
export const calendarQuerySchema = z.object({
  view: searchParamOr(z.enum(CALENDAR_VIEWS), "month"),
  date: searchParam(z.string().refine((value) => isIsoDay(value) && value >= "1900-01-01" && value <= "2999-12-31")),
  unit: searchParam(z.uuid()),
});

export type CalendarQuery = z.output<typeof calendarQuerySchema>;
