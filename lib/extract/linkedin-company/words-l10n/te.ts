/** Telugu (te): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const te = `
వెబ్‌సైట్
పరిశ్రమ
కంపెనీ పరిమాణం
ప్రధాన కార్యాలయం
స్థాపించబడింది
రకం
ప్రత్యేకతలు
ఫాలోవర్లు
ఉద్యోగులు
సభ్యులు
ఉద్యోగాలు
పరిచయం
నిధులు
ప్రైవేట్ యాజమాన్యం
పబ్లిక్ కంపెనీ







`;
