"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { AppLocale } from "@/i18n/config";
import { LanguageTabs } from "@/components/content/language-tabs";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { createEventAction, updateEventAction } from "@/lib/events/actions";
import { EMPTY_EVENT_FORM, EVENT_KINDS, REGISTRATION_MODES, eventFieldsSchema, type EventFieldsInput } from "@/lib/events/schemas";
import { useActionForm } from "@/lib/forms/use-action-form";
import { PartnerPicker, type PartnerChoice } from "./partner-picker";

export interface EventFormChoices {
  units: readonly { id: string; code: string; name: string }[];
  partners: readonly PartnerChoice[];
  /** IANA zone names the runtime knows, for events held in another zone. */
  timeZones: readonly string[];
  /** The institution's zone, in which times are read when the event names none. */
  institutionZone: string;
}

export interface EventFormProps {
  choices: EventFormChoices;
  defaultLanguage: AppLocale;
  /** The event being edited; omitted when creating. */
  event?: { id: string; version: number; values: EventFieldsInput };
  /** A new event's starting values (a coordinator's own unit). */
  initial?: Partial<EventFieldsInput>;
}

/**
 * Create or edit an event; a save over an outdated version is refused with an offer to reload. The
 * title, description and venue are written per language in tabs (decision 010); times are typed as
 * the clock shows them in the event's zone.
 */
export function EventForm({ choices, defaultLanguage, event, initial }: EventFormProps) {
  const t = useTranslations();
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm<typeof eventFieldsSchema, { id: string }>({
    schema: eventFieldsSchema,
    action: (values) => (event ? updateEventAction({ ...values, id: event.id, version: event.version }) : createEventAction(values)),
    defaultValues: event?.values ?? { ...EMPTY_EVENT_FORM, ...initial },
    onSuccess: (data) => {
      toast.success(event ? t("events.staff.form.saved") : t("events.staff.form.created"));
      router.push(`/dashboard/events/${data.id}`);
      router.refresh();
    },
  });
  const { register, formState } = form;
  const none = t("events.staff.form.none");
  const field = (name: string) => t(`events.staff.fields.${name}`);

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-8">
      <FormAlert error={formError} />
      <fieldset className="space-y-5">
        <legend className="mb-2 text-xl font-semibold">{t("events.staff.form.whatHeading")}</legend>
        <FormField label={field("kind")} error={fieldError("kind")} required>
          <Select id="event-kind" options={EVENT_KINDS.map((kind) => ({ value: kind, label: t(`events.kind.${kind}`) }))} {...register("kind")} />
        </FormField>
        <LanguageTabs
          form={form}
          fieldError={fieldError}
          defaultLanguage={defaultLanguage}
          idPrefix="event"
          fields={[
            { name: "title", label: field("title"), required: true },
            { name: "description", label: field("description"), rows: 6 },
            { name: "place", label: field("place"), description: t("events.staff.form.placeHint") },
          ]}
        />
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="mb-2 text-xl font-semibold">{t("events.staff.form.whenHeading")}</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField label={field("startsAt")} error={fieldError("startsAt")} required>
            <Input id="event-starts" type="datetime-local" {...register("startsAt")} />
          </FormField>
          <FormField label={field("endsAt")} error={fieldError("endsAt")}>
            <Input id="event-ends" type="datetime-local" {...register("endsAt")} />
          </FormField>
        </div>
        <FormField label={field("timeZone")} description={t("events.staff.form.timeZoneHint")} error={fieldError("timeZone")}>
          <Select
            id="event-zone"
            placeholder={t("events.staff.form.institutionZone", { zone: choices.institutionZone })}
            options={choices.timeZones.map((zone) => ({ value: zone, label: zone.replace(/_/g, " ") }))}
            {...register("timeZone")}
          />
        </FormField>
        <FormField label={field("onlineUrl")} description={t("events.staff.form.onlineUrlHint")} error={fieldError("onlineUrl")}>
          <Input id="event-online" type="url" inputMode="url" {...register("onlineUrl")} />
        </FormField>
        <FormField label={field("url")} description={t("events.staff.form.urlHint")} error={fieldError("url")}>
          <Input id="event-url" type="url" inputMode="url" {...register("url")} />
        </FormField>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="mb-2 text-xl font-semibold">{t("events.staff.form.whoHeading")}</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField label={field("unitId")} error={fieldError("unitId")}>
            <Select id="event-unit" placeholder={none} options={choices.units.map((unit) => ({ value: unit.id, label: `${unit.code} — ${unit.name}` }))} {...register("unitId")} />
          </FormField>
          <FormField label={field("organizer")} description={t("events.staff.form.organizerHint")} error={fieldError("organizer")}>
            <Input id="event-organizer" {...register("organizer")} />
          </FormField>
        </div>
        <PartnerPicker form={form as never} partners={choices.partners} error={fieldError("partnerIds")} />
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="mb-2 text-xl font-semibold">{t("events.staff.form.registrationHeading")}</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          <FormField label={field("registrationMode")} description={t("events.staff.form.registrationModeHint")} error={fieldError("registrationMode")}>
            <Select id="event-registration" options={REGISTRATION_MODES.map((mode) => ({ value: mode, label: t(`events.staff.registrationModes.${mode}`) }))} {...register("registrationMode")} />
          </FormField>
          <FormField label={field("capacity")} description={t("events.staff.form.capacityHint")} error={fieldError("capacity")}>
            <Input id="event-capacity" type="number" inputMode="numeric" min={1} step={1} {...register("capacity")} />
          </FormField>
        </div>
        <FormField label={field("registrationClosesAt")} description={t("events.staff.form.closesAtHint")} error={fieldError("registrationClosesAt")}>
          <Input id="event-closes" type="datetime-local" className="sm:max-w-xs" {...register("registrationClosesAt")} />
        </FormField>
        <FormField label={field("isPublished")} description={t("events.staff.form.isPublishedHint")} layout="inline">
          <Checkbox id="event-published" {...register("isPublished")} />
        </FormField>
      </fieldset>

      <Button type="submit" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t("common.buttons.saving") : event ? t("common.buttons.saveChanges") : t("events.staff.form.create")}
      </Button>
    </form>
  );
}
