import { createElement, type ComponentProps, type ReactNode } from "react";
import { prerender } from "react-dom/static";
import { describe, expect, it, vi } from "vitest";
import { prepareSetupToken } from "@/lib/setup/token";
import { createUser } from "@/tests/helpers/factories";

/**
 * The setup page (issue 14): locked without the token from the server log, the form with it, and
 * 404 once an admin exists.
 */

vi.mock("next-intl/server", async () => {
  const { createFormatter } = await import("next-intl");
  const messages = {
    common: (await import("@/messages/en/common.json")).default,
    errors: (await import("@/messages/en/errors.json")).default,
    auth: (await import("@/messages/en/auth.json")).default,
    admin: (await import("@/messages/en/admin.json")).default,
    setup: (await import("@/messages/en/setup.json")).default,
  };
  return {
    getLocale: async () => "en",
    getMessages: async () => messages,
    getTimeZone: async () => "Asia/Baku",
    getFormatter: async () => createFormatter({ locale: "en", timeZone: "Asia/Baku" }),
  };
});

// Inside Next the page's client provider takes the request's locale; outside, it is given here.
vi.mock("next-intl", async (importOriginal) => {
  const actual = await importOriginal<typeof import("next-intl")>();
  const Provider = (props: ComponentProps<typeof actual.NextIntlClientProvider>) => createElement(actual.NextIntlClientProvider, { locale: "en", timeZone: "Asia/Baku", ...props });
  return { ...actual, NextIntlClientProvider: Provider };
});

const { default: SetupPage } = await import("@/app/setup/page");
const { default: SetupDonePage } = await import("@/app/setup/done/page");

async function html(page: Promise<ReactNode>): Promise<string> {
  const { prelude } = await prerender(await page);
  return new Response(prelude).text();
}

const setupPage = (token?: string) => SetupPage({ searchParams: Promise.resolve(token === undefined ? {} : { token }) });

describe("the setup page", () => {
  it("explains where the address is without the token, refuses a wrong one, and shows the form with the right one", async () => {
    const token = (await prepareSetupToken())!;

    const locked = await html(setupPage());
    expect(locked).toContain("This portal is not set up yet");
    expect(locked).toContain("Open the setup address from the server log, with its key.");
    expect(locked).not.toContain("<form");

    const wrong = await html(setupPage(`${token}x`));
    expect(wrong).toContain("This setup key is not valid.");
    expect(wrong).not.toContain("<form");

    const form = await html(setupPage(token));
    expect(form).toContain("<form");
    for (const label of ["Name of the institution", "Short name", "Country", "Time zone", "E-mail domains of the institution&#x27;s people", "Logo", "Full name", "Repeat the password"]) {
      expect(form).toContain(label);
    }
    expect(form).toContain('<option value="Asia/Baku">Asia/Baku</option>');
    // Every country, named in the reader's language.
    expect(form).toContain('<option value="AZ">Azerbaijan</option>');
    expect(form).toContain('<option value="DE">Germany</option>');

    // Where a successful setup leads does not exist before it.
    await expect(SetupDonePage()).rejects.toMatchObject({ digest: expect.stringMatching(/404/) });
  });

  it("answers 404 once an admin exists, and the page a successful setup leads to says to sign in", async () => {
    await createUser({ role: "ADMIN" });
    await expect(setupPage()).rejects.toMatchObject({ digest: expect.stringMatching(/404/) });

    const done = await html(SetupDonePage());
    expect(done).toContain("The portal is set up");
    expect(done).toContain('href="/sign-in"');
  });
});
