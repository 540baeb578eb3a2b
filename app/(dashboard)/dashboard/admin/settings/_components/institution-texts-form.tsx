"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useWatch, type Path } from "react-hook-form";
import { LanguageTabs } from "@/components/content/language-tabs";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { localeLabels, type AppLocale } from "@/i18n/config";
import { useActionForm } from "@/lib/forms/use-action-form";
import { updateInstitutionTextsAction } from "@/lib/institution/settings-actions";
import { CONTACT_POSITION_MAX, institutionTextsSchema, type InstitutionTextsFormValues } from "@/lib/institution/texts-schemas";
import { CONTENT_LANGUAGES } from "@/lib/translations/content";

export interface InstitutionTextsFormProps {
  values: InstitutionTextsFormValues;
  /** The contacts' names, in the order of `values.contacts`. */
  contactNames: string[];
  defaultLanguage: AppLocale;
}

/**
 * The institution's public texts in each language: name, short name, address, the head's title and
 * the about texts as language tabs; the office contacts' positions side by side (they are short).
 */
export function InstitutionTextsForm({ values, contactNames, defaultLanguage }: InstitutionTextsFormProps) {
  const t = useTranslations("admin.settings.texts");
  const tLanguages = useTranslations("common.contentLanguages");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: institutionTextsSchema,
    action: updateInstitutionTextsAction,
    defaultValues: values,
    onSuccess: () => {
      toast.success(t("saved"));
      router.refresh();
    },
  });
  const contacts = useWatch({ control: form.control, name: "contacts" }) ?? [];
  const languages = [defaultLanguage, ...CONTENT_LANGUAGES.filter((language) => language !== defaultLanguage)];
  const listHint = t("listHint");
  const contactRows = values.contacts ?? [];

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8">
      <FormAlert error={formError} />
      <LanguageTabs
        form={form}
        fieldError={fieldError}
        defaultLanguage={defaultLanguage}
        idPrefix="institution"
        fields={[
          { name: "name", label: t("name"), required: true },
          { name: "shortName", label: t("shortName"), description: t("shortNameHint"), required: true },
          { name: "address", label: t("address"), rows: 2 },
          { name: "officeHeadTitle", label: t("officeHeadTitle") },
          { name: "mission", label: t("mission"), rows: 5 },
          { name: "objectives", label: t("objectives"), description: listHint, rows: 6 },
          { name: "functions", label: t("functions"), description: listHint, rows: 8 },
          { name: "tasks", label: t("tasks"), description: listHint, rows: 8 },
        ]}
      />

      {contactRows.length > 0 && (
        <fieldset className="space-y-4">
          <legend className="text-sm font-semibold">{t("contactsLegend")}</legend>
          <p className="text-sm text-muted-foreground">{t("contactsHint")}</p>
          {contactRows.map((contact, index) => {
            const typed = contacts[index];
            const defaultText = String(typed?.position ?? "").trim();
            return (
              <fieldset key={contact.id} className="space-y-3 rounded-lg border border-border p-4">
                <legend className="px-1 font-medium">{contactNames[index]}</legend>
                <div className="grid gap-4 md:grid-cols-3">
                  {languages.map((language) => {
                    const isDefault = language === defaultLanguage;
                    const path = (isDefault ? `contacts.${index}.position` : `contacts.${index}.translations.${language}.position`) as Path<InstitutionTextsFormValues>;
                    const text = isDefault ? defaultText : String(typed?.translations?.[language]?.position ?? "").trim();
                    const missing = !isDefault && defaultText !== "" && text === "";
                    return (
                      <FormField
                        key={language}
                        label={
                          <span className="inline-flex flex-wrap items-center gap-2">
                            {t("position", { language: localeLabels[language] })}
                            {missing && <Badge variant="warning">{tLanguages("missing")}</Badge>}
                          </span>
                        }
                        error={fieldError(path)}
                        required={isDefault}
                      >
                        <Input id={`contact-${index}-position-${language}`} lang={language} maxLength={CONTACT_POSITION_MAX} {...form.register(path)} />
                      </FormField>
                    );
                  })}
                </div>
              </fieldset>
            );
          })}
        </fieldset>
      )}

      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? tCommon("buttons.saving") : tCommon("buttons.saveChanges")}
      </Button>
    </form>
  );
}
