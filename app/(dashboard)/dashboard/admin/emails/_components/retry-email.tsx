"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import { useAction } from "@/lib/forms/use-action-form";
import { retryEmailAction } from "@/lib/mail/actions";

/**
 * Sends one failed e-mail again: it is queued afresh and tried at once; the page then shows whether
 * the mail server took it, or the new error. `subject` names the message for screen readers, since
 * a list holds one such button per failed row.
 */
export function RetryEmail({ id, subject, size = "md" }: { id: string; subject?: string; size?: "sm" | "md" }) {
  const t = useTranslations("emails.admin.retry");
  const router = useRouter();
  const { run, pending, error } = useAction(retryEmailAction, (result) => {
    if (result.sent) toast.success(t("sent"));
    else toast.warning(t("stillFailing"));
    router.refresh();
  });

  return (
    <div className="space-y-2">
      <FormAlert error={error} />
      <Button variant="secondary" size={size} disabled={pending} aria-busy={pending} onClick={() => run({ id })}>
        {t("one")}
        {subject && <span className="sr-only">: {subject}</span>}
      </Button>
    </div>
  );
}
