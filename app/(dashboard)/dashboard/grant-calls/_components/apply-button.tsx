"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import { useAction } from "@/lib/forms/use-action-form";
import { applyToGrantCallAction } from "@/lib/grant-calls/actions";

/** "We are applying": starts the unit's project in preparation for the call (or finds the one already started). */
export function ApplyButton({ callId }: { callId: string }) {
  const t = useTranslations("grantCalls.apply");
  const router = useRouter();
  const [started, setStarted] = useState<{ created: boolean } | null>(null);
  const { run, pending, error } = useAction(applyToGrantCallAction, (project) => {
    setStarted({ created: project.created });
    toast.success(project.created ? t("started") : t("existing"));
    router.refresh();
  });
  return (
    <div className="space-y-3">
      <FormAlert error={error} />
      {started && (
        <p role="status" className="text-sm">
          {started.created ? t("started") : t("existing")}
        </p>
      )}
      <Button disabled={pending} onClick={() => void run({ id: callId })}>
        {pending ? t("working") : t("button")}
      </Button>
    </div>
  );
}
