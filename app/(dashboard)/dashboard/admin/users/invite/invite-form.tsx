"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { useActionForm } from "@/lib/forms/use-action-form";
import { inviteStaffAction } from "@/lib/users/actions";
import { inviteStaffSchema, STAFF_ROLES } from "@/lib/users/schemas";
import { FormAlert } from "@/components/ui/form-alert";

export function InviteForm({ units }: { units: { id: string; name: string }[] }) {
  const t = useTranslations("admin.invite");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: inviteStaffSchema,
    action: inviteStaffAction,
    defaultValues: { name: "", email: "", role: "OFFICER", unitId: "" },
    onSuccess: (data) => {
      toast.success(t("sent", { email: form.getValues("email") }));
      router.push(`/dashboard/admin/users/${data.id}`);
    },
  });
  const { isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormAlert error={formError} />
      <FormField label={t("name")} error={fieldError("name")} required>
        <Input autoComplete="off" {...form.register("name")} />
      </FormField>
      <FormField label={t("email")} error={fieldError("email")} required>
        <Input type="email" autoComplete="off" {...form.register("email")} />
      </FormField>
      <FormField label={t("role")} error={fieldError("role")} required>
        <Select {...form.register("role")} options={STAFF_ROLES.map((role) => ({ value: role, label: tCommon(`roles.${role}`) }))} />
      </FormField>
      <FormField label={t("unit")} description={t("unitHint")} error={fieldError("unitId")}>
        <Select {...form.register("unitId")} placeholder={t("noUnit")} options={units.map((unit) => ({ value: unit.id, label: unit.name }))} />
      </FormField>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
