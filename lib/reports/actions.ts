"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import { wakeReportWorker } from "./queue";
import { deleteHighlightSchema, generateReportSchema, highlightFieldsSchema, updateHighlightSchema } from "./schemas";
import { createHighlight, deleteHighlight, requestReport, updateHighlight } from "./service";

function refreshReportPages(): void {
  revalidatePath("/dashboard/reports", "layout");
}

/** Queues a report and wakes the worker; the page follows its progress. */
export const generateReportAction = safeAction({
  name: "reports.generate",
  access: "report:export",
  schema: generateReportSchema,
  handler: async (input, { user }) => {
    const result = await requestReport(user, input);
    await wakeReportWorker();
    refreshReportPages();
    return result;
  },
});

export const createHighlightAction = safeAction({
  name: "reports.highlight.create",
  access: "report:export",
  schema: highlightFieldsSchema,
  handler: async (input, { user }) => {
    const result = await createHighlight(user, input);
    refreshReportPages();
    return result;
  },
});

export const updateHighlightAction = safeAction({
  name: "reports.highlight.update",
  access: "report:export",
  schema: updateHighlightSchema,
  handler: async (input, { user }) => {
    const result = await updateHighlight(user, input);
    refreshReportPages();
    return result;
  },
});

export const deleteHighlightAction = safeAction({
  name: "reports.highlight.delete",
  access: "report:export",
  schema: deleteHighlightSchema,
  handler: async (input, { user }) => {
    const result = await deleteHighlight(user, input);
    refreshReportPages();
    return result;
  },
});
