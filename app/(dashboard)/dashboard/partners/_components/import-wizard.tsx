"use client";

import { useId, useState, type FormEvent } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";

type Mapping = Record<string, number | null>;

interface Problem {
  rowNumber: number;
  field?: string;
  message: string;
  values?: Record<string, string | number>;
  severity: "error" | "warning";
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

export interface ImportWizardProps {
  fields: readonly { key: string; required: boolean }[];
  maxMb: number;
}

async function post(file: File, step: string, mapping?: Mapping): Promise<{ ok: true; body: unknown } | { ok: false; failure: Failure }> {
  const form = new FormData();
  form.set("file", file);
  form.set("step", step);
  if (mapping) form.set("mapping", JSON.stringify(mapping));
  try {
    const response = await fetch("/api/partners/import", { method: "POST", body: form });
    const body = (await response.json().catch(() => ({}))) as { message?: string; values?: Record<string, string | number> };
    if (!response.ok) return { ok: false, failure: { message: body.message ?? "errors.generic.unexpected", values: body.values } };
    return { ok: true, body };
  } catch {
    return { ok: false, failure: { message: "errors.generic.network" } };
  }
}

/**
 * The partner import in three steps — upload, map the columns, check (dry run) — then one
 * all-or-nothing import. The file stays in the browser and is sent again at each step.
 */
export function ImportWizard({ fields, maxMb }: ImportWizardProps) {
  const t = useTranslations();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [dryRun, setDryRun] = useState<DryRun | null>(null);
  const [created, setCreated] = useState<number | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState(false);

  const text = (key: string, values?: Record<string, string | number>) => (t.has(key) ? t(key, values) : t("errors.generic.unexpected"));
  const fieldLabel = (key: string) => (t.has(`partners.fields.${key}`) ? t(`partners.fields.${key}`) : key);

  async function inspect(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) {
      setFailure({ message: "importExport.file.choose" });
      return;
    }
    setBusy(true);
    setFailure(null);
    setDryRun(null);
    setCreated(null);
    const result = await post(file, "inspect");
    setBusy(false);
    if (!result.ok) return setFailure(result.failure);
    const body = result.body as Inspection;
    setInspection(body);
    setMapping(body.mapping);
  }

  async function check() {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    const result = await post(file, "dry-run", mapping);
    setBusy(false);
    if (!result.ok) return setFailure(result.failure);
    setDryRun(result.body as DryRun);
  }

  async function commit() {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    const result = await post(file, "commit", mapping);
    setBusy(false);
    if (!result.ok) return setFailure(result.failure);
    setCreated((result.body as { created: number }).created);
  }

  const errorCount = dryRun?.problems.filter((problem) => problem.severity === "error").length ?? 0;
  const warningCount = (dryRun?.problems.length ?? 0) - errorCount;

  if (created !== null) {
    return (
      <Alert variant="success" title={t("partners.import.doneTitle")} live="polite">
        <p>{t("partners.import.done", { count: created })}</p>
        <p className="mt-2">
          <Link href="/dashboard/partners?sort=updated&dir=desc" className="text-link underline underline-offset-4">
            {t("partners.import.seeList")}
          </Link>
        </p>
      </Alert>
    );
  }

