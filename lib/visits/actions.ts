"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/errors/safe-action";
import { addAgendaItem, removeAgendaItem, updateAgendaItem } from "./agenda";
import { addParticipant, removeParticipant, updateParticipant } from "./participants";
import {
  addAgendaItemSchema,
  addParticipantSchema,
  createVisitSchema,
  erasePersonalDataSchema,
  removeAgendaItemSchema,
  removeParticipantSchema,
  transitionVisitSchema,
  updateAgendaItemSchema,
  updateParticipantSchema,
  updateVisitSchema,
} from "./schemas";
import { createVisit, erasePersonalData, transitionVisit, updateVisit } from "./service";

/** The visit pages and the partner pages that list visits. */
function refreshVisitPages(): void {
  revalidatePath("/dashboard/visits", "layout");
  revalidatePath("/dashboard/partners", "layout");
}

export const createVisitAction = safeAction({
  name: "visits.create",
  access: "visit:create",
  schema: createVisitSchema,
  handler: async (input, { user }) => {
    const result = await createVisit(user, input);
    refreshVisitPages();
    return result;
  },
});

export const updateVisitAction = safeAction({
  name: "visits.update",
  access: "visit:update",
  schema: updateVisitSchema,
  handler: async (input, { user }) => {
    const result = await updateVisit(user, input);
    refreshVisitPages();
    return result;
  },
});

export const transitionVisitAction = safeAction({
  name: "visits.transition",
  access: "visit:update",
  schema: transitionVisitSchema,
  handler: async (input, { user }) => {
    const result = await transitionVisit(user, input);
    refreshVisitPages();
    return result;
  },
});

export const erasePersonalDataAction = safeAction({
  name: "visits.erase-personal-data",
  access: "visit:update",
  schema: erasePersonalDataSchema,
  handler: async (input, { user }) => {
    const result = await erasePersonalData(user, input);
    refreshVisitPages();
    return result;
  },
});

export const addParticipantAction = safeAction({
  name: "visits.participant.add",
  access: "visit:update",
  schema: addParticipantSchema,
  handler: async (input, { user }) => {
    const result = await addParticipant(user, input);
    refreshVisitPages();
    return result;
  },
});

export const updateParticipantAction = safeAction({
  name: "visits.participant.update",
  access: "visit:update",
  schema: updateParticipantSchema,
  handler: async (input, { user }) => {
    const result = await updateParticipant(user, input);
    refreshVisitPages();
    return result;
  },
});

export const removeParticipantAction = safeAction({
  name: "visits.participant.remove",
  access: "visit:update",
  schema: removeParticipantSchema,
  handler: async (input, { user }) => {
    const result = await removeParticipant(user, input);
    refreshVisitPages();
    return result;
  },
});

export const addAgendaItemAction = safeAction({
  name: "visits.agenda.add",
  access: "visit:update",
  schema: addAgendaItemSchema,
  handler: async (input, { user }) => {
    const result = await addAgendaItem(user, input);
    refreshVisitPages();
    return result;
  },
});

export const updateAgendaItemAction = safeAction({
  name: "visits.agenda.update",
  access: "visit:update",
  schema: updateAgendaItemSchema,
  handler: async (input, { user }) => {
    const result = await updateAgendaItem(user, input);
    refreshVisitPages();
    return result;
  },
});

export const removeAgendaItemAction = safeAction({
  name: "visits.agenda.remove",
  access: "visit:update",
  schema: removeAgendaItemSchema,
  handler: async (input, { user }) => {
    const result = await removeAgendaItem(user, input);
    refreshVisitPages();
    return result;
  },
});
