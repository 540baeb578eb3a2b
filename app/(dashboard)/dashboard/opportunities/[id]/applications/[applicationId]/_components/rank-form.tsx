"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { rankApplicationAction } from "@/lib/applications/review-actions";

/** The application's place in the opportunity's ranked list (empty clears it). */
export function RankForm({ applicationId, rank }: { applicationId: string; rank: number | null }) {
  const t = useTranslations();
  const router = useRouter();
  const [value, setValue] = useState(rank === null ? "" : String(rank));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    const result = await rankApplicationAction({ applicationId, rank: value }).catch(() => null);
    setPending(false);
    if (result?.ok) {
      setError(undefined);
      toast.success(t("applications.review.rankSaved"));
      router.refresh();
      return;
    }
    const key = (result?.ok === false && (result.fieldErrors?.rank?.[0] ?? result.formError)) || "errors.generic.network";
    setError(t.has(key) ? t(key) : t("errors.generic.unexpected"));
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <FormField label={t("applications.review.rankLabel")} id="rank" error={error} className="sm:w-64">
        <Input type="number" inputMode="numeric" min={1} step={1} value={value} onChange={(event) => setValue(event.target.value)} />
      </FormField>
      <Button type="submit" variant="outline" disabled={pending}>
        {t("applications.review.saveRank")}
      </Button>
    </form>
  );
}
