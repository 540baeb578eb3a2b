import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { Localized } from "@/components/content/localized";
import { getInstitution } from "@/lib/institution/queries";
import { inGroups, navItemsFor, withShownSections } from "./nav-items";

/** tel: links take digits only; an extension written as "(ext. 201)" becomes the RFC 3966 ";ext=201". */
function telHref(phone: string): string {
  const [number = "", extension] = phone.split(/\(?\s*ext\.?\s*/i);
  const extensionDigits = extension?.replace(/\D/g, "");
  return `tel:${number.replace(/[^\d+]/g, "")}${extensionDigits ? `;ext=${extensionDigits}` : ""}`;
}

const linkClasses = "text-link underline hover:text-link-hover";

export async function SiteFooter() {
  const [institution, t] = await Promise.all([getInstitution(), getTranslations("common")]);
  // The public sections again: the way around the site when the mobile menu cannot open (no JavaScript).
  const sections = inGroups(withShownSections(navItemsFor(null), institution.publicSections), ["public"]);
  // The head is usually also the first contact person; naming them twice reads like two people.
  const { texts, locale } = institution;
  const headListedAsContact = institution.contacts.some((contact) => contact.name === institution.officeHeadName);

  return (
    <footer className="mt-16 border-t border-border bg-surface">
      <div className="mx-auto grid max-w-7xl gap-10 px-4 py-10 sm:px-6 md:grid-cols-3">
        <section aria-labelledby="footer-contacts" className="space-y-3 md:col-span-2" id="office-contacts">
          <h2 id="footer-contacts" className="text-lg font-semibold">
            {t("footer.contactsHeading")}
          </h2>
          <p className="font-medium">
            {t("officeName")} · <Localized value={texts.name} locale={locale} />
          </p>
          <address className="grid gap-3 not-italic sm:grid-cols-2">
            <dl className="space-y-2 text-sm">
              {(texts.address.text || institution.addressCountry) && (
                <div>
                  <dt className="font-semibold">{t("footer.address")}</dt>
                  {texts.address.text && <Localized value={texts.address} locale={locale} as="dd" className="whitespace-pre-line" />}
                  {institution.addressCountry && <dd>{institution.addressCountry}</dd>}
                </div>
              )}
              {institution.email && (
                <div>
                  <dt className="font-semibold">{t("footer.email")}</dt>
                  <dd>
                    <a href={`mailto:${institution.email}`} className={linkClasses}>
                      {institution.email}
                    </a>
                  </dd>
                </div>
              )}
              {institution.phone && (
                <div>
                  <dt className="font-semibold">{t("footer.phone")}</dt>
                  <dd>
                    <a href={telHref(institution.phone)} className={linkClasses}>
                      {institution.phone}
                    </a>
                  </dd>
                </div>
              )}
              {institution.website && (
                <div>
                  <dt className="font-semibold">{t("footer.website")}</dt>
                  <dd>
                    <a href={institution.website} className={`${linkClasses} break-all`}>
                      {institution.website.replace(/^https?:\/\//, "")}
                    </a>
                  </dd>
                </div>
              )}
            </dl>
            <div className="space-y-2 text-sm">
              {institution.officeHeadName && !headListedAsContact && (
                <div>
                  <p className="font-semibold">{t("footer.officeHead")}</p>
                  <p>
                    {institution.officeHeadName}
                    {texts.officeHeadTitle.text && (
                      <>
                        , <Localized value={texts.officeHeadTitle} locale={locale} className="text-muted-foreground" />
                      </>
                    )}
                  </p>
                </div>
              )}
              {institution.contacts.length > 0 && (
                <div>
                  <p className="font-semibold">{t("footer.contactPersons")}</p>
                  <ul className="space-y-2">
                    {institution.contacts.map((contact) => (
                      <li key={contact.id}>
                        <span className="block">{contact.name}</span>
                        <Localized value={contact.position} locale={locale} className="block text-muted-foreground" />
                        {contact.email && (
                          <a href={`mailto:${contact.email}`} className={`${linkClasses} block py-1 break-all`}>
                            {contact.email}
                          </a>
                        )}
                        {contact.phone && (
                          <a href={telHref(contact.phone)} className={`${linkClasses} block py-1`}>
                            {contact.phone}
                          </a>
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
          </address>
        </section>

        <nav aria-label={t("nav.footerLabel")} className="space-y-3">
          <h2 className="text-lg font-semibold">{t("nav.footerLabel")}</h2>
          <ul className="space-y-2 text-sm">
            {sections.map((entry) => (
              <li key={entry.href}>
                <Link href={entry.href} className={linkClasses}>
                  {t(entry.labelKey)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="border-t border-border">
        <p className="mx-auto max-w-7xl px-4 py-4 text-sm text-muted-foreground sm:px-6">
          {t("footer.copyright", { year: String(new Date().getFullYear()), name: institution.name })}
        </p>
      </div>
    </footer>
  );
}
