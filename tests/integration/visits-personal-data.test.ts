import ExcelJS from "exceljs";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as exportVisits } from "@/app/(dashboard)/dashboard/visits/export/route";
import { db } from "@/lib/db/client";
import { addParticipantAction, createVisitAction, erasePersonalDataAction, removeParticipantAction, transitionVisitAction, updateParticipantAction } from "@/lib/visits/actions";
import { getVisitPageData } from "@/lib/visits/page-data";
import { MASK } from "@/lib/visits/personal-data";
import { getVisitForStaff } from "@/lib/visits/queries";
import { EMPTY_PARTICIPANT_FORM, EMPTY_VISIT_FORM, emptyParticipantForm, type ParticipantFieldsInput } from "@/lib/visits/schemas";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { countAllRows, createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * Guests' personal data (issue 11): passport number and expiry, date of birth, nationality and phone
 * are for the office only. A coordinator's query results, page data and exports never hold them,
 * the audit log masks them, and the office erases them once the visit is over.
 */

const PASSPORT = "P7734219";
const BIRTH_DATE = "1971-03-09";
const PHONE = "+43 316 380 1234";

function day(offset: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + offset);
  return date.toISOString().slice(0, 10);
}

let officer: TestUser;
let coordinator: TestUser;
let unitId: string;

beforeAll(async () => {
  await ensureInstitution();
  unitId = (await createUnit()).id;
  officer = await createUser({ role: "OFFICER" });
  coordinator = await createUser({ role: "COORDINATOR", unitId });
});

beforeEach(() => actAsVisitor());

function guest(overrides: Partial<ParticipantFieldsInput> = {}): ParticipantFieldsInput {
  return {
    ...EMPTY_PARTICIPANT_FORM,
    name: "Katharina Huber",
    position: "Professor of Sociology",
    organization: "University of Graz",
    email: "katharina.huber@uni-graz.example.at",
    phone: PHONE,
    nationalityCode: "AT",
    passportNumber: PASSPORT,
    passportExpiresOn: day(2000),
    birthDate: BIRTH_DATE,
    arrivalAt: `${day(30)}T08:15`,
    departureAt: `${day(33)}T18:40`,
    visaStatus: "REQUIRED",
    ...overrides,
  };
}

/** A visit of the coordinator's unit with one guest whose personal data the officer recorded. */
async function visitWithGuest(startOffset = 30, endOffset = 33): Promise<{ visitId: string; participantId: string }> {
  actAs(officer);
  const visit = await createVisitAction({
    ...EMPTY_VISIT_FORM,
    title: "University of Graz delegation",
    direction: "INCOMING",
    kind: "DELEGATION",
    purpose: "PROMIG training",
    organizationName: "University of Graz",
    hostUnitId: unitId,
    startDate: day(startOffset),
    endDate: day(endOffset),
  });
  if (!visit.ok) throw new Error(JSON.stringify(visit));
  const added = await addParticipantAction({ ...guest({ arrivalAt: `${day(startOffset)}T08:15`, departureAt: `${day(endOffset)}T18:40` }), visitId: visit.data.id });
  if (!added.ok) throw new Error(JSON.stringify(added));
  return { visitId: visit.data.id, participantId: added.data.id };
}

function exportRequest(query: string) {
  return exportVisits(new Request(`http://localhost:3000/dashboard/visits/export?${query}`), undefined);
}

