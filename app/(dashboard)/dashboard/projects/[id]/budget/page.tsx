import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getLocale } from "next-intl/server";
import { Download } from "lucide-react";
import { getTranslations } from "@/i18n/server";
import { TableScrollRegion } from "@/components/ui/table-scroll-region";
import { getClientMessages } from "@/i18n/client-messages";
import { todayIso } from "@/lib/agreements/dates";
import { env } from "@/lib/env";
import { projectAbilities } from "@/lib/projects/access";
import { formatMoney } from "@/lib/projects/format";
import { projectYears } from "@/lib/projects/period";
import { getBudgetCurrencies, getProjectBudget } from "@/lib/projects/plan-queries";
import { BudgetLinesEditor } from "../../_components/budget-lines-editor";
import { BudgetSummary } from "../../_components/budget-summary";
import { ExpenseForm } from "../../_components/expense-form";
import { ExpenseRowActions } from "../../_components/expense-row-actions";
import { requireProjectPage } from "../../_components/guard";
import { ProjectHeader } from "../../_components/project-header";
import { YearCloseToggle } from "../../_components/year-close-toggle";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("projects");
  return { title: t("budget.metaTitle") };
}

/** The project's budget: planned against spent by line, category and year, the burn, and the expenses with their receipts. */
export default async function ProjectBudgetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { user, project } = await requireProjectPage(id, "/budget");
  const [t, tTable, format, locale, budget, currencies, messages] = await Promise.all([
    getTranslations("projects.budget"),
    getTranslations("common.table"),
    getFormatter(),
    getLocale(),
    getProjectBudget(user, project),
    getBudgetCurrencies(project),
    getClientMessages(["common", "errors", "projects"]),
  ]);
  const canEdit = projectAbilities(user, project.unitId).update;
  const currency = currencies.budget;
  const lineById = new Map(budget.summary.lines.map((line) => [line.id, line]));
  const lineLabel = (line: { year: number; category: string; description: string }) =>
    [line.year, t(`categories.${line.category}`), line.description].filter(Boolean).join(" · ");
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const maxMb = env().UPLOAD_MAX_MB;

  return (
    <div className="space-y-10">
      <ProjectHeader project={project} current="budget" />
      <NextIntlClientProvider messages={messages}>
        <section aria-labelledby="budget-summary-heading" className="space-y-3">
          <div className="space-y-1">
            <h2 id="budget-summary-heading" className="text-xl font-semibold">
              {t("summaryTitle")}
            </h2>
            <p className="text-sm text-muted-foreground">{t("summaryDescription", { currency, institutionCurrency: currencies.institution })}</p>
          </div>
          <BudgetSummary
            summary={budget.summary}
            currency={currency}
            yearControls={canEdit ? (year, closed) => <YearCloseToggle projectId={project.id} year={year} closed={closed} /> : undefined}
          />
        </section>

        <section aria-labelledby="budget-lines-heading" className="space-y-3">
          <h2 id="budget-lines-heading" className="text-xl font-semibold">
            {t("lines.heading")}
          </h2>
          <BudgetLinesEditor
            projectId={project.id}
            lines={budget.summary.lines}
            currency={currency}
            years={projectYears(project.startDate, project.endDate)}
            canEdit={canEdit}
          />
        </section>

        <section aria-labelledby="expenses-heading" className="space-y-4">
          <div className="space-y-1">
            <h2 id="expenses-heading" className="text-xl font-semibold">
              {t("expenses.heading")}
            </h2>
            <p className="text-sm text-muted-foreground">
              {t("expenses.shown", { total: budget.expenseCount })}
              {budget.expenseCount > budget.expenses.length && ` ${t("expenses.latestOnly", { shown: budget.expenses.length })}`}
            </p>
          </div>
          {canEdit && (
            <ExpenseForm
              projectId={project.id}
              lines={budget.summary.lines.filter((line) => !line.closed).map((line) => ({ id: line.id, label: lineLabel(line) }))}
              budgetCurrency={currency}
              defaults={{ currency: currencies.institution, rate: currencies.institution === currency ? "1" : "", spentOn: todayIso() }}
            />
          )}
          {budget.expenses.length === 0 ? (
            <p className="text-muted-foreground">{t("expenses.empty")}</p>
          ) : (
            <TableScrollRegion labelledBy="expenses-caption" hint={tTable("scrollHint")}>
              <table className="w-full text-sm">
                <caption id="expenses-caption" className="sr-only">
                  {t("expenses.caption")}
                </caption>
                <thead className="bg-muted text-left">
                  <tr>
                    <th scope="col" className="p-3">
                      {t("expenses.description")}
                    </th>
                    <th scope="col" className="p-3">
                      {t("expenses.spentOn")}
                    </th>
                    <th scope="col" className="p-3 text-right">
                      {t("expenses.paid")}
                    </th>
                    <th scope="col" className="p-3 text-right">
                      {t("expenses.inBudget", { currency })}
                    </th>
                    <th scope="col" className="p-3">
                      {t("expenses.receipt")}
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-border">
                  {budget.expenses.map((expense) => {
                    const line = lineById.get(expense.budgetLineId);
                    return (
                      <tr key={expense.id} className="align-top">
                        <th scope="row" className="p-3 text-left font-medium">
                          {expense.description}
                          {line && <span className="block text-xs font-normal text-muted-foreground">{lineLabel(line)}</span>}
                        </th>
                        <td className="p-3 whitespace-nowrap">{day(expense.spentOn)}</td>
                        <td className="p-3 text-right whitespace-nowrap">
                          {formatMoney(expense.amount, expense.currency, locale)}
                          {expense.currency !== currency && <span className="block text-xs text-muted-foreground">{t("expenses.atRate", { rate: expense.rate })}</span>}
                        </td>
                        <td className="p-3 text-right whitespace-nowrap">{formatMoney(expense.projectAmount, currency, locale)}</td>
                        <td className="p-3">
                          {expense.receipt ? (
                            <a
                              href={`/api/projects/${project.id}/expenses/${expense.id}/receipt`}
                              className="inline-flex min-h-11 items-center gap-1.5 text-link underline underline-offset-4"
                              aria-label={t("expenses.downloadReceipt", { description: expense.description })}
                              download
                            >
                              <Download aria-hidden="true" className="size-4" />
                              {expense.receipt.fileName}
                            </a>
                          ) : (
                            <span className="text-muted-foreground">{t("expenses.noReceipt")}</span>
                          )}
                          {canEdit && (
                            <ExpenseRowActions
                              projectId={project.id}
                              expense={{ id: expense.id, description: expense.description, hasReceipt: Boolean(expense.receipt) }}
                              maxMb={maxMb}
                              yearClosed={line?.closed ?? false}
                            />
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </TableScrollRegion>
          )}
        </section>
      </NextIntlClientProvider>
    </div>
  );
}
