import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { Plus } from "lucide-react";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { getClientMessages } from "@/i18n/client-messages";
import { getTranslations } from "@/i18n/server";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { getGoal, type GoalRecord } from "@/lib/strategy/queries";
import { getDefaultContentLanguage } from "@/lib/translations/default-language";
import { BackLink } from "../../_components/back-link";
import { DeleteGoal } from "../../_components/delete-buttons";
import { GoalForm } from "../../_components/goal-form";

type IndicatorRow = GoalRecord["indicators"][number];

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("strategy");
  return { title: t("goalForm.editMetaTitle") };
}

/** A goal's texts, its indicators (each opens its own page) and, at the end, deleting it. */
export default async function GoalPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const path = `/dashboard/strategy/goals/${id}`;
  const user = await requirePageAccess(path, "strategy:update");
  const goal = await loadRecordOr404(id, (goalId) => getGoal(user, goalId));
  const [t, messages, defaultLanguage] = await Promise.all([getTranslations("strategy"), getClientMessages(["common", "errors", "strategy"]), getDefaultContentLanguage()]);

  const columns: DataTableColumn<IndicatorRow>[] = [
    {
      key: "title",
      header: t("indicatorForm.title"),
      rowHeader: true,
      cell: (row) => (
        <Link href={`/dashboard/strategy/indicators/${row.id}`} className="text-link underline-offset-4 hover:underline">
          {row.title}
        </Link>
      ),
    },
    { key: "metric", header: t("indicatorForm.metric"), cell: (row) => t(`metrics.${row.metric ?? "MANUAL"}.label`) },
    { key: "targets", header: t("goalPage.targets"), align: "end", cell: (row) => row._count.targets },
  ];

  return (
    <div className="space-y-8">
      <BackLink href="/dashboard/strategy">{t("goalForm.back")}</BackLink>
      <PageHeader title={goal.title} description={t("goalPage.description")} />
      <NextIntlClientProvider messages={messages}>
        <section aria-labelledby="goal-details" className="space-y-3">
          <h2 id="goal-details" className="text-xl font-semibold">
            {t("goalPage.detailsHeading")}
          </h2>
          <GoalForm key={goal.version} goal={goal} defaultLanguage={defaultLanguage} />
        </section>
        <section aria-labelledby="goal-indicators" className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="goal-indicators" className="text-xl font-semibold">
              {t("goalPage.indicatorsHeading")}
            </h2>
            <LinkButton href={`${path}/indicators/new`} variant="outline">
              <Plus aria-hidden="true" />
              {t("goalPage.addIndicator")}
            </LinkButton>
          </div>
          {goal.indicators.length === 0 ? (
            <p className="text-muted-foreground">{t("goal.noIndicators")}</p>
          ) : (
            <DataTable caption={t("goalPage.indicatorsCaption")} captionHidden columns={columns} rows={goal.indicators} rowKey={(row) => row.id} pathname={path} searchParams={{}} />
          )}
        </section>
        <section aria-labelledby="goal-delete" className="max-w-2xl space-y-3">
          <h2 id="goal-delete" className="text-xl font-semibold">
            {t("goalPage.deleteHeading")}
          </h2>
          <p>{t("goalPage.deleteText")}</p>
          <DeleteGoal id={goal.id} version={goal.version} title={goal.title} />
        </section>
      </NextIntlClientProvider>
      <Link href={`/dashboard/admin/audit?entityType=StrategyGoal&entityId=${goal.id}`} className="inline-block text-sm text-link underline underline-offset-4">
        {t("goalPage.history")}
      </Link>
    </div>
  );
}
