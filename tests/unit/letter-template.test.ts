import { describe, expect, it } from "vitest";
import { locales } from "@/i18n/config";
import { splitMessage } from "@/lib/forms/fields";
import { DEFAULT_LETTER_TEMPLATES } from "@/lib/visits/letters/default-templates";
import { missingLetterFields, placeholderValues, type LetterContext, type LetterGuest } from "@/lib/visits/letters/letter-values";
import { fillPlaceholders, hasStrayBraces, placeholdersIn, unknownPlaceholders } from "@/lib/visits/letters/placeholders";
import { saveLetterTemplateSchema } from "@/lib/visits/letters/template-schemas";

const GUEST: LetterGuest = {
  id: "00000000-0000-4000-8000-000000000001",
  name: "Anna GRUBER",
  position: "Professor",
  organization: "University of Graz",
  nationalityCode: "AT",
  passportNumber: "P1234567",
  passportExpiresOn: new Date("2031-03-01T00:00:00Z"),
  birthDate: null,
};

function context(overrides: Partial<LetterContext> = {}): LetterContext {
  return {
    language: "en",
    reference: "KU-INV-2026-001",
    issuedAt: new Date("2026-11-20T08:00:00Z"),
    timeZone: "Asia/Baku",
    visit: {
      title: "Graz delegation",
      purpose: "Talks on a joint summer school",
      startDate: new Date("2026-12-07T00:00:00Z"),
      endDate: new Date("2026-12-11T00:00:00Z"),
      costsCoveredBy: "The University of Graz covers travel; Khazar University covers accommodation.",
      organization: "University of Graz",
    },
    institution: { name: "Khazar University", address: "41 Mahsati Str., Baku" },
    signatory: { name: "Aysel Mammadova", title: "Head of the International Relations Office" },
    guests: [GUEST],
    ...overrides,
  };
}

function save(body: string, subject = "Letter of invitation") {
  return saveLetterTemplateSchema.safeParse({ language: "en", subject, body, version: 0 });
}

describe("letter template placeholders", () => {
  it("finds each placeholder once, with or without spaces inside the braces", () => {
    expect(placeholdersIn("{{guest.fullName}} and {{ guest.fullName }}, {{date}}")).toEqual(["guest.fullName", "date"]);
  });

  it("names the unknown ones and notices stray braces", () => {
    expect(unknownPlaceholders("{{guest.fullName}} {{guest.pasportNumber}} {{}}")).toEqual(["guest.pasportNumber", ""]);
    expect(hasStrayBraces("Dear {{guest.fullName}")).toBe(true);
    expect(hasStrayBraces("{{date")).toBe(true);
    expect(hasStrayBraces("{{guest.fullName}} {single} braces")).toBe(false);
  });

  it("fills every placeholder with its value", () => {
    const values = placeholderValues(context(), GUEST);
    expect(fillPlaceholders("{{guest.fullName}}, passport {{ guest.passportNumber }} ({{reference}})", values)).toBe(
      "Anna GRUBER, passport P1234567 (KU-INV-2026-001)",
    );
  });

  it("writes nationality and dates in the letter's language", () => {
    const az = placeholderValues(context({ language: "az" }), GUEST);
    expect(az["guest.nationality"]).toBe("Avstriya");
    expect(az["visit.startDate"]).toBe("7 dekabr 2026");
    const ru = placeholderValues(context({ language: "ru" }), GUEST);
    expect(ru["guest.nationality"]).toBe("Австрия");
    expect(ru["visit.endDate"]).toBe("11 декабря 2026 г.");
    // A day field is the stored day in every zone (UTC midnight must not become the evening before).
    expect(placeholderValues(context({ timeZone: "America/New_York" }), GUEST)["visit.startDate"]).toBe("December 7, 2026");
  });
});

describe("saving a letter template", () => {
  it("accepts a template that uses only known placeholders", () => {
    expect(save("Dear {{guest.fullName}}, welcome on {{visit.startDate}}.").success).toBe(true);
  });

  it("refuses an unknown placeholder next to its field, naming it", () => {
    const result = save("Passport: {{guest.pasportNumber}}, {{guest.fullName}}");
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((each) => each.path[0] === "body")!;
    const { key, values } = splitMessage(issue.message);
    expect(key).toBe("letters.validation.unknownPlaceholder");
    expect(values.names).toBe("{{guest.pasportNumber}}");
  });

  it("checks the subject too, and refuses stray braces", () => {
    const subject = save("{{guest.fullName}}", "Invitation for {{guest.name}}");
    expect(subject.error?.issues.map((issue) => issue.path[0])).toEqual(["subject"]);
    const stray = save("Dear {{guest.fullName}");
    expect(stray.error?.issues.map((issue) => splitMessage(issue.message).key)).toEqual(["letters.validation.strayBraces"]);
  });

  it.each(locales)("keeps the built-in %s template valid", (language) => {
    const template = DEFAULT_LETTER_TEMPLATES[language];
    expect(saveLetterTemplateSchema.safeParse({ language, ...template, version: 0 }).success).toBe(true);
    for (const name of ["guest.fullName", "guest.passportNumber", "guest.nationality", "visit.purpose", "visit.costsCoveredBy"]) {
      expect(placeholdersIn(template.body)).toContain(name);
    }
  });
});

describe("what a letter lacks", () => {
  it("is nothing when the record holds every value", () => {
    expect(missingLetterFields(context(), placeholdersIn(DEFAULT_LETTER_TEMPLATES.en.body))).toEqual([]);
  });

  it("lists a guest's missing passport number and the visit's missing cost cover, each once", () => {
    const second: LetterGuest = { ...GUEST, id: "00000000-0000-4000-8000-000000000002", name: "Markus HUBER", passportNumber: null, nationalityCode: null };
    const ctx = context({ guests: [GUEST, second], visit: { ...context().visit, costsCoveredBy: "  " } });
    expect(missingLetterFields(ctx, [])).toEqual([
      { guest: null, field: "visit.costsCoveredBy" },
      { guest: "Markus HUBER", field: "guest.nationality" },
      { guest: "Markus HUBER", field: "guest.passportNumber" },
    ]);
  });

  it("requires what the template uses besides the consulate's minimum", () => {
    expect(missingLetterFields(context(), ["guest.birthDate"])).toEqual([{ guest: "Anna GRUBER", field: "guest.birthDate" }]);
  });
});
