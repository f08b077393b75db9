import { MEMBER_BUCKETS, memberBucket } from '../../lib/db/members';

/**
 * JavaScript for a page script that seeds or reads the extension's IndexedDB directly: defines
 * `memberBucket(companyId)` exactly as lib/db/members.ts does (built from that function's own
 * source, so the two cannot drift apart).
 */
export const MEMBER_BUCKET_JS = `const MEMBER_BUCKETS = ${MEMBER_BUCKETS}; const memberBucket = ${memberBucket.toString()};`;
