import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getClientMessages } from "@/i18n/client-messages";

/** The strings the auth forms translate on the client: their own, and the shared form/error ones. */
export async function AuthMessages({ children }: { children: ReactNode }) {
  const messages = await getClientMessages(["auth", "common", "errors"]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
