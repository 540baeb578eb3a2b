import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import {
  addPartnerContactAction,
  createPartnerAction,
  mergePartnersAction,
  removePartnerContactAction,
  setPartnerArchivedAction,
  updatePartnerAction,
  updatePartnerContactAction,
} from "@/lib/partners/actions";
import { listPartners } from "@/lib/partners/queries";
import { staffPartnerFilterSchema } from "@/lib/partners/schemas";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { countAllRows, createUnit, createUser, type TestUser } from "@/tests/helpers/factories";
import { createAgreementWith, createContact, createPartner, partnerFormInput } from "@/tests/helpers/partner-factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

let officer: TestUser;
let coordinator: TestUser;
let student: TestUser;

beforeAll(async () => {
  officer = await createUser({ role: "OFFICER" });
  coordinator = await createUser({ role: "COORDINATOR" });
  student = await createUser({ role: "STUDENT" });
});

beforeEach(() => actAsVisitor());

const filter = (params: Record<string, string>) => staffPartnerFilterSchema.parse(params);

function expectFailure(result: { ok: boolean }, code: string) {
  expect(result.ok).toBe(false);
  expect(result).toMatchObject({ code });
}

describe("staff partner list", () => {
  beforeAll(async () => {
    const rows: Parameters<typeof createPartner>[0][] = [
      { name: "Alpha Institute of Technology", countryCode: "DE", kind: "RESEARCH_INSTITUTE", status: "ACTIVE", areas: ["joint-research"], city: "Munich" },
      { name: "Bravo State University", countryCode: "US", kind: "UNIVERSITY", status: "PROSPECT", areas: ["student-exchange"], city: "Austin" },
      { name: "Charlie Polytechnic", countryCode: "FR", kind: "UNIVERSITY", status: "INACTIVE", areas: ["student-exchange", "double-degree"] },
      { name: "Delta Foundation", countryCode: "JP", kind: "FOUNDATION", status: "ACTIVE", areas: ["scholarships"] },
      { name: "Echo Heidelberg Academy", countryCode: "DE", kind: "UNIVERSITY", status: "ACTIVE", areas: ["student-exchange"], city: "Heidelberg" },
      { name: "Foxtrot Archived College", countryCode: "DE", kind: "UNIVERSITY", status: "ACTIVE", archivedAt: new Date() },
    ];
    for (const row of rows) await createPartner(row);
    // Padding so the list spans several pages.
    for (let i = 0; i < 27; i++) await createPartner({ name: `Zulu Filler ${String(i).padStart(2, "0")}`, countryCode: "IT", kind: "COMPANY", status: "PROSPECT" });
  });

  it("filters by kind, country, region, status and cooperation area on the server", async () => {
    const names = async (params: Record<string, string>) => (await listPartners(officer, filter(params))).rows.map((row) => row.name);
    expect(await names({ kind: "FOUNDATION" })).toEqual(["Delta Foundation"]);
    expect(await names({ country: "de" })).toEqual(["Alpha Institute of Technology", "Echo Heidelberg Academy"]);
    expect(await names({ region: "NORTH_AMERICA" })).toEqual(["Bravo State University"]);
    expect(await names({ region: "EAST_ASIA" })).toEqual(["Delta Foundation"]);
    expect(await names({ status: "INACTIVE" })).toEqual(["Charlie Polytechnic"]);
    expect(await names({ area: "double-degree" })).toEqual(["Charlie Polytechnic"]);
    expect(await names({ area: "student-exchange", country: "DE" })).toEqual(["Echo Heidelberg Academy"]);
  });

  it("searches names, cities and descriptions, forgiving misspellings, and hides archived partners unless asked", async () => {
    const names = async (params: Record<string, string>) => (await listPartners(officer, filter(params))).rows.map((row) => row.name);
    expect(await names({ q: "munich" })).toEqual(["Alpha Institute of Technology"]);
    expect(await names({ q: "polytech" })).toEqual(["Charlie Polytechnic"]);
    expect(await names({ q: "Hedelberg" })).toEqual(["Echo Heidelberg Academy"]);
    expect(await names({ q: "Foxtrot" })).toEqual([]);
    expect(await names({ q: "Foxtrot", archived: "archived" })).toEqual(["Foxtrot Archived College"]);
    expect(await names({ q: "Foxtrot", archived: "all" })).toEqual(["Foxtrot Archived College"]);
  });

  it("sorts and pages on the server, with the total of every page", async () => {
    const first = await listPartners(officer, filter({ sort: "name", dir: "asc" }));
    expect(first.total).toBe(32);
    expect(first.rows).toHaveLength(25);
    expect(first.rows[0]!.name).toBe("Alpha Institute of Technology");
    const second = await listPartners(officer, filter({ sort: "name", dir: "asc", page: "2" }));
    expect(second.rows.map((row) => row.name)).toEqual(Array.from({ length: 7 }, (_, i) => `Zulu Filler ${String(20 + i).padStart(2, "0")}`));
    expect(second.total).toBe(32);
    const beyond = await listPartners(officer, filter({ page: "9" }));
    expect(beyond.rows).toEqual([]);
    expect(beyond.total).toBe(32);
    const descending = await listPartners(officer, filter({ sort: "name", dir: "desc", country: "DE" }));
    expect(descending.rows.map((row) => row.name)).toEqual(["Echo Heidelberg Academy", "Alpha Institute of Technology"]);
    const byCountry = await listPartners(officer, filter({ sort: "country", dir: "desc", kind: "UNIVERSITY" }));
    expect(byCountry.rows.map((row) => row.countryCode)).toEqual(["US", "FR", "DE"]);
  });

  it("counts each partner's agreements", async () => {
    const partner = await createPartner({ name: "Golf Counting University", countryCode: "NO" });
    await createAgreementWith([partner.id]);
    await createAgreementWith([partner.id], { status: "DRAFT" });
    const page = await listPartners(officer, filter({ country: "NO" }));
    expect(page.rows).toMatchObject([{ name: "Golf Counting University", agreementCount: 2 }]);
    await db.agreement.deleteMany({ where: { partners: { some: { partnerId: partner.id } } } });
    await db.partner.delete({ where: { id: partner.id } });
  });

  it("refuses the list to students and visitors", async () => {
    await expect(listPartners(student, filter({}))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(listPartners(null, filter({}))).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(listPartners(coordinator, filter({}))).resolves.toMatchObject({ total: expect.any(Number) });
  });
});

describe("creating and editing partners", () => {
  it("creates a partner with normalised identifiers, an audit entry and a unique slug", async () => {
    actAs(officer);
    const input = partnerFormInput({ name: "Université Lumière Lyon 2", erasmusCode: "f lyon02", schacCode: "Univ-Lyon2.FR", pic: "999 888 777" });
    const result = await createPartnerAction(input);
    expect(result).toMatchObject({ ok: true, data: { status: "created", slug: "universite-lumiere-lyon-2" } });
    const partner = await db.partner.findFirstOrThrow({ where: { name: "Université Lumière Lyon 2" } });
    expect(partner).toMatchObject({ erasmusCode: "F  LYON02", schacCode: "univ-lyon2.fr", pic: "999888777", website: "https://www.example.edu", isPublic: true });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "Partner", entityId: partner.id, action: "partner.create" } });
    expect(audit.actorId).toBe(officer.id);

    const again = await createPartnerAction({ ...input, erasmusCode: "", schacCode: "", pic: "", acknowledgeSimilar: "on" });
    expect(again).toMatchObject({ ok: true, data: { status: "created", slug: "universite-lumiere-lyon-2-2" } });
  });

  it("validates identifier formats next to their fields", async () => {
    actAs(officer);
    const result = await createPartnerAction(partnerFormInput({ erasmusCode: "BERLIN", schacCode: "not a domain", pic: "12345678", countryCode: "XX" }));
    expectFailure(result, "VALIDATION");
    expect(result.ok === false && result.fieldErrors).toEqual({
      erasmusCode: ["partners.validation.erasmusCode"],
      schacCode: ["partners.validation.schacCode"],
      pic: ["partners.validation.pic"],
      countryCode: ["partners.validation.country"],
    });
  });

  it("refuses an identifier another partner already has, however it is typed", async () => {
    actAs(officer);
    await createPartner({ name: "Holder University", erasmusCode: "D  BERLIN01", schacCode: "holder.de", pic: "123456789" });
    const before = await countAllRows();
    const result = await createPartnerAction(
      partnerFormInput({ name: "Newcomer College", erasmusCode: "d berlin01", schacCode: "HOLDER.DE", pic: "123 456 789", acknowledgeSimilar: "on" }),
    );
    expectFailure(result, "VALIDATION");
    expect(result.ok === false && result.fieldErrors).toEqual({
      erasmusCode: ["partners.validation.erasmusCodeTaken"],
      schacCode: ["partners.validation.schacCodeTaken"],
      pic: ["partners.validation.picTaken"],
    });
    expect(await countAllRows()).toEqual(before);
  });

  it("warns about a similar name in the same country, links to it, and creates only when acknowledged", async () => {
    actAs(officer);
    const existing = await createPartner({ name: "Ruprecht Karl University of Heidelberg", countryCode: "DE", slug: "ruprecht-karl-heidelberg" });
    const typo = partnerFormInput({ name: "Ruprecht Karl Universty of Heidelberg", countryCode: "DE" });
    const warned = await createPartnerAction(typo);
    expect(warned).toMatchObject({ ok: true, data: { status: "similar" } });
    // The closest first, with what the form needs to link to it.
    expect(warned.ok && warned.data.status === "similar" && warned.data.similar[0]).toMatchObject({ id: existing.id, name: existing.name, archived: false });
    expect(await db.partner.count({ where: { name: typo.name } })).toBe(0);

    // Sharing only the generic words of institution names is no likeness.
    const unrelated = await createPartnerAction(partnerFormInput({ name: "Fjord Coast University", countryCode: "DE" }));
    expect(unrelated).toMatchObject({ ok: true, data: { status: "created" } });

    const elsewhere = await createPartnerAction({ ...typo, countryCode: "AT" });
    expect(elsewhere).toMatchObject({ ok: true, data: { status: "created" } });

    const acknowledged = await createPartnerAction({ ...typo, acknowledgeSimilar: "on" });
    expect(acknowledged).toMatchObject({ ok: true, data: { status: "created" } });
  });

  it("refuses a save based on an outdated version and keeps the newer data", async () => {
    actAs(officer);
    const partner = await createPartner({ name: "Concurrency University", countryCode: "SE" });
    const base = { ...partnerFormInput({ name: "Concurrency University", countryCode: "SE" }), id: partner.id, version: partner.version };
    const first = await updatePartnerAction({ ...base, city: "Uppsala" });
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    const second = await updatePartnerAction({ ...base, city: "Lund" });
    expectFailure(second, "CONFLICT");
    expect(second).toMatchObject({ formError: "common.form.errors.stale" });
    expect(await db.partner.findUniqueOrThrow({ where: { id: partner.id } })).toMatchObject({ city: "Uppsala", version: 2 });
    const audits = await db.auditLog.findMany({ where: { entityId: partner.id, action: "partner.update" } });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.before).toMatchObject({ city: null });
    expect(audits[0]!.after).toMatchObject({ city: "Uppsala" });
    // The snapshot holds the editable fields, not the ids.
    expect(Object.keys(audits[0]!.after as object)).not.toEqual(expect.arrayContaining(["id"]));
    expect(Object.keys(audits[0]!.after as object)).not.toEqual(expect.arrayContaining(["slug"]));
  });

  it("archives and restores a partner, with the version check", async () => {
    actAs(officer);
    const partner = await createPartner({ name: "Archivable University" });
    expect(await setPartnerArchivedAction({ id: partner.id, version: 1, archived: "on" })).toMatchObject({ ok: true, data: { archived: true, version: 2 } });
    expectFailure(await setPartnerArchivedAction({ id: partner.id, version: 1, archived: "" }), "CONFLICT");
    expect(await setPartnerArchivedAction({ id: partner.id, version: 2, archived: "" })).toMatchObject({ ok: true, data: { archived: false } });
    const actions = (await db.auditLog.findMany({ where: { entityId: partner.id }, orderBy: { id: "asc" } })).map((row) => row.action);
    expect(actions).toEqual(["partner.archive", "partner.unarchive"]);
  });

  it("adds, edits and removes contacts, public or internal, each audited", async () => {
    actAs(officer);
    const partner = await createPartner();
    const added = await addPartnerContactAction({ partnerId: partner.id, name: "Ada Lovelace", position: "Erasmus coordinator", email: "ADA@Example.org", phone: "+49 30 1234", isPublic: "" });
    expect(added).toMatchObject({ ok: true, data: { email: "ada@example.org", isPublic: false } });
    const id = added.ok ? added.data.id : "";
    const bad = await updatePartnerContactAction({ id, name: "", email: "nope", phone: "call me", position: "", isPublic: "on" });
    expectFailure(bad, "VALIDATION");
    expect(bad.ok === false && Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["email", "name", "phone"]);
    expect(await updatePartnerContactAction({ id, name: "Ada King", email: "", phone: "", position: "", isPublic: "on" })).toMatchObject({
      ok: true,
      data: { name: "Ada King", email: null, isPublic: true },
    });
    expect(await removePartnerContactAction({ id })).toMatchObject({ ok: true });
    expect(await db.partnerContact.count({ where: { partnerId: partner.id } })).toBe(0);
    const actions = (await db.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } })).map((row) => row.action);
    expect(actions).toEqual(["partner.contact.add", "partner.contact.update", "partner.contact.remove"]);
  });
});

