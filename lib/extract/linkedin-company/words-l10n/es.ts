/** Spanish (es): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const es = `
Sitio web
Sector
Tamaño de la empresa

Fundación|Fundada en

Especialidades
seguidores|seguidor
empleados
miembros
empleos
Acerca de|Información general
Financiación|Financiamiento
De propiedad privada|Empresa privada|Privada
Empresa pública
Autónomo
Asociación|Sociedad colectiva
Sin ánimo de lucro|Organización sin ánimo de lucro
Institución educativa
Administración pública|Agencia gubernamental
Empresa individual
Propiedad propia
`;
