/** Japanese (ja): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const ja = `
ウェブサイト
業界
会社規模
本社
設立|創業
種類
専門分野
フォロワー
従業員|社員
メンバー
求人
概要|基本情報
資金調達
非公開企業
上場企業
自営業
パートナーシップ
非営利団体
教育機関
政府機関
個人事業主

`;
