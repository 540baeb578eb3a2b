"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toaster";
import { setPartnerArchivedAction } from "@/lib/partners/actions";

/** Archive (after confirming) or bring back a partner; refused like any save when the version is outdated. */
export function ArchiveButton({ id, version, archived }: { id: string; version: number; archived: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, setPending] = useState(false);

  async function run() {
    setPending(true);
    const result = await setPartnerArchivedAction({ id, version, archived: !archived });
    setPending(false);
    if (!result.ok) {
      toast.error(t.has(result.formError) ? t(result.formError, result.values) : t("errors.generic.unexpected"));
      return;
    }
    toast.success(archived ? t("partners.archive.unarchived") : t("partners.archive.archived"));
    router.refresh();
  }

  if (archived) {
    return (
      <Button variant="outline" onClick={() => void run()} disabled={pending}>
        {t("partners.archive.unarchive")}
      </Button>
    );
  }
  return (
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
            <Button variant="destructive" onClick={() => void run()}>
              {t("partners.archive.archive")}
            </Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
