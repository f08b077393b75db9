/**
 * Frozen for the v3 upgrade (ICP versions and review dates): the review date that upgrade gave
 * existing ICPs, 6 months after their last change. A later change to the review period
 * (`REVIEW_MONTHS`) must not change what an old upgrade did, so this copy never follows it.
 */
export function reviewDateAtV3(changedAt: number): number {
  const date = new Date(changedAt);
  date.setMonth(date.getMonth() + 6);
  return date.getTime();
}
