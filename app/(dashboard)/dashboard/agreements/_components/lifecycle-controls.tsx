"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { transitionAgreementAction } from "@/lib/agreements/actions";
import type { TransitionBlock } from "@/lib/agreements/lifecycle";
import type { AgreementStatus } from "@/lib/agreements/options";
import { useAction } from "@/lib/forms/use-action-form";

export interface LifecycleOption {
  to: AgreementStatus;
  blocks: TransitionBlock[];
}

/** Moves that end the agreement for good are confirmed in a dialog first. */
const FINAL: ReadonlySet<AgreementStatus> = new Set(["TERMINATED", "EXPIRED"]);

/** The move, with a refused termination date reported above the buttons: its dialog has closed by then. */
async function transition(input: Parameters<typeof transitionAgreementAction>[0]) {
  const result = await transitionAgreementAction(input);
  if (result.ok || !result.fieldErrors?.terminatedOn?.[0]) return result;
  return { ...result, formError: result.fieldErrors.terminatedOn[0] };
}

/**
 * The status changes the user may make now, as buttons; the ones the dates do not allow yet are
 * listed with what is missing. The server checks every move again.
 */
export function LifecycleControls({
  agreementId,
  version,
  from,
  options,
  today,
}: {
  agreementId: string;
  version: number;
  from: AgreementStatus;
  options: readonly LifecycleOption[];
  today: string;
}) {
  const t = useTranslations("agreements");
  const router = useRouter();
  const { run, pending, error } = useAction(transition);
  const [moving, setMoving] = useState<AgreementStatus | null>(null);
  const [terminatedOn, setTerminatedOn] = useState(today);

  const label = (to: AgreementStatus) => (to === "IN_NEGOTIATION" && from === "AWAITING_SIGNATURE" ? t("lifecycle.backToNegotiation") : t(`lifecycle.moveTo.${to}`));

  const move = async (to: AgreementStatus) => {
    setMoving(to);
    const result = await run({ id: agreementId, version, to, ...(to === "TERMINATED" ? { terminatedOn } : {}) });
    setMoving(null);
    if (!result?.ok) return;
    toast.success(t("lifecycle.done", { status: t(`statuses.${to}`) }));
    router.refresh();
  };

  const allowed = options.filter((option) => option.blocks.length === 0);
  const blocked = options.filter((option) => option.blocks.length > 0);

  return (
    <div className="space-y-3">
      <FormAlert error={error} />
      {allowed.length > 0 && (
        <div className="flex flex-wrap gap-3">
          {allowed.map(({ to }) =>
            FINAL.has(to) ? (
              <Dialog key={to}>
                <DialogTrigger asChild>
                  <Button variant={to === "TERMINATED" ? "destructive" : "outline"} disabled={pending}>
                    {label(to)}
                  </Button>
                </DialogTrigger>
                <DialogContent
                  title={t("lifecycle.confirmTitle", { action: label(to) })}
                  description={t(to === "TERMINATED" ? "lifecycle.confirmTerminate" : "lifecycle.confirmExpire")}
                  closeLabel={t("lifecycle.cancel")}
                >
                  {to === "TERMINATED" && (
                    <FormField label={t("lifecycle.terminatedOn")} className="mb-4">
                      <Input type="date" value={terminatedOn} onChange={(event) => setTerminatedOn(event.target.value)} />
                    </FormField>
                  )}
                  <div className="flex flex-wrap justify-end gap-3">
                    <DialogClose asChild>
                      <Button variant="outline">{t("lifecycle.cancel")}</Button>
                    </DialogClose>
                    <DialogClose asChild>
                      <Button variant={to === "TERMINATED" ? "destructive" : "primary"} onClick={() => move(to)}>
                        {t("lifecycle.confirm")}
                      </Button>
                    </DialogClose>
                  </div>
                </DialogContent>
              </Dialog>
            ) : (
              <Button key={to} variant={to === "ACTIVE" ? "primary" : "outline"} disabled={pending} onClick={() => move(to)}>
                {moving === to ? t("form.saving") : label(to)}
              </Button>
            ),
          )}
        </div>
      )}
      {blocked.map(({ to, blocks }) => (
        <p key={to} className="text-sm text-muted-foreground">
          {t("lifecycle.blockedHint", { action: label(to) })} {blocks.map((block) => t(`lifecycle.blocked.${block}`)).join(", ")}.
        </p>
      ))}
    </div>
  );
}
