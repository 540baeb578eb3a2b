"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import { useAction } from "@/lib/forms/use-action-form";
import { setNewsPublishedAction } from "@/lib/news/actions";

/** Publish a draft or withdraw a published item; refused like any save when the version is outdated. */
export function PublishToggle({ id, version, isPublished }: { id: string; version: number; isPublished: boolean }) {
  const t = useTranslations("news.publish");
  const router = useRouter();
  const { run, pending, error } = useAction(setNewsPublishedAction, () => {
    toast.success(isPublished ? t("withdrawn") : t("published"));
    router.refresh();
  });

  return (
    <div className="space-y-2">
      <Button variant={isPublished ? "outline" : "primary"} disabled={pending} onClick={() => void run({ id, version, isPublished: !isPublished })}>
        {isPublished ? t("withdraw") : t("publish")}
      </Button>
      <FormAlert error={error} />
    </div>
  );
}
