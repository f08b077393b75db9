/** English (en): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const en = `
Website
Industry|Industries
Company size
Headquarters
Founded
Type
Specialties|Specialities
follower*
employee*
associated members|on LinkedIn
job|jobs|open jobs
About|About us|Overview
Funding
Privately Held
Public Company
Self-Employed
Partnership
Nonprofit|Non-profit
Educational|Educational Institution
Government Agency
Sole Proprietorship
Self-Owned
`;
