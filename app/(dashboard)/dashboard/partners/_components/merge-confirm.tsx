"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import { toast } from "@/components/ui/toaster";
import { mergePartnersAction } from "@/lib/partners/actions";

export interface MergeConfirmProps {
  keep: { id: string; version: number; name: string };
  absorb: { id: string; version: number; name: string };
}

/** The last step of a merge: an explicit confirmation, then one transaction on the server. */
export function MergeConfirm({ keep, absorb }: MergeConfirmProps) {
  const t = useTranslations();
  const router = useRouter();
  const [confirmed, setConfirmed] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function merge() {
    setPending(true);
    setError(null);
    const result = await mergePartnersAction({ keepId: keep.id, keepVersion: keep.version, absorbId: absorb.id, absorbVersion: absorb.version });
    setPending(false);
    if (!result.ok) {
      setError(t.has(result.formError) ? t(result.formError, result.values) : t("errors.generic.unexpected"));
      return;
    }
    toast.success(t("partners.merge.done", { kept: keep.name, absorbed: absorb.name }));
    router.push(`/dashboard/partners/${result.data.keepId}`);
  }

  return (
    <div className="space-y-4">
      {error && (
        <Alert variant="error" live="assertive">
          {error}
        </Alert>
      )}
      <FormField label={t("partners.merge.confirmLabel", { kept: keep.name, absorbed: absorb.name })} layout="inline">
        <Checkbox id="merge-confirm" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
      </FormField>
      <Button variant="destructive" disabled={!confirmed || pending} onClick={() => void merge()}>
        {pending ? t("partners.merge.merging") : t("partners.merge.submit")}
      </Button>
    </div>
  );
}
