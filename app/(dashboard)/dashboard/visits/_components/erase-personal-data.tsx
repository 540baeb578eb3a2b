"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import { useAction } from "@/lib/forms/use-action-form";
import { erasePersonalDataAction } from "@/lib/visits/actions";

/** Erases the guests' personal data of a finished visit, after confirming: it cannot be undone. */
export function ErasePersonalData({ id, version, participants }: { id: string; version: number; participants: number }) {
  const t = useTranslations();
  const router = useRouter();
  const { run, pending, error } = useAction(erasePersonalDataAction, () => {
    toast.success(t("visits.erase.done"));
    router.refresh();
  });
  return (
    <div className="space-y-3">
      <FormAlert error={error} />
      <Dialog>
        <DialogTrigger asChild>
          <Button variant="destructive" disabled={pending}>
            {t("visits.erase.button")}
          </Button>
        </DialogTrigger>
        <DialogContent title={t("visits.erase.confirmTitle")} description={t("visits.erase.confirmDescription", { count: participants })} closeLabel={t("common.dialog.close")}>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">{t("common.buttons.cancel")}</Button>
            </DialogClose>
            <DialogClose asChild>
              <Button variant="destructive" onClick={() => void run({ id, version })}>
                {t("visits.erase.confirm")}
              </Button>
            </DialogClose>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    </div>
  );
}
