import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { EmptyState } from "@/components/ui/empty-state";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import type { SearchParamsRecord } from "@/components/ui/table-search-params";
import { listPartnerCountries, searchProposalPartners, type PartnerCandidate } from "@/lib/grant-calls/partner-search";
import { partnerSearchFilterSchema } from "@/lib/grant-calls/schemas";
import { WorldRegion } from "@/lib/generated/prisma/enums";
import { countryName, countryOptions } from "@/lib/opportunities/display";
import { COOPERATION_AREAS } from "@/lib/partners/constants";
import { can } from "@/lib/permissions";
import { contentReader } from "@/lib/translations/reader";
import { loadStaffGrantCall } from "../../_components/load-grant-call";

interface PageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParamsRecord>;
}

const pathOf = (id: string) => `/dashboard/grant-calls/${id}/partners`;

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { id } = await params;
  const [{ call }, t] = await Promise.all([loadStaffGrantCall(id, pathOf(id)), getTranslations("grantCalls.partners")]);
  return { title: t("metaTitle", { title: call.title }) };
}

/** Partner search for a proposal: the registry filtered by country, region and area, past project partners first. */
export default async function GrantCallPartnersPage({ params, searchParams }: PageProps) {
  const { id } = await params;
  const { user, call } = await loadStaffGrantCall(id, pathOf(id));
  if (!can(user, "partner:read")) forbidden();
  const query = await searchParams;
  const filter = partnerSearchFilterSchema.parse(query);
  const [result, countries, t, tPartners, reader] = await Promise.all([
    searchProposalPartners(user, filter),
    listPartnerCountries(),
    getTranslations("grantCalls.partners"),
    getTranslations("partners"),
    contentReader(),
  ]);
  const title = reader.pick(call, ["title"]).title.text;
  const filtered = Boolean(filter.q || filter.country || filter.region || filter.area || filter.shared);

  const columns: DataTableColumn<PartnerCandidate>[] = [
    {
      key: "name",
      header: t("columns.name"),
      rowHeader: true,
      cell: (row) => (
        <Link href={`/dashboard/partners/${row.id}`} className="text-link underline-offset-4 hover:underline">
          {row.name}
        </Link>
      ),
    },
    {
      key: "country",
      header: t("columns.country"),
      cell: (row) => (
        <span className="flex flex-col">
          <span>{[row.city, countryName(row.countryCode, reader.locale)].filter(Boolean).join(", ")}</span>
          <span className="text-sm text-muted-foreground">{tPartners(`regions.${row.region}`)}</span>
        </span>
      ),
    },
    {
      key: "areas",
      header: t("columns.areas"),
      hideBelow: "lg",
      cell: (row) => (row.areas.length ? row.areas.map((area) => (tPartners.has(`areas.${area}`) ? tPartners(`areas.${area}`) : area)).join(", ") : t("noAreas")),
    },
    {
      key: "projects",
      header: t("columns.projects"),
      cell: (row) =>
        row.sharedProjects === 0 ? (
          t("none")
        ) : (
          <span className="flex flex-col">
            <span className="font-semibold">{row.sharedProjects}</span>
            <span className="text-sm text-muted-foreground">{row.projectTitles.join("; ")}</span>
          </span>
        ),
    },
  ];

  return (
    <div className="space-y-6">
      <Link href={`/dashboard/grant-calls/${call.id}`} className="inline-flex items-center gap-2 text-sm text-link underline hover:text-link-hover">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {title}
      </Link>
      <PageHeader title={t("title")} description={t("description", { title })} />
      <form method="get" action={pathOf(call.id)} aria-label={t("filtersHeading")} className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4 lg:items-end">
        <FormField label={t("search")}>
          <Input id="partners-q" name="q" type="search" defaultValue={filter.q ?? ""} />
        </FormField>
        <FormField label={t("country")}>
          <Select id="partners-country" name="country" defaultValue={filter.country ?? ""} placeholder={t("anyCountry")} options={countryOptions(countries, reader.locale)} />
        </FormField>
        <FormField label={t("region")}>
          <Select
            id="partners-region"
            name="region"
            defaultValue={filter.region ?? ""}
            placeholder={t("anyRegion")}
            options={Object.values(WorldRegion).map((region) => ({ value: region, label: tPartners(`regions.${region}`) }))}
          />
        </FormField>
        <FormField label={t("area")}>
          <Select
            id="partners-area"
            name="area"
            defaultValue={filter.area ?? ""}
            placeholder={t("anyArea")}
            options={COOPERATION_AREAS.map((area) => ({ value: area, label: tPartners(`areas.${area}`) }))}
          />
        </FormField>
        <FormField label={t("shared")} layout="inline" className="sm:col-span-2">
          <Checkbox id="partners-shared" name="shared" value="1" defaultChecked={filter.shared === "1"} />
        </FormField>
        <div className="flex flex-wrap gap-3 sm:col-span-2">
          <Button type="submit">{t("filter")}</Button>
          {filtered && (
            <LinkButton href={pathOf(call.id)} variant="ghost">
              {t("clear")}
            </LinkButton>
          )}
        </div>
      </form>
      <DataTable
        caption={t("caption")}
        captionHidden
        columns={columns}
        rows={result.rows}
        rowKey={(row) => row.id}
        pathname={pathOf(call.id)}
        searchParams={query}
        pagination={{ page: result.page, pageSize: result.pageSize, total: result.total }}
        empty={<EmptyState title={t("empty")} />}
      />
    </div>
  );
}
