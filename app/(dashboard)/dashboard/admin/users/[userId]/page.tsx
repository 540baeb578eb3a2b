import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/i18n/server";
import { Alert } from "@/components/ui/alert";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { getUserForAdmin, listUnits } from "@/lib/users/queries";
import { AdminMessages } from "../../_components/admin-messages";
import { UserStatusBadge } from "../../_components/status-badge";
import { AccessControls } from "./access-controls";
import { RoleForm } from "./role-form";

type Params = Promise<{ userId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { userId } = await params;
  const t = await getTranslations("admin.users");
  return { title: `${t("metaTitle")} · ${userId.slice(0, 8)}` };
}

export default async function UserPage({ params }: { params: Params }) {
  const { userId } = await params;
  const admin = await requirePageAccess(`/dashboard/admin/users/${userId}`, "user:manage");
  const [target, units, t, tCommon, format] = await Promise.all([
    loadRecordOr404(userId, (id) => getUserForAdmin(admin, id)),
    listUnits(admin),
    getTranslations("admin.user"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const isSelf = target.id === admin.id;
  const details: [string, React.ReactNode][] = [
    [t("email"), target.email],
    [t("status"), <UserStatusBadge key="status" status={target.status} />],
    [t("created"), format.dateTime(target.createdAt, { dateStyle: "long" })],
    [t("sso"), target.usesSso ? t("ssoLinked") : t("ssoNone")],
  ];

  return (
    <div className="max-w-3xl space-y-6">
      <Link href="/dashboard/admin/users" className="text-sm text-link underline underline-offset-4">
        {t("back")}
      </Link>
      <PageHeader title={target.name} description={tCommon(`roles.${target.role}`)} />
      {isSelf && <Alert variant="info">{t("ownAccount")}</Alert>}

      <Card>
        <CardHeader>
          <CardTitle>{t("accountHeading")}</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
            {details.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-medium text-muted-foreground">{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm">
            <li>
              <Link href={`/dashboard/admin/audit?actorId=${target.id}`} className="text-link underline underline-offset-4">
                {t("activity")}
              </Link>
            </li>
            <li>
              <Link href={`/dashboard/admin/audit?entityType=User&entityId=${target.id}`} className="text-link underline underline-offset-4">
                {t("history")}
              </Link>
            </li>
          </ul>
        </CardContent>
      </Card>

      {!isSelf && (
        <AdminMessages>
          <Card>
            <CardHeader>
              <CardTitle>{t("roleHeading")}</CardTitle>
              <CardDescription>{t("roleDescription")}</CardDescription>
            </CardHeader>
            <CardContent>
              <RoleForm userId={target.id} role={target.role} unitId={target.unit?.id ?? null} units={units} />
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle>{t("accessHeading")}</CardTitle>
              <CardDescription>
                {target.disabledAt
                  ? t("disabledDescription", { date: format.dateTime(target.disabledAt, { dateStyle: "long" }) })
                  : target.status === "invited"
                    ? t("invitationPending")
                    : t("activeDescription")}
              </CardDescription>
            </CardHeader>
            <CardContent>
              <AccessControls userId={target.id} name={target.name} disabled={Boolean(target.disabledAt)} invited={target.status === "invited"} />
            </CardContent>
          </Card>
        </AdminMessages>
      )}
    </div>
  );
}