  return (
    <div className="space-y-8">
      {failure && (
        <Alert variant="error" live="assertive">
          {text(failure.message, failure.values)}
        </Alert>
      )}

      <section aria-labelledby="import-step-file" className="space-y-3">
        <h2 id="import-step-file" className="text-xl font-semibold">
          {t("partners.import.steps.file")}
        </h2>
        <form onSubmit={inspect} className="space-y-4">
          <FormField label={t("partners.import.file")} description={t("partners.import.fileHint", { maxMb })} required>
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
          <Button type="submit" disabled={busy}>
            {busy && !inspection ? t("common.buttons.loading") : t("partners.import.read")}
          </Button>
        </form>
      </section>

      {inspection && (
        <section aria-labelledby="import-step-mapping" className="space-y-4">
          <h2 id="import-step-mapping" className="text-xl font-semibold">
            {t("partners.import.steps.mapping")}
          </h2>
          <p className="text-muted-foreground">{t("partners.import.mappingHint", { count: inspection.rowCount, columns: inspection.headers.length })}</p>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {fields.map((field) => (
              <FormField key={field.key} label={fieldLabel(field.key)} required={field.required}>
                <Select
                  id={`map-${field.key}`}
                  value={mapping[field.key] === null || mapping[field.key] === undefined ? "" : String(mapping[field.key])}
                  onChange={(event) => {
                    setMapping({ ...mapping, [field.key]: event.target.value === "" ? null : Number(event.target.value) });
                    setDryRun(null);
                  }}
                  placeholder={t("partners.import.notImported")}
                  options={inspection.headers.map((header, index) => ({ value: String(index), label: header }))}
                />
              </FormField>
            ))}
          </div>
          <div role="region" aria-labelledby="import-sample-caption" tabIndex={0} className="overflow-x-auto rounded-lg border border-border">
            <table className="w-full text-left text-sm">
              <caption id="import-sample-caption" className="px-4 py-3 text-left font-semibold">
                {t("partners.import.sample")}
              </caption>
              <thead className="bg-muted">
                <tr>
                  {inspection.headers.map((header, index) => (
                    <th key={index} scope="col" className="px-3 py-2 whitespace-nowrap">
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {inspection.sample.map((row, rowIndex) => (
                  <tr key={rowIndex} className="border-t border-border">
                    {inspection.headers.map((_, index) => (
                      <td key={index} className="max-w-48 truncate px-3 py-2">
                        {row[index] ?? ""}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Button onClick={() => void check()} disabled={busy}>
            {busy && !dryRun ? t("common.buttons.loading") : t("partners.import.check")}
          </Button>
        </section>
      )}

      {dryRun && (
        <section aria-labelledby="import-step-check" className="space-y-4">
          <h2 id="import-step-check" className="text-xl font-semibold">
            {t("partners.import.steps.check")}
          </h2>
          <Alert variant={errorCount > 0 ? "error" : "success"} live="polite" title={t("partners.import.summary", { rows: dryRun.rowCount, valid: dryRun.validCount })}>
            {errorCount > 0 ? t("partners.import.blocked", { count: errorCount }) : t("partners.import.ready", { count: dryRun.rowCount })}
            {warningCount > 0 && <p className="mt-1">{t("partners.import.warnings", { count: warningCount })}</p>}
          </Alert>
          {dryRun.problems.length > 0 && (
            <div role="region" aria-labelledby="import-problems-caption" tabIndex={0} className="max-h-[32rem] overflow-auto rounded-lg border border-border">
              <table className="w-full text-left text-sm">
                <caption id="import-problems-caption" className="px-4 py-3 text-left font-semibold">
                  {t("partners.import.problemsCaption")}
                </caption>
                <thead className="sticky top-0 bg-muted">
                  <tr>
                    <th scope="col" className="px-3 py-2">
                      {t("partners.import.row")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t("partners.import.field")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t("partners.import.problem")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {dryRun.problems.map((problem, index) => (
                    <tr key={index} className="border-t border-border">
                      <td className="px-3 py-2 tabular-nums">{problem.rowNumber > 0 ? problem.rowNumber : "—"}</td>
                      <td className="px-3 py-2">{problem.field ? fieldLabel(problem.field) : "—"}</td>
                      <td className="px-3 py-2">
                        <span className="flex flex-wrap items-center gap-2">
                          <Badge variant={problem.severity === "error" ? "danger" : "warning"}>
                            {problem.severity === "error" ? t("partners.import.error") : t("partners.import.warning")}
                          </Badge>
                          {text(problem.message, problem.values)}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {errorCount === 0 && dryRun.rowCount > 0 && (
            <Button onClick={() => void commit()} disabled={busy}>
              {busy ? t("partners.import.importing") : t("partners.import.commit", { count: dryRun.validCount })}
            </Button>
          )}
        </section>
      )}
    </div>
  );
}
