import type { Icp } from '@/lib/criteria/schema';
import { getCompanies } from '@/lib/db/company-store';
import { findInCrm } from '@/lib/db/crm';
import { getDb, type ListMemberRecord } from '@/lib/db/schema';
import { type ExportFormat, exportCompanies, exportFileName } from '@/lib/lists/export';
import { exportCompanyOf } from '@/lib/lists/export-company';

/**
 * The chosen companies of a list as a CRM import file (text). Record ids come from the account
 * file they were imported from, else from the CRM snapshot when its row is sure to be them.
 */
export async function buildExport(
  members: readonly ListMemberRecord[],
  icp: Icp | undefined,
  format: ExportFormat,
  outreach: boolean,
): Promise<string> {
  const db = getDb();
  const companies = await getCompanies(
    db,
    members.map((m) => m.companyId),
  );
  const rows = await Promise.all(
    members.map(async (m, i) => {
      const c = companies[i];
      if (!c) return undefined;
      let crmIds = m.crmIds;
      if (!crmIds && format !== 'csv') {
        const match = await findInCrm({
          name: c.name,
          domain: c.domain,
          linkedinSlug: c.linkedinSlug,
        });
        const r = match?.certainty === 'sure' ? match.record : undefined;
        if (r?.recordId && r.crm === format) crmIds = { [format]: r.recordId };
      }
      return exportCompanyOf({ ...c, facts: c.facts ?? {}, ...(crmIds && { crmIds }) }, icp, {
        outreach,
      });
    }),
  );
  return exportCompanies(
    rows.filter((r) => r !== undefined),
    format,
    { outreach },
  );
}

/** Offers text as a file download (nothing leaves the browser). */
export function downloadText(text: string, listName: string, format: ExportFormat): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = exportFileName(listName, format, new Date());
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
