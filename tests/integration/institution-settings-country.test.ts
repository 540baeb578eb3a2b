import type { ReactNode } from "react";
import { prerender } from "react-dom/static";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { AppLocale } from "@/i18n/config";
import { db } from "@/lib/db/client";
import { actAs } from "@/tests/helpers/act-as";
import { createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * Issue 14, item 2: the institution's country, chosen from every country named in the admin's
 * language, is shown after the address in the footer, named in the reader's language, and not
 * repeated when the address already names it.
 */

const request = vi.hoisted(() => ({ locale: "en" as AppLocale }));

vi.mock("next-intl/server", async () => {
  const { createFormatter } = await import("next-intl");
  const messagesOf = async (locale: string) => ({ common: (await import(`@/messages/${locale}/common.json`)).default });
  return {
    getLocale: async () => request.locale,
    getMessages: async ({ locale }: { locale?: AppLocale } = {}) => messagesOf(locale ?? request.locale),
    getTimeZone: async () => "Asia/Baku",
    getFormatter: async () => createFormatter({ locale: request.locale, timeZone: "Asia/Baku" }),
  };
});

const { updateInstitutionDetailsAction } = await import("@/lib/institution/settings-actions");
const { getInstitutionDetails } = await import("@/lib/institution/details");
const { SiteFooter } = await import("@/components/layout/site-footer");

let admin: TestUser;

beforeAll(async () => {
  await ensureInstitution("khazar.org");
  admin = await createUser({ role: "ADMIN" });
});

async function footerIn(locale: AppLocale): Promise<string> {
  request.locale = locale;
  const { prelude } = await prerender((await SiteFooter()) as ReactNode);
  return new Response(prelude).text();
}

async function saveCountry(countryCode: string) {
  actAs(admin);
  const details = (await getInstitutionDetails(admin))!;
  return updateInstitutionDetailsAction({ ...details.values, countryCode } as Parameters<typeof updateInstitutionDetailsAction>[0]);
}

describe("the institution's country", () => {
  it("is saved from the details form and shown after the address in the reader's language", async () => {
    expect(await footerIn("en")).not.toContain("Azerbaijan");
    expect(await saveCountry("AZ")).toMatchObject({ ok: true });
    expect((await db.institution.findUniqueOrThrow({ where: { id: 1 } })).countryCode).toBe("AZ");

    expect(await footerIn("en")).toMatch(/1 Test Street<\/dd><dd>Azerbaijan<\/dd>/);
    expect(await footerIn("az")).toContain("<dd>Azərbaycan</dd>");
    expect(await footerIn("ru")).toContain("<dd>Азербайджан</dd>");
  });

  it("is not repeated when the address already names it, and may be left unchosen", async () => {
    await db.institution.update({ where: { id: 1 }, data: { address: "Mahsati Street 41, Baku AZ1096, Azerbaijan" } });
    expect((await footerIn("en")).match(/Azerbaijan/g)).toHaveLength(1);

    expect(await saveCountry("")).toMatchObject({ ok: true });
    expect((await db.institution.findUniqueOrThrow({ where: { id: 1 } })).countryCode).toBeNull();
  });
});
