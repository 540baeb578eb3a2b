"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { useAction, useMessage } from "@/lib/forms/use-action-form";
import { mergeUnitAction } from "@/lib/units/actions";

interface Target {
  id: string;
  code: string;
  name: string;
  version: number;
}

/**
 * Merge this unit into another: choose the target, then confirm in a dialog that states how many
 * records move. The versions sent are the ones this page was drawn with, so the count confirmed is
 * the count moved (a change in between is refused as stale).
 */
export function MergeUnit({ unit, total, targets }: { unit: { id: string; version: number; name: string }; total: number; targets: Target[] }) {
  const t = useTranslations("units.merge");
  const tCommon = useTranslations("common");
  const message = useMessage();
  const router = useRouter();
  const [targetId, setTargetId] = useState("");
  const [targetError, setTargetError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const target = targets.find((candidate) => candidate.id === targetId);
  const { run, pending, error } = useAction(mergeUnitAction, (result) => {
    toast.success(t("merged", { count: result.moved }));
    router.push(`/dashboard/admin/units/${result.id}`);
  });

  async function merge() {
    setOpen(false);
    setTargetError(null);
    const result = await run({ id: unit.id, version: unit.version, targetId, targetVersion: target?.version ?? 1 });
    const fieldMessage = result && !result.ok ? result.fieldErrors?.targetId?.[0] : undefined;
    if (fieldMessage) setTargetError(fieldMessage);
  }

  if (targets.length === 0) return <p>{t("noTargets")}</p>;

  return (
    <div className="space-y-3">
      <FormAlert error={error} />
      <FormField label={t("target")} description={t("targetHint")} error={targetError ? message(targetError) : undefined} required>
        <Select
          id="merge-target"
          value={targetId}
          placeholder={t("choose")}
          onChange={(event) => {
            setTargetId(event.target.value);
            setTargetError(null);
          }}
          options={targets.map((candidate) => ({ value: candidate.id, label: `${candidate.name} (${candidate.code})` }))}
        />
      </FormField>
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogTrigger asChild>
          <Button
            variant="destructive"
            disabled={pending}
            onClick={(event) => {
              // Without a target there is nothing to confirm: say so next to the select instead.
              if (!target) {
                event.preventDefault();
                setTargetError("units.merge.chooseTarget");
              }
            }}
          >
            {pending ? t("merging") : t("merge")}
          </Button>
        </DialogTrigger>
        <DialogContent
          title={t("confirmTitle")}
          description={t("confirmText", { count: total, source: unit.name, target: target?.name ?? "" })}
          closeLabel={tCommon("dialog.close")}
        >
          <div className="flex flex-wrap justify-end gap-3">
            <DialogClose asChild>
              <Button variant="outline">{t("cancel")}</Button>
            </DialogClose>
            <Button variant="destructive" onClick={() => void merge()}>
              {t("confirm")}
            </Button>
          </div>
        </DialogContent>
      </Dialog>
    </div>
  );
}
