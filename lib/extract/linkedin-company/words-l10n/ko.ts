/** Korean (ko): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const ko = `
웹사이트
업계|산업
회사 규모
본사
설립|설립일
형태|유형
전문 분야|전문분야
팔로워*
직원*
회원
채용공고|채용
회사 소개|소개|개요
펀딩|투자 유치
비상장기업|비공개 기업
상장기업|상장 기업
자영업
합자회사|파트너십
비영리단체|비영리 단체
교육기관|교육 기관
정부기관|정부 기관
개인사업자

`;
