import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ROLES, USER_STATUSES, type UserListFilter } from "@/lib/users/schemas";

/** A plain GET form: the filters live in the URL, so they survive reloads and can be shared. */
export async function UserFilters({
  filter,
  units,
  pathname,
}: {
  filter: UserListFilter;
  units: { id: string; name: string }[];
  pathname: string;
}) {
  const [t, tStatus, tCommon] = await Promise.all([
    getTranslations("admin.users.filters"),
    getTranslations("admin.users.status"),
    getTranslations("common"),
  ]);
  return (
    <form method="get" action={pathname} aria-label={t("label")} className="grid gap-4 rounded-lg border border-border bg-surface p-4 md:grid-cols-5 md:items-end">
      <FormField label={t("search")} className="md:col-span-2">
        <Input name="q" type="search" defaultValue={filter.q ?? ""} />
      </FormField>
      <FormField label={t("role")}>
        <Select name="role" defaultValue={filter.role ?? ""} placeholder={t("anyRole")} options={ROLES.map((role) => ({ value: role, label: tCommon(`roles.${role}`) }))} />
      </FormField>
      <FormField label={t("unit")}>
        <Select name="unitId" defaultValue={filter.unitId ?? ""} placeholder={t("anyUnit")} options={units.map((unit) => ({ value: unit.id, label: unit.name }))} />
      </FormField>
      <FormField label={t("status")}>
        <Select name="status" defaultValue={filter.status ?? ""} placeholder={t("anyStatus")} options={USER_STATUSES.map((status) => ({ value: status, label: tStatus(status) }))} />
      </FormField>
      <div className="flex flex-wrap items-center gap-4 md:col-span-5">
        <Button type="submit">{t("apply")}</Button>
        <Link href={pathname} className="text-link underline underline-offset-4">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}
