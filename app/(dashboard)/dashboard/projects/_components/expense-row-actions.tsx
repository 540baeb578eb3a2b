"use client";

import { useTranslations } from "next-intl";
import { removeExpenseAction } from "@/lib/projects/budget-actions";
import { FileUpload } from "./file-upload";
import { RemoveItem } from "./inline-list";

/** An expense's controls: attach (or replace) its receipt, and remove it while its year is open. */
export function ExpenseRowActions({ projectId, expense, maxMb, yearClosed }: { projectId: string; expense: { id: string; description: string; hasReceipt: boolean }; maxMb: number; yearClosed: boolean }) {
  const t = useTranslations("projects.budget.expenses");
  return (
    <div className="space-y-2">
      <details>
        <summary className="min-h-11 cursor-pointer py-2 text-sm text-link underline underline-offset-4">
          {expense.hasReceipt ? t("replaceReceipt") : t("attachReceipt")}
        </summary>
        <div className="pt-2">
          <FileUpload
            url={`/api/projects/${projectId}/expenses/${expense.id}/receipt`}
            label={t("receiptFor", { description: expense.description })}
            submitLabel={t("upload")}
            maxMb={maxMb}
            uploadedText={t("receiptUploaded")}
          />
        </div>
      </details>
      {!yearClosed && <RemoveItem name={expense.description} removedText={t("removed", { description: expense.description })} onRemove={() => removeExpenseAction({ id: expense.id })} />}
    </div>
  );
}
