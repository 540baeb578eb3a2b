import { routeHandler } from "@/lib/errors/route-handler";
import { backToRegistrationPage, outcomeOfRefusal, readLinkForm, type LinkOutcome } from "@/lib/events/link-response";
import { cancelRegistration } from "@/lib/events/registration";

export const dynamic = "force-dynamic";

/**
 * Public on purpose: the "Cancel my registration" button of the page an e-mailed link opens (a plain
 * form POST with the signed token), so a registration is cancelled without signing in. A freed place
 * goes to the first on the waiting list; cancelling again changes nothing.
 */
export const POST = routeHandler("events.registration.cancel", async (request) => {
  const { token, slug } = await readLinkForm(request);
  let outcome: LinkOutcome;
  let eventSlug = slug;
  try {
    eventSlug = (await cancelRegistration(token)).slug;
    outcome = "cancelled";
  } catch (error) {
    outcome = outcomeOfRefusal(error);
  }
  return backToRegistrationPage(eventSlug, token, outcome);
});
