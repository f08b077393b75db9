import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldErrors, Resolver } from 'react-hook-form';
import { type Icp, type IcpInput, icpSchema } from '@/lib/criteria/schema';
import { icpProblemOf } from '@/lib/icp/parse';
import { icpProblemWords } from '../icp-file-words';

/**
 * The ICP editor's validation: the schema ICP files use (`icpSchema`), each issue turned into the
 * ICP-file problem code the import uses (`icpProblemOf`, `lib/icp/problems.ts`) and worded in the
 * UI language (`icpProblemWords`), e.g. under a band's credit in Persian
 * "criteria[0].bands[0].credit: باید ≤ ۱ باشد". The first issue at a form path wins (as
 * `zodResolver` does); a path that is a list (`criteria`, `tiers`) gets its message as `root`.
 * Never throws; valid values come back parsed (`Icp`: defaults filled in).
 */
export const icpResolver: Resolver<IcpInput, unknown, Icp> = async (values, _context, options) => {
  const parsed = icpSchema.safeParse(values);
  if (parsed.success) return { values: parsed.data, errors: {} };
  const errors: Record<string, FieldError> = Object.create(null);
  for (const issue of parsed.error.issues) {
    const path = issue.path.join('.');
    if (errors[path]) continue;
    errors[path] = { type: issue.code, message: icpProblemWords(icpProblemOf(issue, values)) };
  }
  return { values: {}, errors: toNestErrors(errors as FieldErrors, options) };
};
