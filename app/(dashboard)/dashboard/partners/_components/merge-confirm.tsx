"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { toast } from "@/components/ui/toaster";
import { useAction } from "@/lib/forms/use-action-form";
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
  const { run, pending, error } = useAction(mergePartnersAction, (result) => {
    toast.success(t("partners.merge.done", { kept: keep.name, absorbed: absorb.name }));
    router.push(`/dashboard/partners/${result.keepId}`);
  });

  return (
    <div className="space-y-4">
      <FormAlert error={error} />
      <FormField label={t("partners.merge.confirmLabel", { kept: keep.name, absorbed: absorb.name })} layout="inline">
        <Checkbox id="merge-confirm" checked={confirmed} onChange={(event) => setConfirmed(event.target.checked)} />
      </FormField>
      <Button
        variant="destructive"
        disabled={!confirmed || pending}
        onClick={() => void run({ keepId: keep.id, keepVersion: keep.version, absorbId: absorb.id, absorbVersion: absorb.version })}
      >
        {pending ? t("partners.merge.merging") : t("partners.merge.submit")}
      </Button>
    </div>
  );
}
