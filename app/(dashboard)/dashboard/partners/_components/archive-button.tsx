"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import { useAction } from "@/lib/forms/use-action-form";
import { setPartnerArchivedAction } from "@/lib/partners/actions";

/** Archive (after confirming) or bring back a partner; refused like any save when the version is outdated. */
export function ArchiveButton({ id, version, archived }: { id: string; version: number; archived: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const { run, pending, error } = useAction(setPartnerArchivedAction, () => {
    toast.success(archived ? t("partners.archive.unarchived") : t("partners.archive.archived"));
    router.refresh();
  });
  const toggle = () => void run({ id, version, archived: !archived });

  return (
    <div className="space-y-2">
      {archived ? (
        <Button variant="outline" onClick={toggle} disabled={pending}>
          {t("partners.archive.unarchive")}
        </Button>
      ) : (
        <Dialog>
          <DialogTrigger asChild>
            <Button variant="outline" disabled={pending}>
              {t("partners.archive.archive")}
            </Button>
          </DialogTrigger>
          <DialogContent title={t("partners.archive.confirmTitle")} description={t("partners.archive.confirmDescription")} closeLabel={t("common.dialog.close")}>
            <DialogFooter>
              <DialogClose asChild>
                <Button variant="outline">{t("common.buttons.cancel")}</Button>
              </DialogClose>
              <DialogClose asChild>
                <Button variant="destructive" onClick={toggle}>
                  {t("partners.archive.archive")}
                </Button>
              </DialogClose>
            </DialogFooter>
          </DialogContent>
        </Dialog>
      )}
      <FormAlert error={error} />
    </div>
  );
}
