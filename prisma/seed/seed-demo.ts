import { db } from "@/lib/db/client";
import { INSTITUTION } from "@/prisma/seed-data/institution";
import { seedAgreements } from "./seed-agreements";
import { seedCenters, seedPartners, seedProjects, seedPrograms } from "./seed-directory";
import { DEMO_ACCOUNTS, demoStudents, seedInstitution, seedUsers } from "./seed-institution";
import { seedEvents } from "./seed-events";
import { seedNews } from "./seed-news";
import { seedGrantCalls } from "./seed-grant-calls";
import { seedOpportunities } from "./seed-opportunities";
import { seedStrategy } from "./seed-strategy";
import { seedVisits } from "./seed-visits";
import { seedInternationalStudents } from "./seed-international-students";
import { seedLetterTemplates } from "@/lib/visits/letters/templates";

/**
 * The demo: Khazar University with the partners, centers, projects and programs of the office pages in
 * shared/seeds, plus plausible agreements, calls, applications and mobility records around today's date.
 * Everything is written in one transaction (all or nothing) and keyed by stable ids, so running it
 * again changes nothing.
 */
export async function seedDemo(today = new Date()): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const unitIds = await seedInstitution(tx);
      const userIds = await seedUsers(tx, unitIds);
      await seedInternationalStudents(tx, { unitIds, today });
      const programs = await seedPrograms(tx);
      const partners = await seedPartners(tx);
      await seedCenters(tx);
      await seedProjects(tx, { partners, institutionName: INSTITUTION.name, today });
      const officerId = userIds.get("officer@khazar.org")!;
      const agreements = await seedAgreements(tx, { partners, programs, unitIds, officerId, today });
      const studentIds = [DEMO_ACCOUNTS[3]!.email, ...demoStudents().map((s) => s.email)].map((email) => userIds.get(email)!);
      await seedOpportunities(tx, { agreements, programs, studentIds, officerId, today });
      await seedStrategy(tx, { adminId: userIds.get("admin@khazar.org") ?? null });
      await seedGrantCalls(tx, { today });
      await seedVisits(tx, { today, partners, agreements, unitIds, userIds });
      await seedEvents(tx, { today, partners, unitIds });
      await seedLetterTemplates(tx);
      await seedNews(tx, { today, authorId: officerId });
    },
    { timeout: 300_000, maxWait: 30_000 },
  );
}

/** Seeds only a database without users or institution: never mixes demo data into real data. */
export async function seedDemoIfEmpty(): Promise<"seeded" | "skipped"> {
  const [institutions, users] = await Promise.all([db.institution.count(), db.user.count()]);
  if (institutions > 0 || users > 0) return "skipped";
  await seedDemo();
  return "seeded";
}
