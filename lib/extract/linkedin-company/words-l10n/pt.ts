/** Portuguese (pt): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const pt = `
Site
Setor
Tamanho da empresa

Fundada em|Fundação

Especializações

funcionários|empregados
membros
vagas
Sobre|Visão geral
Financiamento

Empresa de capital aberto
Autônomo
Sociedade|Sociedade de pessoas
Sem fins lucrativos
Instituição de ensino
Órgão governamental


`;
