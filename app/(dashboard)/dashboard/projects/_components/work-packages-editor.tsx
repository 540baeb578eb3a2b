"use client";

import { useTranslations } from "next-intl";
import type { AppLocale } from "@/i18n/config";
import { LanguageTabs } from "@/components/content/language-tabs";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { useActionForm } from "@/lib/forms/use-action-form";
import { addWorkPackageAction, removeWorkPackageAction, updateWorkPackageAction } from "@/lib/projects/plan-actions";
import { workPackageFieldsSchema, workPackageFormValues } from "@/lib/projects/plan-schemas";
import { ChildForm } from "./child-form";
import { InlineList } from "./inline-list";

export interface WorkPackageItem {
  id: string;
  code: string;
  title: string;
  description: string;
  translations: unknown;
  leadPartnerId: string | null;
  startMonth: number | null;
  endMonth: number | null;
  leadPartner: { name: string } | null;
}

interface Props {
  projectId: string;
  items: readonly WorkPackageItem[];
  partners: readonly { id: string; name: string }[];
  /** How many months the project runs: a work package must fit in them. */
  months: number;
  canEdit: boolean;
  defaultLanguage: AppLocale;
}

/** The project's work packages: number, title, lead partner and months, edited in place. */
export function WorkPackagesEditor({ projectId, items, partners, months, canEdit, defaultLanguage }: Props) {
  const t = useTranslations("projects.workPackages");
  const nextNumber = Math.max(0, ...items.map((item) => Number(item.code.replace(/\D/g, "")) || 0)) + 1;
  return (
    <InlineList
      items={items}
      canEdit={canEdit}
      texts={{ empty: t("empty"), add: t("add"), addTitle: t("addTitle"), removed: (name) => t("removed", { name }) }}
      nameOf={(item) => `${item.code} ${item.title}`}
      describe={(item) => (
        <>
          <p className="font-medium">
            {item.code} {item.title}
          </p>
          <p className="text-sm text-muted-foreground">
            {[
              item.startMonth !== null || item.endMonth !== null ? t("months", { from: item.startMonth ?? 1, to: item.endMonth ?? months }) : null,
              item.leadPartner ? t("ledBy", { name: item.leadPartner.name }) : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </p>
          {item.description && <p className="text-sm whitespace-pre-line">{item.description}</p>}
        </>
      )}
      remove={removeWorkPackageAction}
      form={({ item, done, cancel }) => (
        <WorkPackageForm
          idPrefix={item ? `wp-${item.id}` : "wp-new"}
          initial={workPackageFormValues(item ?? undefined, nextNumber)}
          partners={partners}
          months={months}
          defaultLanguage={defaultLanguage}
          submitLabel={item ? t("save") : t("add")}
          action={(values) => (item ? updateWorkPackageAction({ ...values, id: item.id }) : addWorkPackageAction({ ...values, projectId }))}
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

function WorkPackageForm({
  idPrefix,
  initial,
  partners,
  months,
  defaultLanguage,
  submitLabel,
  action,
  onDone,
  onCancel,
}: {
  idPrefix: string;
  initial: ReturnType<typeof workPackageFormValues>;
  partners: Props["partners"];
  months: number;
  defaultLanguage: AppLocale;
  submitLabel: string;
  action: (values: ReturnType<typeof workPackageFormValues>) => ReturnType<typeof addWorkPackageAction>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("projects");
  const { form, onSubmit, formError, fieldError } = useActionForm({ schema: workPackageFieldsSchema, action, defaultValues: initial, onSuccess: onDone });
  const { register, formState } = form;
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <ChildForm onSubmit={onSubmit} formError={formError} submitting={formState.isSubmitting} submitLabel={submitLabel} onCancel={onCancel}>
      <FormField label={t("workPackages.number")} description={t("workPackages.numberHint")} error={fieldError("number")} required>
        <Input id={id("number")} type="number" inputMode="numeric" min={1} max={99} className="max-w-32" {...register("number")} />
      </FormField>
      <LanguageTabs
        form={form}
        fieldError={fieldError}
        defaultLanguage={defaultLanguage}
        idPrefix={idPrefix}
        fields={[
          { name: "title", label: t("workPackages.title"), description: t("workPackages.titleHint"), required: true },
          { name: "description", label: t("workPackages.description"), rows: 3 },
        ]}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField label={t("workPackages.lead")} error={fieldError("leadPartnerId")}>
          <Select id={id("lead")} placeholder={t("workPackages.noLead")} options={partners.map((partner) => ({ value: partner.id, label: partner.name }))} {...register("leadPartnerId")} />
        </FormField>
        <FormField label={t("workPackages.startMonth")} description={t("workPackages.monthHint", { months })} error={fieldError("startMonth")}>
          <Input id={id("start")} type="number" inputMode="numeric" min={1} max={months} {...register("startMonth")} />
        </FormField>
        <FormField label={t("workPackages.endMonth")} error={fieldError("endMonth")}>
          <Input id={id("end")} type="number" inputMode="numeric" min={1} max={months} {...register("endMonth")} />
        </FormField>
      </div>
    </ChildForm>
  );
}
