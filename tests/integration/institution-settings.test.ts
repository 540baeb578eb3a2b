import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { getOfficeContacts } from "@/lib/institution/contacts";
import { getInstitutionDetails } from "@/lib/institution/details";
import { loadUploadedLogo, readCurrentLogo } from "@/lib/institution/logo";
import {
  removeInstitutionLogoAction,
  saveOfficeContactsAction,
  setInstitutionLogoAction,
  updateInstitutionDetailsAction,
} from "@/lib/institution/settings-actions";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { countAllRows, createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * Issue 14, item 2: what an admin sets on /dashboard/admin/settings besides the public texts — the
 * institution's details (the default language only while no other content exists, decision 010),
 * the office contacts as a list, and the logo of the header and letterhead.
 */

const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

let admin: TestUser;
let officer: TestUser;

beforeAll(async () => {
  await ensureInstitution("khazar.org");
  admin = await createUser({ role: "ADMIN" });
  officer = await createUser({ role: "OFFICER" });
});

beforeEach(() => actAsVisitor());

async function updatedAt(): Promise<string> {
  return (await db.institution.findUniqueOrThrow({ where: { id: 1 }, select: { updatedAt: true } })).updatedAt.toISOString();
}

type DetailsArgument = Exclude<Parameters<typeof updateInstitutionDetailsAction>[0], FormData>;

/** Valid details as the form sends them; `overrides` may be anything a caller could send. */
async function detailsInput(overrides: Record<string, unknown> = {}): Promise<DetailsArgument> {
  return {
    countryCode: "DE",
    timeZone: "Europe/Berlin",
    defaultLanguage: "en",
    currency: "eur",
    erasmusCode: "d berlin01",
    website: "www.uni-berlin.example",
    email: "Office@Khazar.org",
    phone: "+49 30 1234 567",
    officeHeadName: "Dr. Leyla Hasanova",
    emailDomains: "khazar.org, student.khazar.org",
    visitDataRetentionDays: "120",
    updatedAt: await updatedAt(),
    ...overrides,
  } as DetailsArgument;
}

function contact(name: string, position: string, extra: Record<string, unknown> = {}) {
  return { id: "", name, position, email: "", phone: "", translations: {}, ...extra };
}

describe("institution details", () => {
  it("saves the time zone, currency, identifiers, contacts of the office, domains and retention, audited", async () => {
    actAs(admin);
    const result = await updateInstitutionDetailsAction(await detailsInput());
    expect(result).toMatchObject({ ok: true });
    expect(await db.institution.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      countryCode: "DE",
      timeZone: "Europe/Berlin",
      currency: "EUR",
      erasmusCode: "D  BERLIN01",
      website: "https://www.uni-berlin.example",
      email: "office@khazar.org",
      phone: "+49 30 1234 567",
      officeHeadName: "Dr. Leyla Hasanova",
      emailDomain: "khazar.org,student.khazar.org",
      visitDataRetentionDays: 120,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "Institution", action: "institution.update" }, orderBy: { id: "desc" } });
    expect(audit.after).toMatchObject({ timeZone: "Europe/Berlin", currency: "EUR" });
    expect((await getInstitutionDetails(admin))?.values).toMatchObject({ countryCode: "DE", emailDomains: "khazar.org, student.khazar.org", visitDataRetentionDays: "120" });
  });

  it("answers a wrong zone, currency, code or retention next to the field, and refuses a stale save", async () => {
    actAs(admin);
    const before = await countAllRows();
    const invalid = await updateInstitutionDetailsAction(
      await detailsInput({ countryCode: "XX", timeZone: "Asia/Atlantis", currency: "XYZ1", erasmusCode: "BERLIN", visitDataRetentionDays: "0", emailDomains: "not a domain" }),
    );
    expect(invalid).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        countryCode: ["common.form.errors.invalidOption"],
        timeZone: ["admin.settings.validation.timeZone"],
        currency: ["admin.settings.validation.currency"],
        erasmusCode: ["admin.settings.validation.erasmusCode"],
        visitDataRetentionDays: ["common.form.errors.tooSmall|min=1"],
        emailDomains: ["admin.settings.validation.emailDomains"],
      },
    });
    const stale = await updateInstitutionDetailsAction(await detailsInput({ updatedAt: new Date(0).toISOString(), timeZone: "Asia/Tokyo" }));
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT", formError: "common.form.errors.stale" });
    expect(await countAllRows()).toEqual(before);
    expect((await db.institution.findUniqueOrThrow({ where: { id: 1 } })).timeZone).toBe("Europe/Berlin");
  });

  it("is for admins only: an officer and a visitor are refused and nothing changes", async () => {
    const before = await countAllRows();
    for (const [who, code] of [[officer, "FORBIDDEN"], [null, "UNAUTHENTICATED"]] as const) {
      actAs(who);
      expect(await updateInstitutionDetailsAction(await detailsInput({ timeZone: "Asia/Tokyo" }))).toMatchObject({ ok: false, code });
      expect(await saveOfficeContactsAction({ contacts: [contact("Someone", "Officer")], updatedAt: await updatedAt() })).toMatchObject({ ok: false, code });
      expect(await removeInstitutionLogoAction({})).toMatchObject({ ok: false, code });
    }
    expect(await countAllRows()).toEqual(before);
  });
});

