"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import { useAction } from "@/lib/forms/use-action-form";
import { transitionVisitAction } from "@/lib/visits/actions";
import type { VisitStatus } from "@/lib/visits/options";
import type { TransitionOption } from "@/lib/visits/page-data";

/**
 * The moves the lifecycle allows from the visit's status, as buttons; one the dates do not allow
 * yet is shown disabled with the reason. The server checks every move again.
 */
export function LifecycleControls({ id, version, status, options }: { id: string; version: number; status: VisitStatus; options: readonly TransitionOption[] }) {
  const t = useTranslations("visits.lifecycle");
  const router = useRouter();
  const { run, pending, error } = useAction(transitionVisitAction, () => {
    toast.success(t("moved"));
    router.refresh();
  });
  if (options.length === 0) return <p className="text-sm text-muted-foreground">{t("final")}</p>;

  return (
    <div className="space-y-3">
      <FormAlert error={error} />
      <ul className="flex flex-wrap gap-3" aria-label={t("label")}>
        {options.map(({ to, check }) => (
          <li key={to} className="space-y-1">
            <Button
              variant={to === "CANCELLED" ? "destructive" : "secondary"}
              disabled={pending || !check.ok}
              aria-describedby={check.ok ? undefined : `visit-move-${to}-hint`}
              onClick={() => void run({ id, version, to })}
            >
              {t(`to.${to}`)}
            </Button>
            {!check.ok && (
              <p id={`visit-move-${to}-hint`} className="max-w-60 text-xs text-muted-foreground">
                {t(`blocked.${check.block}`, { from: status, to })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
