import { beforeEach, describe, expect, it, vi } from "vitest";

const cookieSet = vi.fn();
const redirect = vi.fn();
vi.mock("next/headers", () => ({ cookies: async () => ({ set: cookieSet }) }));
vi.mock("next/navigation", () => ({ redirect: (url: string) => redirect(url) }));

const { setLocaleAction } = await import("@/i18n/actions");

function post(fields: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return setLocaleAction(form);
}

beforeEach(() => {
  cookieSet.mockClear();
  redirect.mockClear();
});

describe("the language switch's action", () => {
  it("remembers the choice and stays on a page whose address names no language", async () => {
    await post({ locale: "az" });
    expect(cookieSet).toHaveBeenCalledWith("NEXT_LOCALE", "az", expect.objectContaining({ path: "/", sameSite: "lax" }));
    expect(redirect).not.toHaveBeenCalled();

    await post({ locale: "az", returnTo: "/partners?q=oslo" });
    expect(redirect).not.toHaveBeenCalled();
  });

  it("moves an address with ?lang= to the chosen language, keeping its other parameters", async () => {
    await post({ locale: "ru", returnTo: "/events?lang=az&from=e2e" });
    expect(cookieSet).toHaveBeenCalledWith("NEXT_LOCALE", "ru", expect.anything());
    expect(redirect).toHaveBeenCalledWith("/events?from=e2e&lang=ru");
  });

  it("never leaves the site, whatever the form says", async () => {
    for (const returnTo of ["//evil.example/?lang=az", "https://evil.example/?lang=az", "/\\evil.example/?lang=az", "javascript:alert(1)//?lang=az"]) {
      await post({ locale: "en", returnTo });
    }
    expect(redirect).not.toHaveBeenCalled();
  });

  it("ignores an unknown language", async () => {
    await post({ locale: "de", returnTo: "/events?lang=az" });
    expect(cookieSet).not.toHaveBeenCalled();
    expect(redirect).not.toHaveBeenCalled();
  });
});
