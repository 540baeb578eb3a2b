import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { FAILED_JOB_DAYS, type FailedJob } from "@/lib/dashboard/failed-jobs";

/** Admins: the background jobs that failed this week, with the error each ended with. */
export async function FailedJobs({ jobs }: { jobs: FailedJob[] }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.failedJobs"), getFormatter()]);
  return (
    <section aria-labelledby="failed-jobs-heading" className="space-y-3">
      <h2 id="failed-jobs-heading" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="max-w-prose text-sm text-muted-foreground">{t("description", { days: FAILED_JOB_DAYS })}</p>
      {jobs.length === 0 ? (
        <p className="rounded-lg border border-dashed border-border p-4 text-muted-foreground">{t("empty", { days: FAILED_JOB_DAYS })}</p>
      ) : (
        <ul className="space-y-3">
          {jobs.map((job) => (
            <li key={job.id} className="space-y-1 rounded-lg border border-danger-border bg-danger-subtle p-4">
              <p className="font-semibold">{t.has(`names.${job.name}`) ? t(`names.${job.name}`) : job.name}</p>
              <p className="text-sm">{t("failedAt", { date: format.dateTime(job.failedAt, { dateStyle: "medium", timeStyle: "short" }) })}</p>
              <p className="text-sm break-words">{job.message ?? t("noMessage")}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
