"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import { setCenterPublishedAction } from "@/lib/centers/actions";
import { useAction } from "@/lib/forms/use-action-form";

/** Publish a hidden center or hide a published one; refused like any save when the version is outdated. */
export function PublishToggle({ id, version, isPublic }: { id: string; version: number; isPublic: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const { run, pending, error } = useAction(setCenterPublishedAction, () => {
    toast.success(isPublic ? t("centers.publish.hidden") : t("centers.publish.published"));
    router.refresh();
  });

  return (
    <div className="space-y-2">
      <Button variant="outline" disabled={pending} onClick={() => void run({ id, version, isPublic: !isPublic })}>
        {isPublic ? t("centers.publish.hide") : t("centers.publish.publish")}
      </Button>
      <FormAlert error={error} />
    </div>
  );
}
