"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { RefreshCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import { renewAgreementAction } from "@/lib/agreements/actions";
import { useAction } from "@/lib/forms/use-action-form";

/** Creates the renewal draft after a confirmation and opens it. */
export function RenewButton({ agreementId, reference }: { agreementId: string; reference: string }) {
  const t = useTranslations("agreements.renewal");
  const router = useRouter();
  const { run, pending, error } = useAction(renewAgreementAction, (data) => {
    toast.success(t("created"));
    router.push(`/dashboard/agreements/${data.id}`);
  });

  return (
    <>
      <Dialog>
        <DialogTrigger asChild>
          <Button variant="outline" disabled={pending}>
            <RefreshCw aria-hidden="true" />
            {t("renew")}
          </Button>
        </DialogTrigger>
        <DialogContent title={t("confirmTitle", { reference })} description={t("confirmBody")} closeLabel={t("cancel")}>
          <div className="flex flex-wrap justify-end gap-3">
            <DialogClose asChild>
              <Button variant="outline">{t("cancel")}</Button>
            </DialogClose>
            <DialogClose asChild>
              <Button onClick={() => run({ id: agreementId })}>{t("confirm")}</Button>
            </DialogClose>
          </div>
        </DialogContent>
      </Dialog>
      {error && (
        <div className="basis-full">
          <FormAlert error={error} />
        </div>
      )}
    </>
  );
}
