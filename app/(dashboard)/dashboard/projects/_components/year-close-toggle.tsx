"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import { useAction } from "@/lib/forms/use-action-form";
import { setBudgetYearClosedAction } from "@/lib/projects/budget-actions";

/** Closes a budget year once it is reported to the funder (no more expenses in it), or opens it again. */
export function YearCloseToggle({ projectId, year, closed }: { projectId: string; year: number; closed: boolean }) {
  const t = useTranslations("projects.budget");
  const router = useRouter();
  const { run, pending, error } = useAction(setBudgetYearClosedAction, () => {
    toast.success(closed ? t("years.reopened", { year }) : t("years.closedDone", { year }));
    router.refresh();
  });
  return (
    <div className="space-y-2">
      <Button variant="outline" size="sm" disabled={pending} onClick={() => void run({ projectId, year, closed: !closed })}>
        {closed ? t("years.reopen", { year }) : t("years.close", { year })}
      </Button>
      <FormAlert error={error} />
    </div>
  );
}
