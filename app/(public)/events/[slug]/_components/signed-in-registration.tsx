"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { registerSignedInAction } from "@/lib/events/actions";
import { useAction } from "@/lib/forms/use-action-form";

/** A signed-in person registers as themselves with one button: confirmed at once, or on the waiting list. */
export function SignedInRegistration({ eventId, name, email }: { eventId: string; name: string; email: string }) {
  const t = useTranslations("events.registration");
  const router = useRouter();
  const [outcome, setOutcome] = useState<"CONFIRMED" | "WAITLISTED" | null>(null);
  const { run, pending, error } = useAction(registerSignedInAction, (data) => {
    setOutcome(data.status);
    router.refresh();
  });

  if (outcome) {
    return (
      <Alert variant="success" live="polite">
        {outcome === "CONFIRMED" ? t("registeredConfirmed") : t("registeredWaitlisted")}
      </Alert>
    );
  }
  return (
    <div className="space-y-3">
      <FormAlert error={error} />
      <Button onClick={() => void run({ eventId })} disabled={pending} className="w-full sm:w-auto">
        {pending ? t("submitting") : t("registerAs", { name })}
      </Button>
      <p className="text-sm text-muted-foreground">{t("registerAsHint", { email })}</p>
    </div>
  );
}
