"use client";

import { useRouter } from "next/navigation";
import { CalendarPlus } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { createEventFromVisitAction } from "@/lib/events/actions";
import { useAction } from "@/lib/forms/use-action-form";

/** Makes the visit's guest lecture an event (filled in from the visit) and opens it for completing. */
export function CreateEventFromVisit({ visitId, label, pendingLabel }: { visitId: string; label: string; pendingLabel: string }) {
  const router = useRouter();
  const { run, pending, error } = useAction(createEventFromVisitAction, (data) => router.push(`/dashboard/events/${data.id}`));
  return (
    <div className="space-y-2">
      <FormAlert error={error} />
      <Button variant="outline" onClick={() => void run({ visitId })} disabled={pending}>
        <CalendarPlus aria-hidden="true" />
        {pending ? pendingLabel : label}
      </Button>
    </div>
  );
}
