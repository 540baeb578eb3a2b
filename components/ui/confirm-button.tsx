"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogTrigger } from "@/components/ui/dialog";

export interface ConfirmButtonProps {
  /** The button's text (its working text while the action runs). */
  label: string;
  /** The dialog's question and what the move means. */
  title: string;
  description: string;
  confirm: string;
  cancel: string;
  /** The dialog's close button, for screen readers. */
  closeLabel: string;
  disabled: boolean;
  onConfirm: () => void;
  variant?: "destructive" | "ghost";
}

/** A button whose move cannot be undone: it asks in a dialog first, and runs `onConfirm` only when confirmed. */
export function ConfirmButton(props: ConfirmButtonProps) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant={props.variant ?? "destructive"} disabled={props.disabled}>
          {props.label}
        </Button>
      </DialogTrigger>
      <DialogContent title={props.title} description={props.description} closeLabel={props.closeLabel}>
        <div className="flex flex-wrap justify-end gap-3">
          <DialogClose asChild>
            <Button variant="outline">{props.cancel}</Button>
          </DialogClose>
          <Button
            variant="destructive"
            onClick={() => {
              setOpen(false);
              props.onConfirm();
            }}
          >
            {props.confirm}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}
