"use client";

import { useTranslations } from "next-intl";
import { RecordPictureUpload } from "@/components/content/record-picture-upload";

export interface PictureUploadProps {
  slug: string;
  /** The current picture's URL, or null. */
  pictureUrl: string | null;
  centerName: string;
  maxMb: number;
}

/** A center's picture. */
export function PictureUpload({ slug, pictureUrl, centerName, maxMb }: PictureUploadProps) {
  const t = useTranslations("centers.picture");
  return (
    <RecordPictureUpload
      endpoint={`/api/centers/${encodeURIComponent(slug)}/picture`}
      namespace="centers"
      pictureUrl={pictureUrl}
      alt={t("alt", { name: centerName })}
      maxMb={maxMb}
    />
  );
}
