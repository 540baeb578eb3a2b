import { describe, expect, it } from "vitest";
import type { AppLocale } from "@/i18n/config";
import type { MailBrand } from "@/lib/mail/layout/content";
import { renderBranded, renderLegacyInLayout } from "@/lib/mail/layout/render";

/**
 * The one branded layout of every e-mail (decision 014): React Email renders the HTML part, the
 * same words make the plain-text part, and the document carries the message's language.
 */

function brand(locale: AppLocale, overrides: Partial<MailBrand> = {}): MailBrand {
  return {
    locale,
    dir: "ltr",
    name: { en: "Khazar University", az: "Xəzər Universiteti", ru: "Университет Хазар" }[locale],
    logoUrl: "https://iro.example.edu/logo.svg",
    address: "41 Mahsati Street, Baku",
    email: "iro@khazar.org",
    phone: "+994 12 421 79 27",
    portalUrl: "https://iro.example.edu/",
    ...overrides,
  };
}

const CONFIRM = "https://iro.example.edu/confirm-email?token=abc&x=1";

const content = {
  heading: "E-poçt ünvanınızı təsdiqləyin",
  paragraphs: ["Salam, Leyla,", "Qeydiyyat üçün təşəkkür edirik.\nİkinci sətir."],
  action: { label: "E-poçt ünvanımı təsdiqlə", url: CONFIRM },
  footer: ["Keçid bir dəfə işləyir."],
};

describe("the branded e-mail layout", () => {
  it("renders an Azerbaijani message with lang and dir, the logo, the button and the footer", async () => {
    const { html, text } = await renderBranded(brand("az"), "Təsdiq", content);
    expect(html).toMatch(/^<!DOCTYPE html/);
    expect(html).toMatch(/<html[^>]*\blang="az"/);
    expect(html).toMatch(/<html[^>]*\bdir="ltr"/);
    expect(html).toContain("<title>Təsdiq</title>");
    expect(html).toContain('src="https://iro.example.edu/logo.svg"');
    expect(html).toContain("Xəzər Universiteti");
    // The button, and its address spelled out beneath it for clients that drop the button.
    expect(html).toContain(`href="${CONFIRM.replace("&", "&amp;")}"`);
    expect(html).toContain("Düymə işləmirsə");
    expect(html).toContain("Qeydiyyat üçün təşəkkür edirik.<br/>İkinci sətir.");
    expect(html).toContain("41 Mahsati Street, Baku");
    expect(html).toContain("#1d4ed8");

    expect(text).toBe(
      [
        "E-poçt ünvanınızı təsdiqləyin",
        "Salam, Leyla,",
        "Qeydiyyat üçün təşəkkür edirik.\nİkinci sətir.",
        `E-poçt ünvanımı təsdiqlə: ${CONFIRM}`,
        "Keçid bir dəfə işləyir.",
        [
          "-- ",
          "Xəzər Universiteti https://iro.example.edu/",
          "41 Mahsati Street, Baku",
          "Suallar üçün: iro@khazar.org · +994 12 421 79 27",
          "Bu məktub Xəzər Universiteti portalı tərəfindən avtomatik göndərilib. Ona yazılan cavablar oxunmur.",
        ].join("\n"),
      ].join("\n\n"),
    );
  });

  it("renders a Russian message in Russian, with the button's address the first link of the text", async () => {
    const { html, text } = await renderBranded(brand("ru"), "Подтвердите адрес", {
      heading: "Подтвердите адрес",
      paragraphs: ["Здравствуйте!"],
      action: { label: "Подтвердить", url: CONFIRM },
    });
    expect(html).toMatch(/<html[^>]*\blang="ru"/);
    expect(html).toContain("Если кнопка не работает");
    expect(html).toContain("порталом «Университет Хазар»");
    expect(/https?:\/\/\S+/.exec(text)?.[0]).toBe(CONFIRM);
    expect(text).toContain("Вопросы: iro@khazar.org");
  });

  it("escapes what a message says: text stays text", async () => {
    const { html } = await renderBranded(brand("en"), "<b>Subject</b>", {
      heading: "<script>alert(1)</script>",
      paragraphs: ['Partner "A & B" <img src=x onerror=alert(1)>'],
    });
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&lt;b&gt;Subject&lt;/b&gt;");
  });

  it("leaves out a missing logo, address and contact instead of empty lines", async () => {
    const { html, text } = await renderBranded(brand("en", { logoUrl: null, address: "", email: "", phone: null }), "Hello", { paragraphs: ["Hi."] });
    expect(html).not.toContain("<img");
    expect(text.split("-- \n")[1]).toBe(
      "Khazar University https://iro.example.edu/\nThis message was sent automatically by the portal of Khazar University. Replies to it are not read.",
    );
  });

  it("places an older module's own HTML fragment and text in the same frame", async () => {
    const { html, text } = await renderLegacyInLayout(brand("en"), {
      subject: "Agreement ends soon",
      text: "Agreement KU-1 ends in 30 days.\n\nOpen it: https://iro.example.edu/dashboard/agreements/1\n",
      html: "<p>Agreement KU-1 ends in 30 days.</p>",
    });
    expect(html).toMatch(/<html[^>]*\blang="en"/);
    expect(html).toContain("<p>Agreement KU-1 ends in 30 days.</p>");
    expect(html).toContain("Khazar University");
    expect(text.startsWith("Agreement KU-1 ends in 30 days.\n\nOpen it: https://iro.example.edu/dashboard/agreements/1\n\n-- \nKhazar University")).toBe(true);
  });
});
