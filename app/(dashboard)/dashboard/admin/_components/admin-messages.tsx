import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getClientMessages } from "@/i18n/client-messages";

/** The strings the admin forms translate on the client (auth for the shared field messages). */
export async function AdminMessages({ children }: { children: ReactNode }) {
  const messages = await getClientMessages(["admin", "auth", "common", "errors"]);
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
