"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { AppLocale } from "@/i18n/config";
import { LanguageTabs } from "@/components/content/language-tabs";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { useActionForm } from "@/lib/forms/use-action-form";
import { addActivityAction, removeActivityAction, updateActivityAction } from "@/lib/projects/plan-actions";
import { activityFieldsSchema, activityFormValues } from "@/lib/projects/plan-schemas";
import { ChildForm } from "./child-form";
import { InlineList } from "./inline-list";

export interface ActivityItem {
  id: string;
  title: string;
  description: string;
  translations: unknown;
  startDate: string;
  endDate: string | null;
  place: string | null;
  participants: string;
  staffCount: number | null;
  studentCount: number | null;
}

interface Props {
  projectId: string;
  items: readonly ActivityItem[];
  canEdit: boolean;
  defaultLanguage: AppLocale;
}

/** What happened in the project: dates, place, what was done and how many took part, edited in place. */
export function ActivitiesEditor({ projectId, items, canEdit, defaultLanguage }: Props) {
  const t = useTranslations("projects.activitiesEditor");
  const format = useFormatter();
  const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const when = (item: ActivityItem) =>
    item.endDate && item.endDate !== item.startDate
      ? format.dateTimeRange(date(item.startDate), date(item.endDate), { dateStyle: "medium", timeZone: "UTC" })
      : format.dateTime(date(item.startDate), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <InlineList
      items={items}
      canEdit={canEdit}
      texts={{ empty: t("empty"), add: t("add"), addTitle: t("addTitle"), removed: (name) => t("removed", { name }) }}
      nameOf={(item) => item.title}
      describe={(item) => (
        <>
          <p className="font-medium">{item.title}</p>
          <p className="text-sm text-muted-foreground">{[when(item), item.place].filter(Boolean).join(" · ")}</p>
          {(item.staffCount !== null || item.studentCount !== null) && (
            <p className="text-sm">{t("headcount", { staff: item.staffCount ?? 0, students: item.studentCount ?? 0 })}</p>
          )}
          {item.participants && <p className="text-sm">{t("participantsAre", { participants: item.participants })}</p>}
          {item.description && <p className="text-sm whitespace-pre-line">{item.description}</p>}
        </>
      )}
      remove={removeActivityAction}
      form={({ item, done, cancel }) => (
        <ActivityForm
          idPrefix={item ? `activity-${item.id}` : "activity-new"}
          initial={activityFormValues(item ?? undefined)}
          defaultLanguage={defaultLanguage}
          submitLabel={item ? t("save") : t("add")}
          action={(values) => (item ? updateActivityAction({ ...values, id: item.id }) : addActivityAction({ ...values, projectId }))}
          onDone={() => {
            toast.success(item ? t("saved") : t("added"));
            done();
          }}
          onCancel={cancel}
        />
      )}
    />
  );
}

function ActivityForm({
  idPrefix,
  initial,
  defaultLanguage,
  submitLabel,
  action,
  onDone,
  onCancel,
}: {
  idPrefix: string;
  initial: ReturnType<typeof activityFormValues>;
  defaultLanguage: AppLocale;
  submitLabel: string;
  action: (values: ReturnType<typeof activityFormValues>) => ReturnType<typeof addActivityAction>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("projects.activitiesEditor");
  const { form, onSubmit, formError, fieldError } = useActionForm({ schema: activityFieldsSchema, action, defaultValues: initial, onSuccess: onDone });
  const { register, formState } = form;
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <ChildForm onSubmit={onSubmit} formError={formError} submitting={formState.isSubmitting} submitLabel={submitLabel} onCancel={onCancel}>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t("startDate")} error={fieldError("startDate")} required>
          <Input id={id("start")} type="date" {...register("startDate")} />
        </FormField>
        <FormField label={t("endDate")} error={fieldError("endDate")}>
          <Input id={id("end")} type="date" {...register("endDate")} />
        </FormField>
      </div>
      <LanguageTabs
        form={form}
        fieldError={fieldError}
        defaultLanguage={defaultLanguage}
        idPrefix={idPrefix}
        fields={[
          { name: "title", label: t("title"), required: true },
          { name: "description", label: t("description"), description: t("descriptionHint"), rows: 4 },
        ]}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t("place")} error={fieldError("place")}>
          <Input id={id("place")} maxLength={300} {...register("place")} />
        </FormField>
        <FormField label={t("participants")} description={t("participantsHint")} error={fieldError("participants")}>
          <Input id={id("participants")} maxLength={500} {...register("participants")} />
        </FormField>
        <FormField label={t("staffCount")} error={fieldError("staffCount")}>
          <Input id={id("staff")} type="number" inputMode="numeric" min={0} {...register("staffCount")} />
        </FormField>
        <FormField label={t("studentCount")} error={fieldError("studentCount")}>
          <Input id={id("students")} type="number" inputMode="numeric" min={0} {...register("studentCount")} />
        </FormField>
      </div>
    </ChildForm>
  );
}
