/** Marathi (mr): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const mr = `
संकेतस्थळ
उद्योग क्षेत्र
कंपनीचा आकार

स्थापना वर्ष


फॉलोअर्स














`;
