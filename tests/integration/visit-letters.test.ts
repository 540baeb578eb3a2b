import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as downloadLetter } from "@/app/api/visits/[id]/letters/[letterId]/route";
import { GET as downloadAgenda } from "@/app/api/visits/[id]/agenda/route";
import { db } from "@/lib/db/client";
import { generateVisitLetterAction, saveLetterTemplateAction } from "@/lib/visits/letters/actions";
import { listVisitLetters } from "@/lib/visits/letters/queries";
import { seedLetterTemplates } from "@/lib/visits/letters/templates";
import { actAs, actAsVisitor } from "@/tests/helpers/act-as";
import { countAllRows, createUnit, createUser, ensureInstitution, type TestUser } from "@/tests/helpers/factories";
import { pdfText } from "@/tests/helpers/pdf-text";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * Invitation letters and the printed agenda: real PDFs whose text is read back with PDF.js, so
 * what a consulate reads (the passport name and number, Azerbaijani and Cyrillic letters) is
 * checked as text, not as bytes.
 */

let admin: TestUser;
let officer: TestUser;
let coordinator: TestUser;
let otherCoordinator: TestUser;
let unitId: string;

beforeAll(async () => {
  await ensureInstitution();
  await db.institution.update({
    where: { id: 1 },
    data: {
      name: "Khazar University",
      shortName: "KU",
      address: "41 Mahsati Street, Baku AZ1096",
      phone: "+994 12 421 79 16",
      logoPath: "/logo.svg",
      officeHeadName: "Aysel Mammadova",
      officeHeadTitle: "Head of the International Relations Office",
      translations: {
        az: { name: "Xəzər Universiteti", address: "Məhsəti küç. 41, Bakı AZ1096", officeHeadTitle: "Beynəlxalq əlaqələr ofisinin rəhbəri" },
        ru: { name: "Университет Хазар", address: "ул. Мехсети, 41, Баку AZ1096", officeHeadTitle: "Руководитель отдела международных связей" },
      },
    },
  });
  await db.$transaction((tx) => seedLetterTemplates(tx));
  unitId = (await createUnit()).id;
  admin = await createUser({ role: "ADMIN" });
  officer = await createUser({ role: "OFFICER" });
  coordinator = await createUser({ role: "COORDINATOR", unitId });
  otherCoordinator = await createUser({ role: "COORDINATOR" });
});

beforeEach(() => actAsVisitor());

interface GuestData {
  name: string;
  passportNumber?: string | null;
  nationalityCode?: string | null;
  letterLanguage?: string;
}

async function createVisit(guests: GuestData[], overrides: { direction?: "INCOMING" | "OUTGOING"; costsCoveredBy?: string } = {}) {
  return db.visit.create({
    data: {
      title: "Delegation of the University of Graz",
      direction: overrides.direction ?? "INCOMING",
      kind: "DELEGATION",
      purpose: "Talks on a joint summer school in migration studies",
      organizationName: "University of Graz",
      hostUnitId: unitId,
      startDate: new Date("2026-12-07T00:00:00Z"),
      endDate: new Date("2026-12-11T00:00:00Z"),
      costsCoveredBy: overrides.costsCoveredBy ?? "Khazar University covers accommodation; the University of Graz covers travel.",
      translations: { ru: { title: "Делегация Университета Граца" } },
      participants: {
        create: guests.map((guest, index) => ({
          name: guest.name,
          passportNumber: guest.passportNumber === undefined ? `P${1_000_000 + index}` : guest.passportNumber,
          nationalityCode: guest.nationalityCode === undefined ? "AT" : guest.nationalityCode,
          letterLanguage: guest.letterLanguage ?? "en",
          sortOrder: index,
        })),
      },
      agenda: {
        create: [
          {
            startsAt: new Date("2026-12-07T06:00:00Z"),
            endsAt: new Date("2026-12-07T07:30:00Z"),
            title: "Meeting with the Rector",
            location: "Rectorate, room 301",
            host: "Rector's office",
            participants: "Whole delegation",
            translations: { ru: { title: "Встреча с ректором", location: "Ректорат, ауд. 301" } },
          },
          { startsAt: new Date("2026-12-08T10:00:00Z"), title: "Campus tour", kind: "CAMPUS_TOUR" },
        ],
      },
    },
    select: { id: true, participants: { select: { id: true, name: true }, orderBy: { sortOrder: "asc" } } },
  });
}