describe("office contacts", () => {
  it("adds, reorders and removes contacts with their positions in each language, audited; a stale list is refused", async () => {
    actAs(admin);
    const added = await saveOfficeContactsAction({
      contacts: [
        contact("Leyla Hasanova", "Director", { email: "l.hasanova@khazar.org", translations: { az: { position: "Direktor" }, ru: { position: "Директор" } } }),
        contact("Rashad Aliyev", "Exchange coordinator", { phone: "+994 12 421 79 16" }),
        contact("Nigar Mammadova", "Projects officer"),
      ],
      updatedAt: await updatedAt(),
    });
    expect(added).toMatchObject({ ok: true });
    const stored = (await getOfficeContacts(admin))!.values.contacts!;
    expect(stored.map((row) => row.name)).toEqual(["Leyla Hasanova", "Rashad Aliyev", "Nigar Mammadova"]);
    expect(stored[0]).toMatchObject({ email: "l.hasanova@khazar.org", translations: { az: { position: "Direktor" }, ru: { position: "Директор" } } });

    // Nigar moves to the top, Rashad goes.
    const [leyla, , nigar] = stored;
    const saved = await saveOfficeContactsAction({ contacts: [nigar!, leyla!], updatedAt: await updatedAt() });
    expect(saved).toMatchObject({ ok: true });
    const rows = await db.officeContact.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, name: true, sortOrder: true } });
    expect(rows).toEqual([
      { id: nigar!.id, name: "Nigar Mammadova", sortOrder: 0 },
      { id: leyla!.id, name: "Leyla Hasanova", sortOrder: 1 },
    ]);

    const before = await countAllRows();
    const stale = await saveOfficeContactsAction({ contacts: [], updatedAt: new Date(0).toISOString() });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const unknown = await saveOfficeContactsAction({ contacts: [contact("Ghost", "Nobody", { id: "00000000-0000-4000-8000-000000000000" })], updatedAt: await updatedAt() });
    expect(unknown).toMatchObject({ ok: false, code: "CONFLICT" });
    const blank = await saveOfficeContactsAction({ contacts: [contact("", "")], updatedAt: await updatedAt() });
    expect(blank).toMatchObject({ ok: false, fieldErrors: { "contacts.0.name": ["common.form.errors.required"], "contacts.0.position": ["common.form.errors.required"] } });
    expect(await countAllRows()).toEqual(before);

    const audits = await db.auditLog.findMany({ where: { action: "institution.update-contacts" }, orderBy: { id: "asc" } });
    expect(audits).toHaveLength(2);
    expect(audits[1]!.after).toMatchObject({ contacts: [{ name: "Nigar Mammadova" }, { name: "Leyla Hasanova" }] });
  });
});

