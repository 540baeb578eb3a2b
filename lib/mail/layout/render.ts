import { render } from "@react-email/render";
import { createTranslator } from "next-intl";
import { createElement } from "react";
import type { AppLocale } from "@/i18n/config";
import az from "@/messages/az/emails.json";
import en from "@/messages/en/emails.json";
import ru from "@/messages/ru/emails.json";
import { BrandedEmail } from "./branded-email";
import { brandedText, legacyText, type BrandedContent, type LayoutTexts, type MailBrand } from "./content";

const catalogues: Record<AppLocale, typeof en> = { en, az, ru };

/** The layout's own words in the brand's language, and the institution's footer lines. */
export function layoutTexts(brand: MailBrand): LayoutTexts {
  const t = createTranslator({ locale: brand.locale, messages: { emails: catalogues[brand.locale] }, namespace: "emails.layout" });
  const contact = [brand.email && t("contact", { email: brand.email }), brand.phone].filter(Boolean).join(" · ");
  return {
    buttonFallback: t("buttonFallback"),
    footerLines: [brand.name, brand.address, contact, t("automatic", { office: brand.name })].filter((line) => line.trim() !== ""),
  };
}

/** A message in the layout: the HTML document (React Email) and the plain text with the same words. */
export async function renderBranded(brand: MailBrand, subject: string, content: BrandedContent): Promise<{ text: string; html: string }> {
  const texts = layoutTexts(brand);
  const html = await render(createElement(BrandedEmail, { brand, subject, content, texts }));
  return { text: brandedText(content, texts, brand.portalUrl), html };
}

/** A module's own text and HTML fragment (from before the layout) placed in the layout. */
export async function renderLegacyInLayout(brand: MailBrand, message: { subject: string; text: string; html: string }): Promise<{ text: string; html: string }> {
  const texts = layoutTexts(brand);
  const html = await render(createElement(BrandedEmail, { brand, subject: message.subject, content: { paragraphs: [] }, texts, legacyHtml: message.html }));
  return { text: legacyText(message.text, texts, brand.portalUrl), html };
}
