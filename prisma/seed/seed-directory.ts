import type { TransactionClient } from "@/lib/db/client";
import { CENTERS as CENTER_DATA, type CenterSeed } from "@/prisma/seed-data/centers";
import { PARTNERS as PARTNER_DATA, type PartnerSeed } from "@/prisma/seed-data/partners";
import { PROGRAMS as PROGRAM_DATA, type ProgramSeed } from "@/prisma/seed-data/programs";
import {
  PROJECTS as PROJECT_DATA,
  activityTranslations,
  budgetExpenses,
  budgetLines,
  daysBefore,
  deliverableDueDate,
  projectPeriod,
  projectStatusOf,
  projectTranslations,
  workPackagePlan,
  workPackageTranslations,
  type ProjectSeed,
} from "@/prisma/seed-data/projects";

// Widened to their interfaces: optional fields are then plain optional properties.
const CENTERS: readonly CenterSeed[] = CENTER_DATA;
const PARTNERS: readonly PartnerSeed[] = PARTNER_DATA;
const PROGRAMS: readonly ProgramSeed[] = PROGRAM_DATA;
const PROJECTS: readonly ProjectSeed[] = PROJECT_DATA;
import { slugify, stableId } from "./stable-id";

export interface DirectoryIds {
  partners: Map<string, { id: string; countryCode: string; kind: string; status: string }>;
  programs: Map<string, string>;
}

export async function seedPrograms(tx: TransactionClient): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const program of PROGRAMS) {
    const data = {
      name: program.name,
      description: program.description,
      // The demo's default language is English (the plain columns); Azerbaijani and Russian beside it.
      translations: program.translations,
      funder: program.funder,
      url: program.url ?? null,
      isActive: program.active,
    };
    const row = await tx.mobilityProgram.upsert({
      where: { code: program.code },
      create: { id: stableId("program", program.code), code: program.code, ...data },
      update: data,
      select: { id: true },
    });
    ids.set(program.code, row.id);
  }
  return ids;
}

export async function seedPartners(tx: TransactionClient): Promise<DirectoryIds["partners"]> {
  const ids: DirectoryIds["partners"] = new Map();
  for (const partner of PARTNERS) {
    const slug = slugify(partner.name);
    const data = {
      name: partner.name,
      kind: partner.kind,
      countryCode: partner.countryCode,
      city: partner.city ?? null,
      website: partner.website ?? null,
      description: partner.description,
      translations: partner.translations ?? {},
      areas: [...partner.areas],
      status: partner.status,
      isPublic: true,
      internalNotes: `Imported from the office's partner table (${partner.source}).`,
    };
    const row = await tx.partner.upsert({
      where: { slug },
      create: { id: stableId("partner", slug), slug, ...data },
      update: data,
      select: { id: true },
    });
    ids.set(partner.name, { id: row.id, countryCode: partner.countryCode, kind: partner.kind, status: partner.status });
    if (partner.kind === "UNIVERSITY" && partner.status === "ACTIVE") {
      await tx.partnerContact.deleteMany({ where: { partnerId: row.id } });
      await tx.partnerContact.createMany({
        data: [
          {
            id: stableId("partner-contact-public", slug),
            partnerId: row.id,
            name: "International Office",
            position: "General enquiries",
            email: null,
            isPublic: true,
          },
          {
            id: stableId("partner-contact-internal", slug),
            partnerId: row.id,
            name: "Exchange coordinator (demo)",
            position: "Incoming and outgoing mobility",
            email: `exchange@${slug.slice(0, 20)}.example.org`,
            isPublic: false,
          },
        ],
      });
    }
  }
  return ids;
}

