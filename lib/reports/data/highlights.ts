import "server-only";
import { fromIsoDay } from "@/lib/agreements/dates";
import { db } from "@/lib/db/client";
import { textIn, type ReportContext } from "./context";

/** The highlights staff added for days of the period, oldest first, in the report's language. */
export interface HighlightRow {
  happenedOn: Date;
  title: string;
  text: string;
}

export async function loadHighlights(context: ReportContext): Promise<HighlightRow[]> {
  const rows = await db.activityHighlight.findMany({
    where: { happenedOn: { gte: fromIsoDay(context.period.start), lte: fromIsoDay(context.period.end) } },
    select: { happenedOn: true, title: true, text: true, translations: true },
    orderBy: [{ happenedOn: "asc" }, { createdAt: "asc" }],
  });
  return rows.map((row) => ({ happenedOn: row.happenedOn, title: textIn(context, row, "title"), text: textIn(context, row, "text") }));
}
