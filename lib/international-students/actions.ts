"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import { clearInternationalStudentFigures } from "./public-figure";
import { createInternationalStudentSchema, updateInternationalStudentSchema } from "./schemas";
import { createInternationalStudent, updateInternationalStudent } from "./service";

function refreshStudentPages(): void {
  clearInternationalStudentFigures();
  revalidatePath("/dashboard/international-students", "layout");
}

export const createInternationalStudentAction = safeAction({
  name: "international-students.create",
  access: "international-student:create",
  schema: createInternationalStudentSchema,
  handler: async (input, { user }) => {
    const result = await createInternationalStudent(user, input);
    refreshStudentPages();
    return result;
  },
});

export const updateInternationalStudentAction = safeAction({
  name: "international-students.update",
  access: "international-student:update",
  schema: updateInternationalStudentSchema,
  handler: async (input, { user }) => {
    const result = await updateInternationalStudent(user, input);
    refreshStudentPages();
    return result;
  },
});
