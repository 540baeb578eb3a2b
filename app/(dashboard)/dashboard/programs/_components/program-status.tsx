"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { setProgramActiveAction } from "@/lib/programs/actions";

/** Deactivate (or reactivate) a program: it stays on existing calls but is offered for no new ones. */
export function ProgramStatus({ id, isActive }: { id: string; isActive: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function toggle() {
    setError(null);
    startTransition(async () => {
      const result = await setProgramActiveAction({ id, isActive: !isActive });
      if (!result.ok) {
        setError(t.has(result.formError) ? t(result.formError) : t("errors.generic.unexpected"));
        return;
      }
      toast.success(isActive ? t("programs.status.deactivated") : t("programs.status.activated"));
      router.refresh();
    });
  }

  return (
    <section aria-labelledby="program-status" className="max-w-2xl space-y-3 rounded-lg border border-border p-5">
      <h2 id="program-status" className="text-lg font-semibold">
        {t("programs.status.heading")}
      </h2>
      <p>{isActive ? t("programs.status.activeText") : t("programs.status.inactiveText")}</p>
      {error && (
        <Alert variant="error" live="assertive">
          {error}
        </Alert>
      )}
      <Button variant={isActive ? "destructive" : "secondary"} onClick={toggle} disabled={pending}>
        {isActive ? t("programs.status.deactivate") : t("programs.status.activate")}
      </Button>
    </section>
  );
}
