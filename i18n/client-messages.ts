import "server-only";
import { getMessages } from "next-intl/server";
import type { AbstractIntlMessages } from "next-intl";
import type { Namespace } from "./namespaces";

/**
 * The catalogues a client subtree needs, for `<NextIntlClientProvider messages={…}>`. Sending only
 * these keeps the other namespaces out of the page payload.
 */
export async function getClientMessages(only: readonly Namespace[]): Promise<AbstractIntlMessages> {
  const all = await getMessages();
  return Object.fromEntries(only.filter((namespace) => namespace in all).map((namespace) => [namespace, all[namespace]]));
}
