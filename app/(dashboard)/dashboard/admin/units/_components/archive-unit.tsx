"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import { useAction } from "@/lib/forms/use-action-form";
import { setUnitArchivedAction } from "@/lib/units/actions";

/** Archive a unit (it is no longer offered in forms) or bring it back. */
export function ArchiveUnit({ id, version, archived }: { id: string; version: number; archived: boolean }) {
  const t = useTranslations("units.archive");
  const router = useRouter();
  const { run, pending, error } = useAction(setUnitArchivedAction, () => {
    toast.success(archived ? t("unarchived") : t("archived"));
    router.refresh();
  });

  return (
    <div className="space-y-3">
      <FormAlert error={error} />
      <Button variant={archived ? "secondary" : "destructive"} disabled={pending} onClick={() => run({ id, version, archived: !archived })}>
        {archived ? t("unarchive") : t("archive")}
      </Button>
    </div>
  );
}
