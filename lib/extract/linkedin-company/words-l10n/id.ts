/** Indonesian (id): line i holds the words of `WORD_KINDS[i]`; "|" separates variants (see ./index.ts). */
export const id = `
Situs web|Situs
Industri
Ukuran perusahaan
Kantor pusat
Didirikan|Tahun didirikan
Jenis
Spesialisasi|Keahlian
pengikut
karyawan|pegawai
anggota
lowongan
Tentang|Tentang kami|Ikhtisar
Pendanaan|Pembiayaan
Perusahaan swasta|Milik swasta
Perusahaan publik|Perusahaan terbuka
Wiraswasta
Kemitraan
Nirlaba|Organisasi nirlaba
Lembaga pendidikan
Lembaga pemerintah
Usaha perseorangan

`;
