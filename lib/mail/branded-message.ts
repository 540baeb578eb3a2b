import "server-only";
import type { AppLocale } from "@/i18n/config";
import { mailBrand, messageLocale } from "./branding";
import type { BrandedContent } from "./layout/content";
import { renderBranded, renderLegacyInLayout } from "./layout/render";

export type { BrandedContent, MailAction } from "./layout/content";

export interface BrandedMessageInput extends BrandedContent {
  /** The recipient's language (User.locale); anything else, or none, is the institution's default language. */
  locale?: string | null;
  /** Passed back unchanged, and the HTML document's title. */
  subject?: string;
}

/**
 * A message in the portal's one branded layout, as an HTML part and a plain-text part with the same
 * words (links spelled out). Modules build their e-mails with it and hand the result to sendMail:
 *
 *   const body = await brandedMessage({ locale: user.locale, heading, paragraphs: [intro], action: { label, url } });
 *   await sendMail({ to: user.email, subject, ...body });
 */
export async function brandedMessage(input: BrandedMessageInput): Promise<{ subject?: string; text: string; html: string }> {
  const { locale, subject, ...content } = input;
  const brand = await mailBrand(await messageLocale(locale));
  const parts = await renderBranded(brand, subject ?? content.heading ?? brand.name, content);
  return { ...(subject === undefined ? {} : { subject }), ...parts };
}

/** A whole HTML document (a message already in the layout), as opposed to a fragment of one. */
export function isHtmlDocument(html: string): boolean {
  return /^\s*<(!doctype|html)/i.test(html);
}

/**
 * A message a module built before the layout existed (its own text and an HTML fragment), placed in
 * the layout in the recipient's language (their account's, else the institution's default), so
 * every e-mail carries the same frame while modules move to `brandedMessage`.
 */
export async function wrapInLayout(message: { to: string; subject: string; text: string; html: string }): Promise<{ text: string; html: string }> {
  const brand = await mailBrand(await messageLocale(null, message.to));
  return renderLegacyInLayout(brand, message);
}

/**
 * A message composed in the language sendMail settled on (`sendMail({ to, locale, compose })`), in
 * the layout: the language asked for, else the recipient's account language, else the institution's
 * default.
 */
export async function composeInLayout(message: {
  to: string;
  locale?: string | null;
  compose: (locale: AppLocale) => BrandedContent & { subject: string };
}): Promise<{ subject: string; text: string; html: string }> {
  const brand = await mailBrand(await messageLocale(message.locale, message.to));
  const { subject, ...content } = message.compose(brand.locale);
  return { subject, ...(await renderBranded(brand, subject, content)) };
}
