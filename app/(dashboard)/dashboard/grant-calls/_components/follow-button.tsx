"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { toast } from "@/components/ui/toaster";
import type { ActionResult } from "@/lib/errors/safe-action";
import { useAction } from "@/lib/forms/use-action-form";
import { followGrantCallAction, unfollowGrantCallAction } from "@/lib/grant-calls/actions";

/**
 * Follow a call to be e-mailed before its deadline, or stop. A refusal (a closed call, a passed
 * deadline) is said above the button, and nothing is stored.
 */
export function FollowButton({ callId, following }: { callId: string; following: boolean }) {
  const t = useTranslations("grantCalls.follow");
  const router = useRouter();
  const { run, pending, error } = useAction(
    (input: { id: string }): Promise<ActionResult<{ following: boolean }>> => (following ? unfollowGrantCallAction(input) : followGrantCallAction(input)),
    () => {
      toast.success(following ? t("unfollowed") : t("followed"));
      router.refresh();
    },
  );
  return (
    <div className="space-y-3">
      <FormAlert error={error} />
      <p className="text-sm text-muted-foreground">{following ? t("followingNote") : t("hint")}</p>
      <Button variant={following ? "outline" : "primary"} disabled={pending} onClick={() => void run({ id: callId })}>
        {pending ? t("working") : following ? t("unfollow") : t("follow")}
      </Button>
    </div>
  );
}
