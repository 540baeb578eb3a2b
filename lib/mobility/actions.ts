"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import { mobilityRecordSchema } from "./schemas";
import { createMobilityRecord } from "./service";

export const createMobilityRecordAction = safeAction({
  name: "mobility.create",
  access: "mobility:create",
  schema: mobilityRecordSchema,
  handler: async (input, { user }) => {
    const result = await createMobilityRecord(user, input);
    revalidatePath("/dashboard/mobility", "layout");
    return result;
  },
});
