import type { AppLocale } from "@/i18n/config";

/** What the branded layout shows of the institution, in one message's language. */
export interface MailBrand {
  locale: AppLocale;
  /** Every language the portal ships is written left to right; kept beside `lang` for the layout. */
  dir: "ltr" | "rtl";
  name: string;
  /** An absolute address (mail clients load images from the portal), or null. */
  logoUrl: string | null;
  address: string;
  email: string;
  phone: string | null;
  portalUrl: string;
}

/** A button in an e-mail: what it says and where it leads. */
export interface MailAction {
  label: string;
  url: string;
}

/** What a branded message says; the layout adds the institution around it. */
export interface BrandedContent {
  /** The message's title, shown large at the top (usually close to the subject). */
  heading?: string;
  /** Plain text, one entry per paragraph; a line break inside one is kept. */
  paragraphs: readonly string[];
  action?: MailAction | null;
  /** Small print under the button: how long a link works, what to do if the message was unexpected. */
  footer?: readonly string[];
  /** The line mail clients show beside the subject in the inbox; the first paragraph by default. */
  preview?: string;
}

/** The layout's own words in the message's language, and the institution's footer lines. */
export interface LayoutTexts {
  buttonFallback: string;
  /** The institution's name first (linked to the portal), then its address, contact and a notice. */
  footerLines: readonly string[];
}

/** The delimiter mail clients recognise before a signature ("-- " and a line break). */
const SIGNATURE_DELIMITER = "-- ";

/** The footer as plain text: the portal's address beside the institution's name, links visible. */
function textFooter(texts: LayoutTexts, portalUrl: string): string {
  const [name, ...rest] = texts.footerLines;
  return [SIGNATURE_DELIMITER, `${name ?? ""} ${portalUrl}`.trim(), ...rest].join("\n");
}

/**
 * The plain-text part of a branded message, with the same words as the HTML part: the heading, the
 * paragraphs, the button as "label: address" (the first address in the text, where readers and tests
 * look for it), the small print, then the footer after a signature delimiter.
 */
export function brandedText(content: BrandedContent, texts: LayoutTexts, portalUrl: string): string {
  const blocks = [
    content.heading,
    ...content.paragraphs,
    content.action ? `${content.action.label}: ${content.action.url}` : undefined,
    ...(content.footer ?? []),
  ].filter((block): block is string => typeof block === "string" && block.trim() !== "");
  return [...blocks, textFooter(texts, portalUrl)].join("\n\n");
}

/** A module's own plain text (written before the layout), followed by the same footer. */
export function legacyText(text: string, texts: LayoutTexts, portalUrl: string): string {
  return [text.trimEnd(), textFooter(texts, portalUrl)].join("\n\n");
}
