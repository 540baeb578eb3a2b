import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "@/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/lib/auth/guards";
import { listUnits } from "@/lib/users/queries";
import { AdminMessages } from "../../_components/admin-messages";
import { InviteForm } from "./invite-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.invite");
  return { title: t("metaTitle") };
}

export default async function InvitePage() {
  const user = await requirePageAccess("/dashboard/admin/users/invite", "user:manage");
  const [t, units] = await Promise.all([getTranslations("admin.invite"), listUnits(user)]);
  return (
    <div className="max-w-2xl space-y-6">
      <Link href="/dashboard/admin/users" className="text-sm text-link underline underline-offset-4">
        {t("back")}
      </Link>
      <PageHeader title={t("title")} description={t("description")} />
      <AdminMessages>
        <InviteForm units={units} />
      </AdminMessages>
    </div>
  );
}
