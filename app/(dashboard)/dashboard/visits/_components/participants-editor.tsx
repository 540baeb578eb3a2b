"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { Mail, TriangleAlert } from "lucide-react";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogTrigger } from "@/components/ui/dialog";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import { useAction } from "@/lib/forms/use-action-form";
import { addParticipantAction, removeParticipantAction, updateParticipantAction } from "@/lib/visits/actions";
import type { VisaStatus } from "@/lib/visits/options";
import type { StaffParticipant } from "@/lib/visits/queries";
import { emptyParticipantForm, type ParticipantFieldsInput } from "@/lib/visits/schemas";
import type { VisitWarning } from "@/lib/visits/warnings";
import { ParticipantForm, type ParticipantFormContext } from "./participant-form";
import { useWarningText, type WarningNames } from "./warning-list";

const VISA_VARIANT: Record<VisaStatus, BadgeVariant> = {
  NOT_REQUIRED: "neutral",
  REQUIRED: "warning",
  INVITATION_SENT: "info",
  APPLIED: "info",
  ISSUED: "success",
  REFUSED: "danger",
};

export interface ParticipantsEditorProps {
  visitId: string;
  rows: readonly { participant: StaffParticipant; values: ParticipantFieldsInput }[];
  warnings: readonly VisitWarning[];
  canEdit: boolean;
  context: ParticipantFormContext;
  timeZone: string;
}

