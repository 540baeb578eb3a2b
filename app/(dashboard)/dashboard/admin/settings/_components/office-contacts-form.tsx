"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useFieldArray, useWatch, type Path } from "react-hook-form";
import { ArrowDown, ArrowUp, Plus, Trash2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toaster";
import { localeLabels, type AppLocale } from "@/i18n/config";
import { useActionForm } from "@/lib/forms/use-action-form";
import { MAX_OFFICE_CONTACTS, officeContactsSchema, type OfficeContactsFormValues } from "@/lib/institution/contacts-schemas";
import { saveOfficeContactsAction } from "@/lib/institution/settings-actions";
import { CONTACT_POSITION_MAX } from "@/lib/institution/texts-schemas";
import { CONTENT_LANGUAGES } from "@/lib/translations/content";
import { emptyTranslations } from "@/lib/translations/schema";

export interface OfficeContactsFormProps {
  values: OfficeContactsFormValues;
  defaultLanguage: AppLocale;
}

/**
 * The office's contact people as the public pages list them: add, remove and reorder, each with a
 * name, e-mail, phone and a position in every language (side by side: positions are short).
 */
export function OfficeContactsForm({ values, defaultLanguage }: OfficeContactsFormProps) {
  const t = useTranslations("admin.settings.contacts");
  const tLanguages = useTranslations("common.contentLanguages");
  const tCommon = useTranslations("common");
  const router = useRouter();
  const { form, onSubmit, formError, fieldError } = useActionForm({
    schema: officeContactsSchema,
    action: saveOfficeContactsAction,
    defaultValues: values,
    onSuccess: () => {
      toast.success(t("saved"));
      router.refresh();
    },
  });
  const { control, register, formState } = form;
  // The contacts carry their own `id`, so the field array keeps its React keys elsewhere.
  const { fields, append, remove, move } = useFieldArray({ control, name: "contacts", keyName: "fieldKey" });
  const typed = useWatch({ control, name: "contacts" }) ?? [];
  const languages = [defaultLanguage, ...CONTENT_LANGUAGES.filter((language) => language !== defaultLanguage)];

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <FormAlert error={formError} />
      {fields.length === 0 && <p className="text-muted-foreground">{t("empty")}</p>}
      <ol className="space-y-4">
        {fields.map((field, index) => {
          const name = String(typed[index]?.name ?? "").trim() || t("unnamed", { number: index + 1 });
          const defaultPosition = String(typed[index]?.position ?? "").trim();
          return (
            <li key={field.fieldKey}>
              <fieldset className="space-y-4 rounded-lg border border-border p-4">
                <legend className="px-1 font-medium">{name}</legend>
                <input type="hidden" {...register(`contacts.${index}.id`)} />
                <div className="grid gap-4 md:grid-cols-3">
                  <FormField label={t("name")} error={fieldError(`contacts.${index}.name`)} required>
                    <Input id={`contact-${index}-name`} autoComplete="off" {...register(`contacts.${index}.name`)} />
                  </FormField>
                  <FormField label={t("email")} error={fieldError(`contacts.${index}.email`)}>
                    <Input id={`contact-${index}-email`} type="email" inputMode="email" {...register(`contacts.${index}.email`)} />
                  </FormField>
                  <FormField label={t("phone")} error={fieldError(`contacts.${index}.phone`)}>
                    <Input id={`contact-${index}-phone`} type="tel" {...register(`contacts.${index}.phone`)} />
                  </FormField>
                  {languages.map((language) => {
                    const isDefault = language === defaultLanguage;
                    const path = (isDefault ? `contacts.${index}.position` : `contacts.${index}.translations.${language}.position`) as Path<OfficeContactsFormValues>;
                    const text = isDefault ? defaultPosition : String(typed[index]?.translations?.[language]?.position ?? "").trim();
                    const missing = !isDefault && defaultPosition !== "" && text === "";
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
                        <Input id={`contact-${index}-position-${language}`} lang={language} maxLength={CONTACT_POSITION_MAX} {...register(path)} />
                      </FormField>
                    );
                  })}
                </div>
                <div className="flex flex-wrap gap-2">
                  <Button variant="outline" size="sm" disabled={index === 0} onClick={() => move(index, index - 1)} aria-label={t("moveUp", { name })}>
                    <ArrowUp aria-hidden="true" />
                    {t("up")}
                  </Button>
                  <Button variant="outline" size="sm" disabled={index === fields.length - 1} onClick={() => move(index, index + 1)} aria-label={t("moveDown", { name })}>
                    <ArrowDown aria-hidden="true" />
                    {t("down")}
                  </Button>
                  <Button variant="ghost" size="sm" onClick={() => remove(index)} aria-label={t("remove", { name })}>
                    <Trash2 aria-hidden="true" />
                    {t("removeShort")}
                  </Button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className="flex flex-wrap gap-3">
        {fields.length < MAX_OFFICE_CONTACTS && (
          <Button variant="outline" onClick={() => append({ id: "", name: "", position: "", translations: emptyTranslations(["position"]), email: "", phone: "" })}>
            <Plus aria-hidden="true" />
            {t("add")}
          </Button>
        )}
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? tCommon("buttons.saving") : tCommon("buttons.saveChanges")}
        </Button>
      </div>
      <p className="text-sm text-muted-foreground">{t("saveHint")}</p>
    </form>
  );
}
