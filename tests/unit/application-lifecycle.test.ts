import { describe, expect, it } from "vitest";
import {
  APPLICATION_STATUSES,
  canTransition,
  holdsPlace,
  isDecided,
  isWithdrawable,
  placesAfter,
  staffTargets,
  transitionActor,
} from "@/lib/applications/lifecycle";

describe("application lifecycle", () => {
  it("follows draft → submitted → under review → shortlisted → nominated → accepted", () => {
    const path = ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "SHORTLISTED", "NOMINATED", "ACCEPTED"] as const;
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1]!, path[i]!)).toBe(true);
  });

  it("never skips a stage forward", () => {
    expect(canTransition("SUBMITTED", "SHORTLISTED")).toBe(false);
    expect(canTransition("SUBMITTED", "NOMINATED")).toBe(false);
    expect(canTransition("UNDER_REVIEW", "NOMINATED")).toBe(false);
    expect(canTransition("SHORTLISTED", "ACCEPTED")).toBe(false);
    expect(canTransition("DRAFT", "UNDER_REVIEW")).toBe(false);
  });

  it("makes accepted, rejected and withdrawn final", () => {
    for (const from of ["ACCEPTED", "REJECTED", "WITHDRAWN"] as const) {
      for (const to of APPLICATION_STATUSES) expect(canTransition(from, to)).toBe(false);
    }
    expect(isDecided("ACCEPTED") && isDecided("REJECTED")).toBe(true);
    expect(isDecided("NOMINATED")).toBe(false);
  });

  it("lets the student withdraw before a decision only, and only the student", () => {
    for (const status of ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "SHORTLISTED", "NOMINATED"] as const) {
      expect(isWithdrawable(status)).toBe(true);
      expect(transitionActor(status, "WITHDRAWN")).toEqual({ kind: "student" });
    }
    for (const status of ["ACCEPTED", "REJECTED", "WITHDRAWN"] as const) expect(isWithdrawable(status)).toBe(false);
  });

  it("asks for the right permission for each staff move", () => {
    expect(transitionActor("SUBMITTED", "UNDER_REVIEW")).toEqual({ kind: "staff", permission: "application:review" });
    expect(transitionActor("SHORTLISTED", "NOMINATED")).toEqual({ kind: "staff", permission: "application:nominate" });
    expect(transitionActor("NOMINATED", "ACCEPTED")).toEqual({ kind: "staff", permission: "application:decide" });
    expect(transitionActor("UNDER_REVIEW", "REJECTED")).toEqual({ kind: "staff", permission: "application:decide" });
    expect(transitionActor("DRAFT", "SUBMITTED")).toEqual({ kind: "student" });
    expect(staffTargets("SHORTLISTED").sort()).toEqual(["NOMINATED", "REJECTED", "UNDER_REVIEW"]);
    expect(staffTargets("DRAFT")).toEqual([]);
  });

  it("counts places held by nominated and accepted applications", () => {
    expect(holdsPlace("NOMINATED") && holdsPlace("ACCEPTED")).toBe(true);
    expect(holdsPlace("SHORTLISTED")).toBe(false);
    expect(placesAfter(1, ["SHORTLISTED", "SHORTLISTED"], "NOMINATED")).toBe(3);
    expect(placesAfter(2, ["NOMINATED"], "ACCEPTED")).toBe(2);
    expect(placesAfter(2, ["NOMINATED"], "SHORTLISTED")).toBe(1);
    expect(placesAfter(2, ["NOMINATED", "SHORTLISTED"], "REJECTED")).toBe(1);
  });
});
