/**
 * A one-page PDF that says what it stands for ("Transcript of records — Aylin Safarova — demo
 * document"), so a reviewer who opens a demo application's document sees a real, readable file.
 */
export function placeholderPdf(lines: readonly string[]): Uint8Array {
  // Standard Type 1 fonts speak Latin-1 only: anything else becomes "?" rather than a broken file.
  const text = lines
    .map((line, index) => {
      const safe = line.replace(/[^\x20-\x7e]/g, "?").replace(/[\\()]/g, "\\$&");
      return `BT /F1 ${index === 0 ? 16 : 11} Tf 72 ${760 - index * 24} Td (${safe}) Tj ET`;
    })
    .join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
