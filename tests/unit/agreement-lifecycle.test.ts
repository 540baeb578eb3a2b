import { describe, expect, it } from "vitest";
import {
  canRenew,
  checkTransition,
  isEditableByUnitStaff,
  isFinal,
  nextStatuses,
  transitionOptions,
  type LifecycleFacts,
} from "@/lib/agreements/lifecycle";
import type { AgreementStatus } from "@/lib/generated/prisma/enums";

const today = "2026-11-22";
const office = { today, officeWide: true };
const unitStaff = { today, officeWide: false };

function facts(status: AgreementStatus, dates: Partial<Omit<LifecycleFacts, "status">> = {}): LifecycleFacts {
  return { status, signedOn: null, startsOn: null, endsOn: null, ...dates };
}

const signed = { signedOn: "2026-10-01", startsOn: "2026-11-01", endsOn: "2031-10-31" };

describe("agreement lifecycle", () => {
  it("walks the happy path DRAFT → IN_NEGOTIATION → AWAITING_SIGNATURE → ACTIVE", () => {
    expect(checkTransition(facts("DRAFT"), "IN_NEGOTIATION", office)).toEqual({ ok: true });
    expect(checkTransition(facts("IN_NEGOTIATION"), "AWAITING_SIGNATURE", office)).toEqual({ ok: true });
    expect(checkTransition(facts("AWAITING_SIGNATURE", signed), "ACTIVE", office)).toEqual({ ok: true });
  });

  it("refuses to activate without a signing date and a start date, naming both", () => {
    expect(checkTransition(facts("AWAITING_SIGNATURE"), "ACTIVE", office)).toEqual({
      ok: false,
      blocks: ["needsSigningDate", "needsStartDate"],
    });
    expect(checkTransition(facts("AWAITING_SIGNATURE", { signedOn: "2026-10-01" }), "ACTIVE", office)).toEqual({
      ok: false,
      blocks: ["needsStartDate"],
    });
  });

  it("refuses to activate an agreement whose end date has passed", () => {
    const lapsed = facts("AWAITING_SIGNATURE", { ...signed, endsOn: "2026-11-21" });
    expect(checkTransition(lapsed, "ACTIVE", office)).toEqual({ ok: false, blocks: ["alreadyEnded"] });
  });

  it("allows the sensible steps back while nothing is signed", () => {
    expect(checkTransition(facts("IN_NEGOTIATION"), "DRAFT", office).ok).toBe(true);
    expect(checkTransition(facts("AWAITING_SIGNATURE"), "IN_NEGOTIATION", office).ok).toBe(true);
    expect(checkTransition(facts("ACTIVE", signed), "AWAITING_SIGNATURE", office)).toEqual({ ok: false, blocks: ["notAllowed"] });
  });

  it("skips nothing: a draft cannot become active directly", () => {
    expect(checkTransition(facts("DRAFT", signed), "ACTIVE", office)).toEqual({ ok: false, blocks: ["notAllowed"] });
  });

  it("marks an agreement expired only after its end date", () => {
    expect(checkTransition(facts("ACTIVE", { ...signed, endsOn: "2026-11-22" }), "EXPIRED", office)).toEqual({
      ok: false,
      blocks: ["notEndedYet"],
    });
    expect(checkTransition(facts("ACTIVE", { ...signed, endsOn: "2026-11-21" }), "EXPIRED", office)).toEqual({ ok: true });
    expect(checkTransition(facts("ACTIVE", { ...signed, endsOn: null }), "EXPIRED", office)).toEqual({ ok: false, blocks: ["needsEndDate"] });
  });

  it("treats EXPIRED and TERMINATED as final", () => {
    for (const status of ["EXPIRED", "TERMINATED"] as const) {
      expect(isFinal(status)).toBe(true);
      expect(nextStatuses(status)).toEqual([]);
      for (const to of ["DRAFT", "ACTIVE", "IN_NEGOTIATION"] as const) {
        expect(checkTransition(facts(status, signed), to, office).ok).toBe(false);
      }
    }
    expect(isFinal("ACTIVE")).toBe(false);
  });

  it("lets an active agreement or a failed negotiation be terminated", () => {
    expect(checkTransition(facts("ACTIVE", signed), "TERMINATED", office).ok).toBe(true);
    expect(checkTransition(facts("IN_NEGOTIATION"), "TERMINATED", office).ok).toBe(true);
    expect(checkTransition(facts("DRAFT"), "TERMINATED", office).ok).toBe(false);
  });

  it("lets unit staff only send their draft into negotiation", () => {
    expect(checkTransition(facts("DRAFT"), "IN_NEGOTIATION", unitStaff)).toEqual({ ok: true });
    expect(checkTransition(facts("DRAFT"), "AWAITING_SIGNATURE", unitStaff)).toEqual({ ok: false, blocks: ["unitStaffNotAllowed"] });
    expect(checkTransition(facts("IN_NEGOTIATION"), "DRAFT", unitStaff)).toEqual({ ok: false, blocks: ["unitStaffNotAllowed"] });
    expect(transitionOptions(facts("AWAITING_SIGNATURE", signed), unitStaff)).toEqual([]);
  });

  it("offers every move of the graph with whether the dates allow it", () => {
    const options = transitionOptions(facts("AWAITING_SIGNATURE"), office);
    expect(options.map((o) => o.to)).toEqual(["IN_NEGOTIATION", "ACTIVE", "TERMINATED"]);
    expect(options.find((o) => o.to === "ACTIVE")?.check).toEqual({ ok: false, blocks: ["needsSigningDate", "needsStartDate"] });
  });

  it("renews only agreements that have been in force, and lets unit staff edit drafts only", () => {
    expect(["ACTIVE", "EXPIRED", "TERMINATED"].every((s) => canRenew(s as AgreementStatus))).toBe(true);
    expect(["DRAFT", "IN_NEGOTIATION", "AWAITING_SIGNATURE"].some((s) => canRenew(s as AgreementStatus))).toBe(false);
    expect(isEditableByUnitStaff("DRAFT")).toBe(true);
    expect(isEditableByUnitStaff("IN_NEGOTIATION")).toBe(false);
  });
});
