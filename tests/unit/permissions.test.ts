import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { can, canSome, requirePermission, scopeWhere, type Actor } from "@/lib/permissions";

const UNIT_A = "00000000-0000-4000-8000-00000000000a";
const UNIT_B = "00000000-0000-4000-8000-00000000000b";

const visitor: Actor = null;
const student: Actor = { id: "student-1", role: "STUDENT", unitId: UNIT_A };
const coordinator: Actor = { id: "coordinator-1", role: "COORDINATOR", unitId: UNIT_A };
const unitlessCoordinator: Actor = { id: "coordinator-2", role: "COORDINATOR", unitId: null };
const officer: Actor = { id: "officer-1", role: "OFFICER", unitId: null };
const admin: Actor = { id: "admin-1", role: "ADMIN", unitId: null };

describe("can", () => {
  it("lets a coordinator update agreements of their own unit only", () => {
    expect(can(coordinator, "agreement:update", { unitId: UNIT_A })).toBe(true);
    expect(can(coordinator, "agreement:update", { unitId: UNIT_B })).toBe(false);
    // Without a record only an `any` grant counts.
    expect(can(coordinator, "agreement:update")).toBe(false);
  });

  it("never matches the own-unit scope for a coordinator without a unit", () => {
    expect(can(unitlessCoordinator, "agreement:update", { unitId: null })).toBe(false);
    expect(can(unitlessCoordinator, "agreement:update", {})).toBe(false);
  });

  it("lets officers and admins update any agreement, with or without a record", () => {
    for (const actor of [officer, admin]) {
      expect(can(actor, "agreement:update")).toBe(true);
      expect(can(actor, "agreement:update", { unitId: UNIT_B })).toBe(true);
    }
  });

  it("keeps a student to their own applications", () => {
    expect(can(student, "application:read", { ownerId: "student-1" })).toBe(true);
    expect(can(student, "application:read", { ownerId: "student-2" })).toBe(false);
    expect(can(student, "application:withdraw", { ownerId: "student-1" })).toBe(true);
    expect(can(student, "application:review", { ownerId: "student-1" })).toBe(false);
  });

  it("lets the visitor read only public records and nothing internal", () => {
    expect(can(visitor, "partner:read", { isPublic: true })).toBe(true);
    expect(can(visitor, "partner:read", { isPublic: false })).toBe(false);
    expect(can(visitor, "partner:read")).toBe(false);
    expect(can(visitor, "agreement:read", { isPublic: true })).toBe(false);
    expect(can(visitor, "visit:read", { isPublic: true })).toBe(false);
    expect(can(visitor, "application:read", { ownerId: "anyone" })).toBe(false);
  });

  it("reserves users, settings and the audit log to admins", () => {
    for (const actor of [visitor, student, coordinator, officer]) {
      expect(can(actor, "user:manage")).toBe(false);
      expect(can(actor, "audit:read")).toBe(false);
      expect(can(actor, "institution:update")).toBe(false);
    }
    expect(can(admin, "user:manage")).toBe(true);
    expect(can(admin, "audit:read")).toBe(true);
    expect(can(admin, "institution:update")).toBe(true);
  });

  it("keeps students and visitors out of the staff area", () => {
    expect(canSome(visitor, "dashboard:read")).toBe(false);
    expect(canSome(student, "dashboard:read")).toBe(false);
    expect(canSome(coordinator, "dashboard:read")).toBe(true);
  });

  it("reports whether a permission is held in any scope", () => {
    expect(canSome(coordinator, "agreement:update")).toBe(true);
    expect(canSome(student, "agreement:update")).toBe(false);
    expect(canSome(student, "account:update")).toBe(true);
    expect(canSome(visitor, "account:update")).toBe(false);
  });
});

describe("requirePermission", () => {
  it("answers a visitor with UNAUTHENTICATED and a signed-in user with FORBIDDEN", () => {
    expect(() => requirePermission(visitor, "agreement:read")).toThrow(expect.objectContaining({ code: "UNAUTHENTICATED" }));
    expect(() => requirePermission(student, "agreement:read")).toThrow(expect.objectContaining({ code: "FORBIDDEN" }));
    expect(() => requirePermission(student, "agreement:read")).toThrow(AppError);
    expect(() => requirePermission(officer, "agreement:read")).not.toThrow();
  });

  it("lets a visitor through where the record is public", () => {
    expect(() => requirePermission(visitor, "event:read", { isPublic: true })).not.toThrow();
  });
});

describe("scopeWhere", () => {
  it("is empty for an `any` grant", () => {
    expect(scopeWhere(officer, "agreement:read")).toEqual({});
    expect(scopeWhere(admin, "audit:read")).toEqual({});
  });

  it("filters by the coordinator's unit, on the field each model uses", () => {
    expect(scopeWhere(coordinator, "agreement:read")).toEqual({ unitId: UNIT_A });
    expect(scopeWhere(coordinator, "visit:read")).toEqual({ hostUnitId: UNIT_A });
    expect(scopeWhere(coordinator, "application:read")).toEqual({ student: { unitId: UNIT_A } });
    expect(scopeWhere(coordinator, "document:read")).toEqual({ agreement: { unitId: UNIT_A } });
  });

  it("ORs the scopes a role holds together", () => {
    expect(scopeWhere(coordinator, "opportunity:read")).toEqual({ OR: [{ status: "PUBLISHED" }, { unitId: UNIT_A }] });
  });

  it("filters by owner and by publication", () => {
    expect(scopeWhere(student, "application:read")).toEqual({ studentId: "student-1" });
    expect(scopeWhere(visitor, "partner:read")).toEqual({ isPublic: true, archivedAt: null });
    expect(scopeWhere(visitor, "event:read")).toEqual({ isPublished: true });
  });

  it("matches nothing without a grant, or when the grant cannot apply", () => {
    const nothing = { id: { in: [] } };
    expect(scopeWhere(student, "agreement:read")).toEqual(nothing);
    expect(scopeWhere(visitor, "application:read")).toEqual(nothing);
    expect(scopeWhere(unitlessCoordinator, "agreement:read")).toEqual(nothing);
  });
});
