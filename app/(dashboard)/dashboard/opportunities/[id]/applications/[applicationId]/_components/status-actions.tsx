"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { transitionApplicationAction } from "@/lib/applications/review-actions";

export interface StatusActionsProps {
  applicationId: string;
  /** The moves this reviewer may make from the current status. */
  targets: ("UNDER_REVIEW" | "SHORTLISTED" | "NOMINATED" | "ACCEPTED" | "REJECTED")[];
  /** All places are taken: nominating (or accepting) needs the override. */
  placesFull: boolean;
  places: number;
}

/** One button per allowed move; the server re-checks the lifecycle, places and rights. */
export function StatusActions({ applicationId, targets, placesFull, places }: StatusActionsProps) {
  const t = useTranslations();
  const router = useRouter();
  const [override, setOverride] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reasonError, setReasonError] = useState<string | undefined>();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const toStatus = submitter?.value;
    if (!toStatus) return;
    const form = new FormData(event.currentTarget);
    form.set("applicationId", applicationId);
    form.set("toStatus", toStatus);
    setPending(true);
    setError(null);
    setReasonError(undefined);
    const result = await transitionApplicationAction(form).catch(() => null);
    setPending(false);
    if (result?.ok) {
      toast.success(t("applications.review.moved", { status: t(`applications.status.${toStatus}` as "applications.status.DRAFT") }));
      setOverride(false);
      router.refresh();
      return;
    }
    const key = result?.formError ?? "errors.generic.network";
    setError(t.has(key) ? t(key, result?.ok === false ? result.values : undefined) : t("errors.generic.unexpected"));
    const reasonKey = result?.ok === false ? result.fieldErrors?.overrideReason?.[0] : undefined;
    setReasonError(reasonKey && t.has(reasonKey) ? t(reasonKey) : undefined);
  }

  if (targets.length === 0) return <p className="text-muted-foreground">{t("applications.review.noTransitions")}</p>;

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {error && (
        <Alert variant="error" live="assertive">
          {error}
        </Alert>
      )}
      {placesFull && (targets.includes("NOMINATED") || targets.includes("ACCEPTED")) && (
        <Alert variant="warning">{t("applications.review.placesFull", { places })}</Alert>
      )}
      <FormField label={t("applications.review.note")} description={t("applications.review.noteHint")} id="transition-note">
        <Input name="note" maxLength={2000} />
      </FormField>
      <FormField label={t("applications.review.override")} description={t("applications.review.overrideHint")} layout="inline" id="places-override">
        <Checkbox name="placesOverride" checked={override} onChange={(event) => setOverride(event.target.checked)} />
      </FormField>
      {override && (
        <FormField label={t("applications.review.overrideReason")} id="override-reason" error={reasonError} required>
          <Input name="overrideReason" maxLength={2000} />
        </FormField>
      )}
      <div className="flex flex-wrap gap-3">
        {targets.map((target) => (
          <Button key={target} type="submit" name="toStatus" value={target} disabled={pending} variant={target === "REJECTED" ? "destructive" : target === "UNDER_REVIEW" ? "outline" : "primary"}>
            {t(`applications.review.moveTo.${target}`)}
          </Button>
        ))}
      </div>
    </form>
  );
}
