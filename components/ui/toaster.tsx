"use client";

import { Toaster as SonnerToaster, toast } from "sonner";

export interface ToasterProps {
  /** Name of the notifications region, e.g. t("toast.regionLabel"). */
  regionLabel: string;
  /** Name of each toast's close button, e.g. t("toast.close"). */
  closeLabel: string;
}

/**
 * Mounted once in the root layout. Toasts confirm what just happened; anything the user must act
 * on belongs on the page (an Alert or a field error), since toasts disappear.
 */
export function Toaster({ regionLabel, closeLabel }: ToasterProps) {
  return (
    <SonnerToaster
      position="bottom-right"
      theme="light"
      closeButton
      richColors
      containerAriaLabel={regionLabel}
      toastOptions={{ closeButtonAriaLabel: closeLabel, duration: 6000 }}
    />
  );
}

/** `toast.success("…")`, `toast.error("…")`: call from Client Components only. */
export { toast };