function call<P>(handler: (request: Request, context: { params: Promise<P> }) => Promise<Response>, url: string, params: P) {
  return handler(new Request(new URL(url, "http://localhost:3000")), { params: Promise.resolve(params) });
}

async function generate(visitId: string, participantId: string | null, language: "en" | "az" | "ru") {
  const result = await generateVisitLetterAction({ visitId, participantId: participantId ?? "", language });
  if (!result.ok) throw new Error(`letter refused: ${result.code} ${result.formError}`);
  return result.data;
}

describe("invitation letters", () => {
  it("makes a guest's letter in Azerbaijani with the passport name and number as real text, and keeps it on the visit", async () => {
    const visit = await createVisit([{ name: "Anna GRUBER", passportNumber: "P4471203" }, { name: "Markus HUBER" }]);
    actAs(officer);
    const result = await generate(visit.id, visit.participants[0]!.id, "az");
    expect(result).toMatchObject({ status: "created", referenceNumber: expect.stringMatching(/^KU-INV-\d{4}-\d{3}$/) });
    if (result.status !== "created") return;

    const response = await call(downloadLetter, `/api/visits/${visit.id}/letters/${result.letterId}`, { id: visit.id, letterId: result.letterId });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const { pages, text } = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(pages).toBe(1);
    expect(text).toContain("Anna GRUBER");
    expect(text).toContain("P4471203");
    expect(text).toContain("Avstriya");
    expect(text).toContain("Xəzər Universiteti");
    expect(text).toContain("Dəvət məktubu");
    expect(text).toContain("Vətəndaşlığı");
    expect(text).toContain(result.referenceNumber);
    expect(text).toContain("7 dekabr 2026");
    expect(text).not.toContain("{{");
    expect(text).not.toContain("Markus HUBER");

    const [row] = await listVisitLetters(officer, visit.id);
    expect(row).toMatchObject({ referenceNumber: result.referenceNumber, language: "az", guestNames: ["Anna GRUBER"], createdBy: officer.name });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "Visit", entityId: visit.id, action: "letter.generate" } });
    expect(audit.actorId).toBe(officer.id);
    // The history names the letter, never the passport it prints.
    expect(JSON.stringify(audit.after)).not.toContain("P4471203");
  });

  it("makes one Russian letter for the whole delegation, a page per guest, in Cyrillic", async () => {
    const visit = await createVisit([{ name: "Anna GRUBER" }, { name: "Markus HUBER", nationalityCode: "DE" }]);
    actAs(admin);
    const result = await generate(visit.id, null, "ru");
    if (result.status !== "created") throw new Error("expected a letter");
    const letter = await db.visitLetter.findUniqueOrThrow({ where: { id: result.letterId }, select: { participantIds: true, file: { select: { storageKey: true } } } });
    expect(letter.participantIds.sort()).toEqual(visit.participants.map((p) => p.id).sort());
    const response = await call(downloadLetter, "/", { id: visit.id, letterId: result.letterId });
    const { pages, text } = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(pages).toBe(2);
    expect(text).toContain("Письмо-приглашение");
    expect(text).toContain("Гражданство: Австрия");
    expect(text).toContain("Гражданство: Германия");
    expect(text).toContain("Университет Хазар");
    expect(text).toContain("Исх. №");
    expect(text).toContain("Markus HUBER");
    expect(text).toContain("P1000001");
  });

  it("lists what is missing instead of making a letter, and stores nothing", async () => {
    const visit = await createVisit([{ name: "Anna GRUBER", passportNumber: null }, { name: "Markus HUBER", nationalityCode: null }], { costsCoveredBy: "" });
    actAs(officer);
    const before = await countAllRows();
    const result = await generate(visit.id, null, "en");
    expect(result).toEqual({
      status: "missing",
      missing: [
        { guest: null, field: "visit.costsCoveredBy" },
        { guest: "Anna GRUBER", field: "guest.passportNumber" },
        { guest: "Markus HUBER", field: "guest.nationality" },
      ],
    });
    expect(await countAllRows()).toEqual(before);
  });

  it("numbers letters one after another within the year", async () => {
    const visit = await createVisit([{ name: "Anna GRUBER" }]);
    actAs(officer);
    const [first, second] = await Promise.all([generate(visit.id, null, "en"), generate(visit.id, null, "en")]);
    const numbers = [first, second].map((result) => (result.status === "created" ? result.referenceNumber : "")).sort();
    const sequence = numbers.map((number) => Number(number.slice(-3)));
    expect(sequence[1]).toBe(sequence[0]! + 1);
  });

  it("refuses letters for an outgoing trip", async () => {
    const visit = await createVisit([{ name: "Leyla ALIYEVA" }], { direction: "OUTGOING" });
    actAs(officer);
    expect(await generateVisitLetterAction({ visitId: visit.id, participantId: "", language: "en" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      formError: "letters.errors.outgoingVisit",
    });
  });

  it("refuses coordinators, even for their own unit's visit: letters print passports", async () => {
    const visit = await createVisit([{ name: "Anna GRUBER" }]);
    actAs(officer);
    const made = await generate(visit.id, null, "en");
    if (made.status !== "created") throw new Error("expected a letter");

    actAs(coordinator);
    const before = await countAllRows();
    expect(await generateVisitLetterAction({ visitId: visit.id, participantId: "", language: "en" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await countAllRows()).toEqual(before);
    expect((await call(downloadLetter, "/", { id: visit.id, letterId: made.letterId })).status).toBe(403);
    await expect(listVisitLetters(coordinator, visit.id)).rejects.toMatchObject({ code: "FORBIDDEN" });

    actAsVisitor();
    expect((await call(downloadLetter, "/", { id: visit.id, letterId: made.letterId })).status).toBe(401);
    actAs(officer);
    const otherVisit = await createVisit([{ name: "Someone ELSE" }]);
    expect((await call(downloadLetter, "/", { id: otherVisit.id, letterId: made.letterId })).status).toBe(404);
  });
});

describe("letter templates", () => {
  it("refuses an unknown placeholder next to the field, and a stale version", async () => {
    actAs(admin);
    const current = await db.letterTemplate.findUniqueOrThrow({ where: { language: "en" } });
    const unknown = await saveLetterTemplateAction({ language: "en", subject: current.subject, body: "Dear {{guest.name}}", version: current.version });
    expect(unknown).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { body: [expect.stringMatching(/^letters\.validation\.unknownPlaceholder\|.*guest\.name/)] } });

    const saved = await saveLetterTemplateAction({
      language: "en",
      subject: "Invitation for {{guest.fullName}}",
      body: `${current.body}\n\nReference for the consulate: {{reference}}`,
      version: current.version,
    });
    expect(saved).toMatchObject({ ok: true, data: { version: current.version + 1 } });
    const stale = await saveLetterTemplateAction({ language: "en", subject: "Old", body: "Old text", version: current.version });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.auditLog.count({ where: { entityType: "LetterTemplate", entityId: "en", action: "letter.template.update", actorId: admin.id } })).toBe(1);

    const visit = await createVisit([{ name: "Anna GRUBER" }]);
    actAs(officer);
    const letter = await generate(visit.id, null, "en");
    if (letter.status !== "created") throw new Error("expected a letter");
    const { text } = await pdfText(new Uint8Array(await (await call(downloadLetter, "/", { id: visit.id, letterId: letter.letterId })).arrayBuffer()));
    expect(text).toContain("Invitation for Anna GRUBER");
    expect(text).toContain(`Reference for the consulate: ${letter.referenceNumber}`);
  });

  it("lets only admins save templates", async () => {
    actAs(officer);
    expect(await saveLetterTemplateAction({ language: "ru", subject: "Тема", body: "Текст", version: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("printable agenda", () => {
  it("prints the programme in the guests' language for the unit's coordinator, and hides another unit's visit", async () => {
    const visit = await createVisit([{ name: "Anna GRUBER", letterLanguage: "ru" }, { name: "Markus HUBER", letterLanguage: "ru" }]);
    actAs(coordinator);
    const response = await call(downloadAgenda, `/api/visits/${visit.id}/agenda`, { id: visit.id });
    expect(response.status).toBe(200);
    const { text } = await pdfText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain("Программа визита");
    expect(text).toContain("Делегация Университета Граца");
    expect(text).toContain("Встреча с ректором");
    expect(text).toContain("Ректорат, ауд. 301");
    // Untranslated items print as recorded; times are the institution's (Baku, UTC+4).
    expect(text).toContain("Campus tour");
    expect(text).toContain("10:00–11:30");
    expect(text).toContain("14:00");
    expect(text).not.toContain("P1000000");

    const english = await call(downloadAgenda, `/api/visits/${visit.id}/agenda?lang=en`, { id: visit.id });
    expect((await pdfText(new Uint8Array(await english.arrayBuffer()))).text).toContain("Meeting with the Rector");

    actAs(otherCoordinator);
    expect((await call(downloadAgenda, "/", { id: visit.id })).status).toBe(404);
  });
});
