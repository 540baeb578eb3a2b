"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import { useAction } from "@/lib/forms/use-action-form";
import { setProgramActiveAction } from "@/lib/programs/actions";

/** Deactivate (or reactivate) a program: it stays on existing calls but is offered for no new ones. */
export function ProgramStatus({ id, version, isActive }: { id: string; version: number; isActive: boolean }) {
  const t = useTranslations("programs.status");
  const router = useRouter();
  const { run, pending, error } = useAction(setProgramActiveAction, () => {
    toast.success(isActive ? t("deactivated") : t("activated"));
    router.refresh();
  });

  return (
    <section aria-labelledby="program-status" className="max-w-2xl space-y-3 rounded-lg border border-border p-5">
      <h2 id="program-status" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <p>{isActive ? t("activeText") : t("inactiveText")}</p>
      <FormAlert error={error} />
      <Button variant={isActive ? "destructive" : "secondary"} onClick={() => void run({ id, version, isActive: !isActive })} disabled={pending}>
        {isActive ? t("deactivate") : t("activate")}
      </Button>
    </section>
  );
}
