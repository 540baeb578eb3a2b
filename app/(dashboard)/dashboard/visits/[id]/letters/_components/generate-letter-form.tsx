"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toaster";
import { localeLabels, locales, type AppLocale } from "@/i18n/config";
import { useActionForm } from "@/lib/forms/use-action-form";
import { generateVisitLetterAction } from "@/lib/visits/letters/actions";
import type { MissingField } from "@/lib/visits/letters/letter-values";
import { generateLetterSchema } from "@/lib/visits/letters/schemas";

export interface LetterGuestOption {
  id: string;
  name: string;
  letterLanguage: AppLocale;
}

/**
 * Makes an invitation letter for one guest or the whole delegation. When the record lacks what the
 * letter needs, the list of what is missing appears above the form instead of a letter.
 */
export function GenerateLetterForm({ visitId, guests, defaultLanguage }: { visitId: string; guests: LetterGuestOption[]; defaultLanguage: AppLocale }) {
  const t = useTranslations("letters");
  const router = useRouter();
  const [missing, setMissing] = useState<MissingField[] | null>(null);
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: generateLetterSchema,
    action: generateVisitLetterAction,
    defaultValues: { visitId, participantId: "", language: guests[0]?.letterLanguage ?? defaultLanguage },
    onSuccess: (result) => {
      if (result.status === "missing") {
        setMissing(result.missing);
        return;
      }
      setMissing(null);
      toast.success(t("page.created", { reference: result.referenceNumber }));
      router.refresh();
    },
  });
  const { isSubmitting } = form.formState;
  // Choosing a guest offers the language their letters are printed in.
  const guestField = form.register("participantId", {
    onChange: (event: React.ChangeEvent<HTMLSelectElement>) => {
      const guest = guests.find((each) => each.id === event.target.value);
      if (guest) form.setValue("language", guest.letterLanguage);
    },
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl space-y-5">
      <FormAlert error={formError} />
      {missing && (
        <Alert variant="warning" live="polite" title={t("page.missingTitle")}>
          <p>{t("page.missingIntro")}</p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {missing.map((item) => (
              <li key={`${item.guest ?? ""}:${item.field}`}>
                {item.guest ? t("page.missingGuestField", { guest: item.guest, field: t(`placeholders.${item.field}`) }) : t(`placeholders.${item.field}`)}
              </li>
            ))}
          </ul>
          <p className="mt-2">
            <Link href={`/dashboard/visits/${visitId}`} className="text-link underline underline-offset-4">
              {t("page.missingAction")}
            </Link>
          </p>
        </Alert>
      )}
      <input type="hidden" {...form.register("visitId")} />
      <div className="grid gap-5 sm:grid-cols-2">
        <FormField label={t("page.guest")} error={fieldError("participantId")}>
          <Select id="letter-guest" {...guestField}>
            <option value="">{t("page.wholeDelegation", { count: guests.length })}</option>
            {guests.map((guest) => (
              <option key={guest.id} value={guest.id}>
                {guest.name}
              </option>
            ))}
          </Select>
        </FormField>
        <FormField label={t("page.language")} error={fieldError("language")} required>
          <Select id="letter-language" {...form.register("language")} options={locales.map((language) => ({ value: language, label: localeLabels[language] }))} />
        </FormField>
      </div>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("page.generating") : t("page.generate")}
      </Button>
    </form>
  );
}
