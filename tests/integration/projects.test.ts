import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { createProjectAction, transitionProjectAction, updateProjectAction } from "@/lib/projects/actions";
import { checkProjectTransition, nextProjectStatuses } from "@/lib/projects/lifecycle";
import { addWorkPackageAction } from "@/lib/projects/plan-actions";
import { createProjectSchema, type ProjectFieldsInput } from "@/lib/projects/schemas";
import { createProject } from "@/lib/projects/service";
import { getStaffProject, listStaffProjects } from "@/lib/projects/staff-queries";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { countAllRows, createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";
import { createPartner } from "@/tests/helpers/partner-factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/** Issue 12, project records: create and edit with the consortium and team, field errors, the lifecycle, versions, audit. */

let officer: TestUser;
let coordinator: TestUser;
let student: TestUser;
let unitId: string;
let coordinatorPartner: string;
let otherPartner: string;

beforeAll(async () => {
  await ensureInstitution();
  unitId = (await createUnit({ name: "School of Engineering" })).id;
  officer = await createUser({ role: "OFFICER", name: "Aysel Officer" });
  coordinator = await createUser({ role: "COORDINATOR", unitId, name: "Kamran Coordinator" });
  student = await createUser({ role: "STUDENT" });
  coordinatorPartner = (await createPartner({ name: "Tbilisi State University", countryCode: "GE", pic: "999880001" })).id;
  otherPartner = (await createPartner({ name: "University of Graz", countryCode: "AT" })).id;
});

beforeEach(() => actAsVisitor());

function projectInput(overrides: Partial<ProjectFieldsInput> = {}): ProjectFieldsInput {
  return {
    title: "Promoting Migration Studies",
    acronym: "PROMIG",
    fundingProgram: "Erasmus+ KA2 Capacity Building in Higher Education",
    action: "",
    grantNumber: "",
    ourRole: "PARTNER",
    unitId,
    startDate: "2026-01-01",
    endDate: "2028-12-31",
    budget: "850 000,00",
    currency: "eur",
    summary: "Migration studies in higher education.",
    objectives: "Improve programs.\n\n  Train staff.  ",
    outcomes: "",
    translations: { az: { title: "Miqrasiya tədqiqatları", objectives: "Proqramları təkmilləşdirmək.\nKadr hazırlamaq." }, ru: { title: "", summary: "", objectives: "", outcomes: "" } },
    isPublic: true,
    budgetIsPublic: false,
    partners: [
      { rowId: "", partnerId: coordinatorPartner, role: "coordinator", pic: "" },
      { rowId: "", partnerId: otherPartner, role: "partner", pic: "123456789" },
    ],
    team: [{ rowId: "", userId: officer.id, role: "lead" }],
    ...overrides,
  };
}

async function created(overrides: Partial<ProjectFieldsInput> = {}, as: TestUser = officer): Promise<string> {
  actAs(as);
  const result = await createProjectAction(projectInput(overrides));
  if (!result.ok) throw new Error(`project not created: ${JSON.stringify(result)}`);
  return result.data.id;
}

describe("project records", () => {
  it("creates an idea with its consortium, team, texts in three languages and money as exact text, audited", async () => {
    const id = await created();
    const project = await db.project.findUniqueOrThrow({ where: { id }, include: { partners: { orderBy: { name: "asc" } }, team: true } });
    expect(project).toMatchObject({
      slug: "promig",
      status: "IDEA",
      coordinatorInstitution: "Tbilisi State University",
      currency: "EUR",
      objectives: ["Improve programs.", "Train staff."],
      translations: { az: { title: "Miqrasiya tədqiqatları", objectives: ["Proqramları təkmilləşdirmək.", "Kadr hazırlamaq."] } },
      version: 1,
    });
    expect(project.budget?.toFixed(2)).toBe("850000.00");
    // Name, country and (blank) PIC come from the registry.
    expect(project.partners.map((p) => [p.name, p.countryCode, p.role, p.pic])).toEqual([
      ["Tbilisi State University", "GE", "coordinator", "999880001"],
      ["University of Graz", "AT", "partner", "123456789"],
    ]);
    expect(project.team).toEqual([expect.objectContaining({ userId: officer.id, name: "Aysel Officer", role: "lead" })]);
    expect(await db.auditLog.count({ where: { entityType: "Project", entityId: id, action: "project.create", actorId: officer.id } })).toBe(1);
  });

  it("is what a grant call creates: a proposal in preparation from a minimal input", async () => {
    const input = createProjectSchema.parse({
      title: "Green campus",
      fundingProgram: "Horizon Europe",
      ourRole: "COORDINATOR",
      startDate: "2027-01-01",
      endDate: "2029-12-31",
      status: "IN_PREPARATION",
    });
    const { id } = await createProject(officer, input);
    expect(await db.project.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "IN_PREPARATION", coordinatorInstitution: "Test University", isPublic: false });
  });

  // Functions: the partners' ids exist only once `beforeAll` has run, after the table is read.
  it.each([
    ["a consortium without a coordinator", () => ({ partners: [{ rowId: "", partnerId: otherPartner, role: "partner", pic: "" }] }), "partners", "projects.validation.noCoordinator"],
    ["a second coordinator", () => ({ ourRole: "COORDINATOR" }), "partners.0.role", "projects.validation.weCoordinate"],
    ["dates out of order", () => ({ startDate: "2028-01-01", endDate: "2027-01-01" }), "endDate", "common.form.errors.dateOrder"],
    ["a budget without currency", () => ({ currency: "" }), "currency", "projects.validation.currencyRequired"],
    ["a negative budget", () => ({ budget: "-10" }), "budget", "projects.validation.notNegative"],
    [
      "a partner twice",
      () => ({ partners: [{ rowId: "", partnerId: coordinatorPartner, role: "coordinator", pic: "" }, { rowId: "", partnerId: coordinatorPartner, role: "partner", pic: "" }] }),
      "partners.1.partnerId",
      "projects.validation.partnerTwice",
    ],
    ["a malformed PIC", () => ({ partners: [{ rowId: "", partnerId: coordinatorPartner, role: "coordinator", pic: "12ab" }] }), "partners.0.pic", "projects.validation.pic"],
  ] as [string, () => Partial<ProjectFieldsInput>, string, string][])("refuses %s next to its field and stores nothing", async (_case, overrides, field, message) => {
    actAs(officer);
    const before = await countAllRows();
    const result = await createProjectAction(projectInput(overrides()));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(!result.ok && result.fieldErrors?.[field], JSON.stringify(result)).toEqual([message]);
    expect(await countAllRows()).toEqual(before);
  });

  it("refuses an unknown partner or a student's account in the team, found on the server", async () => {
    actAs(officer);
    const before = await countAllRows();
    const unknownPartner = await createProjectAction(projectInput({ partners: [{ rowId: "", partnerId: "00000000-0000-4000-8000-000000000000", role: "coordinator", pic: "" }] }));
    expect(unknownPartner).toMatchObject({ ok: false, fieldErrors: { "partners.0.partnerId": ["projects.validation.partner"] } });
    const studentInTeam = await createProjectAction(projectInput({ team: [{ rowId: "", userId: student.id, role: "member" }] }));
    expect(studentInTeam).toMatchObject({ ok: false, fieldErrors: { "team.0.userId": ["projects.validation.member"] } });
    expect(await countAllRows()).toEqual(before);
  });

  it("edits over the version it started from, keeps consortium members by id, and refuses a stale save", async () => {
    const id = await created({ acronym: "PAWER", title: "Paving the way" });
    const graz = await db.projectPartner.findFirstOrThrow({ where: { projectId: id, partnerId: otherPartner } });
    actAs(officer);
    const wp = await addWorkPackageAction({ projectId: id, number: "1", title: "WP1 Management", leadPartnerId: graz.id, startMonth: "1", endMonth: "36" });
    expect(wp).toMatchObject({ ok: true });
    const coordinatorRow = await db.projectPartner.findFirstOrThrow({ where: { projectId: id, partnerId: coordinatorPartner } });
    const saved = await updateProjectAction({
      ...projectInput({ acronym: "PAWER", title: "Paving the way to mobility", partners: [{ rowId: coordinatorRow.id, partnerId: coordinatorPartner, role: "coordinator", pic: "" }, { rowId: graz.id, partnerId: otherPartner, role: "associated", pic: "" }] }),
      id,
      version: 1,
    });
    expect(saved).toMatchObject({ ok: true });
    const workPackage = await db.workPackage.findFirstOrThrow({ where: { projectId: id } });
    // The title is stored without its number, and the lead survives the edit of the consortium.
    expect(workPackage).toMatchObject({ code: "WP1", title: "Management", leadPartnerId: graz.id });
    expect(await db.projectPartner.findUniqueOrThrow({ where: { id: graz.id } })).toMatchObject({ role: "associated" });

    const stale = await updateProjectAction({ ...projectInput({ acronym: "PAWER", title: "Someone else's edit" }), id, version: 1 });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.project.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Paving the way to mobility", version: 2 });
  });

  it("refuses to shorten the period below a work package's months", async () => {
    const id = await created({ acronym: "CRENG", title: "Crisis engineering" });
    actAs(officer);
    await addWorkPackageAction({ projectId: id, number: "2", title: "Development", startMonth: "1", endMonth: "30" });
    const shorter = await updateProjectAction({ ...projectInput({ acronym: "CRENG", title: "Crisis engineering", endDate: "2027-06-30" }), id, version: 1 });
    expect(shorter).toMatchObject({ ok: false, fieldErrors: { endDate: ["projects.validation.workPackagesOutside"] }, values: { months: 30 } });
  });
});

