"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { signOutEverywhereAction } from "@/lib/auth/session-actions";
import { useAction } from "@/lib/forms/use-action-form";

/** Ends every session of one's own account (this one too), then goes to the sign-in page. */
export function SignOutEverywhere() {
  const t = useTranslations("auth.account");
  const action = useAction(signOutEverywhereAction, () => signOut({ callbackUrl: "/sign-in?notice=signedOut" }));
  return (
    <div className="space-y-3">
      <FormAlert error={action.error} />
      <Button variant="outline" disabled={action.pending} onClick={() => void action.run({})}>
        {action.pending ? t("signingOutEverywhere") : t("signOutEverywhere")}
      </Button>
    </div>
  );
}
