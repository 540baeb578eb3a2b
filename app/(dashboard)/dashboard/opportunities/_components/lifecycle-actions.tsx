"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toaster";
import type { ActionResult } from "@/lib/errors/safe-action";
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

/**
 * The moves a call can make from where it is: publish a draft, close a published call (final,
 * so it asks first), duplicate for next year, delete a draft. The server checks every rule again.
 */
export function LifecycleActions({ id, version, status, may }: LifecycleActionsProps) {
  const t = useTranslations();
  const l = (key: string) => t(`opportunities.lifecycle.${key}`);
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [running, setRunning] = useState<Verb | null>(null);
  const [error, setError] = useState<{ message: string; details: string[] } | null>(null);

  function run(verb: Verb) {
    setError(null);
    setRunning(verb);
    startTransition(async () => {
      let result: ActionResult<{ id: string }>;
      if (verb === "publish") result = await publishOpportunityAction({ id, version });
      else if (verb === "close") result = await closeOpportunityAction({ id, version });
      else if (verb === "duplicate") result = await duplicateOpportunityAction({ id });
      else result = await deleteOpportunityAction({ id, version });
      setRunning(null);
      if (!result.ok) {
        const translate = (key: string) => (t.has(key) ? t(key, result.values) : t("errors.generic.unexpected"));
        setError({
          message: translate(result.formError),
          details: Object.values(result.fieldErrors ?? {}).flatMap((keys) => keys.map(translate)),
        });
        return;
      }
      const done = { publish: "published", close: "closed", duplicate: "duplicated", delete: "deleted" } as const;
      toast.success(l(done[verb]));
      if (verb === "duplicate") router.push(`/dashboard/opportunities/${result.data.id}/edit`);
      else if (verb === "delete") router.push("/dashboard/opportunities");
      else router.refresh();
    });
  }

  const busy = (verb: Verb, idle: string, working: string) => (pending && running === verb ? l(working) : l(idle));

  return (
    <div className="space-y-3">
      {error && (
        <Alert variant="error" live="assertive" title={error.message}>
          {error.details.length > 0 && (
            <ul className="list-disc pl-5">
              {error.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <div className="flex flex-wrap gap-3">
        {status === "DRAFT" && may.publish && (
          <Button onClick={() => run("publish")} disabled={pending}>
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
            onConfirm={() => run("close")}
          />
        )}
        {may.create && (
          <Button variant="outline" onClick={() => run("duplicate")} disabled={pending}>
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
            onConfirm={() => run("delete")}
            variant="ghost"
          />
        )}
      </div>
    </div>
  );
}

function ConfirmButton(props: {
  label: string;
  title: string;
  description: string;
  confirm: string;
  cancel: string;
  closeLabel: string;
  disabled: boolean;
  onConfirm: () => void;
  variant?: "destructive" | "ghost";
}) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={props.variant ?? "destructive"} disabled={props.disabled}>
          {props.label}
        </Button>
      </DialogTrigger>
      <DialogContent title={props.title} description={props.description} closeLabel={props.closeLabel}>
        <div className="flex flex-wrap justify-end gap-3">
          <DialogClose asChild>
            <Button variant="outline">{props.cancel}</Button>
          </DialogClose>
          <Button
            variant="destructive"
            onClick={() => {
              setOpen(false);
              props.onConfirm();
            }}
          >
            {props.confirm}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