describe("personal data by role", () => {
  it("gives the office every field, and a coordinator none of the personal ones in the query, the page data or the edit forms", async () => {
    const { visitId } = await visitWithGuest();
    const forOffice = await getVisitForStaff(officer, visitId);
    expect(forOffice?.participants[0]?.personal).toEqual({ nationalityCode: "AT", passportNumber: PASSPORT, passportExpiresOn: day(2000), birthDate: BIRTH_DATE, phone: PHONE });

    const forCoordinator = await getVisitForStaff(coordinator, visitId);
    expect(forCoordinator?.withPersonalData).toBe(false);
    expect(forCoordinator?.participants[0]).toMatchObject({ name: "Katharina Huber", visaStatus: "REQUIRED", personal: null });
    const page = await getVisitPageData(coordinator, visitId);
    // Everything the page hands to the browser, as text: no personal value and no personal key.
    const payload = JSON.stringify(page);
    for (const secret of [PASSPORT, BIRTH_DATE, PHONE, "passportNumber", "birthDate", "nationalityCode", "passportExpiresOn"]) expect(payload).not.toContain(secret);
    expect(page?.participants[0]?.values).toEqual(expect.objectContaining({ name: "Katharina Huber" }));
    expect(page?.participants[0]?.values).not.toHaveProperty("passportNumber");
    expect(page?.canErase).toBe(false);
    expect(JSON.stringify(await getVisitPageData(officer, visitId))).toContain(PASSPORT);
  });

  it("lets a coordinator edit the other fields, leaving the personal data as it was, and refuses personal fields from them", async () => {
    const { visitId, participantId } = await visitWithGuest();
    actAs(coordinator);
    const edit = await updateParticipantAction({ ...emptyParticipantForm(false), name: "Katharina Huber", accommodation: "Guest house", accommodationBooked: true, visaStatus: "INVITATION_SENT", id: participantId });
    expect(edit).toMatchObject({ ok: true, data: { warnings: [] } });
    const stored = await db.visitParticipant.findUniqueOrThrow({ where: { id: participantId } });
    expect(stored).toMatchObject({ passportNumber: PASSPORT, phone: PHONE, nationalityCode: "AT", accommodation: "Guest house", visaStatus: "INVITATION_SENT" });
    // A changed visa status without a date is dated today.
    expect(stored.visaUpdatedOn).toBeInstanceOf(Date);

    const before = await countAllRows();
    const sneaky = await updateParticipantAction({ ...emptyParticipantForm(false), name: "Katharina Huber", passportNumber: "X0000000", id: participantId });
    expect(sneaky).toMatchObject({ ok: false, code: "FORBIDDEN", formError: "visits.errors.personalDataForbidden" });
    expect(await addParticipantAction({ ...emptyParticipantForm(false), name: "Stefan Gruber", birthDate: "1980-01-01", visitId })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await countAllRows()).toEqual(before);
  });

  it("exports personal data only when the office asks for it, and never for a coordinator", async () => {
    const { visitId } = await visitWithGuest(300, 301);
    const filter = `from=${day(300)}&to=${day(301)}`;

    actAs(officer);
    const plain = await (await exportRequest(`${filter}&format=csv`)).text();
    expect(plain).toContain("Katharina Huber");
    expect(plain).not.toContain(PASSPORT);
    expect(plain).not.toContain("Passport number");
    const withData = await exportRequest(`${filter}&format=xlsx&personalData=1`);
    expect(withData.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await withData.arrayBuffer()) as unknown as ArrayBuffer);
    const rows = workbook.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows[0]).toContain("Passport number");
    expect(rows[1]).toContain(PASSPORT);

    actAs(coordinator);
    const coordinatorFile = await (await exportRequest(`${filter}&format=csv`)).text();
    expect(coordinatorFile).toContain("Katharina Huber");
    expect(coordinatorFile).not.toContain(PASSPORT);
    expect((await exportRequest(`${filter}&format=csv&personalData=1`)).status).toBe(403);
    actAsVisitor();
    expect((await exportRequest(`${filter}&format=csv`)).status).toBe(401);
    expect(await db.visit.count({ where: { id: visitId } })).toBe(1);
  });

  it("masks personal values in the audit log's before and after, and says which changed", async () => {
    const { participantId } = await visitWithGuest();
    actAs(officer);
    expect(await updateParticipantAction({ ...guest({ passportNumber: "P9911223" }), id: participantId })).toMatchObject({ ok: true });
    expect(await removeParticipantAction({ id: participantId })).toMatchObject({ ok: true });
    const rows = await db.auditLog.findMany({ where: { entityType: "VisitParticipant", entityId: participantId }, orderBy: { id: "asc" } });
    expect(rows.map((row) => row.action)).toEqual(["visit.participant.add", "visit.participant.update", "visit.participant.remove"]);
    const logged = JSON.stringify(rows.map((row) => [row.before, row.after]));
    for (const secret of [PASSPORT, "P9911223", BIRTH_DATE, PHONE, "katharina.huber@"]) expect(logged).not.toContain(secret);
    expect(rows[1]!.before).toMatchObject({ name: "Katharina Huber", passportNumber: MASK, birthDate: MASK, phone: MASK, nationalityCode: MASK, email: MASK });
    expect(rows[1]!.after).toMatchObject({ passportNumber: MASK, personalDataChanged: ["passportNumber"] });
  });
});

