"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import { useAction, useMessage } from "@/lib/forms/use-action-form";
import { resendInvitationAction, setUserDisabledAction } from "@/lib/users/actions";
import { signOutUserEverywhereAction } from "@/lib/auth/session-actions";

/** Disable (after a confirmation) or re-enable the account; end all its sessions; resend a pending invitation. */
export function AccessControls({ userId, name, disabled, invited }: { userId: string; name: string; disabled: boolean; invited: boolean }) {
  const t = useTranslations("admin.user");
  const tCommon = useTranslations("common");
  const message = useMessage();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const done = (text: string) => {
    toast.success(text);
    router.refresh();
  };
  const access = useAction(setUserDisabledAction, () => done(disabled ? t("enabled") : t("disabled")));
  const invitation = useAction(resendInvitationAction, () => done(t("invitationSent")));
  const [confirmingSignOut, setConfirmingSignOut] = useState(false);
  const sessions = useAction(signOutUserEverywhereAction, () => {
    setConfirmingSignOut(false);
    done(t("signedOutEverywhere"));
  });
  const pending = access.pending || invitation.pending || sessions.pending;

  async function setDisabled(value: boolean) {
    invitation.clearError();
    await access.run({ userId, disabled: value });
    // Closed on failure too, so the message above the buttons is not hidden behind the dialog.
    setConfirming(false);
  }

  return (
    <div className="space-y-4">
      <FormAlert error={access.error ?? invitation.error ?? sessions.error} />
      <div className="flex flex-wrap gap-3">
        {disabled ? (
          <Button variant="outline" disabled={pending} onClick={() => void setDisabled(false)}>
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
                <Button variant="destructive" disabled={pending} onClick={() => void setDisabled(true)}>
                  {t("confirmDisable")}
                </Button>
              </DialogFooter>
            </DialogContent>
          </Dialog>
        )}
        {!disabled && !invited && (
          <Dialog open={confirmingSignOut} onOpenChange={setConfirmingSignOut}>
            <DialogTrigger asChild>
              <Button variant="outline">{t("signOutEverywhere")}</Button>
            </DialogTrigger>
            <DialogContent title={t("signOutEverywhere")} description={t("signOutEverywhereDescription", { name })} closeLabel={tCommon("dialog.close")}>
              <DialogFooter>
                <DialogClose asChild>
                  <Button variant="outline">{t("cancel")}</Button>
                </DialogClose>
                <Button variant="destructive" disabled={pending} onClick={() => void sessions.run({ userId })}>
                  {t("signOutEverywhere")}
                </Button>
              </DialogFooter>
            </DialogContent>
          </Dialog>
        )}
        {invited && !disabled && (
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() => {
              access.clearError();
              void invitation.run({ userId });
            }}
          >
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
