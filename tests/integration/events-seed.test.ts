import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { readTranslations } from "@/lib/translations/content";
import { seedDemo } from "@/prisma/seed/seed-demo";

/**
 * The demo's events (prisma/seed/seed-events.ts): drawn from the office pages, in three languages,
 * linked to the registry's partners and to the visits they belong to, some taking registrations, one
 * full with a waiting list, one internal; and no event with more confirmed than its places.
 */

beforeAll(async () => {
  await seedDemo();
}, 120_000);

const bySlug = (slug: string) =>
  db.event.findUniqueOrThrow({ where: { slug }, include: { partners: { include: { partner: { select: { name: true } } } }, visit: { select: { title: true } } } });

describe("the demo's events", () => {
  it("gives every event an Azerbaijani and a Russian title and description, and a venue in each language where it has one", async () => {
    const events = await db.event.findMany();
    expect(events.length).toBeGreaterThanOrEqual(12);
    for (const event of events) {
      const texts = readTranslations(event.translations, ["title", "description", "place"]);
      for (const language of ["az", "ru"] as const) {
        expect(texts[language]?.title, `${event.slug} title (${language})`).toBeTruthy();
        expect(texts[language]?.description, `${event.slug} description (${language})`).toBeTruthy();
        if (event.place) expect(texts[language]?.place, `${event.slug} place (${language})`).toBeTruthy();
      }
      expect(event.place || event.onlineUrl, `${event.slug} venue or link`).toBeTruthy();
      if (event.endsAt) expect(event.endsAt >= event.startsAt).toBe(true);
    }
  });

  it("names the DAAD, Fulbright and British Council partners, and links the guest lecture and the PROMIG training to their visits", async () => {
    expect((await bySlug("daad-scholarships-for-study-and-research-in-germany")).partners.map((row) => row.partner.name)).toEqual(["DAAD – German Academic Exchange Service"]);
    expect((await bySlug("webinar-fulbright-foreign-student-program")).partners.map((row) => row.partner.name)).toEqual(["Fulbright Program"]);
    expect((await bySlug("famelab-azerbaijan-science-communication-workshop-with-the-british-council")).partners.map((row) => row.partner.name)).toEqual(["British Council"]);
    const lecture = await bySlug("guest-lecture-the-contemporary-british-novel");
    expect(lecture).toMatchObject({ kind: "GUEST_LECTURE", registrationMode: "ANYONE" });
    expect(lecture.visit?.title).toBe("Guest lecture: contemporary British fiction");
    expect((await bySlug("promig-training-theories-and-methods-of-migration-research")).visit?.title).toMatch(/University of Graz delegation/);
  });

  it("takes registrations for some, has a full one with a waiting list and an internal one, and never more confirmed than the places", async () => {
    const full = await bySlug("famelab-azerbaijan-science-communication-workshop-with-the-british-council");
    const counts = async (eventId: string, status: "CONFIRMED" | "WAITLISTED") => db.eventRegistration.count({ where: { eventId, status } });
    expect(await counts(full.id, "CONFIRMED")).toBe(full.capacity);
    expect(await counts(full.id, "WAITLISTED")).toBeGreaterThan(0);
    expect(await db.event.count({ where: { isPublished: false } })).toBeGreaterThanOrEqual(1);
    expect(await db.event.count({ where: { registrationMode: "SIGNED_IN" } })).toBeGreaterThanOrEqual(1);
    for (const event of await db.event.findMany({ where: { capacity: { not: null } } })) {
      expect(await counts(event.id, "CONFIRMED"), event.slug).toBeLessThanOrEqual(event.capacity!);
    }
  });
});