describe("participants' bad input", () => {
  it("refuses a departure before the arrival next to the departure, storing nothing", async () => {
    const { visitId } = await visitWithGuest();
    actAs(officer);
    const before = await countAllRows();
    const result = await addParticipantAction({ ...guest({ name: "Stefan Gruber", arrivalAt: `${day(31)}T10:00`, departureAt: `${day(30)}T09:00` }), visitId });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { departureAt: ["visits.validation.departureBeforeArrival"] } });
    const future = await addParticipantAction({ ...guest({ name: "Stefan Gruber", birthDate: day(5), nationalityCode: "ZZ" }), visitId });
    expect(future.ok === false && future.fieldErrors).toEqual({ birthDate: ["visits.validation.birthDateFuture"], nationalityCode: ["common.form.errors.invalidOption"] });
    expect(await countAllRows()).toEqual(before);
  });

  it("saves a passport that expires before departure, with a warning for the office", async () => {
    const { visitId } = await visitWithGuest();
    actAs(officer);
    const result = await addParticipantAction({ ...guest({ name: "Lena Pichler", passportExpiresOn: day(31), departureAt: `${day(33)}T18:40` }), visitId });
    expect(result.ok && result.data.warnings).toEqual([{ key: "passportExpiresBeforeDeparture", participantId: result.ok ? result.data.id : "" }]);
    const page = await getVisitPageData(officer, visitId);
    expect(page?.warnings).toContainEqual({ key: "passportExpiresBeforeDeparture", participantId: result.ok ? result.data.id : "" });
  });
});

describe("erasing personal data", () => {
  it("is refused before the visit is over, and to coordinators", async () => {
    const { visitId, participantId } = await visitWithGuest();
    actAs(officer);
    expect(await erasePersonalDataAction({ id: visitId, version: 1 })).toMatchObject({ ok: false, code: "VALIDATION", formError: "visits.erase.notOver" });
    actAs(coordinator);
    expect(await erasePersonalDataAction({ id: visitId, version: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.visitParticipant.findUniqueOrThrow({ where: { id: participantId } })).toMatchObject({ passportNumber: PASSPORT });
  });

  it("clears a completed visit's personal data, keeps the record of who came, and audits it without the values", async () => {
    const { visitId, participantId } = await visitWithGuest(-10, -8);
    actAs(officer);
    for (const [version, to] of [[1, "CONFIRMED"], [2, "IN_PROGRESS"], [3, "COMPLETED"]] as const) {
      expect(await transitionVisitAction({ id: visitId, version, to })).toMatchObject({ ok: true });
    }
    expect((await getVisitPageData(officer, visitId))?.canErase).toBe(true);
    const erased = await erasePersonalDataAction({ id: visitId, version: 4 });
    expect(erased).toMatchObject({ ok: true, data: { participants: 1, version: 5 } });
    expect(await db.visitParticipant.findUniqueOrThrow({ where: { id: participantId } })).toMatchObject({
      name: "Katharina Huber",
      organization: "University of Graz",
      visaStatus: "REQUIRED",
      passportNumber: null,
      passportExpiresOn: null,
      birthDate: null,
      nationalityCode: null,
      phone: null,
      email: null,
      needs: "",
      accommodationCost: null,
    });
    expect((await db.visit.findUniqueOrThrow({ where: { id: visitId } })).personalDataErasedAt).toBeInstanceOf(Date);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: visitId, action: "visit.erase-personal-data" } });
    expect(audit.after).toMatchObject({ participants: 1, fields: expect.arrayContaining(["passportNumber", "birthDate"]) });
    expect(JSON.stringify([audit.before, audit.after])).not.toContain(PASSPORT);
    // Personal data cannot be recorded again on an erased visit.
    expect(await updateParticipantAction({ ...guest(), id: participantId })).toMatchObject({ ok: false, formError: "visits.errors.personalDataErased" });
  });
});
