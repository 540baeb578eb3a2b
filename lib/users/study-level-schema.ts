import { z } from "zod";
import { StudyLevel } from "@/lib/generated/prisma/enums";
import { MESSAGES } from "@/lib/forms/fields";

/** The levels a student may say they study at, in the order of the cycles. */
export const STUDY_LEVELS = Object.values(StudyLevel);

/**
 * A student's own level of study, for the form on their account page and its action. The select's
 * "Not set" option is "" and clears the level; a request without the field at all is refused, so an
 * empty post never clears a level by accident.
 */
export const setStudyLevelSchema = z.strictObject({
  studyLevel: z.preprocess(
    (value) => (value === "" ? null : value),
    z.enum(StudyLevel, { error: (issue) => (issue.input === undefined ? MESSAGES.required : MESSAGES.option) }).nullable(),
  ),
});

export type SetStudyLevelInput = z.input<typeof setStudyLevelSchema>;
