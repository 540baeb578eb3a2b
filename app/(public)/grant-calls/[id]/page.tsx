import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { ArrowLeft, Download, ExternalLink } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { Localized } from "@/components/content/localized";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { getInstitutionTimeZone } from "@/lib/dates/institution-time-zone";
import { budgetRange, deadlineTexts } from "@/lib/grant-calls/display";
import { getPublicGrantCall } from "@/lib/grant-calls/public-queries";
import { iscedLabel } from "@/lib/opportunities/display";
import { contentReader } from "@/lib/translations/reader";
import { requirePublicSection } from "@/lib/institution/public-section-guard";

interface Props {
  params: Promise<{ id: string }>;
}

async function loadCall(id: string) {
  const reader = await contentReader();
  const call = await getPublicGrantCall(id, reader);
  return call ? { call, reader } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadCall((await params).id);
  if (!loaded) return {};
  return { title: loaded.call.title.text, description: loaded.call.description.text.slice(0, 160) || undefined };
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-border py-2.5 sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="font-semibold">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

/** A public, published grant call in the visitor's language; drafts and staff-only calls answer 404. */
export default async function PublicGrantCallPage({ params }: Props) {
  // Not from a folder layout: the section's personal e-mail links must keep working (public-section-guard.ts).
  await requirePublicSection("grant-calls");
  const loaded = await loadCall((await params).id);
  if (!loaded) notFound();
  const { call, reader } = loaded;
  const [t, tAll, tStaff, zone] = await Promise.all([getTranslations("grantCalls.public"), getTranslations("grantCalls"), getTranslations("grantCalls.staff"), getInstitutionTimeZone()]);
  const deadline = deadlineTexts(call, reader.locale, zone);
  const budget = budgetRange(call, reader.locale);
  const passed = call.deadline <= new Date();

  return (
    <article className="space-y-8">
      <Link href="/grant-calls" className="inline-flex items-center gap-2 text-sm text-link underline hover:text-link-hover">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t("back")}
      </Link>
      <PageHeader eyebrow={call.funder} title={<Localized value={call.title} locale={reader.locale} />} description={call.program ?? undefined} />
      {passed && <Alert variant="info">{t("deadlinePassed")}</Alert>}
      <dl>
        <Fact term={tStaff("deadlineTerm")}>
          <time dateTime={call.deadline.toISOString()}>{deadline.own}</time>
          {deadline.institution && <span className="block text-sm text-muted-foreground">{tStaff("deadlineInstitution", { date: deadline.institution })}</span>}
        </Fact>
        <Fact term={t("funder")}>{call.funder}</Fact>
        {call.program && <Fact term={t("program")}>{call.program}</Fact>}
        <Fact term={t("audiences")}>{call.audiences.map((value) => tAll(`audience.${value}`)).join(", ")}</Fact>
        <Fact term={t("subjects")}>{call.subjectAreas.length ? call.subjectAreas.map((code) => iscedLabel(code, reader.locale)).join("; ") : tStaff("anyField")}</Fact>
        {budget && (
          <Fact term={t("budget")}>
            {budget.min && budget.max
              ? tStaff("budgetRange", { min: budget.min, max: budget.max })
              : budget.min
                ? tStaff("budgetFrom", { min: budget.min })
                : tStaff("budgetUpTo", { max: budget.max ?? "" })}
          </Fact>
        )}
      </dl>
      {call.description.text && <Localized value={call.description} locale={reader.locale} as="p" className="max-w-prose whitespace-pre-line" />}
      {call.eligibility.text && (
        <section aria-labelledby="eligibility-heading" className="space-y-2">
          <h2 id="eligibility-heading" className="text-xl font-semibold">
            {t("eligibility")}
          </h2>
          <Localized value={call.eligibility} locale={reader.locale} as="p" className="max-w-prose whitespace-pre-line" />
        </section>
      )}
      {call.documents.length > 0 && (
        <section aria-labelledby="documents-heading" className="space-y-2">
          <h2 id="documents-heading" className="text-xl font-semibold">
            {t("documents")}
          </h2>
          <ul className="space-y-1">
            {call.documents.map((document) => (
              <li key={document.id}>
                <a href={`/api/grant-calls/${call.id}/documents/${document.id}`} className="inline-flex min-h-11 items-center gap-1.5 break-words text-link underline underline-offset-4" download>
                  <Download aria-hidden="true" className="size-4 shrink-0" />
                  {document.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {call.url && (
        <p>
          <a href={call.url} className="inline-flex items-center gap-1.5 text-link underline underline-offset-4" rel="noopener noreferrer" target="_blank">
            {t("link")}
            <ExternalLink aria-hidden="true" className="size-4" />
          </a>
        </p>
      )}
    </article>
  );
}
