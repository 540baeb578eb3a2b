import "server-only";
import { recordAudit } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { uniqueFieldErrors } from "@/lib/db/writes";
import { AppError } from "@/lib/errors/app-error";
import { storeLogo } from "@/lib/institution/logo";
import { keepOtherLanguages } from "@/lib/translations/schema";
import type { SetupInput } from "./schemas";
import { adminExists, isSetupTokenValid, spendSetupToken } from "./token";

const INVALID_TOKEN = new AppError("INVALID_TOKEN", { messageKey: "setup.errors.invalidToken" });

/**
 * The first run: creates the institution (row 1) and its first admin with the one-time token from
 * the server log. Once an admin exists the setup is gone (NOT_FOUND), whoever asks; a wrong or spent
 * token is refused. Everything is one transaction behind the token's row lock, so two setups sent
 * at once create one admin, and a failure (a bad logo, an address in use) stores nothing.
 */
export async function completeSetup(input: SetupInput, context: { ip: string | null; locale: string }): Promise<{ adminId: string; adminEmail: string }> {
  if (await adminExists()) throw new AppError("NOT_FOUND");
  // A cheap look first, so a wrong token costs no password hashing.
  if (!(await isSetupTokenValid(input.token))) throw INVALID_TOKEN;
  const passwordHash = await hashPassword(input.adminPassword);
  const logo = input.logo ? { data: new Uint8Array(await input.logo.arrayBuffer()), fileName: input.logo.name || "logo" } : null;

  return db.$transaction(async (tx) => {
    const now = new Date();
    if (!(await spendSetupToken(tx, input.token, now))) throw INVALID_TOKEN;
    if (await adminExists(tx)) throw new AppError("NOT_FOUND");

    const admin = await tx.user
      .create({
        data: { email: input.adminEmail, name: input.adminName, passwordHash, role: "ADMIN", emailVerifiedAt: now, locale: context.locale },
        select: { id: true },
      })
      .catch(uniqueFieldErrors({ email: ["adminEmail", "admin.validation.emailTaken"] }));
    const stored = logo ? await storeLogo(tx, { ...logo, uploadedById: admin.id }) : null;

    const institution = {
      name: input.name,
      shortName: input.shortName,
      address: input.address,
      countryCode: input.countryCode,
      timeZone: input.timeZone,
      defaultLanguage: input.defaultLanguage,
      emailDomain: input.emailDomains,
      erasmusCode: input.erasmusCode,
      logoPath: stored?.logoPath ?? null,
      translations: keepOtherLanguages(input.translations, input.defaultLanguage),
    };
    // Row 1 may exist without an admin (a database prepared by hand): the setup's answers win.
    await tx.institution.upsert({
      where: { id: 1 },
      create: { id: 1, ...institution, email: "", about: { mission: "", objectives: [], functions: [], tasks: [] } },
      update: institution,
    });

    const actor = { id: admin.id };
    await recordAudit(tx, { actor, ip: context.ip, action: "institution.setup", entityType: "Institution", entityId: "1", after: institution });
    await recordAudit(tx, {
      actor,
      ip: context.ip,
      action: "user.setup-admin",
      entityType: "User",
      entityId: admin.id,
      after: { email: input.adminEmail, name: input.adminName, role: "ADMIN" },
    });
    return { adminId: admin.id, adminEmail: input.adminEmail };
  });
}
