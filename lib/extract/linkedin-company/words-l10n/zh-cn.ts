/** Chinese (simplified) (zh-CN): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const zhCN = `
网站
行业
公司规模
总部
创立|成立时间|创立时间
类型
特长|专长
关注者|位关注者
员工|名员工
会员
职位|个职位
简介|概览
融资
私人持股|非上市公司
上市公司
自营
合伙
非营利机构
教育机构
政府机构
个人独资企业
自有
`;
