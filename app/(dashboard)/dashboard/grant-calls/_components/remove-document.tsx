"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import { useAction } from "@/lib/forms/use-action-form";
import { removeGrantCallDocumentAction } from "@/lib/grant-calls/actions";

/** Removes one document of the call. */
export function RemoveDocument({ callId, documentId, title }: { callId: string; documentId: string; title: string }) {
  const t = useTranslations("grantCalls.documents");
  const router = useRouter();
  const { run, pending, error } = useAction(removeGrantCallDocumentAction, () => {
    toast.success(t("removed"));
    router.refresh();
  });
  return (
    <span className="inline-flex flex-col gap-1">
      <FormAlert error={error} />
      <Button variant="ghost" size="sm" className="min-h-11" disabled={pending} onClick={() => void run({ callId, documentId })} aria-label={t("remove", { title })}>
        <Trash2 aria-hidden="true" className="size-4" />
      </Button>
    </span>
  );
}
