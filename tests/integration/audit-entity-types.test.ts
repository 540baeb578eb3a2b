import { describe, expect, it, vi } from "vitest";
import { createAgreementAction } from "@/lib/agreements/actions";
import { createCenterAction } from "@/lib/centers/actions";
import { db } from "@/lib/db/client";
import type { ActionResult } from "@/lib/errors/safe-action";
import { Prisma } from "@/lib/generated/prisma/client";
import { createMobilityRecordAction } from "@/lib/mobility/actions";
import { createOpportunityAction } from "@/lib/opportunities/actions";
import { addPartnerContactAction, createPartnerAction } from "@/lib/partners/actions";
import { createProgramAction } from "@/lib/programs/actions";
import { createUnitAction } from "@/lib/units/actions";
import { changeUserRoleAction, inviteStaffAction } from "@/lib/users/actions";
import { actAs } from "@/tests/helpers/act-as";
import { agreementInput } from "@/tests/helpers/agreement-factories";
import { createUnit, createUser, ensureInstitution } from "@/tests/helpers/factories";
import { opportunityInput } from "@/tests/helpers/opportunity-factories";
import { partnerFormInput } from "@/tests/helpers/partner-factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

function succeeded(result: ActionResult<unknown>, what: string): void {
  if (!result.ok) throw new Error(`${what} failed: ${JSON.stringify(result)}`);
}

describe("the audit log's record types", () => {
  it("are Prisma model names after the everyday writes of every entity", async () => {
    await ensureInstitution();
    const admin = await createUser({ role: "ADMIN" });
    const unit = await createUnit();
    const staff = await createUser({ role: "OFFICER" });
    actAs(admin);

    const partnerName = `Audit Partner University ${Date.now()}`;
    succeeded(await createPartnerAction(partnerFormInput({ name: partnerName }) as never), "partner");
    const partner = await db.partner.findFirstOrThrow({ where: { name: partnerName } });
    succeeded(await addPartnerContactAction({ partnerId: partner.id, name: "Dr. Contact", position: "", email: "", phone: "", isPublic: false }), "contact");
    succeeded(await createAgreementAction(agreementInput({ unitId: unit.id, partnerIds: [partner.id] }) as never), "agreement");
    succeeded(
      await createCenterAction({ name: "Audit Center", organization: "Audit Foundation", description: "", location: "", email: "", phone: "", website: "", openingHours: "", isPublic: true }),
      "center",
    );
    succeeded(await createProgramAction({ code: "AUDIT_TYPES", name: "Audit program", description: "", funder: "", url: "" }), "program");
    const program = await db.mobilityProgram.findUniqueOrThrow({ where: { code: "AUDIT_TYPES" } });
    succeeded(await createOpportunityAction(opportunityInput({ programId: program.id, partnerId: partner.id }) as never), "opportunity");
    succeeded(
      await createMobilityRecordAction({
        direction: "INCOMING",
        participantType: "STUDENT",
        mobilityType: "STUDENT_STUDY",
        personName: "Incoming Student",
        partnerId: partner.id,
        academicYear: "2026",
        startDate: "2026-09-01",
        endDate: "2027-01-31",
      }),
      "mobility record",
    );
    succeeded(await inviteStaffAction({ name: "Invited Officer", email: "invited.officer@test.example.edu", role: "OFFICER", unitId: "" }), "invitation");
    succeeded(await changeUserRoleAction({ userId: staff.id, role: "COORDINATOR", unitId: unit.id }), "role change");
    succeeded(await createUnitAction({ code: "AUDITU", name: "Audit unit", kind: "SCHOOL" }), "unit");

    const stored = (await db.auditLog.findMany({ distinct: ["entityType"], select: { entityType: true } })).map((row) => row.entityType);
    const models = new Set<string>(Object.values(Prisma.ModelName));
    expect(stored.filter((type) => !models.has(type))).toEqual([]);
    expect(stored).toEqual(
      expect.arrayContaining(["Partner", "PartnerContact", "Agreement", "Center", "MobilityProgram", "Opportunity", "MobilityRecord", "User", "Unit"]),
    );
  });
});
