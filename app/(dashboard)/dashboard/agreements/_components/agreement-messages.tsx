import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getClientMessages } from "@/i18n/client-messages";

/** The strings the agreement forms translate in the browser: their own and the shared form/error ones. */
export async function AgreementMessages({ children }: { children: ReactNode }) {
  const messages = await getClientMessages(["agreements", "common", "errors"]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
