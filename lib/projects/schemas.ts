import { z } from "zod";
import {
  checkbox,
  choice,
  day,
  isUuid,
  longText,
  MESSAGES,
  optionalDay,
  optionalRef,
  optionalText,
  pageParam,
  recordId,
  requiredText,
  searchParam,
  searchQuery,
  versionField,
} from "@/lib/forms/fields";
import { ProjectRole, ProjectStatus } from "@/lib/generated/prisma/enums";
import { readTranslations } from "@/lib/translations/content";
import { emptyTranslations, translationFormValues, translationsSchema } from "@/lib/translations/schema";
import { optionalCurrencyCode, optionalMoneyAmount } from "./money-fields";
import { CONSORTIUM_ROLES, TEAM_ROLES } from "./options";

/**
 * The project record's schemas, shared by the form (zodResolver) and the server actions, and the
 * input of `createProject` for other modules (a grant call's "we are applying"). Messages are keys.
 */

/** The texts written in each language (decision 010), with their longest lengths. Objectives are one per line. */
export const PROJECT_TEXT_MAX = { title: 300, summary: 3000, objectives: 5000, outcomes: 5000 } as const;
export const PROJECT_TEXT_FIELDS = Object.keys(PROJECT_TEXT_MAX) as (keyof typeof PROJECT_TEXT_MAX)[];

/** The largest total budget a project may state (Decimal(14,2) holds more; no grant is that large). */
export const PROJECT_BUDGET_MAX = "1000000000";

/** A Participant Identification Code of the EU's funding portal: nine digits. */
const pic = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? null : value),
  z.string(MESSAGES.invalid).trim().regex(/^\d{9}$/, "projects.validation.pic").nullable(),
).default(null);

/**
 * A consortium member from the partner registry. `rowId` names a member already stored (so work
 * packages it leads stay linked); a stored member that is not in the registry (a ministry typed
 * before the registry had it) keeps its name with `partnerId` blank.
 */
export const consortiumRowSchema = z.strictObject({
  rowId: optionalRef(),
  partnerId: optionalRef("projects.validation.partner"),
  role: choice(CONSORTIUM_ROLES),
  pic,
});

/** An account with a role in the project. */
export const teamRowSchema = z.strictObject({
  rowId: optionalRef(),
  userId: z.preprocess((value) => (value === "" ? undefined : value), z.uuid(MESSAGES.required)),
  role: choice(TEAM_ROLES),
});

const projectShape = {
  title: requiredText(PROJECT_TEXT_MAX.title, 2),
  acronym: optionalText(30),
  fundingProgram: requiredText(200),
  action: optionalText(200),
  grantNumber: optionalText(60),
  ourRole: choice(ProjectRole),
  unitId: optionalRef(),
  startDate: day,
  endDate: day,
  budget: optionalMoneyAmount(PROJECT_BUDGET_MAX),
  currency: optionalCurrencyCode,
  summary: longText(PROJECT_TEXT_MAX.summary),
  objectives: longText(PROJECT_TEXT_MAX.objectives),
  outcomes: longText(PROJECT_TEXT_MAX.outcomes),
  translations: translationsSchema(PROJECT_TEXT_MAX),
  isPublic: checkbox,
  budgetIsPublic: checkbox,
  partners: z.array(consortiumRowSchema).max(60, "projects.validation.tooManyPartners").default([]),
  team: z.array(teamRowSchema).max(50, "projects.validation.tooManyMembers").default([]),
};

interface ProjectRuleInput {
  ourRole: ProjectRole;
  startDate: string;
  endDate: string;
  budget: string | null;
  currency: string | null;
  partners: readonly { rowId: string | null; partnerId: string | null; role: string }[];
  team: readonly { userId: string }[];
}

/**
 * The rules between fields: dates in order, a budget with its currency, each partner and account
 * once, and a consortium that says who coordinates: one of the partners when we are a partner,
 * none of them when we coordinate.
 */
function refineProject(value: ProjectRuleInput, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
  if (value.endDate < value.startDate) issue(["endDate"], MESSAGES.dateOrder);
  if (value.budget !== null && value.currency === null) issue(["currency"], "projects.validation.currencyRequired");

  const seenPartners = new Set<string>();
  value.partners.forEach((row, index) => {
    if (row.partnerId === null && row.rowId === null) issue(["partners", index, "partnerId"], MESSAGES.required);
    if (row.partnerId !== null) {
      if (seenPartners.has(row.partnerId)) issue(["partners", index, "partnerId"], "projects.validation.partnerTwice");
      seenPartners.add(row.partnerId);
    }
  });
  const coordinators = value.partners.flatMap((row, index) => (row.role === "coordinator" ? [index] : []));
  if (value.ourRole === "PARTNER" && coordinators.length === 0) issue(["partners"], "projects.validation.noCoordinator");
  if (value.ourRole === "PARTNER" && coordinators.length > 1) issue(["partners", coordinators[1]!, "role"], "projects.validation.oneCoordinator");
  if (value.ourRole === "COORDINATOR") for (const index of coordinators) issue(["partners", index, "role"], "projects.validation.weCoordinate");

  const seenMembers = new Set<string>();
  value.team.forEach((row, index) => {
    if (seenMembers.has(row.userId)) issue(["team", index, "userId"], "projects.validation.memberTwice");
    seenMembers.add(row.userId);
  });
}

