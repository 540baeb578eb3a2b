import type { TransactionClient } from "@/lib/db/client";
import { CENTERS as CENTER_DATA, type CenterSeed } from "@/prisma/seed-data/centers";
import { PARTNERS as PARTNER_DATA, type PartnerSeed } from "@/prisma/seed-data/partners";
import { PROGRAMS as PROGRAM_DATA, type ProgramSeed } from "@/prisma/seed-data/programs";
import { PROJECTS as PROJECT_DATA, activityTranslations, projectTranslations, workPackageTranslations, type ProjectSeed } from "@/prisma/seed-data/projects";

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
  for (const project of PROJECTS) {
    const id = stableId("project", project.code);
    // A project the seeds give no dates for is placed in the three years before the seed pages were written.
    const startDate = new Date(project.startDate ?? "2018-01-01");
    const endDate = project.ongoing ? ongoingProjectEnd(today) : new Date(project.endDate ?? "2020-12-31");
    // The badge ("Coordinator"/"Partner") and the coordinator shown must tell the same story.
    if ((project.ourRole === "COORDINATOR") !== !project.coordinator) {
      throw new Error(`project ${project.code}: a partner project names its coordinator, a coordinated one does not`);
    }
    const data = {
      title: project.title,
      acronym: project.acronym ?? null,
      fundingProgram: project.fundingProgram,
      grantNumber: project.grantNumber ?? null,
      coordinatorInstitution: project.coordinator?.name ?? institutionName,
      ourRole: project.ourRole,
      startDate,
      endDate,
      budget: project.budget ?? null,
      currency: project.currency ?? null,
      summary: project.summary,
      objectives: [...project.objectives],
      outcomes: project.outcomes.join("\n"),
      translations: projectTranslations(project),
      isPublic: project.isPublic,
    };
    await tx.project.upsert({ where: { slug: project.code }, create: { id, slug: project.code, ...data }, update: data });

    // Children are replaced as a whole: the seed is their only author in the demo.
    await tx.projectPartner.deleteMany({ where: { projectId: id } });
    await tx.workPackage.deleteMany({ where: { projectId: id } });
    await tx.projectActivity.deleteMany({ where: { projectId: id } });
    const consortium = [...(project.coordinator ? [project.coordinator] : []), ...project.partners];
    await tx.projectPartner.createMany({
      data: consortium.map((member) => ({
        projectId: id,
        partnerId: partners.get(member.name)?.id ?? null,
        name: member.name,
        countryCode: member.countryCode,
      })),
    });
    await tx.workPackage.createMany({
      data: project.workPackages.map((label, index) => ({ projectId: id, ...splitWorkPackage(label, index), translations: workPackageTranslations(project, index) })),
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
      })),
    });
  }
}
