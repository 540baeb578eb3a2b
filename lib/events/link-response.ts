import "server-only";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors/app-error";
import { readFormData } from "@/lib/http/read-form";

/**
 * The two buttons of the registration page (confirm, cancel) post plain forms, so they work without
 * JavaScript; the handler answers with a redirect back to the page (303: the browser then GETs it),
 * which shows the outcome. Only the signed token is trusted; the slug in the form only picks the
 * page to return to when the token turns out to name nothing.
 */

export type LinkOutcome = "confirmed" | "waitlisted" | "cancelled" | "started" | "failed";

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

export async function readLinkForm(request: Request): Promise<{ token: string; slug: string | null }> {
  const form = await readFormData(request, 16 * 1024).catch(() => new FormData());
  const token = form.get("token");
  const slug = form.get("slug");
  return { token: typeof token === "string" ? token : "", slug: typeof slug === "string" && SLUG.test(slug) ? slug : null };
}

/** The outcome a refusal reads as on the page: too late, or anything else (an invalid link shows as such there). */
export function outcomeOfRefusal(error: unknown): LinkOutcome {
  if (!isAppError(error)) throw error;
  return /started|cancelStarted/.test(error.messageKey) ? "started" : "failed";
}

export function backToRegistrationPage(slug: string | null, token: string, outcome: LinkOutcome): Response {
  const base = env().APP_URL;
  if (!slug) return Response.redirect(new URL("/events", base), 303);
  const url = new URL(`/events/${encodeURIComponent(slug)}/registration`, base);
  url.searchParams.set("token", token);
  url.searchParams.set("done", outcome);
  return new Response(null, { status: 303, headers: { Location: url.toString(), "Cache-Control": "no-store" } });
}