/** The form's fields (a new project's and an edit's). */
export const projectFieldsSchema = z.strictObject(projectShape).superRefine(refineProject);

/**
 * A new project. The form starts every project as an idea; a grant call's "we are applying" starts
 * it in preparation, linked to the call.
 */
export const createProjectSchema = z
  .strictObject({
    ...projectShape,
    status: choice(["IDEA", "IN_PREPARATION"] as const).default("IDEA"),
    grantCallId: optionalRef(),
  })
  .superRefine(refineProject);

export const updateProjectSchema = z.strictObject({ ...projectShape, id: recordId, version: versionField }).superRefine(refineProject);

export const transitionProjectSchema = z.strictObject({
  id: recordId,
  version: versionField,
  to: choice(ProjectStatus),
  /** The day it happened (submitted, decided, closed); today when blank. */
  on: optionalDay,
});

export type ProjectFieldsInput = z.input<typeof projectFieldsSchema>;
export type ProjectFields = z.output<typeof projectFieldsSchema>;
/** What `createProject` takes: parse it with `createProjectSchema` (only title, fundingProgram, ourRole and the dates are required). */
export type CreateProjectInput = z.output<typeof createProjectSchema>;
export type UpdateProjectInput = z.output<typeof updateProjectSchema>;
export type TransitionProjectInput = z.output<typeof transitionProjectSchema>;
export type ConsortiumRowInput = z.input<typeof consortiumRowSchema>;
export type TeamRowInput = z.input<typeof teamRowSchema>;

export const EMPTY_CONSORTIUM_ROW: ConsortiumRowInput = { rowId: "", partnerId: "", role: "partner", pic: "" };
export const EMPTY_TEAM_ROW: TeamRowInput = { rowId: "", userId: "", role: "member" };

/** A stored project as the form's values (lists one item per line, translations in their tabs). */
export function projectFormValues(project?: {
  title: string;
  acronym: string | null;
  fundingProgram: string;
  action: string | null;
  grantNumber: string | null;
  ourRole: ProjectRole;
  unitId: string | null;
  startDate: string;
  endDate: string;
  budget: string | null;
  currency: string | null;
  summary: string;
  objectives: string[];
  outcomes: string;
  translations: unknown;
  isPublic: boolean;
  budgetIsPublic: boolean;
  partners: readonly { id: string; partnerId: string | null; role: string; pic: string | null }[];
  team: readonly { id: string; userId: string | null; role: string }[];
}): ProjectFieldsInput {
  return {
    title: project?.title ?? "",
    acronym: project?.acronym ?? "",
    fundingProgram: project?.fundingProgram ?? "",
    action: project?.action ?? "",
    grantNumber: project?.grantNumber ?? "",
    ourRole: project?.ourRole ?? "COORDINATOR",
    unitId: project?.unitId ?? "",
    startDate: project?.startDate ?? "",
    endDate: project?.endDate ?? "",
    budget: project?.budget ?? "",
    currency: project?.currency ?? "",
    summary: project?.summary ?? "",
    objectives: project?.objectives.join("\n") ?? "",
    outcomes: project?.outcomes ?? "",
    translations: project
      ? translationFormValues(readTranslations(project.translations, PROJECT_TEXT_FIELDS), PROJECT_TEXT_FIELDS)
      : emptyTranslations(PROJECT_TEXT_FIELDS),
    isPublic: project?.isPublic ?? false,
    budgetIsPublic: project?.budgetIsPublic ?? false,
    partners: (project?.partners ?? []).map((row) => ({
      rowId: row.id,
      partnerId: row.partnerId ?? "",
      role: (CONSORTIUM_ROLES as readonly string[]).includes(row.role) ? (row.role as (typeof CONSORTIUM_ROLES)[number]) : "partner",
      pic: row.pic ?? "",
    })),
    // Members whose account was removed are not in the form: the team is accounts.
    team: (project?.team ?? []).flatMap((row) =>
      row.userId && isUuid(row.userId)
        ? [{ rowId: row.id, userId: row.userId, role: (TEAM_ROLES as readonly string[]).includes(row.role) ? (row.role as (typeof TEAM_ROLES)[number]) : "member" }]
        : [],
    ),
  };
}

/** Lines of a one-per-line text, trimmed, blanks dropped. */
export function linesOf(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

// ─── The staff list's URL parameters ───

export const PROJECT_LIST_PAGE_SIZE = 25;

/** The staff list's filters, read from the URL; anything tampered with is ignored rather than refused. */
export const projectListFilterSchema = z.object({
  q: searchQuery,
  status: searchParam(choice(ProjectStatus)),
  program: searchParam(z.string().trim().max(200)),
  unitId: searchParam(z.uuid()),
  role: searchParam(choice(ProjectRole)),
  year: searchParam(z.coerce.number().int().min(1990).max(2100)),
  page: pageParam(),
});

export type ProjectListFilter = z.output<typeof projectListFilterSchema>;
