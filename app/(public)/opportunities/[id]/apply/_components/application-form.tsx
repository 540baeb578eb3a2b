"use client";

import { useCallback, useState } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useWatch, type FieldPath } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { submitApplicationAction } from "@/lib/applications/actions";
import { CEFR_LEVELS_LIST } from "@/lib/applications/cefr";
import { applicationAnswersSchema, MOTIVATION_MIN, type ApplicationAnswersInput } from "@/lib/applications/schemas";
import { formatBytes } from "@/lib/applications/status-display";
import type { ActionResult } from "@/lib/errors/safe-action";
import { useActionForm } from "@/lib/forms/use-action-form";
import { DocumentSlot, documentInputId } from "./document-slot";
import { ErrorSummary, type Problem } from "./error-summary";
import type { ClientDocument, ClientRequirement, DraftValues } from "./types";
import { useDraftAutosave } from "./use-draft-autosave";

export interface ApplicationFormProps {
  opportunity: { id: string; language: string | null; languageLevel: string | null; requiredDocuments: ClientRequirement[] };
  initialDraft: (DraftValues & { id: string; updatedAt: string; documents: ClientDocument[] }) | null;
  maxBytes: number;
}

const ANSWERS = ["motivation", "languageLevel", "gpa"] as const;

/** The server names a missing document "documents.<requirementId>", a path beside the form's own fields. */
function documentPath(requirementId: string): FieldPath<ApplicationAnswersInput> {
  const path: string = `documents.${requirementId}`;
  return path as FieldPath<ApplicationAnswersInput>;
}

/** The student's application: answers autosaved to the server, documents uploaded one by one, then submit. */
export function ApplicationForm({ opportunity, initialDraft, maxBytes }: ApplicationFormProps) {
  const t = useTranslations("applications.apply");
  const format = useFormatter();
  const locale = useLocale();
  const router = useRouter();
  const [documents, setDocuments] = useState<ClientDocument[]>(initialDraft?.documents ?? []);

  const { form, onSubmit, formError, fieldError, showFailure } = useActionForm({
    schema: applicationAnswersSchema,
    // Submitting saves what is typed first; the server then checks the whole application.
    action: async (): Promise<ActionResult<{ applicationId: string }>> => {
      const saved = await autosave.saveNow();
      if (!saved.ok) return saved;
      const submitted = await submitApplicationAction({ applicationId: saved.data.applicationId });
      return submitted.ok ? saved : submitted;
    },
    defaultValues: { motivation: initialDraft?.motivation ?? "", languageLevel: initialDraft?.languageLevel ?? "", gpa: initialDraft?.gpa ?? "" },
    onSuccess: ({ applicationId }) => {
      autosave.forget();
      router.push(`/my/applications/${applicationId}`);
    },
  });

  const onServerDraft = useCallback(
    (draft: { id: string; status: string; documents: ClientDocument[] }) => {
      if (draft.status !== "DRAFT") router.replace(`/my/applications/${draft.id}`);
      else setDocuments(draft.documents);
    },
    [router],
  );

  const autosave = useDraftAutosave({
    opportunityId: opportunity.id,
    form,
    showFailure,
    initialApplicationId: initialDraft?.id ?? null,
    initialSavedAt: initialDraft?.updatedAt ?? null,
    onServerDraft,
  });
  const motivation = useWatch({ control: form.control, name: "motivation" });
  const { isSubmitting } = form.formState;

  const saveLabel =
    autosave.state === "saved" && autosave.savedAt
      ? t("saveState.saved", { time: format.dateTime(new Date(autosave.savedAt), { timeStyle: "short" }) })
      : t(`saveState.${autosave.state}`);

  const problems: Problem[] = [
    ...ANSWERS.map((field) => ({ target: field, label: t(`${field}Label`), message: fieldError(field), focus: () => form.setFocus(field) })),
    ...opportunity.requiredDocuments.map((requirement) => ({
      target: documentInputId(requirement.id),
      label: requirement.name,
      message: fieldError(documentPath(requirement.id)),
      focus: () => document.getElementById(documentInputId(requirement.id))?.focus(),
    })),
  ].filter((problem): problem is Problem => problem.message !== undefined);

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-10">
      {/* Announced politely as it changes: "Saving…", "Saved at 14:32". */}
      <p role="status" aria-live="polite" className="sticky top-0 z-10 rounded-md border border-border bg-surface px-3 py-2 text-sm text-muted-foreground shadow-sm">
        {saveLabel}
      </p>
      {autosave.restoredLocal && <Alert variant="info">{t("restoredLocal")}</Alert>}

      {formError && problems.length > 0 ? (
        <ErrorSummary title={t("errorSummaryTitle")} error={formError} problems={problems} />
      ) : (
        <FormAlert error={formError} />
      )}

      <section aria-labelledby="answers-heading" className="space-y-6">
        <h2 id="answers-heading" className="text-xl font-semibold">
          {t("answersHeading")}
        </h2>
        <FormField
          id="motivation"
          label={t("motivationLabel")}
          description={`${t("motivationHint", { min: MOTIVATION_MIN })} ${t("characterCount", { count: String(motivation ?? "").trim().length, min: MOTIVATION_MIN })}`}
          error={fieldError("motivation")}
          required
        >
          <Textarea rows={10} {...form.register("motivation")} />
        </FormField>
        <div className="grid gap-6 sm:grid-cols-2">
          <FormField
            id="languageLevel"
            label={t("languageLevelLabel")}
            description={
              opportunity.languageLevel
                ? t("languageLevelHint", { level: opportunity.languageLevel, language: opportunity.language ?? "—" })
                : t("languageLevelHintAny")
            }
            error={fieldError("languageLevel")}
            required
          >
            <Select
              placeholder={t("languageLevelPlaceholder")}
              options={CEFR_LEVELS_LIST.map((level) => ({ value: level, label: level }))}
              {...form.register("languageLevel")}
            />
          </FormField>
          <FormField id="gpa" label={t("gpaLabel")} description={t("gpaHint")} error={fieldError("gpa")} required>
            <Input inputMode="decimal" autoComplete="off" {...form.register("gpa")} />
          </FormField>
        </div>
      </section>

      <section aria-labelledby="documents-heading" className="space-y-4">
        <h2 id="documents-heading" className="text-xl font-semibold">
          {t("documentsHeading")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("documentsHint", { size: formatBytes(maxBytes, locale) })}</p>
        <ul className="space-y-4">
          {opportunity.requiredDocuments.map((requirement) => (
            <DocumentSlot
              key={requirement.id}
              opportunityId={opportunity.id}
              requirement={requirement}
              document={documents.find((d) => d.requirementId === requirement.id)}
              maxBytes={maxBytes}
              error={fieldError(documentPath(requirement.id))}
              onUploaded={(uploaded) => {
                autosave.adopt(uploaded.applicationId);
                setDocuments((current) => [...current.filter((d) => d.requirementId !== uploaded.requirementId), uploaded]);
                form.clearErrors(documentPath(requirement.id));
              }}
              onRemoved={(documentId) => setDocuments((current) => current.filter((d) => d.id !== documentId))}
            />
          ))}
        </ul>
      </section>

      <section aria-labelledby="submit-heading" className="space-y-4 border-t border-border pt-6">
        <h2 id="submit-heading" className="text-xl font-semibold">
          {t("submitHeading")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("submitHint")}</p>
        <Button type="submit" size="lg" disabled={isSubmitting} className="h-auto min-h-12 w-full py-2 whitespace-normal sm:w-auto">
          {isSubmitting ? t("submitting") : t("submit")}
        </Button>
      </section>
    </form>
  );
}
