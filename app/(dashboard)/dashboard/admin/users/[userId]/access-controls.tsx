"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toaster";
import { useMessage, type FormErrorState } from "@/lib/forms/use-action-form";
import type { ActionResult } from "@/lib/errors/safe-action";
import { resendInvitationAction, setUserDisabledAction } from "@/lib/users/actions";
import { FormAlert } from "@/components/ui/form-alert";

/** Disable (after a confirmation) or re-enable the account; resend a pending invitation. */
export function AccessControls({ userId, name, disabled, invited }: { userId: string; name: string; disabled: boolean; invited: boolean }) {
  const t = useTranslations("admin.user");
  const tCommon = useTranslations("common");
  const message = useMessage();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<FormErrorState | null>(null);
  const [confirming, setConfirming] = useState(false);

  function run(action: () => Promise<ActionResult<unknown>>, success: string) {
    setError(null);
    startTransition(async () => {
      const result = await action().catch(() => null);
      if (result?.ok) {
        setConfirming(false);
        toast.success(success);
        router.refresh();
        return;
      }
      setConfirming(false);
      setError(result ? { key: result.formError, values: result.values, reference: result.reference } : { key: "errors.generic.network" });
    });
  }

  return (
    <div className="space-y-4">
      <FormAlert error={error} />
      <div className="flex flex-wrap gap-3">
        {disabled ? (
          <Button variant="outline" disabled={pending} onClick={() => run(() => setUserDisabledAction({ userId, disabled: false }), t("enabled"))}>
            {t("enable")}
          </Button>
        ) : (
          <Dialog open={confirming} onOpenChange={setConfirming}>
            <DialogTrigger asChild>
              <Button variant="destructive">{t("disable")}</Button>
            </DialogTrigger>
            <DialogContent title={t("disableTitle", { name })} description={t("disableDescription")} closeLabel={tCommon("dialog.close")}>
              <DialogFooter>
                <DialogClose asChild>
                  <Button variant="outline">{t("cancel")}</Button>
                </DialogClose>
                <Button variant="destructive" disabled={pending} onClick={() => run(() => setUserDisabledAction({ userId, disabled: true }), t("disabled"))}>
                  {t("confirmDisable")}
                </Button>
              </DialogFooter>
            </DialogContent>
          </Dialog>
        )}
        {invited && !disabled && (
          <Button variant="secondary" disabled={pending} onClick={() => run(() => resendInvitationAction({ userId }), t("invitationSent"))}>
            {t("resendInvitation")}
          </Button>
        )}
      </div>
      {/* Buttons only grey out while the change runs; this says so to screen readers. */}
      <span className="sr-only" aria-live="polite">
        {pending ? message("common.buttons.saving") : ""}
      </span>
    </div>
  );
}
