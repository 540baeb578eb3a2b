import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { ArrowRight, Building2, CalendarDays, FolderKanban, Handshake, Plane, type LucideIcon } from "lucide-react";
import { Localized } from "@/components/content/localized";
import { NextEvents } from "./events/_components/next-events";
import { getInstitution } from "@/lib/institution/queries";
import type { LocalizedList } from "@/lib/institution/localize";
import { LatestNews } from "./news/_components/latest-news";
import { InternationalStudentsFigure } from "@/components/home/international-students-figure";

const SECTIONS: { id: "partners" | "centers" | "projects" | "events" | "opportunities"; href: string; Icon: LucideIcon }[] = [
  { id: "opportunities", href: "/opportunities", Icon: Plane },
  { id: "partners", href: "/partners", Icon: Handshake },
  { id: "projects", href: "/projects", Icon: FolderKanban },
  { id: "events", href: "/events", Icon: CalendarDays },
  { id: "centers", href: "/centers", Icon: Building2 },
];

function AboutList({ title, list, locale }: { title: string; list: LocalizedList; locale: string }) {
  if (list.items.length === 0) return null;
  return (
    <section className="space-y-3">
      <h3 className="text-xl font-semibold">{title}</h3>
      {/* A list not yet translated shows in the language it was written in, marked for screen readers. */}
      <ul lang={list.lang !== locale ? list.lang : undefined} className="list-disc space-y-2 pl-5 marker:text-primary">
        {list.items.map((text, index) => (
          // Texts come from the office's own settings and may repeat; position keeps keys unique.
          <li key={index}>{text}</li>
        ))}
      </ul>
    </section>
  );
}

/** The public home: who the office is, what it does, where to go next and how to reach it. */
export default async function HomePage() {
  const [institution, t] = await Promise.all([getInstitution(), getTranslations("home")]);
  const { about, locale, texts } = institution;
  const hasAbout = Boolean(about.mission.text) || [about.objectives, about.functions, about.tasks].some((list) => list.items.length > 0);

  return (
    <div className="space-y-16">
      <section aria-labelledby="home-title" className="space-y-4">
        <p className="text-sm font-semibold tracking-wide text-primary uppercase">{t("eyebrow")}</p>
        <h1 id="home-title" className="max-w-3xl text-4xl font-bold tracking-tight text-balance sm:text-5xl">
          <Localized value={texts.name} locale={locale} />
        </h1>
        <p className="max-w-2xl text-lg text-muted-foreground">{t("intro", { name: institution.name })}</p>
      </section>

      <section aria-labelledby="home-sections" className="space-y-6">
        <h2 id="home-sections" className="text-2xl font-bold tracking-tight">
          {t("sections.heading")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {SECTIONS.filter(({ id }) => institution.publicSections.includes(id)).map(({ id, href, Icon }) => (
            <li key={id}>
              {/* The whole card is one link, named by its title; the description follows in the same link. */}
              <Link
                href={href}
                className="group flex h-full flex-col gap-3 rounded-lg border border-border bg-surface p-5 shadow-sm hover:border-primary"
              >
                <Icon aria-hidden="true" className="size-8 text-primary" />
                <span className="flex items-center gap-2 text-lg font-semibold text-link group-hover:underline">
                  {t(`sections.${id}.title`)}
                  <ArrowRight aria-hidden="true" className="size-4" />
                </span>
                <span className="text-sm text-muted-foreground">{t(`sections.${id}.description`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <InternationalStudentsFigure />

      {institution.publicSections.includes("news") && <LatestNews />}

      {institution.publicSections.includes("events") && <NextEvents />}

      {hasAbout && (
        <section aria-labelledby="home-about" className="space-y-8">
          <h2 id="home-about" className="text-2xl font-bold tracking-tight">
            {t("about.heading")}
          </h2>
          {about.mission.text && (
            <section className="space-y-3">
              <h3 className="text-xl font-semibold">{t("about.mission")}</h3>
              <Localized value={about.mission} locale={locale} as="p" className="max-w-prose text-lg whitespace-pre-line" />
            </section>
          )}
          <div className="grid gap-8 lg:grid-cols-3">
            <AboutList title={t("about.objectives")} list={about.objectives} locale={locale} />
            <AboutList title={t("about.functions")} list={about.functions} locale={locale} />
            <AboutList title={t("about.tasks")} list={about.tasks} locale={locale} />
          </div>
        </section>
      )}

      <section aria-labelledby="home-contact" className="space-y-4 rounded-lg border border-border bg-surface p-6 shadow-sm">
        <h2 id="home-contact" className="text-2xl font-bold tracking-tight">
          {t("contact.heading")}
        </h2>
        <p className="max-w-prose">{t("contact.text")}</p>
        {institution.officeHeadName && (
          <p>
            <span className="font-semibold">{t("contact.officeHead")}:</span> {institution.officeHeadName}
            {texts.officeHeadTitle.text && (
              <>
                , <Localized value={texts.officeHeadTitle} locale={locale} className="text-muted-foreground" />
              </>
            )}
          </p>
        )}
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          {institution.email && (
            <a href={`mailto:${institution.email}`} className="text-link underline hover:text-link-hover">
              {institution.email}
            </a>
          )}
          <a href="#office-contacts" className="text-link underline hover:text-link-hover">
            {t("contact.allContacts")}
          </a>
        </p>
      </section>
    </div>
  );
}
