import { beforeEach, describe, expect, it, vi } from "vitest";
import { registerStudentAction } from "@/lib/auth/actions";
import { verifySignIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { readCurrentLogo } from "@/lib/institution/logo";
import { completeSetupAction } from "@/lib/setup/actions";
import { setupAddress } from "@/lib/setup/announce";
import { hashSetupToken, isSetupTokenValid, prepareSetupToken } from "@/lib/setup/token";
import { actAsVisitor } from "@/tests/helpers/act-as";
import { countAllRows } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * Issue 14, item 1: the first run. An empty database (no admin) gets a one-time token at start; the
 * setup creates the institution and its first admin with it, refuses anything else, and is gone for
 * good once an admin exists. The tests run in order on one database: the last ones see the admin
 * the successful setup created.
 */

const PASSWORD = "First-admin-pass-1";

type SetupArgument = Exclude<Parameters<typeof completeSetupAction>[0], FormData>;

/** A valid setup as the form sends it, with the default language Azerbaijani; `overrides` may be anything a caller could send. */
function setupInput(token: string, overrides: Record<string, unknown> = {}): SetupArgument {
  return {
    token,
    defaultLanguage: "az",
    name: "Xəzər Universiteti",
    shortName: "Xəzər",
    translations: { az: { name: "", shortName: "" }, en: { name: "Khazar University", shortName: "KU" }, ru: { name: "Университет Хазар", shortName: "" } },
    address: "Məhsəti küçəsi 41, Bakı AZ1096",
    countryCode: "AZ",
    timeZone: "Asia/Baku",
    emailDomains: "@Khazar.org; student.khazar.org",
    erasmusCode: "az baku03",
    adminName: "Leyla Hasanova",
    adminEmail: "Leyla.Hasanova@khazar.org",
    adminPassword: PASSWORD,
    adminConfirmPassword: PASSWORD,
    ...overrides,
  } as SetupArgument;
}

const SVG_LOGO = new File(['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#1d4ed8"/></svg>'], "logo.svg", {
  type: "image/svg+xml",
});

let token: string;

beforeEach(() => actAsVisitor());

describe("the setup token", () => {
  it("is made at start while no admin exists, stored only as its hash, and the same for every process", async () => {
    const first = await prepareSetupToken();
    expect(first).toMatch(/^[\w-]{40,}$/);
    token = first!;
    // A second process (another core, another instance) starting at another moment prints the same address.
    expect(await prepareSetupToken(new Date(Date.now() + 5_000))).toBe(token);
    const row = await db.setupToken.findUniqueOrThrow({ where: { id: 1 } });
    expect(row).toMatchObject({ tokenHash: hashSetupToken(token), usedAt: null });
    expect(JSON.stringify(row)).not.toContain(token);
    expect(await isSetupTokenValid(token)).toBe(true);
    expect(setupAddress(token)).toMatch(new RegExp(`/setup\\?token=${token}$`));
  });
});

describe("the setup", () => {
  it("is refused without the token, and with a wrong one, storing nothing", async () => {
    const before = await countAllRows();
    const { token: _omitted, ...withoutToken } = setupInput(token);
    expect(await completeSetupAction(withoutToken)).toMatchObject({ ok: false, code: "INVALID_TOKEN", formError: "setup.errors.invalidToken" });
    const wrong = `${token.slice(0, -2)}xx`;
    expect(await completeSetupAction(setupInput(wrong))).toMatchObject({ ok: false, code: "INVALID_TOKEN", formError: "setup.errors.invalidToken" });
    expect(await countAllRows()).toEqual(before);
    expect(await isSetupTokenValid(token)).toBe(true);
  });

  it("answers bad input with field errors next to each field and stores nothing", async () => {
    const before = await countAllRows();
    const result = await completeSetupAction(
      setupInput(token, {
        name: "  ",
        countryCode: "",
        timeZone: "Mars/Olympus_Mons",
        emailDomains: "khazar, @",
        erasmusCode: "BAKU",
        defaultLanguage: "de",
        adminEmail: "not-an-address",
        adminPassword: "short",
        adminConfirmPassword: "different",
        translations: { en: { name: "K".repeat(201) } },
      }),
    );
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.code).toBe("VALIDATION");
    const fields = result.ok === false ? result.fieldErrors : {};
    expect(fields).toMatchObject({
      name: ["common.form.errors.required"],
      countryCode: ["common.form.errors.required"],
      timeZone: ["admin.settings.validation.timeZone"],
      emailDomains: ["admin.settings.validation.emailDomains"],
      erasmusCode: ["admin.settings.validation.erasmusCode"],
      defaultLanguage: ["common.form.errors.invalidOption"],
      adminEmail: ["auth.validation.invalidEmail"],
      adminPassword: ["auth.validation.passwordTooShort"],
      "translations.en.name": ["common.form.errors.tooLong|max=200"],
    });
    expect(await countAllRows()).toEqual(before);
  });

  it("refuses a logo that is not a picture, or an SVG with a script, next to the logo field", async () => {
    const before = await countAllRows();
    const text = new File(["just some text, not a picture"], "logo.png", { type: "image/png" });
    const scripted = new File(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], "logo.svg", { type: "image/svg+xml" });
    for (const logo of [text, scripted]) {
      expect(await completeSetupAction(setupInput(token, { logo }))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { logo: ["admin.settings.logo.notImage"] } });
    }
    expect(await countAllRows()).toEqual(before);
    expect(await isSetupTokenValid(token)).toBe(true);
  });

  it("creates exactly one institution and one admin who can sign in, spends the token and audits both", async () => {
    // Success sends the browser to /setup/done: the setup page itself answers 404 from now on.
    await expect(completeSetupAction(setupInput(token, { logo: SVG_LOGO }))).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT;[a-z]+;\/setup\/done;/) });

    expect(await db.institution.count()).toBe(1);
    const institution = await db.institution.findUniqueOrThrow({ where: { id: 1 } });
    expect(institution).toMatchObject({
      name: "Xəzər Universiteti",
      shortName: "Xəzər",
      defaultLanguage: "az",
      timeZone: "Asia/Baku",
      emailDomain: "khazar.org,student.khazar.org",
      erasmusCode: "AZ BAKU03",
      address: "Məhsəti küçəsi 41, Bakı AZ1096",
      countryCode: "AZ",
      // The default language's texts are the plain columns; only the others are translations.
      translations: { en: { name: "Khazar University", shortName: "KU" }, ru: { name: "Университет Хазар" } },
    });

    const admins = await db.user.findMany({ where: { role: "ADMIN" } });
    expect(admins).toHaveLength(1);
    expect(admins[0]).toMatchObject({ email: "leyla.hasanova@khazar.org", name: "Leyla Hasanova", emailVerifiedAt: expect.any(Date), disabledAt: null });
    expect(admins[0]!.passwordHash).not.toContain(PASSWORD);
    expect(await verifySignIn({ email: "leyla.hasanova@khazar.org", password: PASSWORD, ip: null })).toMatchObject({ ok: true, user: { id: admins[0]!.id } });

    const fileId = institution.logoPath?.split("/").pop() ?? "";
    expect(institution.logoPath).toBe(`/api/institution/logo/${fileId}`);
    const logo = await readCurrentLogo(fileId);
    expect(logo?.mimeType).toBe("image/svg+xml");
    expect(Buffer.from(logo!.data).toString("utf8")).toContain("<circle");

    expect((await db.setupToken.findUniqueOrThrow({ where: { id: 1 } })).usedAt).toBeInstanceOf(Date);
    const audits = await db.auditLog.findMany({ where: { actorId: admins[0]!.id }, orderBy: { id: "asc" }, select: { action: true, entityType: true } });
    expect(audits).toEqual([
      { action: "institution.setup", entityType: "Institution" },
      { action: "user.setup-admin", entityType: "User" },
    ]);
  });

  it("lets students register with an address of any of the institution's domains", async () => {
    const password = "Student-pass-12";
    for (const email of ["aysel@khazar.org", "murad@student.khazar.org"]) {
      expect(await registerStudentAction({ name: "Student", email, password, confirmPassword: password }), email).toMatchObject({ ok: true });
    }
    expect(await registerStudentAction({ name: "Student", email: "someone@gmail.com", password, confirmPassword: password })).toMatchObject({ ok: false, code: "VALIDATION" });
  });

  it("is gone once an admin exists: the same or any token is refused as not found, and no new token is made", async () => {
    const before = await countAllRows();
    expect(await completeSetupAction(setupInput(token, { adminEmail: "second.admin@khazar.org" }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await countAllRows()).toEqual(before);
    expect(await prepareSetupToken()).toBeNull();
    expect(await isSetupTokenValid(token)).toBe(false);
    expect(await db.user.count({ where: { role: "ADMIN" } })).toBe(1);
  });
});
