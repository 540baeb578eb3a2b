import { beforeAll, describe, expect, it, vi } from "vitest";
import { createCenterAction } from "@/lib/centers/actions";
import { db } from "@/lib/db/client";
import { actAs } from "@/tests/helpers/act-as";
import { createUser, type TestUser } from "@/tests/helpers/factories";

vi.mock("@/lib/auth/current-user", () => import("@/tests/helpers/act-as").then((m) => m.currentUserModule));

/**
 * Input no form produces reaches every server action through the same wrapper (safeAction): each gets
 * a field error or a form error as a translation key, never "unexpected error" and never a validator's
 * English text, and nothing is stored.
 */
let officer: TestUser;

beforeAll(async () => {
  officer = await createUser({ role: "OFFICER" });
});

const center = (overrides: Record<string, unknown>) => ({
  name: "Goethe Reading Hall",
  organization: "Goethe-Institut",
  description: "",
  location: "",
  email: "",
  phone: "",
  website: "",
  openingHours: "",
  isPublic: false,
  ...overrides,
});

async function centersNamed(name: string) {
  return db.center.count({ where: { name: { startsWith: name.slice(0, 6) } } });
}

describe("hostile input to a server action", () => {
  it("answers a NUL character next to its field and stores nothing", async () => {
    actAs(officer);
    const result = await createCenterAction(center({ name: "Evil\u0000Hall" }));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: ["common.form.errors.invalidCharacters"] } });
    expect(await centersNamed("Evil")).toBe(0);
  });

  it("answers a lone surrogate next to its field", async () => {
    actAs(officer);
    const result = await createCenterAction(center({ description: "broken \uD800 text" }));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { description: ["common.form.errors.invalidCharacters"] } });
  });

  it("accepts a proper pair of surrogates (an emoji)", async () => {
    actAs(officer);
    const result = await createCenterAction(center({ name: "Emoji Hall \uD83C\uDF0D" }));
    expect(result.ok).toBe(true);
  });

  it("answers wrong types with translation keys, not the validator's English", async () => {
    actAs(officer);
    const result = await createCenterAction(center({ name: 42, organization: { nested: true }, isPublic: ["x"] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("VALIDATION");
    for (const keys of Object.values(result.fieldErrors ?? {})) {
      for (const key of keys) expect(key).toMatch(/^[a-z][\w-]*(\.[\w-]+)+(\|.*)?$/i);
    }
  });

  it("answers a malformed body (not an object, too deep) without an unexpected error", async () => {
    actAs(officer);
    for (const body of ["just a string", 7, null, [1, 2]]) {
      const result = await createCenterAction(body as never);
      expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    }
    let deep: Record<string, unknown> = { leaf: "x" };
    for (let level = 0; level < 50; level++) deep = { child: deep };
    const result = await createCenterAction(center({ name: deep }));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { _form: ["errors.generic.badRequest"] } });
  });
});
