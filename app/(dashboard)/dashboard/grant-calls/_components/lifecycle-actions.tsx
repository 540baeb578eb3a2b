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
import { closeGrantCallAction, deleteGrantCallAction, publishGrantCallAction } from "@/lib/grant-calls/actions";

type Verb = "publish" | "close" | "delete";

const DONE = { publish: "published", close: "closed", delete: "deleted" } as const;

/**
 * The moves a call can make from where it is: publish a draft, close a published call (final, so
 * it asks first), delete a draft. The server checks every rule again.
 */
export function LifecycleActions({
  id,
  version,
  status,
  may,
}: {
  id: string;
  version: number;
  status: "DRAFT" | "PUBLISHED" | "CLOSED";
  may: { update: boolean; delete: boolean };
}) {
  const t = useTranslations("grantCalls.lifecycle");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const [running, setRunning] = useState<Verb | null>(null);

  async function perform(verb: Verb): Promise<ActionResult<{ verb: Verb }>> {
    setRunning(verb);
    const action = { publish: publishGrantCallAction, close: closeGrantCallAction, delete: deleteGrantCallAction }[verb];
    const result: ActionResult<{ id: string }> = await action({ id, version });
    return result.ok ? { ok: true, data: { verb } } : result;
  }

  const { run, pending, error } = useAction(perform, ({ verb }) => {
    toast.success(t(DONE[verb]));
    if (verb === "delete") router.push("/dashboard/grant-calls");
    else router.refresh();
  });

  const label = (verb: Verb, idle: string, working: string) => (pending && running === verb ? t(working) : t(idle));

  return (
    <div className="space-y-3">
      <FormAlert error={error} />
      <div className="flex flex-wrap gap-3">
        {status === "DRAFT" && may.update && (
          <Button onClick={() => void run("publish")} disabled={pending}>
            {label("publish", "publish", "publishing")}
          </Button>
        )}
        {status === "PUBLISHED" && may.update && (
          <ConfirmButton
            label={label("close", "close", "closing")}
            title={t("closeConfirmTitle")}
            description={t("closeConfirm")}
            confirm={t("close")}
            cancel={t("cancel")}
            closeLabel={tCommon("dialog.close")}
            disabled={pending}
            onConfirm={() => void run("close")}
          />
        )}
        {status === "DRAFT" && may.delete && (
          <ConfirmButton
            label={label("delete", "delete", "deleting")}
            title={t("deleteConfirmTitle")}
            description={t("deleteConfirm")}
            confirm={t("delete")}
            cancel={t("cancel")}
            closeLabel={tCommon("dialog.close")}
            disabled={pending}
            onConfirm={() => void run("delete")}
            variant="ghost"
          />
        )}
      </div>
    </div>
  );
}
