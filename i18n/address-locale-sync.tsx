"use client";

import { useEffect, useRef } from "react";
import { useRouter, useSearchParams } from "next/navigation";
import { LOCALE_PARAM, isLocale, type AppLocale } from "./config";

/**
 * Keeps the page's frame in the language of the address (decision 008). Moving to another page
 * inside the app renders only the new page, not the layouts around it (header, navigation,
 * `<html lang>`), so leaving `/partners?lang=az` for `/partners/x` would show an Azerbaijani frame
 * around a page in the visitor's own language. When the address names another language than the
 * one the layouts were rendered for (`?lang=` added, changed or dropped), this renders them anew.
 */
export function AddressLocaleSync({ renderedFor }: { renderedFor: AppLocale | null }) {
  const router = useRouter();
  const param = useSearchParams().get(LOCALE_PARAM);
  const wanted = isLocale(param) ? param : null;
  // One refresh per change, so a server that answers otherwise than expected cannot cause a loop.
  const refreshedFor = useRef<string | null>(null);

  useEffect(() => {
    if (wanted === renderedFor) {
      refreshedFor.current = null;
      return;
    }
    const change = `${renderedFor}>${wanted}`;
    if (refreshedFor.current === change) return;
    refreshedFor.current = change;
    router.refresh();
  }, [wanted, renderedFor, router]);

  return null;
}
