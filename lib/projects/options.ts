import { BudgetCategory, DeliverableKind, DeliverableStatus, ProjectDocumentKind, ProjectRole, ProjectStatus } from "@/lib/generated/prisma/enums";

/** The choices of the project forms and filters, in the order they are offered. Pure: the browser loads it. */

export const PROJECT_STATUSES = Object.values(ProjectStatus);
export const PROJECT_ROLES = Object.values(ProjectRole);
export const BUDGET_CATEGORIES = Object.values(BudgetCategory);
export const DELIVERABLE_KINDS = Object.values(DeliverableKind);
export const DELIVERABLE_STATUSES = Object.values(DeliverableStatus);
export const PROJECT_DOCUMENT_KINDS = Object.values(ProjectDocumentKind);

/** A consortium member's role; stored as text, so a funder's own wording stays possible in imports. */
export const CONSORTIUM_ROLES = ["coordinator", "partner", "associated"] as const;
export type ConsortiumRole = (typeof CONSORTIUM_ROLES)[number];

/** A team member's role in the project: the lead is the one the reminders address first. */
export const TEAM_ROLES = ["lead", "member", "finance"] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export type { BudgetCategory, DeliverableKind, DeliverableStatus, ProjectDocumentKind, ProjectRole, ProjectStatus };