describe("merging partners", () => {
  it("moves agreements, contacts, opportunities, mobility records, project memberships and visits in one audited transaction", async () => {
    actAs(officer);
    const unit = await createUnit();
    const keep = await createPartner({ name: "Kept University", areas: ["student-exchange"], internalNotes: "Main record." });
    const absorb = await createPartner({ name: "Kept Univ. (duplicate)", pic: "555444333", city: "Bergen", areas: ["joint-research"], internalNotes: "Old contact list." });
    const onlyAbsorbed = await createAgreementWith([absorb.id], { unitId: unit.id });
    const shared = await createAgreementWith([keep.id, absorb.id], { unitId: unit.id });
    await createContact(absorb.id, { name: "Moved Contact" });
    const program = await db.mobilityProgram.create({ data: { code: `P-${absorb.id.slice(0, 6)}`, name: "Test program" } });
    const opportunity = await db.opportunity.create({
      data: { title: "Exchange", programId: program.id, partnerId: absorb.id, audience: ["BACHELOR"], places: 2, academicYear: 2026, academicPeriod: "Fall", opensAt: new Date("2026-01-01"), closesAt: new Date("2026-02-01") },
    });
    const mobility = await db.mobilityRecord.create({
      data: { direction: "OUTGOING", participantType: "STUDENT", mobilityType: "STUDENT_STUDY", personName: "Sam", partnerId: absorb.id, academicYear: 2025, startDate: new Date("2025-09-01"), endDate: new Date("2026-01-31") },
    });
    const project = await db.project.create({
      data: { slug: `p-${absorb.id.slice(0, 8)}`, title: "Project", fundingProgram: "Erasmus+", coordinatorInstitution: "X", ourRole: "PARTNER", startDate: new Date("2024-01-01"), endDate: new Date("2026-12-31") },
    });
    await db.projectPartner.createMany({ data: [{ projectId: project.id, partnerId: absorb.id, name: absorb.name }, { projectId: project.id, partnerId: keep.id, name: keep.name }] });
    const otherProject = await db.project.create({
      data: { slug: `q-${absorb.id.slice(0, 8)}`, title: "Other", fundingProgram: "Horizon", coordinatorInstitution: "Y", ourRole: "PARTNER", startDate: new Date("2024-01-01"), endDate: new Date("2026-12-31") },
    });
    await db.projectPartner.create({ data: { projectId: otherProject.id, partnerId: absorb.id, name: absorb.name } });
    const visit = await db.visit.create({ data: { title: "Delegation", direction: "INCOMING", purpose: "Delegation", partnerId: absorb.id, startDate: new Date(), endDate: new Date() } });

    const result = await mergePartnersAction({ keepId: keep.id, keepVersion: 1, absorbId: absorb.id, absorbVersion: 1 });
    expect(result).toMatchObject({
      ok: true,
      data: { keepId: keep.id, moved: { agreements: 1, contacts: 1, opportunities: 1, mobilities: 1, projects: 1, visits: 1 } },
    });

    expect(await db.partner.findUnique({ where: { id: absorb.id } })).toBeNull();
    const links = await db.agreementPartner.findMany({ where: { agreementId: { in: [onlyAbsorbed.id, shared.id] } }, orderBy: { agreementId: "asc" } });
    expect(links.map((link) => link.partnerId)).toEqual([keep.id, keep.id]);
    expect(links).toHaveLength(2);
    expect(await db.partnerContact.findFirstOrThrow({ where: { name: "Moved Contact" } })).toMatchObject({ partnerId: keep.id });
    expect(await db.opportunity.findUniqueOrThrow({ where: { id: opportunity.id } })).toMatchObject({ partnerId: keep.id });
    expect(await db.mobilityRecord.findUniqueOrThrow({ where: { id: mobility.id } })).toMatchObject({ partnerId: keep.id });
    expect(await db.projectPartner.count({ where: { projectId: project.id } })).toBe(1);
    expect(await db.projectPartner.findFirstOrThrow({ where: { projectId: otherProject.id } })).toMatchObject({ partnerId: keep.id });
    expect(await db.visit.findUniqueOrThrow({ where: { id: visit.id } })).toMatchObject({ partnerId: keep.id });
    const kept = await db.partner.findUniqueOrThrow({ where: { id: keep.id } });
    // Fields the kept partner left blank are filled from the duplicate; its own values stay.
    expect(kept).toMatchObject({ pic: "555444333", city: "Bergen", name: "Kept University", version: 2 });
    expect(kept.areas.sort()).toEqual(["joint-research", "student-exchange"]);
    expect(kept.internalNotes).toContain("Old contact list.");
    const audit = await db.auditLog.findMany({ where: { entityId: { in: [keep.id, absorb.id] } }, orderBy: { id: "asc" } });
    expect(audit.map((row) => [row.action, row.entityId])).toEqual([
      ["partner.merge", keep.id],
      ["partner.delete", absorb.id],
    ]);
  });

  it("refuses to merge a partner into itself or from an outdated version, changing nothing", async () => {
    actAs(officer);
    const keep = await createPartner();
    const absorb = await createPartner();
    await createAgreementWith([absorb.id]);
    const before = await countAllRows();
    expectFailure(await mergePartnersAction({ keepId: keep.id, keepVersion: 1, absorbId: keep.id, absorbVersion: 1 }), "VALIDATION");
    expectFailure(await mergePartnersAction({ keepId: keep.id, keepVersion: 1, absorbId: absorb.id, absorbVersion: 7 }), "CONFLICT");
    expect(await countAllRows()).toEqual(before);
  });
});

