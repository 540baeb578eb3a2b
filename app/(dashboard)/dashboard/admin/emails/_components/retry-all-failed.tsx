"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import { useAction } from "@/lib/forms/use-action-form";
import { retryAllFailedEmailsAction } from "@/lib/mail/actions";

/** Queues every failed e-mail again; the first few are tried before the page answers, the rest within a minute. */
export function RetryAllFailed() {
  const t = useTranslations("emails.admin.retry");
  const router = useRouter();
  const { run, pending, error } = useAction(retryAllFailedEmailsAction, (result) => {
    toast.success(t("allDone", result));
    router.refresh();
  });

  return (
    <div className="space-y-2">
      <FormAlert error={error} />
      <Button disabled={pending} aria-busy={pending} onClick={() => run({})}>
        {t("all")}
      </Button>
    </div>
  );
}
