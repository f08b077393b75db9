/** Indonesian (id): line i names `INDUSTRIES[i]`; "|" separates variants (see ./index.ts). */
export const id = `
Pengembangan Perangkat Lunak|Perangkat Lunak Komputer
Layanan TI dan Konsultan TI|Layanan dan Konsultasi TI|Teknologi Informasi dan Layanan
Keamanan Komputer dan Jaringan
Teknologi, Informasi, dan Internet|Teknologi, Informasi dan Internet|Layanan Informasi
Teknologi, Informasi, dan Media|Teknologi, Informasi dan Media
Infrastruktur dan Analitik Data
Manufaktur Perangkat Keras Komputer|Perangkat Keras Komputer
Produk Jaringan Komputer|Jaringan Komputer
Manufaktur Komputer dan Elektronik|Elektronik Konsumen
Manufaktur Semikonduktor|Semikonduktor
Telekomunikasi|Nirkabel
Game Komputer|Permainan Komputer
Layanan Keuangan|Jasa Keuangan
Perbankan
Asuransi
Perbankan Investasi
Manajemen Investasi
Pasar Modal
Modal Ventura dan Ekuitas Swasta
Akuntansi
Layanan dan Konsultasi Bisnis|Konsultasi Manajemen
Konsultasi Alih Daya dan Offshoring|Alih Daya/Offshoring
Layanan Periklanan|Pemasaran dan Periklanan
Layanan Pemasaran
Riset Pasar
Layanan Hubungan Masyarakat dan Komunikasi|Hubungan Masyarakat dan Komunikasi
Kepegawaian dan Perekrutan|Penempatan dan Perekrutan Tenaga Kerja
Layanan Sumber Daya Manusia|Sumber Daya Manusia
Pelatihan dan Coaching Profesional|Pelatihan dan Pembinaan Profesional
Layanan Hukum|Jasa Hukum
Praktik Hukum|Firma Hukum
Rumah Sakit dan Layanan Kesehatan|Rumah Sakit dan Perawatan Kesehatan
Praktik Medis
Layanan Kesehatan Mental|Perawatan Kesehatan Mental
Manufaktur Peralatan Medis|Alat Kesehatan|Perangkat Medis
Manufaktur Farmasi|Farmasi
Riset Bioteknologi|Penelitian Bioteknologi|Bioteknologi
Layanan Kebugaran dan Kesehatan|Kesehatan, Kebugaran, dan Olahraga
Layanan Individu dan Keluarga
Pendidikan Tinggi
Program Administrasi Pendidikan|Manajemen Pendidikan
Penyedia E-Learning|E-Learning
Pendidikan Dasar dan Menengah
Ritel|Perdagangan Eceran
Ritel Pakaian dan Fashion|Pakaian dan Fashion
Grosir|Perdagangan Besar
Perdagangan dan Pembangunan Internasional|Impor dan Ekspor
Layanan Konsumen
Layanan Makanan dan Minuman|Makanan dan Minuman
Manufaktur Makanan dan Minuman|Produksi Makanan
Restoran
Perhotelan|Hospitalitas
Pengaturan Perjalanan|Rekreasi, Perjalanan, dan Pariwisata
Maskapai Penerbangan dan Penerbangan|Maskapai Penerbangan/Penerbangan
Manufaktur Komponen Penerbangan dan Dirgantara|Penerbangan dan Dirgantara
Manufaktur Pertahanan dan Antariksa|Pertahanan dan Antariksa
Transportasi, Logistik, Rantai Pasokan, dan Penyimpanan|Transportasi, Logistik, Rantai Pasok, dan Pergudangan|Logistik dan Rantai Pasokan
Transportasi Truk|Transportasi/Truk/Kereta Api
Transportasi Kargo dan Paket|Pengiriman Paket/Kargo
Pergudangan dan Penyimpanan|Pergudangan
Transportasi Maritim|Maritim
Manufaktur|Barang Konsumen
Manufaktur Mesin|Mesin
Manufaktur Mesin Industri|Teknik Mesin atau Industri
Manufaktur Mesin Otomasi|Otomasi Industri
Manufaktur Kendaraan Bermotor|Otomotif
Manufaktur Peralatan Rumah Tangga, Listrik, dan Elektronik|Manufaktur Listrik/Elektronik
Manufaktur Bahan Kimia|Bahan Kimia
Manufaktur Tekstil|Tekstil
Manufaktur Kemasan dan Wadah|Kemasan dan Wadah
Manufaktur Perlengkapan Olahraga|Perlengkapan Olahraga
Konstruksi
Teknik Sipil
Layanan Teknik|Jasa Teknik
Arsitektur dan Perencanaan
Real Estat|Properti
Minyak dan Gas|Minyak dan Energi
Pertambangan|Pertambangan dan Logam
Utilitas
Manufaktur Semikonduktor Energi Terbarukan|Energi Terbarukan dan Lingkungan
Layanan Lingkungan
Pertanian
Administrasi Pemerintahan|Pemerintahan
Angkatan Bersenjata
Organisasi Nirlaba|Manajemen Organisasi Nirlaba
Organisasi Sipil dan Sosial|Organisasi Kemasyarakatan dan Sosial
Layanan Riset|Layanan Penelitian|Riset|Penelitian
Lembaga Think Tank|Wadah Pemikir
Penyedia Hiburan|Hiburan
Produksi Media
Produksi dan Distribusi Media Penyiaran|Media Penyiaran
Penerbitan Buku dan Majalah|Penerbitan
Penerbitan Surat Kabar|Surat Kabar
Media Audio dan Video Online|Media Online|Media Daring
Musisi|Musik
Layanan Desain|Desain
Desain Grafis
Layanan Acara|Penyelenggara Acara
Keamanan dan Investigasi
Layanan Fasilitas|Manajemen Fasilitas
Penerjemahan dan Lokalisasi
Penulisan dan Penyuntingan
Olahraga Tontonan|Olahraga
Ritel Online dan Pesanan Pos|Ritel Daring dan Pesanan Pos
`;
