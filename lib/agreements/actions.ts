"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import { renewAgreement, transitionAgreement } from "./lifecycle-service";
import { createAgreementSchema, renewAgreementSchema, transitionAgreementSchema, updateAgreementSchema } from "./schemas";
import { createAgreement, updateAgreement } from "./service";

const LIST_PATH = "/dashboard/agreements";

export const createAgreementAction = safeAction({
  name: "agreements.create",
  access: "agreement:create",
  schema: createAgreementSchema,
  handler: async (input, { user }) => {
    const result = await createAgreement(user, input);
    revalidatePath(LIST_PATH);
    return result;
  },
});

export const updateAgreementAction = safeAction({
  name: "agreements.update",
  access: "agreement:update",
  schema: updateAgreementSchema,
  handler: async (input, { user }) => {
    const result = await updateAgreement(user, input);
    revalidatePath(LIST_PATH);
    revalidatePath(`${LIST_PATH}/${input.id}`);
    return result;
  },
});

export const transitionAgreementAction = safeAction({
  name: "agreements.transition",
  access: "agreement:update",
  schema: transitionAgreementSchema,
  handler: async (input, { user }) => {
    const result = await transitionAgreement(user, input);
    revalidatePath(LIST_PATH);
    revalidatePath(`${LIST_PATH}/${input.id}`);
    return result;
  },
});

export const renewAgreementAction = safeAction({
  name: "agreements.renew",
  access: "agreement:create",
  schema: renewAgreementSchema,
  handler: async (input, { user }) => {
    const result = await renewAgreement(user, input);
    revalidatePath(LIST_PATH);
    revalidatePath(`${LIST_PATH}/${input.id}`);
    return result;
  },
});
