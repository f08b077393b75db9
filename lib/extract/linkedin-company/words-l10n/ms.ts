/** Malay (ms): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const ms = `
Laman web|Tapak web

Saiz syarikat
Ibu pejabat
Diasaskan|Ditubuhkan

Kepakaran

pekerja
ahli
kekosongan
Perihal|Gambaran keseluruhan

Syarikat swasta|Dimiliki secara persendirian
Syarikat awam
Bekerja sendiri
Perkongsian
Bukan untung
Institusi pendidikan
Agensi kerajaan
Milikan tunggal

`;
