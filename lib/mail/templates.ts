import "server-only";
import { createTranslator } from "next-intl";
import type { AppLocale } from "@/i18n/config";
import az from "@/messages/az/auth.json";
import en from "@/messages/en/auth.json";
import ru from "@/messages/ru/auth.json";
import type { ComposedMailMessage } from "./send-mail";

const catalogues: Record<AppLocale, typeof en> = { en, az, ru };

export type EmailKind = "confirmEmail" | "resetPassword" | "invitation" | "alreadyRegistered";

/** An account e-mail, for `sendMail({ to, ...renderEmail(…) })`. */
export type EmailContent = Omit<ComposedMailMessage, "to">;

/**
 * One account e-mail (confirmation, password reset, staff invitation, "you already have an
 * account") in the branded layout: its heading, the greeting and what happened, the button with the
 * one-time link, then how long the link works and what to do if the message was unexpected. It is
 * written when sent, in `locale` (the recipient's account language) or, without one, the
 * institution's default. `officeName` is no longer needed (the layout names the institution).
 */
export function renderEmail(
  kind: EmailKind,
  params: { locale: string | null | undefined; name: string; link: string; officeName?: string },
): EmailContent {
  return {
    locale: params.locale,
    template: `auth.${kind}`,
    compose: (locale) => {
      const t = createTranslator({ locale, messages: { auth: catalogues[locale] }, namespace: "auth.email" });
      const values = { name: params.name, office: params.officeName ?? "" };
      const subject = t(`${kind}.subject`, values);
      const intro = t(`${kind}.intro`, values);
      return {
        subject,
        heading: subject,
        preview: intro,
        paragraphs: [t("greeting", values), intro],
        action: { label: t(`${kind}.action`, values), url: params.link },
        footer: [t(`${kind}.expiry`, values), t(`${kind}.ignore`, values)],
      };
    },
  };
}
