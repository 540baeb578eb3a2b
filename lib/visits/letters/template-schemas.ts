import { z } from "zod";
import { locales } from "@/i18n/config";
import { MESSAGES, choice, requiredText, withValues } from "@/lib/forms/fields";
import { hasStrayBraces, unknownPlaceholders } from "./placeholders";

/**
 * The letter template form's schema, shared by the editor and the server action. A placeholder the
 * letters do not know is refused next to its field, naming it, so a typo never reaches a consulate.
 */

export const TEMPLATE_SUBJECT_MAX = 300;
export const TEMPLATE_BODY_MAX = 10_000;

/** The version the editor started from; 0 while the language still uses the built-in text. */
const templateVersion = z.coerce.number(MESSAGES.number).int(MESSAGES.number).min(0, MESSAGES.number);

function checkPlaceholders(field: "subject" | "body", text: string, ctx: z.RefinementCtx): void {
  const unknown = unknownPlaceholders(text);
  if (unknown.length > 0) {
    const names = unknown.map((name) => `{{${name}}}`).join(", ");
    ctx.addIssue({ code: "custom", path: [field], message: withValues("letters.validation.unknownPlaceholder", { names, count: unknown.length }) });
  } else if (hasStrayBraces(text)) {
    ctx.addIssue({ code: "custom", path: [field], message: "letters.validation.strayBraces" });
  }
}

const textFields = {
  subject: requiredText(TEMPLATE_SUBJECT_MAX),
  body: requiredText(TEMPLATE_BODY_MAX),
};

function placeholderRules(value: { subject: string; body: string }, ctx: z.RefinementCtx): void {
  checkPlaceholders("subject", value.subject, ctx);
  checkPlaceholders("body", value.body, ctx);
}

/** What the editor's form holds. */
export const letterTemplateFieldsSchema = z.strictObject(textFields).superRefine(placeholderRules);

/** What the action receives: the texts, the language they are for and the version edited. */
export const saveLetterTemplateSchema = z
  .strictObject({ ...textFields, language: choice(locales), version: templateVersion })
  .superRefine(placeholderRules);

export type LetterTemplateFieldsInput = z.input<typeof letterTemplateFieldsSchema>;
export type SaveLetterTemplateInput = z.output<typeof saveLetterTemplateSchema>;
