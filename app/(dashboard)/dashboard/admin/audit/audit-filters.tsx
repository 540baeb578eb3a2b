import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { AuditEntityType } from "@/lib/audit/entity-types";
import type { AuditFilter } from "@/lib/audit/schemas";

/** A plain GET form; a user or record the page was opened for stays in hidden fields. */
export async function AuditFilters({ filter, entityTypes, pathname }: { filter: AuditFilter; entityTypes: AuditEntityType[]; pathname: string }) {
  const [t, tType] = await Promise.all([getTranslations("admin.audit.filters"), getTranslations("admin.audit.entityTypes")]);
  const typeOptions = entityTypes.map((type) => ({ value: type, label: tType(type) })).sort((a, b) => a.label.localeCompare(b.label));
  return (
    <form method="get" action={pathname} aria-label={t("label")} className="grid gap-4 rounded-lg border border-border bg-surface p-4 md:grid-cols-4 md:items-end">
      {filter.actorId && <input type="hidden" name="actorId" value={filter.actorId} />}
      {filter.entityId && <input type="hidden" name="entityId" value={filter.entityId} />}
      <FormField label={t("actor")}>
        <Input name="actor" type="search" defaultValue={filter.actor ?? ""} />
      </FormField>
      <FormField label={t("entityType")}>
        <Select name="entityType" defaultValue={filter.entityType ?? ""} placeholder={t("anyEntity")} options={typeOptions} />
      </FormField>
      <FormField label={t("from")}>
        <Input name="from" type="date" defaultValue={filter.from ?? ""} />
      </FormField>
      <FormField label={t("to")}>
        <Input name="to" type="date" defaultValue={filter.to ?? ""} />
      </FormField>
      <div className="flex flex-wrap items-center gap-4 md:col-span-4">
        <Button type="submit">{t("apply")}</Button>
        <Link href={pathname} className="text-link underline underline-offset-4">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
