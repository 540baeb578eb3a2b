"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { toast } from "@/components/ui/toaster";
import { useAction } from "@/lib/forms/use-action-form";
import { createCalendarLinkAction, revokeCalendarLinkAction } from "@/lib/visits/calendar/actions";

/**
 * The private calendar link: made here, shown once (only its hash is kept), replaced or revoked.
 * Whoever has the link sees the calendar, so the panel says so.
 */
export function CalendarLinkPanel({ hasLink }: { hasLink: boolean }) {
  const t = useTranslations("calendar.link");
  const router = useRouter();
  const fieldId = useId();
  const [url, setUrl] = useState<string | null>(null);
  const create = useAction(createCalendarLinkAction, (result) => {
    setUrl(result.url);
    router.refresh();
  });
  const revoke = useAction(revokeCalendarLinkAction, () => {
    setUrl(null);
    toast.success(t("revoked"));
    router.refresh();
  });
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      toast.success(t("copied"));
    } catch {
      toast.error(t("copyFailed"));
    }
  };

  return (
    <div className="max-w-2xl space-y-4">
      <p>{t("intro")}</p>
      <FormAlert error={create.error ?? revoke.error} />
      {url ? (
        <Alert variant="success" live="polite" title={t("createdTitle")}>
          <div className="space-y-2">
            <p>{t("createdText")}</p>
            <Label htmlFor={fieldId}>{t("address")}</Label>
            <div className="flex flex-col gap-2 sm:flex-row">
              <Input id={fieldId} readOnly value={url} onFocus={(event) => event.currentTarget.select()} className="font-mono text-sm" />
              <Button type="button" variant="outline" onClick={copy}>
                {t("copy")}
              </Button>
            </div>
          </div>
        </Alert>
      ) : (
        <p className="text-muted-foreground">{hasLink ? t("active") : t("none")}</p>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="button" onClick={() => create.run({})} disabled={create.pending || revoke.pending}>
          {hasLink || url ? t("replace") : t("create")}
        </Button>
        {(hasLink || url) && (
          <Button type="button" variant="outline" onClick={() => revoke.run({})} disabled={create.pending || revoke.pending}>
            {t("revoke")}
          </Button>
        )}
      </div>
      <p className="text-sm text-muted-foreground">{t("warning")}</p>
    </div>
  );
}
