"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import type { ActionResult } from "@/lib/errors/safe-action";
import { useAction } from "@/lib/forms/use-action-form";
import {
  closeOpportunityAction,
  deleteOpportunityAction,
  duplicateOpportunityAction,
  publishOpportunityAction,
} from "@/lib/opportunities/actions";

export interface LifecycleActionsProps {
  id: string;
  version: number;
  status: "DRAFT" | "PUBLISHED" | "CLOSED";
  may: { publish: boolean; create: boolean; delete: boolean };
}

type Verb = "publish" | "close" | "duplicate" | "delete";

const DONE = { publish: "published", close: "closed", duplicate: "duplicated", delete: "deleted" } as const;

/**
 * The moves a call can make from where it is: publish a draft, close a published call (final,
 * so it asks first), duplicate for next year, delete a draft. The server checks every rule again.
 */
export function LifecycleActions({ id, version, status, may }: LifecycleActionsProps) {
  const t = useTranslations();
  const l = (key: string) => t(`opportunities.lifecycle.${key}`);
  const router = useRouter();
  const [running, setRunning] = useState<Verb | null>(null);

  async function perform(verb: Verb): Promise<ActionResult<{ id: string; verb: Verb }>> {
    setRunning(verb);
    const result: ActionResult<{ id: string }> =
      verb === "publish"
        ? await publishOpportunityAction({ id, version })
        : verb === "close"
          ? await closeOpportunityAction({ id, version })
          : verb === "duplicate"
            ? await duplicateOpportunityAction({ id })
            : await deleteOpportunityAction({ id, version });
    return result.ok ? { ok: true, data: { id: result.data.id, verb } } : result;
  }

  const { run, pending, error } = useAction(perform, ({ id: resultId, verb }) => {
    toast.success(l(DONE[verb]));
    if (verb === "duplicate") router.push(`/dashboard/opportunities/${resultId}/edit`);
    else if (verb === "delete") router.push("/dashboard/opportunities");
    else router.refresh();
  });

  const busy = (verb: Verb, idle: string, working: string) => (pending && running === verb ? l(working) : l(idle));

  return (
    <div className="space-y-3">
      <FormAlert error={error} />
      <div className="flex flex-wrap gap-3">
        {status === "DRAFT" && may.publish && (
          <Button onClick={() => void run("publish")} disabled={pending}>
            {busy("publish", "publish", "publishing")}
          </Button>
        )}
        {status === "PUBLISHED" && may.publish && (
          <ConfirmButton
            label={busy("close", "close", "closing")}
            title={l("closeConfirmTitle")}
            description={l("closeConfirm")}
            confirm={l("close")}
            cancel={l("cancel")}
            closeLabel={t("common.dialog.close")}
            disabled={pending}
            onConfirm={() => void run("close")}
          />
        )}
        {may.create && (
          <Button variant="outline" onClick={() => void run("duplicate")} disabled={pending}>
            {busy("duplicate", "duplicate", "duplicating")}
          </Button>
        )}
        {status === "DRAFT" && may.delete && (
          <ConfirmButton
            label={busy("delete", "delete", "deleting")}
            title={l("deleteConfirmTitle")}
            description={l("deleteConfirm")}
            confirm={l("delete")}
            cancel={l("cancel")}
            closeLabel={t("common.dialog.close")}
            disabled={pending}
            onConfirm={() => void run("delete")}
            variant="ghost"
          />
        )}
      </div>
    </div>
  );
}