export async function seedCenters(tx: TransactionClient): Promise<void> {
  for (const center of CENTERS) {
    const data = {
      name: center.name,
      organization: center.organization,
      description: center.description,
      location: center.location,
      openingHours: center.openingHours,
      // The plain texts are English, the demo's default language; Azerbaijani and Russian beside them (decision 010).
      translations: center.translations,
      email: center.email,
      phone: center.phone ?? null,
      website: center.website ?? null,
      isPublic: true,
    };
    await tx.center.upsert({
      where: { slug: center.code },
      create: { id: stableId("center", center.code), slug: center.code, ...data },
      update: data,
    });
  }
}

/** "WP6 Quality Plan" → code "WP6", title "Quality Plan": the number is the code, never part of the title. */
export function splitWorkPackage(label: string, index: number): { code: string; title: string } {
  const numbered = /^WP\s*(\d+)\s*[:.\u2013-]?\s*(.+)$/i.exec(label.trim());
  return numbered ? { code: `WP${numbered[1]}`, title: numbered[2]! } : { code: `WP${index + 1}`, title: label.trim() };
}

/** A project the seed says is still running ends, in the demo, with the academic year after today's. */
function ongoingProjectEnd(today: Date): Date {
  const academicYear = today.getUTCMonth() >= 8 ? today.getUTCFullYear() : today.getUTCFullYear() - 1;
  return new Date(Date.UTC(academicYear + 2, 7, 31));
}