describe("the lifecycle", () => {
  it("is a table: forward only, from idea to closed or rejected", () => {
    expect(nextProjectStatuses("IDEA")).toEqual(["IN_PREPARATION"]);
    expect(nextProjectStatuses("SUBMITTED")).toEqual(["FUNDED", "REJECTED"]);
    expect(nextProjectStatuses("REJECTED")).toEqual([]);
    expect(checkProjectTransition({ status: "RUNNING", endDate: "2028-12-31", submittedOn: null }, "CLOSED", "2028-06-01")).toEqual({ ok: false, block: "notEndedYet" });
    expect(checkProjectTransition({ status: "SUBMITTED", endDate: "2028-12-31", submittedOn: "2026-02-10" }, "FUNDED", "2026-02-01")).toEqual({ ok: false, block: "decidedBeforeSubmitted" });
  });

  it("moves a project from idea to closed, recording the submission and decision days, audited", async () => {
    const id = await created({ acronym: "MAGNUS", title: "Mobile applications", startDate: "2024-01-01", endDate: "2025-12-31" });
    actAs(officer);
    let version = 1;
    for (const [to, on] of [["IN_PREPARATION", "2023-09-01"], ["SUBMITTED", "2023-10-01"], ["FUNDED", "2023-12-15"], ["RUNNING", "2024-01-01"], ["CLOSED", "2026-01-31"]] as const) {
      const moved = await transitionProjectAction({ id, version, to, on });
      expect(moved, to).toMatchObject({ ok: true });
      version++;
    }
    const project = await db.project.findUniqueOrThrow({ where: { id } });
    expect(project).toMatchObject({ status: "CLOSED", version: 6 });
    expect(project.submittedOn?.toISOString().slice(0, 10)).toBe("2023-10-01");
    expect(project.decidedOn?.toISOString().slice(0, 10)).toBe("2023-12-15");
    expect(await db.auditLog.count({ where: { entityId: id, action: "project.transition" } })).toBe(5);
  });

  it("refuses a move the table does not allow, with its reason, and changes nothing", async () => {
    const id = await created({ acronym: "NIZAMI", title: "Doctoral studies" });
    actAs(officer);
    const skip = await transitionProjectAction({ id, version: 1, to: "FUNDED" });
    expect(skip).toMatchObject({ ok: false, code: "VALIDATION", formError: "projects.lifecycle.blocked.notAllowed" });
    await transitionProjectAction({ id, version: 1, to: "IN_PREPARATION" });
    const stale = await transitionProjectAction({ id, version: 1, to: "SUBMITTED" });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.project.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "IN_PREPARATION", submittedOn: null, version: 2 });
  });
});

