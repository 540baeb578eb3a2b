"use client";

import { useId, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { setLocaleAction } from "@/i18n/actions";
import { localeLabels, locales, type AppLocale } from "@/i18n/config";
import { cn } from "@/components/ui/cn";

export interface LanguageSwitchProps {
  current: AppLocale;
  /** "Language" in the current language; names the group of buttons. */
  label: string;
  className?: string;
}

/**
 * One submit button per language, each named in its own language. Without JavaScript the form
 * posts to the server action and Next.js answers with the same page re-rendered; with JavaScript
 * the action runs in a transition and the router refreshes the current page in place.
 */
export function LanguageSwitch({ current, label, className }: LanguageSwitchProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const labelId = useId();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(async () => {
      await setLocaleAction(formData);
      router.refresh();
    });
  }

  return (
    <form action={setLocaleAction} onSubmit={handleSubmit} className={className}>
      <div role="group" aria-labelledby={labelId} aria-busy={pending} className="flex items-center gap-0.5">
        <span id={labelId} className="sr-only">
          {label}
        </span>
        {locales.map((locale) => (
          <button
            key={locale}
            type="submit"
            name="locale"
            value={locale}
            lang={locale}
            aria-current={locale === current ? "true" : undefined}
            className={cn(
              "inline-flex h-9 items-center rounded-md px-1.5 text-sm whitespace-nowrap hover:bg-secondary",
              locale === current ? "font-semibold text-foreground underline underline-offset-4" : "text-muted-foreground",
            )}
          >
            {localeLabels[locale]}
          </button>
        ))}
      </div>
    </form>
  );
}
