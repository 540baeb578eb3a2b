import { describe, expect, it } from "vitest";
import { academicYearOf, toIsoDay } from "@/lib/agreements/dates";
import { db } from "@/lib/db/client";
import { INSTITUTION_LIST_FIELDS, INSTITUTION_TRANSLATED_FIELDS, type InstitutionAbout } from "@/lib/institution/localize";
import { readStoredFile } from "@/lib/storage/store-file";
import { checkUpload } from "@/lib/storage/upload-rules";
import { readTranslations } from "@/lib/translations/content";
import { CENTERS } from "@/prisma/seed-data/centers";
import { INSTITUTION } from "@/prisma/seed-data/institution";
import { PARTNERS } from "@/prisma/seed-data/partners";
import { PROJECTS } from "@/prisma/seed-data/projects";
import { seedDemo, seedDemoIfEmpty } from "@/prisma/seed/seed-demo";

async function countRows(): Promise<Record<string, number>> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
  const counts: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${table_name}"`);
    counts[table_name] = row!.n;
  }
  return counts;
}

describe("demo seed", () => {
  it("seeds an empty database with the office's real partners, centers and projects", { timeout: 120_000 }, async () => {
    expect(await seedDemoIfEmpty()).toBe("seeded");
    expect(await db.partner.count()).toBe(PARTNERS.length);
    expect(await db.center.count()).toBe(CENTERS.length);
    expect(await db.project.count()).toBe(PROJECTS.length);
    expect(await db.user.findMany({ where: { email: { in: ["admin@khazar.org", "officer@khazar.org", "coordinator@khazar.org", "student@khazar.org"] } }, select: { role: true }, orderBy: { role: "asc" } }))
      .toEqual([{ role: "ADMIN" }, { role: "OFFICER" }, { role: "COORDINATOR" }, { role: "STUDENT" }]);
    const ucla = await db.partner.findFirstOrThrow({ where: { name: "University of California, Los Angeles" } });
    expect(ucla.countryCode).toBe("US");
    expect(await db.agreement.count({ where: { status: "ACTIVE" } })).toBeGreaterThan(20);
    expect(await db.opportunity.count({ where: { status: "PUBLISHED", closesAt: { gt: new Date() } } })).toBeGreaterThan(5);
    expect(await db.mobilityRecord.count()).toBeGreaterThan(100);
    expect(await db.agreement.count({ where: { predecessorId: { not: null } } })).toBe(1);
  });

  // What follows reads the demo exactly as the first test seeded it, for today's date.
  describe("reads like a real office's data", () => {
    it("sets the institution's time zone and reference number pattern, and numbers agreements by it", async () => {
      const institution = await db.institution.findUniqueOrThrow({ where: { id: 1 } });
      expect(institution.timeZone).toBe("Asia/Baku");
      expect(institution.agreementReferencePattern).toBe("KU-IRO-{year}-{seq}");
      const references = (await db.agreement.findMany({ where: { predecessorId: null }, select: { referenceNumber: true } })).map((a) => a.referenceNumber);
      for (const reference of references) expect(reference).toMatch(/^KU-IRO-\d{4}-\d{3}$/);
      // {seq} counts per year from 001, without gaps.
      const byYear = new Map<string, string[]>();
      for (const reference of references) byYear.set(reference.slice(7, 11), [...(byYear.get(reference.slice(7, 11)) ?? []), reference]);
      for (const numbers of byYear.values()) {
        expect(numbers.map((reference) => Number(reference.slice(-3))).sort((a, b) => a - b)).toEqual(numbers.map((_, i) => i + 1));
      }
    });

    it("gives every project a real period, the role its coordinator implies, and activities inside the period", async () => {
      const projects = await db.project.findMany({ include: { workPackages: true, activities: true } });
      expect(projects).toHaveLength(PROJECTS.length);
      for (const project of projects) {
        const where = `project ${project.slug}`;
        // No source page gives a project that starts and ends on the same day.
        expect(project.endDate.getTime(), where).toBeGreaterThan(project.startDate.getTime());
        expect(project.ourRole === "COORDINATOR", where).toBe(project.coordinatorInstitution === INSTITUTION.name);
        for (const wp of project.workPackages) {
          expect(wp.code, where).toMatch(/^WP\d+$/);
          expect(wp.title, `${where}: ${wp.code} ${wp.title}`).not.toMatch(/^WP\s*\d/i);
        }
        for (const activity of project.activities) {
          const end = activity.endDate ?? activity.startDate;
          expect(end.getTime(), `${where}: ${activity.title}`).toBeGreaterThanOrEqual(activity.startDate.getTime());
          expect(activity.startDate.getTime(), `${where}: ${activity.title}`).toBeGreaterThanOrEqual(project.startDate.getTime());
          expect(end.getTime(), `${where}: ${activity.title}`).toBeLessThanOrEqual(project.endDate.getTime());
        }
      }
      const norwegian = projects.find((p) => p.slug === "norwegian-studies")!;
      expect(norwegian.ourRole).toBe("PARTNER");
      expect(norwegian.coordinatorInstitution).toBe("University of Oslo");
      expect(norwegian.endDate.getTime()).toBeGreaterThan(Date.now());
      const nizami = projects.find((p) => p.slug === "nizami")!;
      expect(nizami.workPackages.map((wp) => [wp.code, wp.title])).toEqual([["WP6", "Quality Plan (with Heidelberg University)"]]);
      // The dates of the source page, not the project's start.
      const pawer = projects.find((p) => p.slug === "pawer")!;
      const dated = (title: string) => pawer.activities.filter((a) => a.title === title).map((a) => [toIsoDay(a.startDate), toIsoDay(a.endDate)]);
      expect(dated("Trainings on Bologna tools, ECTS and recognition")).toEqual([["2017-04-01", "2017-06-30"]]);
      expect(dated("Training in Europe")).toEqual([["2017-11-01", "2017-12-31"]]);
    });

    it("never has a person abroad twice at the same time", async () => {
      const overlaps = await db.$queryRaw<{ personName: string; a: string; b: string }[]>`
        SELECT m1."personName", m1.id::text AS a, m2.id::text AS b
        FROM "MobilityRecord" m1
        JOIN "MobilityRecord" m2
          ON m1.id < m2.id
         AND (m1."personName" = m2."personName" OR m1."userId" = m2."userId")
         AND m1."startDate" <= m2."endDate" AND m2."startDate" <= m1."endDate"
        WHERE m1.status <> 'CANCELLED' AND m2.status <> 'CANCELLED'`;
      expect(overlaps).toEqual([]);
      // Nor does anyone go abroad more than once in an academic year.
      const repeated = await db.$queryRaw<{ personName: string }[]>`
        SELECT "personName" FROM "MobilityRecord" GROUP BY "personName", "academicYear" HAVING count(*) > 1`;
      expect(repeated).toEqual([]);
    });

    it("counts mobilities per year like an office that sends about fifty students a year", async () => {
      const today = new Date();
      const current = academicYearOf(toIsoDay(today)!);
      const rows = await db.mobilityRecord.groupBy({
        by: ["academicYear", "direction", "participantType"],
        where: { status: { not: "CANCELLED" } },
        _count: { _all: true },
      });
      const count = (year: number, direction: "OUTGOING" | "INCOMING", participantType: "STUDENT" | "STAFF") =>
        rows.find((r) => r.academicYear === year && r.direction === direction && r.participantType === participantType)?._count._all ?? 0;
      // The last three complete years: "more than 500 students sent in ten years", "95 students from 17 countries".
      for (const year of [current - 1, current - 2, current - 3]) {
        expect(count(year, "OUTGOING", "STUDENT"), `outgoing students ${year}`).toBeGreaterThanOrEqual(25);
        expect(count(year, "OUTGOING", "STUDENT"), `outgoing students ${year}`).toBeLessThanOrEqual(90);
        expect(count(year, "INCOMING", "STUDENT"), `incoming students ${year}`).toBeGreaterThanOrEqual(8);
        expect(count(year, "INCOMING", "STUDENT"), `incoming students ${year}`).toBeLessThanOrEqual(50);
        expect(count(year, "OUTGOING", "STAFF"), `outgoing staff ${year}`).toBeGreaterThanOrEqual(3);
        expect(count(year, "OUTGOING", "STAFF"), `outgoing staff ${year}`).toBeLessThanOrEqual(30);
      }
      for (const row of rows) expect(row._count._all, `${row.academicYear} ${row.direction} ${row.participantType}`).toBeLessThanOrEqual(90);
      // No record reaches past the current academic year, and none has more people than the agreed places.
      expect(Math.max(...rows.map((r) => r.academicYear))).toBeLessThanOrEqual(current);
      const overPlaces = await db.$queryRaw<{ agreementId: string }[]>`
        SELECT m."agreementId"::text FROM "MobilityRecord" m
        JOIN "CooperationCondition" c ON c."agreementId" = m."agreementId" AND c.direction = m.direction AND c."mobilityType" = m."mobilityType"
        WHERE m."academicYear" NOT BETWEEN c."fromAcademicYear" AND c."toAcademicYear"
        UNION ALL
        SELECT m."agreementId"::text FROM "MobilityRecord" m
        JOIN "CooperationCondition" c ON c."agreementId" = m."agreementId" AND c.direction = m.direction AND c."mobilityType" = m."mobilityType"
        GROUP BY m."agreementId", m."academicYear", m.direction, m."mobilityType", c."placesPerYear"
        HAVING count(*) > c."placesPerYear"`;
      expect(overPlaces).toEqual([]);
    });

    it("keeps every status consistent with its dates", async () => {
      const today = toIsoDay(new Date())!;
      for (const m of await db.mobilityRecord.findMany()) {
        const [start, end] = [toIsoDay(m.startDate)!, toIsoDay(m.endDate)!];
        const where = `${m.personName} ${start}–${end} ${m.status}`;
        expect(m.academicYear, where).toBe(academicYearOf(start));
        if (m.status === "COMPLETED") expect(end < today, where).toBe(true);
        if (m.status === "ONGOING") expect(start <= today && today <= end, where).toBe(true);
        if (m.status === "PLANNED") expect(start > today, where).toBe(true);
      }
      for (const a of await db.agreement.findMany()) {
        const [start, end] = [toIsoDay(a.startsOn), toIsoDay(a.endsOn)];
        const where = `${a.referenceNumber} ${start}–${end} ${a.status}`;
        if (a.status === "ACTIVE") expect(start! <= today && today <= end!, where).toBe(true);
        if (a.status === "EXPIRED") expect(end! < today, where).toBe(true);
        if (["DRAFT", "IN_NEGOTIATION", "AWAITING_SIGNATURE"].includes(a.status)) expect(a.signedOn, where).toBeNull();
      }
      const now = new Date();
      const opportunities = await db.opportunity.findMany({ include: { applications: { include: { statusChanges: { orderBy: { at: "asc" } } } } } });
      for (const o of opportunities) {
        if (o.status === "PUBLISHED") expect(o.closesAt > now && o.opensAt <= now, o.title).toBe(true);
        if (o.status === "CLOSED") expect(o.closesAt <= now, o.title).toBe(true);
        for (const application of o.applications) {
          const where = `${o.title}: ${application.status}`;
          if (application.status === "DRAFT") {
            expect(application.submittedAt, where).toBeNull();
            continue;
          }
          expect(application.submittedAt! >= o.opensAt && application.submittedAt! <= o.closesAt, where).toBe(true);
          const times = application.statusChanges.map((change) => change.at.getTime());
          expect(application.statusChanges.at(-1)?.toStatus, where).toBe(application.status);
          expect(times[0], where).toBe(application.submittedAt!.getTime());
          expect(Math.max(...times), where).toBeLessThanOrEqual(now.getTime());
          expect(application.decidedAt !== null, where).toBe(application.status === "REJECTED" || application.status === "ACCEPTED");
        }
      }
    });

    it("stores every mandatory document of every submitted application as a real PDF", async () => {
      const submitted = await db.application.findMany({
        where: { status: { not: "DRAFT" } },
        include: {
          documents: { include: { file: true } },
          opportunity: { select: { requiredDocuments: { where: { isMandatory: true }, select: { id: true } } } },
        },
      });
      expect(submitted.length).toBeGreaterThan(20);
      for (const application of submitted) {
        const uploaded = new Set(application.documents.map((d) => d.requirementId));
        for (const requirement of application.opportunity.requiredDocuments) expect(uploaded.has(requirement.id), application.id).toBe(true);
      }
      const sample = submitted[0]!.documents[0]!.file;
      const bytes = await readStoredFile(sample.storageKey);
      expect(bytes.byteLength).toBe(sample.sizeBytes);
      expect(await checkUpload(bytes, { maxBytes: 1_000_000 })).toMatchObject({ ok: true, mimeType: "application/pdf" });
    });

    it("shows people no codes: calls' texts name programs as people do, not as ERASMUS_KA171 or BILATERAL", async () => {
      const calls = await db.opportunity.findMany({ select: { title: true, description: true, funding: true, academicPeriod: true } });
      expect(calls.length).toBeGreaterThan(0);
      const programCodes = (await db.mobilityProgram.findMany({ select: { code: true } })).map((program) => program.code);
      for (const call of calls) {
        const text = [call.title, call.description, call.funding, call.academicPeriod].join(" ");
        expect(text, call.title).not.toMatch(/\b[A-Z]{2,}(?:[_ ][A-Z0-9]{2,})+\b/);
        for (const code of programCodes) expect(text.includes(code) || text.includes(code.replaceAll("_", " ")), `${call.title}: ${code}`).toBe(false);
      }
    });

    it("gives the institution, its contacts, every unit, every project and every event Azerbaijani and Russian texts", async () => {
      // Written in each language's own script, not an English copy.
      const SCRIPT = { az: /[əğıöüşçƏĞİÖÜŞÇ]/, ru: /[а-яё]/i } as const;
      const institution = await db.institution.findUniqueOrThrow({ where: { id: 1 }, include: { contacts: true } });
      const about = institution.about as unknown as InstitutionAbout;
      const units = await db.unit.findMany();
      const projects = await db.project.findMany({ include: { workPackages: true, activities: true } });
      const events = await db.event.findMany();
      expect(units).toHaveLength(INSTITUTION.units.length);
      expect(institution.contacts).toHaveLength(INSTITUTION.contacts.length);
      for (const language of ["az", "ru"] as const) {
        const written = (where: string, text: string | string[] | undefined) => {
          expect(text, `${language} ${where}`).toBeTruthy();
          expect([text].flat().join(" "), `${language} ${where}`).toMatch(SCRIPT[language]);
        };
        const texts = readTranslations(institution.translations, INSTITUTION_TRANSLATED_FIELDS)[language] ?? {};
        for (const field of INSTITUTION_TRANSLATED_FIELDS) written(`institution ${field}`, texts[field]);
        for (const list of INSTITUTION_LIST_FIELDS) expect(texts[list], `${language} ${list}`).toHaveLength(about[list].length);
        for (const contact of institution.contacts) written(`contact ${contact.name}`, readTranslations(contact.translations, ["position"])[language]?.position);
        for (const unit of units) written(`unit ${unit.code}`, readTranslations(unit.translations, ["name"])[language]?.name);
        for (const project of projects) {
          const projectTexts = readTranslations(project.translations, ["title", "summary", "objectives", "outcomes"])[language] ?? {};
          written(`${project.slug} title`, projectTexts.title);
          written(`${project.slug} summary`, projectTexts.summary);
          expect(projectTexts.objectives, `${language} ${project.slug} objectives`).toHaveLength(project.objectives.length);
          if (project.outcomes) expect(String(projectTexts.outcomes).split("\n"), `${language} ${project.slug} outcomes`).toHaveLength(project.outcomes.split("\n").length);
          for (const wp of project.workPackages) written(`${project.slug} ${wp.code}`, readTranslations(wp.translations, ["title"])[language]?.title);
          for (const activity of project.activities) {
            const activityTexts = readTranslations(activity.translations, ["title", "description"])[language];
            written(`${project.slug} activity ${activity.title}`, activityTexts?.title);
            written(`${project.slug} activity ${activity.title} description`, activityTexts?.description);
          }
        }
        for (const event of events) written(`event ${event.slug}`, readTranslations(event.translations, ["title", "description"])[language]?.title);
      }
    });
  });

  it("is idempotent: a second run changes no row count, and a non-empty database is left alone", { timeout: 120_000 }, async () => {
    const today = new Date("2026-11-22T08:00:00Z");
    await seedDemo(today);
    const first = await countRows();
    await seedDemo(today);
    expect(await countRows()).toEqual(first);
    expect(await seedDemoIfEmpty()).toBe("skipped");
    expect(await countRows()).toEqual(first);
  });
});
