"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toaster";
import { withdrawApplicationAction } from "@/lib/applications/actions";

/** Withdraws the application after an explicit confirmation (it cannot be undone). */
export function WithdrawButton({ applicationId, title }: { applicationId: string; title: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function withdraw() {
    setPending(true);
    setError(null);
    const result = await withdrawApplicationAction({ applicationId }).catch(() => null);
    setPending(false);
    if (result?.ok) {
      setOpen(false);
      toast.success(t("applications.detail.withdrawDone"));
      router.refresh();
      return;
    }
    const key = result?.formError ?? "errors.generic.network";
    setError(t.has(key) ? t(key) : t("errors.generic.unexpected"));
  }

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="destructive">{t("applications.detail.withdraw")}</Button>
      </DialogTrigger>
      <DialogContent
        title={t("applications.detail.withdrawConfirmTitle")}
        description={t("applications.detail.withdrawConfirmText", { title })}
        closeLabel={t("common.buttons.close")}
      >
        {error && (
          <Alert variant="error" live="assertive">
            {error}
          </Alert>
        )}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">{t("common.buttons.cancel")}</Button>
          </DialogClose>
          <Button variant="destructive" disabled={pending} onClick={() => void withdraw()}>
            {t("applications.detail.withdrawConfirm")}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
