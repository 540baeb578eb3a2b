"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import { createUnitSchema, mergeUnitSchema, setUnitArchivedSchema, updateUnitSchema } from "./schemas";
import { createUnit, mergeUnit, setUnitArchived, updateUnit } from "./service";

function refreshUnitPages(): void {
  revalidatePath("/dashboard/admin/units", "layout");
}

export const createUnitAction = safeAction({
  name: "units.create",
  access: "unit:manage",
  schema: createUnitSchema,
  handler: async (input, { user }) => {
    const result = await createUnit(user, input);
    refreshUnitPages();
    return result;
  },
});

export const updateUnitAction = safeAction({
  name: "units.update",
  access: "unit:manage",
  schema: updateUnitSchema,
  handler: async (input, { user }) => {
    const result = await updateUnit(user, input);
    refreshUnitPages();
    return result;
  },
});

export const setUnitArchivedAction = safeAction({
  name: "units.set-archived",
  access: "unit:manage",
  schema: setUnitArchivedSchema,
  handler: async (input, { user }) => {
    const result = await setUnitArchived(user, input);
    refreshUnitPages();
    return result;
  },
});

/** Moves every record of one unit to another and archives the first. */
export const mergeUnitAction = safeAction({
  name: "units.merge",
  access: "unit:manage",
  schema: mergeUnitSchema,
  handler: async (input, { user }) => {
    const result = await mergeUnit(user, input);
    // Every list filtered or labelled by unit may show the merged one.
    revalidatePath("/", "layout");
    return result;
  },
});
