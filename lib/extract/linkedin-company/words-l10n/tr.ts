/** Turkish (tr): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const tr = `
Web sitesi
Sektör|Endüstri
Şirket büyüklüğü|Şirket boyutu
Genel merkez
Kuruluş|Kuruluş tarihi|Kuruluş yılı
Tür|Şirket türü
Uzmanlık alanları
takipçi*
çalışan*
üye|üyesi
iş ilanı|ilan|ilanı
Hakkında|Genel bakış
Finansman|Yatırım
Özel şirket|Özel Şirket
Halka açık şirket
Serbest meslek
Ortaklık
Kâr amacı gütmeyen kuruluş
Eğitim kurumu
Devlet kurumu
Şahıs şirketi

`;
