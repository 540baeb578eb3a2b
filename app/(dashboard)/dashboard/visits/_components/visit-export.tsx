import { Download } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { FormField } from "@/components/ui/form-field";
import type { VisitListFilter } from "@/lib/visits/schemas";

/**
 * The filtered list as CSV or Excel: a GET form carrying the list's filters, so the file holds what
 * the list shows (all pages). The office may tick "include personal data"; for anyone else the
 * option is not offered (and the export refuses it).
 */
export async function VisitExport({ filter, total, offerPersonalData }: { filter: VisitListFilter; total: number; offerPersonalData: boolean }) {
  const t = await getTranslations("visits");
  const { page: _page, ...kept } = filter;
  const hidden = Object.entries(kept).filter(([, value]) => value !== undefined && value !== "");
  return (
    <form method="get" action="/dashboard/visits/export" aria-labelledby="visit-export-heading" className="flex flex-col gap-3 rounded-lg border border-border p-4 sm:flex-row sm:flex-wrap sm:items-center">
      <h2 id="visit-export-heading" className="text-sm font-medium text-muted-foreground">
        {t("list.export.label", { count: total })}
      </h2>
      {hidden.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={String(value)} />
      ))}
      {offerPersonalData && (
        <FormField label={t("list.export.personalData")} description={t("list.export.personalDataHint")} layout="inline" className="sm:basis-full">
          <Checkbox id="export-personal-data" name="personalData" value="1" />
        </FormField>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="format" value="csv" variant="outline" size="sm">
          <Download aria-hidden="true" />
          {t("list.export.csv")}
        </Button>
        <Button type="submit" name="format" value="xlsx" variant="outline" size="sm">
          <Download aria-hidden="true" />
          {t("list.export.xlsx")}
        </Button>
      </div>
    </form>
  );
}
