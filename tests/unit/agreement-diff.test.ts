import { describe, expect, it } from "vitest";
import { diffSnapshots } from "@/lib/agreements/diff";
import { readSnapshot, toSnapshot, type AgreementSnapshot, type ConditionSnapshot } from "@/lib/agreements/snapshot";

const condition: ConditionSnapshot = {
  direction: "OUTGOING",
  mobilityType: "STUDENT_STUDY",
  level: "BACHELOR",
  iscedCode: "0231",
  placesPerYear: 2,
  monthsPerPlace: 5,
  daysPerPlace: null,
  language: "English",
  languageLevel: "B2",
  fromAcademicYear: 2026,
  toAcademicYear: 2030,
};

const base: AgreementSnapshot = {
  referenceNumber: "KU-IRO-2026-001",
  title: "Cooperation agreement with Ghent University",
  kind: "BILATERAL_COOPERATION",
  status: "DRAFT",
  unitId: "unit-a",
  responsibleId: "officer-1",
  scope: ["STUDENT_EXCHANGE", "STAFF_EXCHANGE"],
  signedOn: null,
  startsOn: "2026-09-01",
  endsOn: "2031-08-31",
  renewalType: "BY_NOTICE",
  noticePeriodDays: 90,
  internalNotes: "",
  terminatedOn: null,
  predecessorId: null,
  partnerIds: ["p1"],
  conditions: [condition],
};

describe("agreement diff", () => {
  it("is empty between identical snapshots", () => {
    expect(diffSnapshots(base, structuredClone(base))).toEqual([]);
  });

  it("lists changed values field by field, in form order, with before and after", () => {
    const after = { ...base, title: "Erasmus+ agreement with Ghent University", endsOn: "2032-08-31", noticePeriodDays: 180, status: "IN_NEGOTIATION" };
    expect(diffSnapshots(base, after)).toEqual([
      { kind: "value", field: "title", before: base.title, after: after.title },
      { kind: "value", field: "status", before: "DRAFT", after: "IN_NEGOTIATION" },
      { kind: "value", field: "endsOn", before: "2031-08-31", after: "2032-08-31" },
      { kind: "value", field: "noticePeriodDays", before: 90, after: 180 },
    ]);
  });

  it("compares partners and scope as sets: order does not count, additions and removals do", () => {
    const reordered = { ...base, scope: ["STAFF_EXCHANGE", "STUDENT_EXCHANGE"] };
    expect(diffSnapshots(base, reordered)).toEqual([]);
    const after = { ...base, partnerIds: ["p2", "p3"], scope: ["STUDENT_EXCHANGE", "JOINT_RESEARCH"] };
    expect(diffSnapshots(base, after)).toEqual([
      { kind: "set", field: "partnerIds", added: ["p2", "p3"], removed: ["p1"] },
      { kind: "set", field: "scope", added: ["JOINT_RESEARCH"], removed: ["STAFF_EXCHANGE"] },
    ]);
  });

  it("shows a changed condition as the old row removed and the new one added", () => {
    const changed = { ...condition, placesPerYear: 4 };
    const staff: ConditionSnapshot = { ...condition, mobilityType: "STAFF_TEACHING", level: null, monthsPerPlace: null, daysPerPlace: 7 };
    const after = { ...base, conditions: [changed, staff] };
    expect(diffSnapshots(base, after)).toEqual([{ kind: "conditions", field: "conditions", added: [changed, staff], removed: [condition] }]);
  });

  it("counts duplicate conditions one for one", () => {
    const twice = { ...base, conditions: [condition, condition] };
    expect(diffSnapshots(base, twice)).toEqual([{ kind: "conditions", field: "conditions", added: [condition], removed: [] }]);
  });

  it("reads older snapshots (seeded ones: timestamps, no conditions) into the current shape", () => {
    const seeded = readSnapshot({
      referenceNumber: "KU-IRO-2024-003",
      title: "Cooperation agreement",
      kind: "ERASMUS_KA171",
      status: "ACTIVE",
      unitId: "u",
      responsibleId: "o",
      scope: ["STUDENT_EXCHANGE"],
      signedOn: "2024-05-01T00:00:00.000Z",
      startsOn: "2024-05-15T00:00:00.000Z",
      endsOn: null,
      renewalType: "AUTOMATIC",
      noticePeriodDays: null,
      internalNotes: "",
      partnerIds: ["b", "a"],
    });
    expect(seeded.signedOn).toBe("2024-05-01");
    expect(seeded.partnerIds).toEqual(["a", "b"]);
    expect(seeded.conditions).toEqual([]);
    expect(seeded.terminatedOn).toBeNull();
  });

  it("turns a stored row (Decimal months, Date days) into a snapshot", () => {
    const snapshot = toSnapshot({
      ...base,
      signedOn: new Date("2026-08-01T00:00:00Z"),
      startsOn: new Date("2026-09-01T00:00:00Z"),
      endsOn: null,
      terminatedOn: null,
      partners: [{ partnerId: "z" }, { partnerId: "y" }],
      conditions: [{ ...condition, monthsPerPlace: { toString: () => "4.5" }, language: "" }],
    });
    expect(snapshot.signedOn).toBe("2026-08-01");
    expect(snapshot.partnerIds).toEqual(["y", "z"]);
    expect(snapshot.conditions[0]).toMatchObject({ monthsPerPlace: 4.5, language: null });
  });
});
