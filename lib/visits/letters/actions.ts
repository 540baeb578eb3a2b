"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import { generateLetterSchema } from "./schemas";
import { generateVisitLetter } from "./service";
import { saveLetterTemplateSchema } from "./template-schemas";
import { saveLetterTemplate } from "./template-service";

export const generateVisitLetterAction = safeAction({
  name: "visits.letters.generate",
  access: "visit:update",
  schema: generateLetterSchema,
  handler: async (input, { user }) => {
    const result = await generateVisitLetter(user, input);
    if (result.status === "created") revalidatePath(`/dashboard/visits/${input.visitId}`, "layout");
    return result;
  },
});

export const saveLetterTemplateAction = safeAction({
  name: "visits.letters.save-template",
  access: "institution:update",
  schema: saveLetterTemplateSchema,
  handler: async (input, { user }) => {
    const result = await saveLetterTemplate(user, input);
    revalidatePath("/dashboard/admin/letter-templates", "layout");
    return result;
  },
});
