"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import type { Role } from "@/lib/generated/prisma/enums";
import { useActionForm } from "@/lib/forms/use-action-form";
import { changeUserRoleAction } from "@/lib/users/actions";
import { changeUserRoleSchema, ROLES } from "@/lib/users/schemas";
import { FormAlert } from "@/components/ui/form-alert";

export function RoleForm({ userId, role, unitId, units }: { userId: string; role: Role; unitId: string | null; units: { id: string; name: string }[] }) {
  const t = useTranslations("admin.user");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: changeUserRoleSchema,
    action: changeUserRoleAction,
    defaultValues: { userId, role, unitId: unitId ?? "" },
    onSuccess: () => {
      toast.success(t("roleSaved"));
      router.refresh();
    },
  });
  const { isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert error={formError} />
      <input type="hidden" {...form.register("userId")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label={t("role")} error={fieldError("role")} required>
          <Select {...form.register("role")} options={ROLES.map((value) => ({ value, label: tCommon(`roles.${value}`) }))} />
        </FormField>
        <FormField label={t("unit")} error={fieldError("unitId")}>
          <Select {...form.register("unitId")} placeholder={t("noUnit")} options={units.map((unit) => ({ value: unit.id, label: unit.name }))} />
        </FormField>
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : t("saveRole")}
      </Button>
    </form>
  );
}
