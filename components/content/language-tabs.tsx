"use client";

import { useId, useRef, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { CircleAlert } from "lucide-react";
import { localeLabels, type AppLocale } from "@/i18n/config";
import { CONTENT_LANGUAGES } from "@/lib/translations/content";
import { Badge } from "@/components/ui/badge";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/components/ui/cn";

export interface TranslatableField<F extends string> {
  /** The plain column (the default language's text); other languages are `translations.<lang>.<name>`. */
  name: F;
  label: string;
  description?: string;
  /** Required in the default language only: a missing translation falls back to it. */
  required?: boolean;
  /** A textarea with this many rows; an input when omitted. */
  rows?: number;
}

export interface LanguageTabsProps<V extends FieldValues, F extends string> {
  form: UseFormReturn<V, unknown, never> | UseFormReturn<V, unknown, V> | UseFormReturn<V>;
  fieldError: (name: Path<V>) => string | undefined;
  defaultLanguage: AppLocale;
  fields: readonly TranslatableField<F>[];
  /** Prefix of the controls' ids (e.g. "center"). */
  idPrefix: string;
}

/** The default language first, then the others in the interface's order. */
function tabOrder(defaultLanguage: AppLocale): AppLocale[] {
  return [defaultLanguage, ...CONTENT_LANGUAGES.filter((language) => language !== defaultLanguage)];
}

function pathOf<F extends string>(language: AppLocale, defaultLanguage: AppLocale, field: F): string {
  return language === defaultLanguage ? field : `translations.${language}.${field}`;
}

/**
 * The texts of a record in each language, as tabs (decision 010). The default language's tab edits
 * the plain columns; the others edit `translations`. A tab says when its language lacks a text the
 * default language has ("missing") and when one of its fields has an error; after a refused save the
 * first tab with an error opens, so the focused field is visible. All panels stay in the form (only
 * hidden), so every language is submitted whichever tab is open. Keyboard: arrow keys, Home and End
 * move between tabs (the WAI-ARIA tabs pattern).
 */
export function LanguageTabs<V extends FieldValues, F extends string>({ form, fieldError, defaultLanguage, fields, idPrefix }: LanguageTabsProps<V, F>) {
  const t = useTranslations("common.contentLanguages");
  const baseId = useId();
  const languages = tabOrder(defaultLanguage);
  const [active, setActive] = useState<AppLocale>(defaultLanguage);
  const tabRefs = useRef(new Map<AppLocale, HTMLButtonElement>());
  const values = form.watch() as Record<string, unknown>;

  const valueAt = (path: string): string => {
    const value = path.split(".").reduce<unknown>((at, part) => (at as Record<string, unknown> | undefined)?.[part], values);
    return typeof value === "string" ? value.trim() : "";
  };
  const isMissing = (language: AppLocale) =>
    language !== defaultLanguage && fields.some((field) => valueAt(field.name) !== "" && valueAt(pathOf(language, defaultLanguage, field.name)) === "");
  const hasError = (language: AppLocale) => fields.some((field) => Boolean(fieldError(pathOf(language, defaultLanguage, field.name) as Path<V>)));

  // After a refused save, show the first language with an error (its field receives the focus).
  // Adjusted while rendering when the submit count changes, so typing never moves the reader.
  const { submitCount } = form.formState;
  const [seenSubmitCount, setSeenSubmitCount] = useState(submitCount);
  if (submitCount !== seenSubmitCount) {
    setSeenSubmitCount(submitCount);
    const withError = languages.find(hasError);
    if (withError && withError !== active) setActive(withError);
  }

  const move = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = languages.length - 1;
    const next = { ArrowRight: index === last ? 0 : index + 1, ArrowLeft: index === 0 ? last : index - 1, Home: 0, End: last }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const language = languages[next]!;
    setActive(language);
    tabRefs.current.get(language)?.focus();
  };

  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-semibold">{t("legend")}</legend>
      <p className="text-sm text-muted-foreground">{t("hint", { language: localeLabels[defaultLanguage] })}</p>
      <div role="tablist" aria-label={t("legend")} className="flex flex-wrap gap-1 border-b border-border">
        {languages.map((language, index) => {
          const missing = isMissing(language);
          const error = hasError(language);
          return (
            <button
              key={language}
              ref={(node) => {
                if (node) tabRefs.current.set(language, node);
              }}
              type="button"
              role="tab"
              id={`${baseId}-tab-${language}`}
              aria-controls={`${baseId}-panel-${language}`}
              aria-selected={active === language}
              tabIndex={active === language ? 0 : -1}
              onClick={() => setActive(language)}
              onKeyDown={(event) => move(event, index)}
              className={cn(
                "-mb-px inline-flex min-h-11 items-center gap-2 rounded-t-md border border-transparent px-3 text-sm font-medium",
                "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring",
                active === language ? "border-border border-b-background bg-background" : "text-muted-foreground hover:text-foreground",
              )}
            >
              <span lang={language}>{localeLabels[language]}</span>
              {language === defaultLanguage ? <Badge>{t("default")}</Badge> : null}
              {missing ? <Badge variant="warning">{t("missing")}</Badge> : null}
              {error ? (
                <>
                  <CircleAlert aria-hidden="true" className="size-4 text-destructive" />
                  <span className="sr-only">{t("hasErrors")}</span>
                </>
              ) : null}
            </button>
          );
        })}
      </div>
      {languages.map((language) => (
        <div
          key={language}
          role="tabpanel"
          id={`${baseId}-panel-${language}`}
          aria-labelledby={`${baseId}-tab-${language}`}
          hidden={active !== language}
          className="space-y-5"
        >
          {fields.map((field) => {
            const path = pathOf(language, defaultLanguage, field.name) as Path<V>;
            const id = `${idPrefix}-${field.name}-${language}`;
            const label = language === defaultLanguage ? field.label : `${field.label} (${localeLabels[language]})`;
            const control = field.rows ? (
              <Textarea id={id} lang={language} rows={field.rows} {...form.register(path)} />
            ) : (
              <Input id={id} lang={language} {...form.register(path)} />
            );
            return (
              <FormField
                key={field.name}
                label={label}
                description={field.description}
                error={fieldError(path)}
                required={language === defaultLanguage ? field.required : false}
              >
                {control}
              </FormField>
            );
          })}
        </div>
      ))}
    </fieldset>
  );
}
