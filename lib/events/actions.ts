"use server";

import { revalidatePath } from "next/cache";
import { getClientIp } from "@/lib/auth/client-ip";
import { safeAction } from "@/lib/errors/safe-action";
import { registerByEmail, registerSignedIn } from "./registration";
import { createEventFromVisitSchema, createEventSchema, registerByEmailSchema, registerSignedInSchema, updateEventSchema } from "./schemas";
import { createEvent, createEventFromVisit, updateEvent } from "./service";

function refreshEventPages(): void {
  revalidatePath("/dashboard/events", "layout");
  revalidatePath("/events", "layout");
  revalidatePath("/");
}

export const createEventAction = safeAction({
  name: "events.create",
  access: "event:create",
  schema: createEventSchema,
  handler: async (input, { user }) => {
    const result = await createEvent(user, input);
    refreshEventPages();
    return result;
  },
});

export const updateEventAction = safeAction({
  name: "events.update",
  access: "event:update",
  schema: updateEventSchema,
  handler: async (input, { user }) => {
    const result = await updateEvent(user, input);
    refreshEventPages();
    return result;
  },
});

/** A visit's guest lecture as an event (or the one it already has). */
export const createEventFromVisitAction = safeAction({
  name: "events.create-from-visit",
  access: "event:create",
  schema: createEventFromVisitSchema,
  handler: async (input, { user }) => {
    const result = await createEventFromVisit(user, input.visitId);
    refreshEventPages();
    revalidatePath(`/dashboard/visits/${input.visitId}`);
    return result;
  },
});

/** Public: a visitor registers by e-mail and confirms by the e-mailed link; limited per address and recipient. */
export const registerByEmailAction = safeAction({
  name: "events.register-by-email",
  access: "public",
  schema: registerByEmailSchema,
  handler: async (input) => registerByEmail(input, { ip: await getClientIp() }),
});

/** A signed-in person registers as themselves (confirmed at once, or on the waiting list). */
export const registerSignedInAction = safeAction({
  name: "events.register-signed-in",
  access: "signed-in",
  schema: registerSignedInSchema,
  handler: async (input, { user }) => {
    const result = await registerSignedIn(user, input.eventId);
    revalidatePath("/events", "layout");
    return result;
  },
});
