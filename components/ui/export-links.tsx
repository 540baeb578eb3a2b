import { Download } from "lucide-react";
import { hrefWith, type SearchParamsRecord } from "./table-search-params";

export interface ExportLinksProps {
  /** The export route handler; it takes the list's filters plus `format=csv|xlsx`. */
  endpoint: string;
  /** The list's current filters, so the file holds what the list shows (all pages). */
  params: SearchParamsRecord;
  /** e.g. "Export these 1,204 agreements:" */
  label: string;
  csvLabel: string;
  xlsxLabel: string;
}

/** Download links for a filtered list in CSV and Excel: plain links, a file is not a page. */
export function ExportLinks({ endpoint, params, label, csvLabel, xlsxLabel }: ExportLinksProps) {
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <span className="text-muted-foreground">{label}</span>
      {(
        [
          ["csv", csvLabel],
          ["xlsx", xlsxLabel],
        ] as const
      ).map(([format, text]) => (
        <a key={format} href={hrefWith(endpoint, params, { format })} className="inline-flex items-center gap-1.5 text-link underline underline-offset-4" download>
          <Download aria-hidden="true" className="size-4" />
          {text}
        </a>
      ))}
    </div>
  );
}
