/** Chinese (traditional) (zh-TW): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const zhTW = `
網站
產業|行業
公司規模
總部
成立時間|創立
類型
專長|專業領域
關注者|追蹤者
員工
會員
職缺
關於|概覽|簡介
融資
私營公司

自僱
合夥
非營利組織
教育機構
政府機構
獨資企業

`;
