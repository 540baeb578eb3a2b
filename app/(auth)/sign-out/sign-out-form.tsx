"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { LinkButton } from "@/components/ui/link-button";

export function SignOutForm() {
  const t = useTranslations("auth.signOut");
  const [pending, setPending] = useState(false);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-muted-foreground">{t("description")}</p>
      </div>
      <div className="flex flex-col gap-3 sm:flex-row">
        <Button
          disabled={pending}
          onClick={() => {
            setPending(true);
            void signOut({ callbackUrl: "/sign-in?notice=signedOut" });
          }}
        >
          {pending ? t("submitting") : t("submit")}
        </Button>
        <LinkButton href="/dashboard" variant="outline">
          {t("cancel")}
        </LinkButton>
      </div>
    </div>
  );
}
