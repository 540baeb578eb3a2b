"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import { useAction } from "@/lib/forms/use-action-form";
import { deleteActualAction, deleteGoalAction, deleteIndicatorAction } from "@/lib/strategy/actions";

/** A destructive button that asks first, then runs its action. */
function ConfirmedDelete({ label, title, body, pending, onConfirm }: { label: string; title: string; body: string; pending: boolean; onConfirm: () => void }) {
  const t = useTranslations("strategy.delete");
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="destructive" disabled={pending}>
          <Trash2 aria-hidden="true" />
          {label}
        </Button>
      </DialogTrigger>
      <DialogContent title={title} description={body} closeLabel={t("cancel")}>
        <div className="flex flex-wrap justify-end gap-3">
          <DialogClose asChild>
            <Button variant="outline">{t("cancel")}</Button>
          </DialogClose>
          <DialogClose asChild>
            <Button variant="destructive" onClick={onConfirm}>
              {t("confirm")}
            </Button>
          </DialogClose>
        </div>
      </DialogContent>
    </Dialog>
  );
}

/** Deletes a goal with its indicators, targets and values. */
export function DeleteGoal({ id, version, title }: { id: string; version: number; title: string }) {
  const t = useTranslations("strategy.delete");
  const router = useRouter();
  const { run, pending, error } = useAction(deleteGoalAction, () => {
    toast.success(t("goalDeleted"));
    router.push("/dashboard/strategy");
  });
  return (
    <div className="space-y-3">
      <FormAlert error={error} />
      <ConfirmedDelete label={t("goal")} title={t("goalTitle", { title })} body={t("goalBody")} pending={pending} onConfirm={() => run({ id, version })} />
    </div>
  );
}

/** Deletes an indicator with its targets and values. */
export function DeleteIndicator({ id, goalId, goalVersion, title }: { id: string; goalId: string; goalVersion: number; title: string }) {
  const t = useTranslations("strategy.delete");
  const router = useRouter();
  const { run, pending, error } = useAction(deleteIndicatorAction, () => {
    toast.success(t("indicatorDeleted"));
    router.push(`/dashboard/strategy/goals/${goalId}`);
  });
  return (
    <div className="space-y-3">
      <FormAlert error={error} />
      <ConfirmedDelete label={t("indicator")} title={t("indicatorTitle", { title })} body={t("indicatorBody")} pending={pending} onConfirm={() => run({ id, goalVersion })} />
    </div>
  );
}

/** Removes one year's hand-entered value. */
export function DeleteActual({ indicatorId, year }: { indicatorId: string; year: number }) {
  const t = useTranslations("strategy.delete");
  const router = useRouter();
  const { run, pending, error } = useAction(deleteActualAction, () => {
    toast.success(t("actualDeleted"));
    router.refresh();
  });
  return (
    <div className="space-y-2">
      <FormAlert error={error} />
      <Button variant="ghost" size="sm" disabled={pending} onClick={() => run({ indicatorId, year })}>
        <Trash2 aria-hidden="true" />
        {t("actual", { year })}
      </Button>
    </div>
  );
}
