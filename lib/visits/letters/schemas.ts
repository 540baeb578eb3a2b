import { z } from "zod";
import { locales } from "@/i18n/config";
import { choice, optionalRef, recordId } from "@/lib/forms/fields";

/** The "make a letter" form: for one guest (`participantId`) or, left blank, the whole delegation. */
export const generateLetterSchema = z.strictObject({
  visitId: recordId,
  participantId: optionalRef(),
  language: choice(locales),
});

export type GenerateLetterInput = z.output<typeof generateLetterSchema>;
