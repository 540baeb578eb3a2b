import "server-only";
import { forbidden } from "next/navigation";
import { loadRecordOr404, requirePageAccess } from "@/lib/auth/guards";
import { canReadStaffProjects } from "@/lib/projects/access";
import { getStaffProject } from "@/lib/projects/staff-queries";

/**
 * The staff project pages' guard: signed in, with a staff read of projects (the public grant every
 * role holds does not open the staff area: a student gets 403). With an id, the project within
 * the user's reach, else 404.
 */
export async function requireProjectsPage(path: string) {
  const user = await requirePageAccess(path);
  if (!canReadStaffProjects(user)) forbidden();
  return user;
}

export async function requireProjectPage(id: string, subpath = "") {
  const user = await requireProjectsPage(`/dashboard/projects/${id}${subpath}`);
  const project = await loadRecordOr404(id, (projectId) => getStaffProject(user, projectId));
  return { user, project };
}