export async function seedProjects(
  tx: TransactionClient,
  { partners, institutionName, today }: { partners: DirectoryIds["partners"]; institutionName: string; today: Date },
): Promise<void> {
  const todayIso = today.toISOString().slice(0, 10);
  const ongoingEnd = ongoingProjectEnd(today).toISOString().slice(0, 10);
  const [units, staff] = await Promise.all([
    tx.unit.findMany({ select: { id: true, code: true } }),
    tx.user.findMany({ where: { role: { in: ["COORDINATOR", "OFFICER", "ADMIN"] } }, select: { id: true, email: true, name: true } }),
  ]);
  const unitIdOf = new Map(units.map((unit) => [unit.code, unit.id]));
  const staffOf = new Map(staff.map((user) => [user.email, user]));
  const officerId = staffOf.get("officer@khazar.org")?.id ?? null;

  for (const project of PROJECTS) {
    const id = stableId("project", project.code);
    const period = projectPeriod(project, todayIso, ongoingEnd);
    const startDate = new Date(period.start);
    // The badge ("Coordinator"/"Partner") and the coordinator shown must tell the same story.
    if ((project.ourRole === "COORDINATOR") !== !project.coordinator) {
      throw new Error(`project ${project.code}: a partner project names its coordinator, a coordinated one does not`);
    }
    const status = projectStatusOf(project, period.end, todayIso);
    const submittedOn = daysBefore(todayIso, project.submittedDaysAgo);
    const decidedOn = daysBefore(todayIso, project.decidedDaysAgo);
    const data = {
      title: project.title,
      acronym: project.acronym ?? null,
      fundingProgram: project.fundingProgram,
      action: project.action ?? null,
      grantNumber: project.grantNumber ?? null,
      coordinatorInstitution: project.coordinator?.name ?? institutionName,
      ourRole: project.ourRole,
      status,
      submittedOn: submittedOn ? new Date(submittedOn) : null,
      decidedOn: decidedOn ? new Date(decidedOn) : null,
      unitId: project.unitCode ? (unitIdOf.get(project.unitCode) ?? null) : null,
      startDate,
      endDate: new Date(period.end),
      budget: project.budget?.total ?? null,
      currency: project.budget?.currency ?? null,
      budgetIsPublic: project.budget?.isPublic ?? false,
      summary: project.summary,
      objectives: [...project.objectives],
      outcomes: project.outcomes.join("\n"),
      translations: projectTranslations(project),
      isPublic: project.isPublic,
    };
    await tx.project.upsert({ where: { slug: project.code }, create: { id, slug: project.code, ...data }, update: data });

    // Children are replaced as a whole, with the same ids on every run: the seed is their only author in the demo.
    await tx.expense.deleteMany({ where: { projectId: id } });
    await tx.budgetLine.deleteMany({ where: { projectId: id } });
    await tx.deliverable.deleteMany({ where: { projectId: id } });
    await tx.projectMember.deleteMany({ where: { projectId: id } });
    await tx.workPackage.deleteMany({ where: { projectId: id } });
    await tx.projectPartner.deleteMany({ where: { projectId: id } });
    await tx.projectActivity.deleteMany({ where: { projectId: id } });
    const memberId = (name: string) => stableId("project-partner", `${project.code}:${name}`);
    const consortium = [...(project.coordinator ? [{ ...project.coordinator, role: "coordinator" }] : []), ...project.partners];
    await tx.projectPartner.createMany({
      data: consortium.map((member) => ({
        id: memberId(member.name),
        projectId: id,
        partnerId: partners.get(member.name)?.id ?? null,
        name: member.name,
        countryCode: member.countryCode,
        role: member.role ?? "partner",
      })),
    });
    await tx.workPackage.createMany({
      data: project.workPackages.map((label, index) => {
        const { code, title } = splitWorkPackage(label, index);
        const plan = workPackagePlan(project, code, period);
        const workPackage = { code, title, startMonth: plan.startMonth, endMonth: plan.endMonth, leadPartnerId: plan.lead ? memberId(plan.lead) : null };
        return { id: stableId("work-package", `${project.code}:${code}`), projectId: id, ...workPackage, translations: workPackageTranslations(project, index) };
      }),
    });
    await tx.projectActivity.createMany({
      data: project.activities.map((activity, index) => ({
        projectId: id,
        title: activity.title,
        translations: activityTranslations(project, index),
        // An activity the seed does not date (e.g. PROMIG's training in Baku) is shown at the project's start.
        startDate: activity.startDate ? new Date(activity.startDate) : startDate,
        endDate: activity.endDate ? new Date(activity.endDate) : null,
        place: activity.place ?? null,
        participants: activity.participants ?? "",
        description: activity.description,
        staffCount: activity.staffCount ?? null,
        studentCount: activity.studentCount ?? null,
      })),
    });
    await tx.projectMember.createMany({
      data: (project.team ?? []).flatMap(({ email, role }) => {
        const user = staffOf.get(email);
        return user ? [{ id: stableId("project-member", `${project.code}:${email}`), projectId: id, userId: user.id, name: user.name, role }] : [];
      }),
    });
    await tx.deliverable.createMany({
      data: (project.deliverables ?? []).map((deliverable) => ({
        id: stableId("deliverable", `${project.code}:${deliverable.code}`),
        projectId: id,
        workPackageId: deliverable.workPackage ? stableId("work-package", `${project.code}:${deliverable.workPackage}`) : null,
        kind: deliverable.kind,
        code: deliverable.code,
        title: deliverable.title,
        responsible: deliverable.responsible ?? null,
        status: deliverable.status,
        dueDate: new Date(deliverableDueDate(deliverable.due, period.start, todayIso)),
      })),
    });
    if (!project.budget) continue;
    // A proposal's budget is what was asked for: open lines, nothing spent.
    const underWay = status === "RUNNING" || status === "CLOSED";
    const budgetPeriod = { ...period, today: todayIso };
    const lines = budgetLines(project.code, project.budget, budgetPeriod).map((line) => ({ ...line, closed: underWay && line.closed }));
    await tx.budgetLine.createMany({
      data: lines.map(({ key, category, year, planned, closed }) => ({ id: stableId("budget-line", key), projectId: id, category, year, planned, closed })),
    });
    await tx.expense.createMany({
      data: (underWay ? budgetExpenses(lines, project.budget, budgetPeriod) : []).map(({ key, lineKey, spentOn, ...expense }) => ({
        ...expense,
        id: stableId("expense", key),
        projectId: id,
        budgetLineId: stableId("budget-line", lineKey),
        spentOn: new Date(spentOn),
        createdById: officerId,
      })),
    });
  }
}
