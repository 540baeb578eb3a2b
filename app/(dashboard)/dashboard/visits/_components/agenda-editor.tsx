"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { TriangleAlert } from "lucide-react";
import type { AppLocale } from "@/i18n/config";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import { useAction } from "@/lib/forms/use-action-form";
import { addAgendaItemAction, removeAgendaItemAction, updateAgendaItemAction } from "@/lib/visits/actions";
import type { StaffAgendaItem } from "@/lib/visits/queries";
import { EMPTY_AGENDA_FORM, type AgendaItemFieldsInput } from "@/lib/visits/schemas";
import type { VisitWarning } from "@/lib/visits/warnings";
import { AgendaForm } from "./agenda-form";
import { useWarningText, type WarningNames } from "./warning-list";

export interface AgendaEditorProps {
  visitId: string;
  items: readonly { item: StaffAgendaItem; values: AgendaItemFieldsInput }[];
  warnings: readonly VisitWarning[];
  canEdit: boolean;
  defaultLanguage: AppLocale;
  timeZone: string;
  /** The visit's first day ("2026-09-14"), so a new item starts there. */
  firstDay: string;
}

/** The visit's programme in time order, each item with its warnings; edited in place, added below. */
export function AgendaEditor({ visitId, items, warnings, canEdit, defaultLanguage, timeZone, firstDay }: AgendaEditorProps) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const warningText = useWarningText();
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const names: WarningNames = { participants: {}, agenda: Object.fromEntries(items.map(({ item }) => [item.id, item.title])) };

  const saved = (message: string) => (found: VisitWarning[]) => {
    toast.success(message);
    for (const warning of found) toast.warning(warningText(warning, names));
    router.refresh();
  };
  const when = (item: StaffAgendaItem) => {
    const options = { dateStyle: "medium", timeStyle: "short", timeZone } as const;
    return item.endsAt ? format.dateTimeRange(item.startsAt, item.endsAt, options) : format.dateTime(item.startsAt, options);
  };

  return (
    <div className="space-y-4">
      {items.length === 0 ? (
        <p className="text-muted-foreground">{t("visits.agenda.empty")}</p>
      ) : (
        <ol className="divide-y divide-border rounded-lg border border-border bg-surface">
          {items.map(({ item, values }) => {
            const own = warnings.filter((w) => (w.key === "agendaOverlap" || w.key === "agendaOutsideVisit") && w.itemId === item.id);
            return (
              <li key={item.id} className="space-y-3 p-4">
                {editing === item.id ? (
                  <AgendaForm
                    initial={values}
                    idPrefix={`agenda-${item.id}`}
                    defaultLanguage={defaultLanguage}
                    submitLabel={t("common.buttons.saveChanges")}
                    action={(input) => updateAgendaItemAction({ ...input, id: item.id })}
                    onDone={(found) => {
                      setEditing(null);
                      saved(t("visits.agenda.saved"))(found);
                    }}
                    onCancel={() => setEditing(null)}
                  />
                ) : (
                  <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                    <div className="min-w-0 space-y-1">
                      <p className="text-sm font-medium text-muted-foreground">
                        <time dateTime={item.startsAt.toISOString()}>{when(item)}</time> · {t(`visits.agendaKinds.${item.kind}`)}
                      </p>
                      <p className="font-medium break-words">{item.title}</p>
                      {(item.location || item.host) && (
                        <p className="text-sm">{[item.location, item.host && t("visits.agenda.hostedBy", { host: item.host })].filter(Boolean).join(" · ")}</p>
                      )}
                      {item.participants && <p className="text-sm text-muted-foreground">{t("visits.agenda.with", { participants: item.participants })}</p>}
                      {own.map((warning, index) => (
                        <p key={index} className="flex items-start gap-1.5 text-sm font-medium text-warning">
                          <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                          {warningText(warning, names)}
                        </p>
                      ))}
                    </div>
                    {canEdit && (
                      <div className="flex shrink-0 gap-2">
                        <Button variant="outline" size="sm" onClick={() => setEditing(item.id)} aria-label={t("visits.agenda.editNamed", { title: item.title })}>
                          {t("common.buttons.edit")}
                        </Button>
                        <RemoveAgendaItem id={item.id} title={item.title} />
                      </div>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {canEdit &&
        (adding ? (
          <section aria-labelledby="add-agenda-heading" className="space-y-3 rounded-lg border border-border bg-surface p-4">
            <h3 id="add-agenda-heading" className="font-semibold">
              {t("visits.agenda.addTitle")}
            </h3>
            <AgendaForm
              initial={{ ...EMPTY_AGENDA_FORM, startsAt: `${firstDay}T10:00` }}
              idPrefix="new-agenda"
              defaultLanguage={defaultLanguage}
              submitLabel={t("visits.agenda.add")}
              action={(input) => addAgendaItemAction({ ...input, visitId })}
              onDone={(found) => {
                setAdding(false);
                saved(t("visits.agenda.added"))(found);
              }}
              onCancel={() => setAdding(false)}
            />
          </section>
        ) : (
          <Button variant="outline" onClick={() => setAdding(true)}>
            {t("visits.agenda.add")}
          </Button>
        ))}
    </div>
  );
}

function RemoveAgendaItem({ id, title }: { id: string; title: string }) {
  const t = useTranslations();
  const router = useRouter();
  const { run, pending, error } = useAction(removeAgendaItemAction, () => {
    toast.success(t("visits.agenda.removed", { title }));
    router.refresh();
  });
  return (
    <div className="space-y-2">
      <Dialog>
        <DialogTrigger asChild>
          <Button variant="outline" size="sm" disabled={pending} aria-label={t("visits.agenda.removeNamed", { title })}>
            {t("visits.agenda.remove")}
          </Button>
        </DialogTrigger>
        <DialogContent title={t("visits.agenda.removeTitle", { title })} closeLabel={t("common.dialog.close")}>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">{t("common.buttons.cancel")}</Button>
            </DialogClose>
            <DialogClose asChild>
              <Button variant="destructive" onClick={() => void run({ id })}>
                {t("visits.agenda.remove")}
              </Button>
            </DialogClose>
          </DialogFooter>
        </DialogContent>
      </Dialog>
      <FormAlert error={error} />
    </div>
  );
}
