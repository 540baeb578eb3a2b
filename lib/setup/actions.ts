"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { getClientIp } from "@/lib/auth/client-ip";
import { getRequestLocale } from "@/lib/auth/request-context";
import { clearEverywhere } from "@/lib/cache/cache-bus.mjs";
import { safeAction } from "@/lib/errors/safe-action";
import { INSTITUTION_CACHE_TAG } from "@/lib/institution/queries";
import { setupSchema } from "./schemas";
import { completeSetup } from "./service";
import { markSetupDone, SETUP_PATH } from "./state";

/**
 * The first-run setup. Public: the one-time token printed in the server log is the credential, and
 * the service refuses it once an admin exists.
 */
export const completeSetupAction = safeAction({
  name: "setup.complete",
  access: "public",
  schema: setupSchema,
  handler: async (input) => {
    await completeSetup(input, { ip: await getClientIp(), locale: await getRequestLocale() });
    markSetupDone();
    // Every page showed the placeholder institution, and the visitor's write empties no cache by itself
    // (scripts/server.mjs does that for signed-in writes): the institution, its language and time
    // zone, and the cached public pages go now, in every process.
    updateTag(INSTITUTION_CACHE_TAG);
    clearEverywhere("queries");
    clearEverywhere("pages");
    // To a page of its own: the setup page answers 404 from now on, and the tag update above makes
    // Next.js render the current page again in this very response.
    redirect(`${SETUP_PATH}/done`);
  },
});
