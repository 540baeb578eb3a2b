import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getFormatter, getLocale } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { REVIEW_CLIENT_MESSAGES, pickClientMessages } from "@/lib/applications/client-messages";
import { holdsPlace, isReviewable, staffTargets, transitionActor } from "@/lib/applications/lifecycle";
import { getApplicationForReview } from "@/lib/applications/review-queries";
import { formatBytes, statusVariant } from "@/lib/applications/status-display";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { isUuid } from "@/lib/forms/fields";
import { can } from "@/lib/permissions";
import { RankForm } from "./_components/rank-form";
import { ScoreForm } from "./_components/score-form";
import { StatusActions, type StatusActionsProps } from "./_components/status-actions";

type Props = { params: Promise<{ id: string; applicationId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("applications.review");
  return { title: t("queueEyebrow") };
}

/** One application as reviewers see it: answers, documents, scores, rank, status and history. */
export default async function ReviewApplicationPage({ params }: Props) {
  const { id, applicationId } = await params;
  const user = await requirePageAccess(`/dashboard/opportunities/${id}/applications/${applicationId}`, "application:review");
  const application = await loadRecordOr404(applicationId, (applicationKey) =>
    isUuid(id) ? getApplicationForReview(user, id, applicationKey) : Promise.resolve(null),
  );

  const [t, tStatus, format, locale, messages] = await Promise.all([
    getTranslations("applications.review"),
    getTranslations("applications.status"),
    getFormatter(),
    getLocale(),
    pickClientMessages(REVIEW_CLIENT_MESSAGES),
  ]);
  const queuePath = `/dashboard/opportunities/${application.opportunity.id}/applications`;
  const unit = { unitId: application.student.unitId };
  const targets = staffTargets(application.status).filter((to) => {
    const actor = transitionActor(application.status, to);
    return actor?.kind === "staff" && can(user, actor.permission, unit);
  }) as StatusActionsProps["targets"];
  const mayReview = isReviewable(application.status) && can(user, "application:review", unit);
  const documentsByRequirement = new Map(application.documents.map((d) => [d.requirementId, d]));
  const extraDocuments = application.documents.filter((d) => !application.opportunity.requiredDocuments.some((r) => r.id === d.requirementId));
  const maxScore = application.criteria.reduce((sum, c) => sum + c.weight, 0);

  return (
    <div className="space-y-6">
      <p>
        <Link href={queuePath} className="text-link underline underline-offset-4">
          {t("backToQueue")}
        </Link>
      </p>
      <PageHeader
        eyebrow={application.opportunity.title}
        title={application.student.name}
        actions={<Badge variant={statusVariant(application.status)} className="text-sm">{tStatus(application.status)}</Badge>}
      />
      <NextIntlClientProvider messages={messages}>
        <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
          <div className="min-w-0 space-y-6">
            <Card>
              <CardHeader>
                <CardTitle>{t("applicantHeading")}</CardTitle>
              </CardHeader>
              <CardContent>
                <dl className="grid gap-3 sm:grid-cols-2">
                  <div>
                    <dt className="font-medium">{t("email")}</dt>
                    <dd className="break-all text-muted-foreground">{application.student.email}</dd>
                  </div>
                  <div>
                    <dt className="font-medium">{t("unit")}</dt>
                    <dd className="text-muted-foreground">{application.student.unit?.name ?? t("noUnit")}</dd>
                  </div>
                  <div>
                    <dt className="font-medium">{t("gpa")}</dt>
                    <dd className="text-muted-foreground">{application.gpa ?? "—"}</dd>
                  </div>
                  <div>
                    <dt className="font-medium">{t("languageLevel")}</dt>
                    <dd className="text-muted-foreground">
                      {application.opportunity.languageLevel
                        ? t("levelWithRequired", { level: application.languageLevel ?? "—", required: application.opportunity.languageLevel })
                        : (application.languageLevel ?? "—")}
                    </dd>
                  </div>
                  <div>
                    <dt className="font-medium">{t("submittedAt")}</dt>
                    <dd className="text-muted-foreground">{application.submittedAt ? format.dateTime(application.submittedAt, { dateStyle: "medium", timeStyle: "short" }) : "—"}</dd>
                  </div>
                </dl>
              </CardContent>
            </Card>

            <Card>
              <CardHeader>
                <CardTitle>{t("answersHeading")}</CardTitle>
              </CardHeader>
              <CardContent>
                <p className="whitespace-pre-wrap break-words">{application.motivation || "—"}</p>
              </CardContent>
            </Card>

            <Card>
              <CardHeader>
                <CardTitle>{t("documentsHeading")}</CardTitle>
              </CardHeader>
              <CardContent>
                <ul className="space-y-2">
                  {application.opportunity.requiredDocuments.map((requirement) => {
                    const document = documentsByRequirement.get(requirement.id);
                    return (
                      <li key={requirement.id} className="break-all">
                        <span className="font-medium">{requirement.name}: </span>
                        {document ? (
                          <>
                            <a href={`/api/applications/documents/${document.id}`} className="text-link underline underline-offset-4">
                              {document.file.fileName}
                            </a>{" "}
                            <span className="text-sm text-muted-foreground">({formatBytes(document.file.sizeBytes, locale)})</span>
                          </>
                        ) : (
                          <span className="text-muted-foreground">{t("missingDocument")}</span>
                        )}
                      </li>
                    );
                  })}
                  {extraDocuments.map((document) => (
                    <li key={document.id} className="break-all">
                      <a href={`/api/applications/documents/${document.id}`} className="text-link underline underline-offset-4">
                        {document.file.fileName}
                      </a>
                    </li>
                  ))}
                </ul>
              </CardContent>
            </Card>

            <Card>
              <CardHeader>
                <CardTitle>{t("historyHeading")}</CardTitle>
              </CardHeader>
              <CardContent>
                <ol className="space-y-3 border-l-2 border-border pl-4">
                  {application.statusChanges.map((change) => (
                    <li key={change.id} className="space-y-0.5">
                      <p className="font-medium">
                        {t("historyBy", { status: tStatus(change.toStatus), name: change.changedBy?.name ?? t("system") })}{" "}
                        {change.isPlacesOverride && <Badge variant="warning">{t("placesOverrideBadge")}</Badge>}
                      </p>
                      <p className="text-sm text-muted-foreground">
                        <time dateTime={change.at.toISOString()}>{format.dateTime(change.at, { dateStyle: "medium", timeStyle: "short" })}</time>
                        {change.note && ` · ${change.note}`}
                      </p>
                    </li>
                  ))}
                </ol>
              </CardContent>
            </Card>
          </div>

          <div className="min-w-0 space-y-6">
            <Card>
              <CardHeader>
                <CardTitle>{t("decisionHeading")}</CardTitle>
              </CardHeader>
              <CardContent className="space-y-3">
                <p className="text-sm text-muted-foreground">{t("placesSummary", { taken: application.placesTaken, places: application.opportunity.places })}</p>
                <p className="text-sm text-muted-foreground">{t("decisionHint")}</p>
                <StatusActions
                  applicationId={application.id}
                  targets={targets}
                  placesFull={!holdsPlace(application.status) && application.placesTaken >= application.opportunity.places}
                  places={application.opportunity.places}
                />
              </CardContent>
            </Card>

            <Card>
              <CardHeader>
                <CardTitle>{t("scoreHeading")}</CardTitle>
              </CardHeader>
              <CardContent className="space-y-3">
                {application.averageScore !== null && (
                  <p className="font-medium">{t("averageScore", { score: Math.round(application.averageScore * 10) / 10, count: application.reviews.length })}</p>
                )}
                {application.criteria.length === 0 ? (
                  <p className="text-muted-foreground">{t("noCriteria")}</p>
                ) : mayReview ? (
                  <>
                    <p className="text-sm text-muted-foreground">{t("scoreHint")}</p>
                    <ScoreForm
                      applicationId={application.id}
                      criteria={application.criteria}
                      initial={application.myReview ? { scores: application.myReview.scores, comment: application.myReview.comment } : null}
                    />
                  </>
                ) : null}
                <h3 className="pt-2 font-semibold">{t("otherReviews")}</h3>
                {application.reviews.length === 0 ? (
                  <p className="text-muted-foreground">{t("noReviews")}</p>
                ) : (
                  <ul className="space-y-2">
                    {application.reviews.map((review) => (
                      <li key={review.id}>
                        <p className="font-medium">
                          {t("reviewBy", { name: review.reviewer.name, total: review.total })} / {maxScore}
                        </p>
                        {review.comment && <p className="text-sm whitespace-pre-wrap text-muted-foreground">{review.comment}</p>}
                      </li>
                    ))}
                  </ul>
                )}
              </CardContent>
            </Card>

            {mayReview && (
              <Card>
                <CardHeader>
                  <CardTitle>{t("rankHeading")}</CardTitle>
                </CardHeader>
                <CardContent>
                  <RankForm applicationId={application.id} rank={application.rank} />
                </CardContent>
              </Card>
            )}
          </div>
        </div>
      </NextIntlClientProvider>
    </div>
  );
}