/** The visit's participants: each as a summary, edited in place; a new one is added below the list. */
export function ParticipantsEditor({ visitId, rows, warnings, canEdit, context, timeZone }: ParticipantsEditorProps) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const warningText = useWarningText();
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const names: WarningNames = { participants: Object.fromEntries(rows.map(({ participant }) => [participant.id, participant.name])), agenda: {} };

  const saved = (message: string) => (found: VisitWarning[]) => {
    toast.success(message);
    // What was saved but needs a look: the same warning stays on the participant's row.
    for (const warning of found) toast.warning(warningText(warning, names));
    router.refresh();
  };
  const moment = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone }) : null);
  const day = (iso: string | null) => (iso ? format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" }) : null);

  return (
    <div className="space-y-4">
      {rows.length === 0 ? (
        <p className="text-muted-foreground">{t("visits.participants.empty")}</p>
      ) : (
        <ol className="divide-y divide-border rounded-lg border border-border bg-surface">
          {rows.map(({ participant, values }) => {
            const own = warnings.filter((w) => w.key === "passportExpiresBeforeDeparture" && w.participantId === participant.id);
            return (
              <li key={participant.id} className="space-y-3 p-4">
                {editing === participant.id ? (
                  <ParticipantForm
                    context={context}
                    initial={values}
                    idPrefix={`participant-${participant.id}`}
                    submitLabel={t("common.buttons.saveChanges")}
                    action={(input) => updateParticipantAction({ ...input, id: participant.id })}
                    onDone={(found) => {
                      setEditing(null);
                      saved(t("visits.participants.saved", { name: participant.name }))(found);
                    }}
                    onCancel={() => setEditing(null)}
                  />
                ) : (
                  <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                    <div className="min-w-0 space-y-1.5">
                      <p className="flex flex-wrap items-center gap-2 font-medium">
                        <span className="break-words">{participant.name}</span>
                        <Badge variant={VISA_VARIANT[participant.visaStatus]}>
                          {t("visits.participants.visa", { status: t(`visits.visaStatuses.${participant.visaStatus}`) })}
                        </Badge>
                        {participant.accommodation && (
                          <Badge variant={participant.accommodationBooked ? "success" : "warning"}>
                            {participant.accommodationBooked ? t("visits.participants.roomBooked") : t("visits.participants.roomNotBooked")}
                          </Badge>
                        )}
                      </p>
                      {(participant.position || participant.organization) && (
                        <p className="text-sm text-muted-foreground">{[participant.position, participant.organization].filter(Boolean).join(", ")}</p>
                      )}
                      {participant.user && <p className="text-sm">{t("visits.participants.staffMember", { name: participant.user.name })}</p>}
                      {participant.email && (
                        <p className="flex items-center gap-1.5 text-sm">
                          <Mail aria-hidden="true" className="size-4 shrink-0" />
                          <a href={`mailto:${participant.email}`} className="break-all text-link underline underline-offset-4">
                            {participant.email}
                          </a>
                        </p>
                      )}
                      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
                        {participant.arrivalAt && (
                          <div>
                            <dt className="inline text-muted-foreground">{t("visits.participants.fields.arrivalAt")}: </dt>
                            <dd className="inline">
                              {moment(participant.arrivalAt)}
                              {participant.arrivalTransport && ` (${participant.arrivalTransport})`}
                            </dd>
                          </div>
                        )}
                        {participant.departureAt && (
                          <div>
                            <dt className="inline text-muted-foreground">{t("visits.participants.fields.departureAt")}: </dt>
                            <dd className="inline">
                              {moment(participant.departureAt)}
                              {participant.departureTransport && ` (${participant.departureTransport})`}
                            </dd>
                          </div>
                        )}
                        {participant.accommodation && (
                          <div className="sm:col-span-2">
                            <dt className="inline text-muted-foreground">{t("visits.participants.fields.accommodation")}: </dt>
                            <dd className="inline">
                              {participant.accommodation}
                              {participant.accommodationNights !== null && `, ${t("visits.participants.nights", { count: participant.accommodationNights })}`}
                            </dd>
                          </div>
                        )}
                        {participant.needs && (
                          <div className="sm:col-span-2">
                            <dt className="inline text-muted-foreground">{t("visits.participants.fields.needs")}: </dt>
                            <dd className="inline">{participant.needs}</dd>
                          </div>
                        )}
                        {participant.personal && (
                          <>
                            {participant.personal.passportNumber && (
                              <div>
                                <dt className="inline text-muted-foreground">{t("visits.participants.fields.passportNumber")}: </dt>
                                <dd className="inline font-mono">{participant.personal.passportNumber}</dd>
                              </div>
                            )}
                            {participant.personal.passportExpiresOn && (
                              <div>
                                <dt className="inline text-muted-foreground">{t("visits.participants.fields.passportExpiresOn")}: </dt>
                                <dd className="inline">{day(participant.personal.passportExpiresOn)}</dd>
                              </div>
                            )}
                          </>
                        )}
                      </dl>
                      {own.map((warning, index) => (
                        <p key={index} className="flex items-start gap-1.5 text-sm font-medium text-warning">
                          <TriangleAlert aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
                          {warningText(warning, names)}
                        </p>
                      ))}
                    </div>
                    {canEdit && (
                      <div className="flex shrink-0 gap-2">
                        <Button variant="outline" size="sm" onClick={() => setEditing(participant.id)} aria-label={t("visits.participants.editNamed", { name: participant.name })}>
                          {t("common.buttons.edit")}
                        </Button>
                        <RemoveParticipant id={participant.id} name={participant.name} />
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
          <section aria-labelledby="add-participant-heading" className="space-y-3 rounded-lg border border-border bg-surface p-4">
            <h3 id="add-participant-heading" className="font-semibold">
              {t("visits.participants.addTitle")}
            </h3>
            <ParticipantForm
              context={context}
              initial={emptyParticipantForm(context.withPersonalData)}
              idPrefix="new-participant"
              submitLabel={t("visits.participants.add")}
              action={(input) => addParticipantAction({ ...input, visitId })}
              onDone={(found) => {
                setAdding(false);
                saved(t("visits.participants.added"))(found);
              }}
              onCancel={() => setAdding(false)}
            />
          </section>
        ) : (
          <Button variant="outline" onClick={() => setAdding(true)}>
            {t("visits.participants.add")}
          </Button>
        ))}
    </div>
  );
}

/** Removes a participant after confirming. */
function RemoveParticipant({ id, name }: { id: string; name: string }) {
  const t = useTranslations();
  const router = useRouter();
  const { run, pending, error } = useAction(removeParticipantAction, () => {
    toast.success(t("visits.participants.removed", { name }));
    router.refresh();
  });
  return (
    <div className="space-y-2">
      <Dialog>
        <DialogTrigger asChild>
          <Button variant="outline" size="sm" disabled={pending} aria-label={t("visits.participants.removeNamed", { name })}>
            {t("visits.participants.remove")}
          </Button>
        </DialogTrigger>
        <DialogContent title={t("visits.participants.removeTitle", { name })} description={t("visits.participants.removeDescription")} closeLabel={t("common.dialog.close")}>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="outline">{t("common.buttons.cancel")}</Button>
            </DialogClose>
            <DialogClose asChild>
              <Button variant="destructive" onClick={() => void run({ id })}>
                {t("visits.participants.remove")}
              </Button>
            </DialogClose>
          </DialogFooter>
        </DialogContent>
      </Dialog>
      <FormAlert error={error} />
    </div>
  );
}
