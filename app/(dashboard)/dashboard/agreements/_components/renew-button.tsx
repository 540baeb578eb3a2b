"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { RefreshCw } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toaster";
import { renewAgreementAction } from "@/lib/agreements/actions";
import { useMessage } from "@/lib/forms/use-action-form";

/** Creates the renewal draft after a confirmation and opens it. */
export function RenewButton({ agreementId, reference }: { agreementId: string; reference: string }) {
  const t = useTranslations("agreements.renewal");
  const message = useMessage();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const renew = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await renewAgreementAction({ id: agreementId });
      if (!result.ok) {
        setError(message(result.formError, result.values) ?? null);
        return;
      }
      toast.success(t("created"));
      router.push(`/dashboard/agreements/${result.data.id}`);
    } catch {
      setError(message("errors.generic.network") ?? null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Dialog>
        <DialogTrigger asChild>
          <Button variant="outline" disabled={busy}>
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
              <Button onClick={renew}>{t("confirm")}</Button>
            </DialogClose>
          </div>
        </DialogContent>
      </Dialog>
      {error && (
        <Alert variant="error" live="assertive" className="basis-full">
          {error}
        </Alert>
      )}
    </>
  );
}
