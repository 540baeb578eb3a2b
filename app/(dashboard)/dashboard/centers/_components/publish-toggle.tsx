"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/toaster";
import { setCenterPublishedAction } from "@/lib/centers/actions";

/** Publish a hidden center or hide a published one. */
export function PublishToggle({ id, version, isPublic }: { id: string; version: number; isPublic: boolean }) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, setPending] = useState(false);

  async function toggle() {
    setPending(true);
    const result = await setCenterPublishedAction({ id, version, isPublic: !isPublic });
    setPending(false);
    if (!result.ok) {
      toast.error(t.has(result.formError) ? t(result.formError, result.values) : t("errors.generic.unexpected"));
      return;
    }
    toast.success(isPublic ? t("centers.publish.hidden") : t("centers.publish.published"));
    router.refresh();
  }

  return (
    <Button variant="outline" disabled={pending} onClick={() => void toggle()}>
      {isPublic ? t("centers.publish.hide") : t("centers.publish.publish")}
    </Button>
  );
}
