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
import { useMessage } from "@/lib/forms/use-action-form";
import { importAddress, type ImportStep } from "@/lib/import-export/import-request";
import type { ImportEntity } from "@/lib/import-export/importers";

type Mapping = Record<string, number | null>;
type Values = Record<string, string | number>;

/** What POST /api/import/[entity] answers at each step. */
interface Inspection {
  headers: string[];
  sample: string[][];
  rowCount: number;
  mapping: Mapping;
}

interface Problem {
  rowNumber: number;
  field?: string;
  message: string;
  values?: Values;
  /** Warnings (e.g. a partner that looks like an existing one) do not stop the import. */
  severity?: "error" | "warning";
}

interface DryRun {
  rowCount: number;
  validCount: number;
  /** For entities that can be public (partners): how many importable rows visitors will see. */
  publicCount?: number;
  problems: Problem[];
}

type Failure = { message: string; values?: Values };

export interface ImportWizardProps {
  /** What is imported; the file goes to POST /api/import/<entity> at every step. */
  entity: ImportEntity;
  /** The importable fields with their labels, in the order the mapping offers them. */
  fields: readonly { key: string; label: string; required: boolean }[];
  maxMb: number;
  /** The entity's list, linked when the import is done. */
  listHref: string;
  /** Message keys of the entity's own texts: the file hint ({maxMb}), the commit button and done message ({count}), the list link. */
  texts: { fileHint: string; commit: string; done: string; seeList: string };
}

async function post(endpoint: string, file: File, step: ImportStep, mapping?: Mapping): Promise<{ ok: true; body: unknown } | { ok: false; failure: Failure }> {
  const form = new FormData();
  form.set("file", file);
  form.set("step", step);
  if (mapping) form.set("mapping", JSON.stringify(mapping));
  try {
    const response = await fetch(endpoint, { method: "POST", body: form });
    const body = (await response.json().catch(() => ({}))) as { message?: string; values?: Values };
    if (!response.ok) return { ok: false, failure: { message: body.message ?? "errors.generic.unexpected", values: body.values } };
    return { ok: true, body };
  } catch {
    return { ok: false, failure: { message: "errors.generic.network" } };
  }
}

/**
 * Importing any entity of lib/import-export/importers.ts from CSV or Excel: choose the file, match
 * its columns to the fields, check every row (a dry run that saves nothing), then import all rows at
 * once or none. The file stays in the browser and is sent again at each step, so the server keeps no
 * upload state.
 */
