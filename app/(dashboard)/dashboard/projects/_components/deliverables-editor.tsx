"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Download } from "lucide-react";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { useActionForm } from "@/lib/forms/use-action-form";
import { DELIVERABLE_KINDS, DELIVERABLE_STATUSES, type DeliverableKind, type DeliverableStatus } from "@/lib/projects/options";
import { addDeliverableAction, removeDeliverableAction, updateDeliverableAction } from "@/lib/projects/plan-actions";
import { deliverableFieldsSchema, deliverableFormValues } from "@/lib/projects/plan-schemas";
import { ChildForm } from "./child-form";
import { FileUpload } from "./file-upload";
import { InlineList } from "./inline-list";

export interface DeliverableItem {
  id: string;
  code: string;
  title: string;
  kind: DeliverableKind;
  workPackageId: string | null;
  dueDate: string;
  responsible: string | null;
  status: DeliverableStatus;
  version: number;
  workPackage: { code: string } | null;
  file: { fileName: string } | null;
}

const STATUS_VARIANT: Record<DeliverableStatus, BadgeVariant> = { PLANNED: "neutral", IN_PROGRESS: "info", SUBMITTED: "warning", ACCEPTED: "success" };

interface Props {
  projectId: string;
  items: readonly DeliverableItem[];
  workPackages: readonly { id: string; code: string; title: string }[];
  canEdit: boolean;
  maxMb: number;
  /** ISO day, for marking overdue ones. */
  today: string;
}

/** Deliverables and reports: due date, responsible, status and the file, edited in place. */
export function DeliverablesEditor({ projectId, items, workPackages, canEdit, maxMb, today }: Props) {
  const t = useTranslations("projects.deliverables");
  const format = useFormatter();
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  return (
    <InlineList
      items={items}
      canEdit={canEdit}
      texts={{ empty: t("empty"), add: t("add"), addTitle: t("addTitle"), removed: (name) => t("removed", { name }) }}
      nameOf={(item) => `${item.code} ${item.title}`}
      describe={(item) => {
        const overdue = item.dueDate < today && (item.status === "PLANNED" || item.status === "IN_PROGRESS");
        return (
          <>
            <p className="font-medium">
              {item.code} {item.title}
            </p>
            <p className="flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
              <Badge variant={STATUS_VARIANT[item.status]}>{t(`statuses.${item.status}`)}</Badge>
              {overdue && <Badge variant="danger">{t("overdue")}</Badge>}
              <span>{t(`kinds.${item.kind}`)}</span>
              <span>{t("due", { date: day(item.dueDate) })}</span>
              {item.workPackage && <span>{item.workPackage.code}</span>}
              {item.responsible && <span>{t("responsibleIs", { name: item.responsible })}</span>}
            </p>
            {item.file && (
              <a
                href={`/api/projects/${projectId}/deliverables/${item.id}/file`}
                className="inline-flex min-h-11 items-center gap-1.5 text-sm text-link underline underline-offset-4"
                aria-label={t("download", { name: `${item.code} ${item.title}`, file: item.file.fileName })}
                download
              >
                <Download aria-hidden="true" className="size-4" />
                {item.file.fileName}
              </a>
            )}
          </>
        );
      }}
      extra={(item) =>
        canEdit ? (
          <FileUpload
            url={`/api/projects/${projectId}/deliverables/${item.id}/file`}
            label={item.file ? t("replaceFile", { code: item.code }) : t("attachFile", { code: item.code })}
            submitLabel={t("upload")}
            maxMb={maxMb}
            uploadedText={t("uploaded", { code: item.code })}
          />
        ) : null
      }
      remove={removeDeliverableAction}
      form={({ item, done, cancel }) => (
        <DeliverableForm
          idPrefix={item ? `deliverable-${item.id}` : "deliverable-new"}
          initial={deliverableFormValues(item ?? undefined)}
          workPackages={workPackages}
          submitLabel={item ? t("save") : t("add")}
          action={(values) => (item ? updateDeliverableAction({ ...values, id: item.id, version: item.version }) : addDeliverableAction({ ...values, projectId }))}
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

function DeliverableForm({
  idPrefix,
  initial,
  workPackages,
  submitLabel,
  action,
  onDone,
  onCancel,
}: {
  idPrefix: string;
  initial: ReturnType<typeof deliverableFormValues>;
  workPackages: Props["workPackages"];
  submitLabel: string;
  action: (values: ReturnType<typeof deliverableFormValues>) => ReturnType<typeof addDeliverableAction>;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useTranslations("projects.deliverables");
  const { form, onSubmit, formError, fieldError } = useActionForm({ schema: deliverableFieldsSchema, action, defaultValues: initial, onSuccess: onDone });
  const { register, formState } = form;
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <ChildForm onSubmit={onSubmit} formError={formError} submitting={formState.isSubmitting} submitLabel={submitLabel} onCancel={onCancel}>
      <div className="grid gap-4 sm:grid-cols-[1fr_3fr]">
        <FormField label={t("code")} description={t("codeHint")} error={fieldError("code")} required>
          <Input id={id("code")} maxLength={20} {...register("code")} />
        </FormField>
        <FormField label={t("title")} error={fieldError("title")} required>
          <Input id={id("title")} maxLength={300} {...register("title")} />
        </FormField>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <FormField label={t("kind")} error={fieldError("kind")}>
          <Select id={id("kind")} options={DELIVERABLE_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))} {...register("kind")} />
        </FormField>
        <FormField label={t("workPackage")} error={fieldError("workPackageId")}>
          <Select id={id("wp")} placeholder={t("noWorkPackage")} options={workPackages.map((wp) => ({ value: wp.id, label: `${wp.code} ${wp.title}` }))} {...register("workPackageId")} />
        </FormField>
        <FormField label={t("dueDate")} error={fieldError("dueDate")} required>
          <Input id={id("due")} type="date" {...register("dueDate")} />
        </FormField>
        <FormField label={t("responsible")} description={t("responsibleHint")} error={fieldError("responsible")}>
          <Input id={id("responsible")} maxLength={200} {...register("responsible")} />
        </FormField>
        <FormField label={t("status")} error={fieldError("status")}>
          <Select id={id("status")} options={DELIVERABLE_STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))} {...register("status")} />
        </FormField>
      </div>
    </ChildForm>
  );
}
