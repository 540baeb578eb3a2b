"use client";

import { useId, useTransition, type FormEvent } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { setLocaleAction } from "@/i18n/actions";
import { LOCALE_PARAM, localeLabels, locales, type AppLocale } from "@/i18n/config";
import { languageAddress } from "@/lib/seo/language-addresses";
import { cn } from "@/components/ui/cn";

export interface LanguageSwitchProps {
  current: AppLocale;
  /** "Language" in the current language; names the group of buttons. */
  label: string;
  className?: string;
}

/**
 * One submit button per language, each named in its own language; the choice is kept in a cookie.
 * Without JavaScript the form posts to the server action and Next.js answers with the same page
 * re-rendered; with JavaScript the action runs in a transition and the router refreshes the current
 * page in place. On an address that names its language (`?lang=az`, decision 008) the address
 * changes to the chosen language too: the server action redirects there, or the router moves
 * there and the root layout's AddressLocaleSync renders the frame anew.
 */
export function LanguageSwitch({ current, label, className }: LanguageSwitchProps) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const labelId = useId();
  const search = searchParams.toString();
  const addressHasLanguage = searchParams.has(LOCALE_PARAM);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    // The router moves to the new address itself, without the action's redirect.
    formData.delete("returnTo");
    const chosen = formData.get("locale");
    startTransition(async () => {
      await setLocaleAction(formData);
      const chosenLocale = locales.find((locale) => locale === chosen);
      if (addressHasLanguage && chosenLocale) {
        router.replace(languageAddress("", pathname, search, chosenLocale), { scroll: false });
      } else {
        router.refresh();
      }
    });
  }

  return (
    <form action={setLocaleAction} onSubmit={handleSubmit} className={className}>
      {addressHasLanguage && <input type="hidden" name="returnTo" value={`${pathname}?${search}`} />}
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
