import { getCurrentUser } from "@/lib/auth/current-user";
import { routeHandler } from "@/lib/errors/route-handler";
import { requireStaffProjectRead } from "@/lib/projects/access";
import { answerUpload, asNotFound, pathIds, readUpload, storedFileResponse } from "@/lib/projects/file-routes";
import { attachExpenseReceipt, findExpenseReceipt } from "@/lib/projects/files";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string; expenseId: string }> };

/** Sets the expense's receipt (multipart: file). */
export const POST = routeHandler("projects.expenses.receipt.upload", async (request: Request, context: Context) => {
  const user = await getCurrentUser();
  requireStaffProjectRead(user);
  const { id, expenseId } = await context.params;
  pathIds(id, expenseId);
  const upload = await readUpload(request);
  if ("refusal" in upload) return upload.refusal;
  return answerUpload(() => attachExpenseReceipt(user, id, expenseId, upload.file));
});

/** Downloads the expense's receipt: the office and the project's unit only, 404 for anyone else. */
export const GET = routeHandler("projects.expenses.receipt.download", async (_request: Request, context: Context) => {
  const user = await getCurrentUser();
  const { id, expenseId } = await context.params;
  if (user) pathIds(id, expenseId);
  return storedFileResponse(await findExpenseReceipt(user, id, expenseId).catch(asNotFound));
});