describe("who may change partners", () => {
  it("refuses every partner write to coordinators and students, writing nothing", async () => {
    const partner = await createPartner();
    const contact = await createContact(partner.id);
    const other = await createPartner();
    const calls = [
      () => createPartnerAction(partnerFormInput()),
      () => updatePartnerAction({ ...partnerFormInput(), id: partner.id, version: 1 }),
      () => setPartnerArchivedAction({ id: partner.id, version: 1, archived: "on" }),
      () => addPartnerContactAction({ partnerId: partner.id, name: "X", position: "", email: "", phone: "", isPublic: "on" }),
      () => updatePartnerContactAction({ id: contact.id, name: "X", position: "", email: "", phone: "", isPublic: "on" }),
      () => removePartnerContactAction({ id: contact.id }),
      () => mergePartnersAction({ keepId: partner.id, keepVersion: 1, absorbId: other.id, absorbVersion: 1 }),
    ];
    for (const user of [coordinator, student]) {
      actAs(user);
      const before = await countAllRows();
      for (const call of calls) expectFailure(await call(), "FORBIDDEN");
      expect(await countAllRows()).toEqual(before);
    }
  });
});

describe("a partner's description in three languages", () => {
  const AZ = "Tələbə və müəllim mübadiləsi.";
  const RU = "Обмен студентами и преподавателями.";

  it("stores the other languages beside the default one, audits them, and refuses a translation that is too long", async () => {
    actAs(officer);
    // The default language (English in the demo) lives in the plain column: its tab's key is dropped.
    const input = partnerFormInput({
      name: "Lingua Franca University",
      translations: { en: { description: "dropped" }, az: { description: ` ${AZ} ` }, ru: { description: RU } },
    });
    const created = await createPartnerAction(input);
    expect(created).toMatchObject({ ok: true, data: { status: "created" } });
    const partner = await db.partner.findFirstOrThrow({ where: { name: "Lingua Franca University" } });
    expect(partner).toMatchObject({ description: "Student and staff exchange.", translations: { az: { description: AZ }, ru: { description: RU } } });
    const creation = await db.auditLog.findFirstOrThrow({ where: { entityId: partner.id, action: "partner.create" } });
    expect(creation.after).toMatchObject({ translations: { az: { description: AZ }, ru: { description: RU } } });

    const edit = { ...input, id: partner.id, version: partner.version, translations: { az: { description: "" }, ru: { description: "Обмен студентами." } } };
    expect(await updatePartnerAction(edit)).toMatchObject({ ok: true, data: { version: 2 } });
    expect((await db.partner.findUniqueOrThrow({ where: { id: partner.id } })).translations).toEqual({ ru: { description: "Обмен студентами." } });
    const update = await db.auditLog.findFirstOrThrow({ where: { entityId: partner.id, action: "partner.update" } });
    expect(update.before).toMatchObject({ translations: { az: { description: AZ }, ru: { description: RU } } });
    expect(update.after).toMatchObject({ translations: { ru: { description: "Обмен студентами." } } });

    const before = await countAllRows();
    const tooLong = await updatePartnerAction({ ...edit, version: 2, translations: { az: { description: "ə".repeat(5001) } } });
    expectFailure(tooLong, "VALIDATION");
    expect(tooLong.ok === false && tooLong.fieldErrors).toEqual({ "translations.az.description": ["common.form.errors.tooLong|max=5000"] });
    // As a hand-made POST could send them: the name is the official one in every language (it has
    // no translation), and a language the portal does not speak is refused.
    expectFailure(await updatePartnerAction({ ...edit, version: 2, translations: { az: { name: "Linqva Franka Universiteti" } } as never }), "VALIDATION");
    expectFailure(await updatePartnerAction({ ...edit, version: 2, translations: { de: { description: "Austausch." } } as never }), "VALIDATION");
    expect(await countAllRows()).toEqual(before);
  });

  it("finds partners in the staff list by a description word in any language and by a country named in any language", async () => {
    await createPartner({ name: "Tbilisi Exchange Academy", countryCode: "GE", translations: { az: { description: AZ }, ru: { description: RU } } });
    const names = async (q: string) => (await listPartners(officer, filter({ q }))).rows.map((row) => row.name);
    expect(await names("müəllim")).toEqual(expect.arrayContaining(["Tbilisi Exchange Academy"]));
    expect(await names("преподавателями")).toEqual(["Tbilisi Exchange Academy"]);
    for (const country of ["Georgia", "Gürcüstan", "Грузия"]) expect(await names(country), country).toEqual(["Tbilisi Exchange Academy"]);
  });

  it("takes over the absorbed partner's description with its translations when merging into a partner without one", async () => {
    actAs(officer);
    const keep = await createPartner({ name: "Merge Keeper University", countryCode: "PT", description: "" });
    const absorb = await createPartner({ name: "Merge Keeper Univ.", countryCode: "PT", description: "Exchange.", translations: { ru: { description: "Обмен." } } });
    expect(await mergePartnersAction({ keepId: keep.id, keepVersion: 1, absorbId: absorb.id, absorbVersion: 1 })).toMatchObject({ ok: true });
    expect(await db.partner.findUniqueOrThrow({ where: { id: keep.id } })).toMatchObject({ description: "Exchange.", translations: { ru: { description: "Обмен." } } });

    // A kept description keeps its own translations, never mixed with another text's.
    const described = await createPartner({ name: "Merge Speaker University", countryCode: "PT", description: "Own text.", translations: { az: { description: "Öz mətni." } } });
    const other = await createPartner({ name: "Merge Speaker Univ.", countryCode: "PT", description: "Other text.", translations: { ru: { description: "Другой текст." } } });
    expect(await mergePartnersAction({ keepId: described.id, keepVersion: 1, absorbId: other.id, absorbVersion: 1 })).toMatchObject({ ok: true });
    expect(await db.partner.findUniqueOrThrow({ where: { id: described.id } })).toMatchObject({ description: "Own text.", translations: { az: { description: "Öz mətni." } } });
  });
});
