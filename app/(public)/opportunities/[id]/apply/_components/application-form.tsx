"use client";

import { useCallback, useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { submitApplicationAction } from "@/lib/applications/actions";
import { CEFR_LEVELS_LIST } from "@/lib/applications/cefr";
import { MOTIVATION_MIN } from "@/lib/applications/schemas";
import { formatBytes } from "@/lib/applications/status-display";
import type { FieldErrors } from "@/lib/errors/app-error";
import { DocumentSlot } from "./document-slot";
import type { ClientDocument, ClientRequirement, DraftValues } from "./types";
import { useDraftAutosave } from "./use-draft-autosave";

export interface ApplicationFormProps {
  opportunity: { id: string; language: string | null; languageLevel: string | null; requiredDocuments: ClientRequirement[] };
  initialDraft: (DraftValues & { id: string; updatedAt: string; documents: ClientDocument[] }) | null;
  maxBytes: number;
}

const FIELD_IDS: Record<string, string> = { motivation: "motivation", languageLevel: "languageLevel", gpa: "gpa" };

/** The student's application: answers autosaved to the server, documents uploaded one by one, then submit. */
export function ApplicationForm({ opportunity, initialDraft, maxBytes }: ApplicationFormProps) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  const router = useRouter();
  const [documents, setDocuments] = useState<ClientDocument[]>(initialDraft?.documents ?? []);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<{ formError: string; fieldErrors: FieldErrors } | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  const onServerDraft = useCallback(
    (draft: { id: string; status: string; documents: ClientDocument[] }) => {
      if (draft.status !== "DRAFT") router.replace(`/my/applications/${draft.id}`);
      else setDocuments(draft.documents);
    },
    [router],
  );

  const autosave = useDraftAutosave({
    opportunityId: opportunity.id,
    initialValues: { motivation: initialDraft?.motivation ?? "", languageLevel: initialDraft?.languageLevel ?? "", gpa: initialDraft?.gpa ?? "" },
    initialApplicationId: initialDraft?.id ?? null,
    initialSavedAt: initialDraft?.updatedAt ?? null,
    onServerDraft,
  });
  const { values } = autosave;

  const translate = (key: string | undefined) => (key ? (t.has(key) ? t(key) : t("common.form.errors.invalid")) : undefined);
  const errorOf = (field: string) => translate(submitError?.fieldErrors[field]?.[0] ?? autosave.fieldErrors[field]?.[0]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitting(true);
    setSubmitError(null);
    const saved = await autosave.saveNow();
    const result = saved.ok
      ? await submitApplicationAction({ applicationId: saved.applicationId }).catch(() => null)
      : { ok: false as const, formError: saved.formError, fieldErrors: saved.fieldErrors };
    if (result?.ok) {
      autosave.forget();
      router.push(`/my/applications/${saved.ok ? saved.applicationId : ""}`);
      return;
    }
    setSubmitting(false);
    setSubmitError({ formError: result?.formError ?? "errors.generic.network", fieldErrors: result?.fieldErrors ?? {} });
    requestAnimationFrame(() => summary.current?.focus());
  }

  const saveLabel =
    autosave.state === "saved" && autosave.savedAt
      ? t("applications.apply.saveState.saved", { time: format.dateTime(new Date(autosave.savedAt), { timeStyle: "short" }) })
      : t(`applications.apply.saveState.${autosave.state}`);

  const errorLinks = submitError
    ? Object.keys(submitError.fieldErrors).map((field) => {
        const requirement = field.startsWith("documents.") ? opportunity.requiredDocuments.find((r) => `documents.${r.id}` === field) : null;
        return { field, label: requirement ? requirement.name : t(`applications.apply.${field}Label` as "applications.apply.gpaLabel"), message: errorOf(field) };
      })
    : [];

  function focusField(field: string) {
    const element = field.startsWith("documents.")
      ? document.querySelector<HTMLElement>(`[data-requirement="${field.slice("documents.".length)}"]`)
      : document.getElementById(FIELD_IDS[field] ?? field);
    element?.focus();
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-10">
      {/* Announced politely as it changes: "Saving…", "Saved at 14:32". */}
      <p role="status" aria-live="polite" className="sticky top-0 z-10 rounded-md border border-border bg-surface px-3 py-2 text-sm text-muted-foreground shadow-sm">
        {saveLabel}
      </p>
      {autosave.restoredLocal && <Alert variant="info">{t("applications.apply.restoredLocal")}</Alert>}

      {submitError && (
        <div ref={summary} tabIndex={-1} className="outline-none">
          <Alert variant="error" live="assertive" title={t("applications.apply.errorSummaryTitle")}>
            <p>{translate(submitError.formError)}</p>
            {errorLinks.length > 0 && (
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {errorLinks.map((link) => (
                  <li key={link.field}>
                    <a
                      href={`#${FIELD_IDS[link.field] ?? ""}`}
                      onClick={(event) => {
                        event.preventDefault();
                        focusField(link.field);
                      }}
                      className="text-link underline underline-offset-4"
                    >
                      {link.label}: {link.message}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </Alert>
        </div>
      )}

      <section aria-labelledby="answers-heading" className="space-y-6">
        <h2 id="answers-heading" className="text-xl font-semibold">
          {t("applications.apply.answersHeading")}
        </h2>
        <FormField
          id="motivation"
          label={t("applications.apply.motivationLabel")}
          description={`${t("applications.apply.motivationHint", { min: MOTIVATION_MIN })} ${t("applications.apply.characterCount", { count: values.motivation.trim().length, min: MOTIVATION_MIN })}`}
          error={errorOf("motivation")}
          required
        >
          <Textarea name="motivation" rows={10} value={values.motivation} onChange={(e) => autosave.change("motivation", e.target.value)} />
        </FormField>
        <div className="grid gap-6 sm:grid-cols-2">
          <FormField
            id="languageLevel"
            label={t("applications.apply.languageLevelLabel")}
            description={
              opportunity.languageLevel
                ? t("applications.apply.languageLevelHint", { level: opportunity.languageLevel, language: opportunity.language ?? "—" })
                : t("applications.apply.languageLevelHintAny")
            }
            error={errorOf("languageLevel")}
            required
          >
            <Select
              name="languageLevel"
              value={values.languageLevel}
              onChange={(e) => autosave.change("languageLevel", e.target.value)}
              placeholder={t("applications.apply.languageLevelPlaceholder")}
              options={CEFR_LEVELS_LIST.map((level) => ({ value: level, label: level }))}
            />
          </FormField>
          <FormField id="gpa" label={t("applications.apply.gpaLabel")} description={t("applications.apply.gpaHint")} error={errorOf("gpa")} required>
            <Input name="gpa" inputMode="decimal" autoComplete="off" value={values.gpa} onChange={(e) => autosave.change("gpa", e.target.value)} />
          </FormField>
        </div>
      </section>

      <section aria-labelledby="documents-heading" className="space-y-4">
        <h2 id="documents-heading" className="text-xl font-semibold">
          {t("applications.apply.documentsHeading")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("applications.apply.documentsHint", { size: formatBytes(maxBytes, locale) })}</p>
        <ul className="space-y-4">
          {opportunity.requiredDocuments.map((requirement) => (
            <DocumentSlot
              key={requirement.id}
              opportunityId={opportunity.id}
              requirement={requirement}
              document={documents.find((d) => d.requirementId === requirement.id)}
              maxBytes={maxBytes}
              error={errorOf(`documents.${requirement.id}`)}
              onUploaded={(uploaded) => {
                autosave.adopt(uploaded.applicationId);
                setDocuments((current) => [...current.filter((d) => d.requirementId !== uploaded.requirementId), uploaded]);
                setSubmitError((current) =>
                  current ? { ...current, fieldErrors: Object.fromEntries(Object.entries(current.fieldErrors).filter(([k]) => k !== `documents.${requirement.id}`)) } : current,
                );
              }}
              onRemoved={(documentId) => setDocuments((current) => current.filter((d) => d.id !== documentId))}
            />
          ))}
        </ul>
      </section>

      <section aria-labelledby="submit-heading" className="space-y-4 border-t border-border pt-6">
        <h2 id="submit-heading" className="text-xl font-semibold">
          {t("applications.apply.submitHeading")}
        </h2>
        <p className="text-sm text-muted-foreground">{t("applications.apply.submitHint")}</p>
        <Button type="submit" size="lg" disabled={submitting} className="w-full sm:w-auto">
          {submitting ? t("applications.apply.submitting") : t("applications.apply.submit")}
        </Button>
      </section>
    </form>
  );
}
