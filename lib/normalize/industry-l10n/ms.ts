/** Malay (ms): line i names `INDUSTRIES[i]`; "|" separates variants (see ./index.ts). */
export const ms = `
Pembangunan Perisian|Perisian Komputer
Perkhidmatan IT dan Perundingan IT|Teknologi Maklumat dan Perkhidmatan
Keselamatan Komputer dan Rangkaian
Teknologi, Maklumat dan Internet|Perkhidmatan Maklumat
Teknologi, Maklumat dan Media
Infrastruktur dan Analitik Data
Pembuatan Perkakasan Komputer|Perkakasan Komputer
Produk Rangkaian Komputer|Rangkaian Komputer
Pembuatan Komputer dan Elektronik|Elektronik Pengguna
Pembuatan Semikonduktor|Semikonduktor
Telekomunikasi|Tanpa Wayar
Permainan Komputer
Perkhidmatan Kewangan
Perbankan
Insurans
Perbankan Pelaburan
Pengurusan Pelaburan
Pasaran Modal
Modal Teroka dan Ekuiti Persendirian
Perakaunan
Perundingan dan Perkhidmatan Perniagaan|Perundingan Pengurusan
Perundingan Penyumberan Luar dan Luar Pesisir|Penyumberan Luar
Perkhidmatan Pengiklanan|Pemasaran dan Pengiklanan
Perkhidmatan Pemasaran
Penyelidikan Pasaran
Perkhidmatan Perhubungan Awam dan Komunikasi|Perhubungan Awam dan Komunikasi
Pengambilan dan Penempatan Pekerja|Perekrutan
Perkhidmatan Sumber Manusia|Sumber Manusia
Latihan dan Bimbingan Profesional
Perkhidmatan Undang-undang
Amalan Guaman|Firma Guaman
Hospital dan Penjagaan Kesihatan
Amalan Perubatan|Klinik Perubatan
Penjagaan Kesihatan Mental
Pembuatan Peralatan Perubatan|Peranti Perubatan
Pembuatan Farmaseutikal|Farmaseutikal
Penyelidikan Bioteknologi|Bioteknologi
Perkhidmatan Kesejahteraan dan Kecergasan|Kesihatan, Kesejahteraan dan Kecergasan
Perkhidmatan Individu dan Keluarga
Pendidikan Tinggi
Program Pentadbiran Pendidikan|Pengurusan Pendidikan
Penyedia E-Pembelajaran|E-Pembelajaran
Pendidikan Rendah dan Menengah
Runcit|Peruncitan
Runcit Pakaian dan Fesyen|Pakaian dan Fesyen
Borong|Pemborongan
Perdagangan Antarabangsa dan Pembangunan|Import dan Eksport
Perkhidmatan Pengguna
Perkhidmatan Makanan dan Minuman|Makanan dan Minuman
Pembuatan Makanan dan Minuman|Pengeluaran Makanan
Restoran
Hospitaliti
Pengaturan Perjalanan|Riadah, Pelancongan dan Perjalanan
Syarikat Penerbangan dan Penerbangan|Syarikat Penerbangan/Penerbangan
Pembuatan Komponen Penerbangan dan Aeroangkasa|Penerbangan dan Aeroangkasa
Pembuatan Pertahanan dan Angkasa|Pertahanan dan Angkasa
Pengangkutan, Logistik, Rantaian Bekalan dan Penyimpanan|Logistik dan Rantaian Bekalan
Pengangkutan Trak|Pengangkutan/Trak/Kereta Api
Pengangkutan Kargo dan Bungkusan|Penghantaran Bungkusan/Kargo
Pergudangan dan Penyimpanan|Pergudangan
Pengangkutan Maritim|Maritim
Pembuatan|Barangan Pengguna
Pembuatan Jentera|Jentera
Pembuatan Jentera Perindustrian|Kejuruteraan Mekanikal atau Perindustrian
Pembuatan Jentera Automasi|Automasi Perindustrian
Pembuatan Kenderaan Bermotor|Automotif
Pembuatan Perkakas, Elektrik dan Elektronik|Pembuatan Elektrik/Elektronik
Pembuatan Bahan Kimia|Bahan Kimia
Pembuatan Tekstil|Tekstil
Pembuatan Pembungkusan dan Bekas|Pembungkusan dan Bekas
Pembuatan Barangan Sukan|Barangan Sukan
Pembinaan
Kejuruteraan Awam
Perkhidmatan Kejuruteraan
Seni Bina dan Perancangan
Hartanah
Minyak dan Gas|Minyak dan Tenaga
Perlombongan|Perlombongan dan Logam
Utiliti
Pembuatan Semikonduktor Tenaga Boleh Diperbaharui|Tenaga Boleh Diperbaharui dan Alam Sekitar
Perkhidmatan Alam Sekitar
Pertanian
Pentadbiran Kerajaan
Angkatan Tentera
Pertubuhan Bukan Untung|Organisasi Bukan Untung|Pengurusan Organisasi Bukan Untung
Pertubuhan Sivik dan Sosial
Perkhidmatan Penyelidikan|Penyelidikan
Badan Pemikir
Penyedia Hiburan|Hiburan
Penerbitan Media|Produksi Media
Penerbitan dan Pengedaran Media Penyiaran|Media Penyiaran
Penerbitan Buku dan Berkala|Penerbitan
Penerbitan Akhbar|Akhbar
Media Audio dan Video Dalam Talian|Media Dalam Talian
Pemuzik|Muzik
Perkhidmatan Reka Bentuk|Reka Bentuk
Reka Bentuk Grafik
Perkhidmatan Acara|Pengurusan Acara
Keselamatan dan Penyiasatan
Perkhidmatan Kemudahan|Pengurusan Kemudahan
Terjemahan dan Penyetempatan
Penulisan dan Penyuntingan
Sukan Tontonan|Sukan
Runcit Dalam Talian dan Pesanan Pos
`;
