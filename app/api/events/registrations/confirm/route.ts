import { routeHandler } from "@/lib/errors/route-handler";
import { backToRegistrationPage, outcomeOfRefusal, readLinkForm, type LinkOutcome } from "@/lib/events/link-response";
import { confirmRegistration } from "@/lib/events/registration";

export const dynamic = "force-dynamic";

/**
 * Public on purpose: the "Confirm my registration" button of the page an e-mailed link opens (a
 * plain form POST with the signed token). Opening the link only shows the page, so mail scanners
 * that follow links never confirm. Confirming twice changes nothing.
 */
export const POST = routeHandler("events.registration.confirm", async (request) => {
  const { token, slug } = await readLinkForm(request);
  let outcome: LinkOutcome;
  let eventSlug = slug;
  try {
    const result = await confirmRegistration(token);
    eventSlug = result.slug;
    outcome = result.status === "WAITLISTED" ? "waitlisted" : result.status === "CANCELLED" ? "cancelled" : "confirmed";
  } catch (error) {
    outcome = outcomeOfRefusal(error);
  }
  return backToRegistrationPage(eventSlug, token, outcome);
});
