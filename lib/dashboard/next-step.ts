import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

/** What the student does next, or waits for; each is a message under `dashboard.student.next`. */
export type NextStep = "submit" | "late" | "review" | "nomination" | "host" | "prepare" | "none";

/** Pure: the status and whether the call still takes applications decide it. */
export function nextStepOf(status: ApplicationStatus, windowOpen: boolean): NextStep {
  switch (status) {
    case "DRAFT":
      return windowOpen ? "submit" : "late";
    case "SUBMITTED":
    case "UNDER_REVIEW":
      return "review";
    case "SHORTLISTED":
      return "nomination";
    case "NOMINATED":
      return "host";
    case "ACCEPTED":
      return "prepare";
    case "REJECTED":
    case "WITHDRAWN":
      return "none";
  }
}
