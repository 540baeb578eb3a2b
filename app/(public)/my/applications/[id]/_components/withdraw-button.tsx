"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import { withdrawApplicationAction } from "@/lib/applications/actions";
import { useAction } from "@/lib/forms/use-action-form";

/** Withdraws the application after an explicit confirmation (it cannot be undone). */
export function WithdrawButton({ applicationId, title }: { applicationId: string; title: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { run, pending, error, clearError } = useAction(withdrawApplicationAction, () => {
    setOpen(false);
    toast.success(t("applications.detail.withdrawDone"));
    router.refresh();
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) clearError();
      }}
    >
      <DialogTrigger asChild>
        <Button variant="destructive">{t("applications.detail.withdraw")}</Button>
      </DialogTrigger>
      <DialogContent
        title={t("applications.detail.withdrawConfirmTitle")}
        description={t("applications.detail.withdrawConfirmText", { title })}
        closeLabel={t("common.buttons.close")}
      >
        <FormAlert error={error} />
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">{t("common.buttons.cancel")}</Button>
          </DialogClose>
          <Button variant="destructive" disabled={pending} onClick={() => void run({ applicationId })}>
            {t("applications.detail.withdrawConfirm")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