describe("the default language", () => {
  it("moves the institution's own texts while no other content exists, once they exist in the new language", async () => {
    actAs(admin);
    expect((await getInstitutionDetails(admin))?.languageChangeable).toBe(true);
    const missing = await updateInstitutionDetailsAction(await detailsInput({ defaultLanguage: "az" }));
    expect(missing).toMatchObject({ ok: false, fieldErrors: { defaultLanguage: ["admin.settings.details.languageTextsMissing"] } });

    await db.institution.update({ where: { id: 1 }, data: { translations: { az: { name: "Test Universiteti", shortName: "TU" } } } });
    await db.officeContact.updateMany({ data: { translations: { az: { position: "Vəzifə" } } } });
    const moved = await updateInstitutionDetailsAction(await detailsInput({ defaultLanguage: "az" }));
    expect(moved).toMatchObject({ ok: true });
    expect(await db.institution.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      defaultLanguage: "az",
      name: "Test Universiteti",
      shortName: "TU",
      translations: { en: { name: "Test University", shortName: "TU", address: "1 Test Street" } },
    });
    const leyla = await db.officeContact.findFirstOrThrow({ where: { name: "Leyla Hasanova" } });
    expect(leyla).toMatchObject({ position: "Vəzifə", translations: { en: { position: "Director" } } });
  });

  it("is shown, not offered, once other records hold texts, and a change is refused", async () => {
    await createUnit({ code: "SEAS", name: "Mühəndislik Məktəbi" });
    actAs(admin);
    expect((await getInstitutionDetails(admin))?.languageChangeable).toBe(false);
    const before = await countAllRows();
    const refused = await updateInstitutionDetailsAction(await detailsInput({ defaultLanguage: "en" }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { defaultLanguage: ["admin.settings.details.languageLocked"] } });
    expect(await countAllRows()).toEqual(before);
    expect((await db.institution.findUniqueOrThrow({ where: { id: 1 } })).defaultLanguage).toBe("az");
  });
});

describe("the logo", () => {
  it("is replaced by an admin's upload, served only while current, drawn on letters, and removable", async () => {
    actAs(admin);
    const form = new FormData();
    form.set("logo", new File([PNG], "logo.png", { type: "image/png" }));
    const first = await setInstitutionLogoAction(form);
    expect(first).toMatchObject({ ok: true, data: { logoPath: expect.stringMatching(/^\/api\/institution\/logo\/[0-9a-f-]{36}$/) } });
    const firstId = first.ok ? first.data.logoPath.split("/").pop()! : "";
    expect(await readCurrentLogo(firstId)).toMatchObject({ mimeType: "image/png" });

    const svg = new FormData();
    svg.set("logo", new File(['<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4"/></svg>'], "logo.svg"));
    const second = await setInstitutionLogoAction(svg);
    expect(second).toMatchObject({ ok: true });
    const logoPath = second.ok ? second.data.logoPath : "";
    expect(await readCurrentLogo(firstId)).toBeNull();
    expect(await loadUploadedLogo(logoPath)).toMatchObject({ kind: "svg", markup: expect.stringContaining("<rect") });
    expect(await loadUploadedLogo("/logo.svg")).toBeNull();

    const actions = await db.auditLog.findMany({ where: { action: { in: ["institution.set-logo", "institution.remove-logo"] } }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((row) => row.action)).toEqual(["institution.set-logo", "institution.set-logo"]);

    expect(await removeInstitutionLogoAction({})).toMatchObject({ ok: true });
    expect((await db.institution.findUniqueOrThrow({ where: { id: 1 } })).logoPath).toBeNull();
  });

  it("refuses a file that is not a PNG, JPEG or plain SVG, next to the logo field", async () => {
    actAs(admin);
    const before = await countAllRows();
    for (const file of [
      new File(["GIF89a fake"], "logo.gif"),
      new File(['<svg xmlns="http://www.w3.org/2000/svg"><image href="https://evil.example/x.png"/></svg>'], "logo.svg"),
      new File(['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'], "logo.svg"),
    ]) {
      const form = new FormData();
      form.set("logo", file);
      expect(await setInstitutionLogoAction(form)).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { logo: ["admin.settings.logo.notImage"] } });
    }
    const large = new FormData();
    large.set("logo", new File([new Uint8Array(600 * 1024)], "logo.png"));
    expect(await setInstitutionLogoAction(large)).toMatchObject({ ok: false, fieldErrors: { logo: ["admin.settings.logo.tooLarge|maxKb=512"] } });
    expect(await countAllRows()).toEqual(before);
  });
});