export function ImportWizard({ entity, fields, maxMb, listHref, texts }: ImportWizardProps) {
  const t = useTranslations("importExport.wizard");
  const message = useMessage();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [mapping, setMapping] = useState<Mapping>({});
  const [dryRun, setDryRun] = useState<DryRun | null>(null);
  const [created, setCreated] = useState<number | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busy, setBusy] = useState<ImportStep | null>(null);

  const fieldLabel = (key: string) => fields.find((field) => field.key === key)?.label ?? key;

  async function run(step: ImportStep) {
    if (!file) {
      setFailure({ message: "importExport.file.choose" });
      return;
    }
    setBusy(step);
    setFailure(null);
    const result = await post(importAddress(entity), file, step, step === "inspect" ? undefined : mapping);
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
      <Alert variant="success" title={t("doneTitle")} live="polite">
        <p>{message(texts.done, { count: created })}</p>
        <p className="mt-2">
          <Link href={listHref} className="text-link underline underline-offset-4">
            {message(texts.seeList)}
          </Link>
        </p>
      </Alert>
    );
  }

  const errorCount = dryRun?.problems.filter((problem) => problem.severity !== "warning").length ?? 0;
  const warningCount = (dryRun?.problems.length ?? 0) - errorCount;

  return (
    <div className="space-y-8">
      {failure && (
        <Alert variant="error" live="assertive">
          {message(failure.message, failure.values)}
        </Alert>
      )}

      <section aria-labelledby="import-step-file" className="space-y-3">
        <h2 id="import-step-file" className="text-xl font-semibold">
          {t("steps.file")}
        </h2>
        <form
          onSubmit={(event: FormEvent<HTMLFormElement>) => {
            event.preventDefault();
            void run("inspect");
          }}
          className="space-y-4"
        >
          <FormField label={t("file")} description={message(texts.fileHint, { maxMb })} required>
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
            {busy === "inspect" ? t("reading") : t("read")}
          </Button>
        </form>
      </section>

      {inspection && (
        <section aria-labelledby="import-step-mapping" className="space-y-4">
          <h2 id="import-step-mapping" className="text-xl font-semibold">
            {t("steps.mapping")}
          </h2>
          <p className="text-muted-foreground">{t("mappingHint", { count: inspection.rowCount, columns: inspection.headers.length })}</p>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {fields.map((field) => (
              <FormField key={field.key} label={field.label} required={field.required}>
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
          <SampleTable caption={t("sample")} headers={inspection.headers} rows={inspection.sample} />
          <Button onClick={() => void run("dry-run")} disabled={busy !== null}>
            {busy === "dry-run" ? t("checking") : t("check")}
          </Button>
        </section>
      )}

      {dryRun && (
        <section aria-labelledby="import-step-check" className="space-y-4">
          <h2 id="import-step-check" className="text-xl font-semibold">
            {t("steps.check")}
          </h2>
          <Alert variant={errorCount > 0 ? "error" : "success"} live="polite" title={t("summary", { rows: dryRun.rowCount, valid: dryRun.validCount })}>
            {errorCount > 0 ? t("blocked", { count: errorCount }) : t("ready")}
            {warningCount > 0 && <p className="mt-1">{t("warnings", { count: warningCount })}</p>}
            {dryRun.publicCount !== undefined && (
              <p className="mt-1">{t("publicRows", { count: dryRun.publicCount, internal: dryRun.validCount - dryRun.publicCount })}</p>
            )}
          </Alert>
          {dryRun.problems.length > 0 && (
            <div role="region" aria-labelledby="import-problems-caption" tabIndex={0} className="relative max-h-[32rem] overflow-auto rounded-lg border border-border">
              <table className="w-full text-left text-sm">
                <caption id="import-problems-caption" className="px-4 py-3 text-left font-semibold">
                  {t("problemsCaption")}
                </caption>
                <thead className="sticky top-0 bg-muted">
                  <tr>
                    <th scope="col" className="px-3 py-2">
                      {t("row")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t("field")}
                    </th>
                    <th scope="col" className="px-3 py-2">
                      {t("problem")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {dryRun.problems.map((problem, index) => (
                    <tr key={index} className="border-t border-border">
                      <td className="px-3 py-2 tabular-nums">{problem.rowNumber > 0 ? problem.rowNumber : t("fileLevel")}</td>
                      <td className="px-3 py-2">{problem.field ? fieldLabel(problem.field) : "—"}</td>
                      <td className="px-3 py-2">
                        <span className="flex flex-wrap items-center gap-2">
                          <Badge variant={problem.severity === "warning" ? "warning" : "danger"}>{problem.severity === "warning" ? t("warning") : t("error")}</Badge>
                          {message(problem.message, problem.values)}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {errorCount === 0 && dryRun.rowCount > 0 && (
            <Button onClick={() => void run("commit")} disabled={busy !== null}>
              {busy === "commit" ? t("importing") : message(texts.commit, { count: dryRun.validCount })}
            </Button>
          )}
        </section>
      )}
    </div>
  );
}

/** The file's first rows as read, so the person matching columns sees what each holds. */
function SampleTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: string[][] }) {
  return (
    <div role="region" aria-labelledby="import-sample-caption" tabIndex={0} className="overflow-x-auto rounded-lg border border-border">
      <table className="w-full text-left text-sm">
        <caption id="import-sample-caption" className="px-4 py-3 text-left font-semibold">
          {caption}
        </caption>
        <thead className="bg-muted">
          <tr>
            {headers.map((header, index) => (
              <th key={index} scope="col" className="px-3 py-2 whitespace-nowrap">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex} className="border-t border-border">
              {headers.map((_, index) => (
                <td key={index} className="max-w-48 truncate px-3 py-2">
                  {row[index] ?? ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