describe("coordinator scoping", () => {
  let ownId: string;
  let otherId: string;

  beforeAll(async () => {
    ownId = await created({ acronym: "OWN", title: "Our unit's project" }, coordinator);
    otherId = await created({ acronym: "OTHER", title: "Another unit's project", unitId: (await createUnit()).id });
  });

  it("files a coordinator's project under their unit and refuses another unit", async () => {
    expect(await db.project.findUniqueOrThrow({ where: { id: ownId } })).toMatchObject({ unitId });
    actAs(coordinator);
    const elsewhere = await createProjectAction(projectInput({ acronym: "X", unitId: (await createUnit()).id }));
    expect(elsewhere).toMatchObject({ ok: false, fieldErrors: { unitId: ["projects.validation.ownUnit"] } });
  });

  it("lists and opens only their unit's projects: another unit's is not found, even when public", async () => {
    const list = await listStaffProjects(coordinator, { page: 1 });
    expect(list.rows.map((row) => row.id)).toContain(ownId);
    expect(list.rows.map((row) => row.id)).not.toContain(otherId);
    await expect(getStaffProject(coordinator, otherId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getStaffProject(officer, otherId)).id).toBe(otherId);
  });

  it("cannot edit, move or add to another unit's project (404), but can its own", async () => {
    actAs(coordinator);
    const before = await countAllRows();
    expect(await updateProjectAction({ ...projectInput({ acronym: "OTHER" }), id: otherId, version: 1 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await transitionProjectAction({ id: otherId, version: 1, to: "IN_PREPARATION" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await addWorkPackageAction({ projectId: otherId, number: "1", title: "Management" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await countAllRows()).toEqual(before);
    expect(await transitionProjectAction({ id: ownId, version: 1, to: "IN_PREPARATION" })).toMatchObject({ ok: true });
  });

  it("refuses students and visitors everything", async () => {
    const before = await countAllRows();
    actAs(student);
    expect(await createProjectAction(projectInput())).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await expect(listStaffProjects(student, { page: 1 })).rejects.toMatchObject({ code: "FORBIDDEN" });
    actAsVisitor();
    expect(await transitionProjectAction({ id: ownId, version: 2, to: "SUBMITTED" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await countAllRows()).toEqual(before);
  });
});
