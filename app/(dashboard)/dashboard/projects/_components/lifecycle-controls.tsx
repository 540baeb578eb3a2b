"use client";

import { useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { useAction } from "@/lib/forms/use-action-form";
import { transitionProjectAction } from "@/lib/projects/actions";
import type { ProjectStatus } from "@/lib/projects/options";

/**
 * Moves the project on in its lifecycle: the next statuses the rules allow, and the day it happened
 * (submitted, decided, closed), today unless changed. The server checks the move again and says
 * why it refuses one.
 */
export function LifecycleControls({ projectId, version, next, today }: { projectId: string; version: number; next: readonly ProjectStatus[]; today: string }) {
  const t = useTranslations("projects");
  const router = useRouter();
  const [to, setTo] = useState<ProjectStatus>(next[0]!);
  const [on, setOn] = useState(today);
  const { run, pending, error } = useAction(transitionProjectAction, () => {
    toast.success(t("lifecycle.done", { status: t(`statuses.${to}`) }));
    router.refresh();
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run({ id: projectId, version, to, on });
  };

  return (
    <form onSubmit={submit} className="space-y-4" aria-labelledby="lifecycle-heading">
      <FormAlert error={error} />
      <div className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
        <FormField label={t("lifecycle.moveTo")}>
          <Select id="project-move-to" value={to} onChange={(event) => setTo(event.target.value as ProjectStatus)} options={next.map((status) => ({ value: status, label: t(`statuses.${status}`) }))} />
        </FormField>
        <FormField label={t("lifecycle.on")} description={t("lifecycle.onHint")}>
          <Input id="project-move-on" type="date" value={on} onChange={(event) => setOn(event.target.value)} />
        </FormField>
        <Button type="submit" disabled={pending}>
          {pending ? t("lifecycle.moving") : t("lifecycle.move")}
        </Button>
      </div>
    </form>
  );
}
