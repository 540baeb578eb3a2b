"use client";

import { useId, useState, type FormEvent } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useMessage } from "@/lib/errors/use-action-form";

type Mapping = Record<string, number | null>;

interface Problem {
  rowNumber: number;
  field?: string;
  message: string;
  values?: Record<string, string | number>;
}

interface Inspection {
  headers: string[];
  sample: string[][];
  rowCount: number;
  mapping: Mapping;
}

interface DryRun {
  rowCount: number;
  validCount: number;
  problems: Problem[];
}

type Failure = { message: string; values?: Record<string, string | number> };

async function post(file: File, step: string, mapping?: Mapping): Promise<{ ok: true; body: unknown } | { ok: false; failure: Failure }> {
  const form = new FormData();
  form.set("file", file);
  form.set("step", step);
  if (mapping) form.set("mapping", JSON.stringify(mapping));
  try {
    const response = await fetch("/api/agreements/import", { method: "POST", body: form });
    const body = (await response.json().catch(() => ({}))) as { message?: string; values?: Record<string, string | number> };
    if (!response.ok) return { ok: false, failure: { message: body.message ?? "errors.generic.unexpected", values: body.values } };
    return { ok: true, body };
  } catch {
    return { ok: false, failure: { message: "errors.generic.network" } };
  }
}

/**
 * The agreement import: choose a file, match its columns to the agreement's fields, check every
 * row (dry run), then import all rows at once or none. The file stays in the browser and is sent
 * again at each step.
 */
export function AgreementImportWizard({ fields, maxMb }: { fields: readonly { key: string; required: boolean }[]; maxMb: number }) {
  const t = useTranslations("agreements.import");
  const message = useMessage();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [dryRun, setDryRun] = useState<DryRun | null>(null);
  const [created, setCreated] = useState<number | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState<"read" | "check" | "commit" | null>(null);

  const fieldLabel = (key: string) => t(`fields.${key}` as never);

  async function run(step: "inspect" | "dry-run" | "commit") {
    if (!file) {
      setFailure({ message: "importExport.file.choose" });
      return;
    }
    setBusy(step === "inspect" ? "read" : step === "dry-run" ? "check" : "commit");
    setFailure(null);
    const result = await post(file, step, step === "inspect" ? undefined : mapping);
    setBusy(null);
    if (!result.ok) return setFailure(result.failure);
    if (step === "inspect") {
      const body = result.body as Inspection;
      setInspection(body);
      setMapping(body.mapping);
      setDryRun(null);
    } else if (step === "dry-run") {
      setDryRun(result.body as DryRun);
    } else {
      setCreated((result.body as { created: number }).created);
    }
  }

  if (created !== null) {
    return (
      <Alert variant="success" live="polite" title={t("done", { count: created })}>
        <Link href="/dashboard/agreements" className="text-link underline underline-offset-4">
          {t("back")}
        </Link>
      </Alert>
    );
  }

  return (
    <div className="space-y-8">
      {failure && (
        <Alert variant="error" live="assertive">
          {message(failure.message, failure.values)}
        </Alert>
      )}

      <section aria-labelledby="import-step-file" className="space-y-3">
        <h2 id="import-step-file" className="text-xl font-semibold">
          {t("fileStep")}
        </h2>
        <form
          onSubmit={(event: FormEvent<HTMLFormElement>) => {
            event.preventDefault();
            void run("inspect");
          }}
          className="space-y-4"
        >
          <FormField label={t("file")} description={`${t("fileHint")} ${message("importExport.file.tooLarge", { maxMb })}`} required>
            <Input
              id={fileId}
              type="file"
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="h-auto py-2"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null);
                setInspection(null);
                setDryRun(null);
              }}
            />
          </FormField>
          <Button type="submit" disabled={busy !== null}>
            {busy === "read" ? t("reading") : t("read")}
          </Button>
        </form>
      </section>

      {inspection && (
        <section aria-labelledby="import-step-mapping" className="space-y-4">
          <h2 id="import-step-mapping" className="text-xl font-semibold">
            {t("mappingStep")}
          </h2>
          <p className="text-muted-foreground">{t("mappingHint")}</p>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {fields.map((field) => (
              <FormField key={field.key} label={fieldLabel(field.key)} required={field.required}>
                <Select
                  value={mapping[field.key] === null || mapping[field.key] === undefined ? "" : String(mapping[field.key])}
                  onChange={(event) => {
                    setMapping({ ...mapping, [field.key]: event.target.value === "" ? null : Number(event.target.value) });
                    setDryRun(null);
                  }}
                  placeholder={t("notImported")}
                  options={inspection.headers.map((header, index) => ({ value: String(index), label: t("column", { number: index + 1, name: header }) }))}
                />
              </FormField>
            ))}
          </div>
          <Button onClick={() => void run("dry-run")} disabled={busy !== null}>
            {busy === "check" ? t("checking") : t("dryRun")}
          </Button>
        </section>
      )}

      {dryRun && (
        <section aria-labelledby="import-step-check" className="space-y-4">
          <h2 id="import-step-check" className="text-xl font-semibold">
            {t("checkStep")}
          </h2>
          <Alert variant={dryRun.problems.length > 0 ? "error" : "success"} live="polite" title={t("summary", { rows: dryRun.rowCount, valid: dryRun.validCount })}>
            {dryRun.problems.length > 0 ? t("blocked") : t("noProblems")}
          </Alert>
          {dryRun.problems.length > 0 && (
            <div role="region" aria-labelledby="import-problems-caption" tabIndex={0} className="relative max-h-[32rem] overflow-auto rounded-lg border border-border">
              <table className="w-full text-left text-sm">
                <caption id="import-problems-caption" className="px-4 py-3 text-left font-semibold">
                  {t("problemsCaption")}
                </caption>
                <thead className="sticky top-0 bg-muted">
                  <tr>
                    <th scope="col" className="px-3 py-2">{t("problemColumns.row")}</th>
                    <th scope="col" className="px-3 py-2">{t("problemColumns.field")}</th>
                    <th scope="col" className="px-3 py-2">{t("problemColumns.problem")}</th>
                  </tr>
                </thead>
                <tbody>
                  {dryRun.problems.map((problem, index) => (
                    <tr key={index} className="border-t border-border">
                      <td className="px-3 py-2 tabular-nums">{problem.rowNumber > 0 ? problem.rowNumber : t("fileLevel")}</td>
                      <td className="px-3 py-2">{problem.field ? fieldLabel(problem.field) : "—"}</td>
                      <td className="px-3 py-2">{message(problem.message, problem.values)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {dryRun.problems.length === 0 && dryRun.rowCount > 0 && (
            <Button onClick={() => void run("commit")} disabled={busy !== null}>
              {busy === "commit" ? t("committing") : t("commit", { count: dryRun.validCount })}
            </Button>
          )}
        </section>
      )}
    </div>
  );
}
