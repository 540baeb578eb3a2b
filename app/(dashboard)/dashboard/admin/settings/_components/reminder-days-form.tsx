"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { useActionForm } from "@/lib/forms/use-action-form";
import { formatReminderDays, REMINDER_DAYS, reminderDaysSchema } from "@/lib/institution/reminder-days";
import { updateReminderDaysAction } from "@/lib/institution/settings-actions";

export interface ReminderDaysFormProps {
  settings: { agreementReminderDays: number[]; updatedAt: string };
  /** The server's AGREEMENT_REMINDER_DAYS, which apply while the field is blank. */
  serverDays: number[];
}

/** The agreement expiry reminders' lead times, typed as a list ("180, 90, 30"); blank follows the server. */
export function ReminderDaysForm({ settings, serverDays }: ReminderDaysFormProps) {
  const t = useTranslations("admin.settings.reminders");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: reminderDaysSchema,
    action: updateReminderDaysAction,
    defaultValues: { agreementReminderDays: formatReminderDays(settings.agreementReminderDays), updatedAt: settings.updatedAt },
    onSuccess: () => {
      toast.success(t("saved"));
      router.refresh();
    },
  });
  const limits = { min: REMINDER_DAYS.min, max: REMINDER_DAYS.max, most: REMINDER_DAYS.most };
  const server = serverDays.length > 0 ? t("serverDays", { days: formatReminderDays(serverDays) }) : t("serverNone");

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert error={formError} />
      <FormField label={t("days")} description={`${t("daysHint", limits)} ${server}`} error={fieldError("agreementReminderDays")} className="max-w-md">
        <Input id="settings-reminder-days" autoComplete="off" spellCheck={false} {...form.register("agreementReminderDays")} />
      </FormField>
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? tCommon("buttons.saving") : tCommon("buttons.saveChanges")}
      </Button>
    </form>
  );
}
