/** Turkish (tr): line i names `INDUSTRIES[i]`; "|" separates variants (see ./index.ts). */
export const tr = `
Yazılım Geliştirme|Bilgisayar Yazılımı
BT Hizmetleri ve BT Danışmanlığı|Bilgi Teknolojileri ve Hizmetleri
Bilgisayar ve Ağ Güvenliği
Teknoloji, Bilgi ve İnternet|Bilgi Hizmetleri
Teknoloji, Bilgi ve Medya
Veri Altyapısı ve Analitiği|Veri Altyapısı ve Analiz
Bilgisayar Donanımı Üretimi|Bilgisayar Donanımı
Bilgisayar Ağ Ürünleri|Bilgisayar Ağları
Bilgisayar ve Elektronik Üretimi|Tüketici Elektroniği
Yarı İletken Üretimi|Yarı İletkenler
Telekomünikasyon|Kablosuz
Bilgisayar Oyunları
Finansal Hizmetler
Bankacılık
Sigortacılık|Sigorta
Yatırım Bankacılığı
Yatırım Yönetimi
Sermaye Piyasaları
Girişim Sermayesi ve Özel Sermaye|Risk Sermayesi ve Özel Sermaye
Muhasebe
İş Danışmanlığı ve Hizmetleri|Yönetim Danışmanlığı
Dış Kaynak Kullanımı ve Offshoring Danışmanlığı|Dış Kaynak Kullanımı
Reklam Hizmetleri|Pazarlama ve Reklamcılık
Pazarlama Hizmetleri
Pazar Araştırması
Halkla İlişkiler ve İletişim Hizmetleri|Halkla İlişkiler ve İletişim
İşe Alım ve Personel Temini|Personel Temini ve İşe Alım|İnsan Kaynakları ve İşe Alım
İnsan Kaynakları Hizmetleri|İnsan Kaynakları
Profesyonel Eğitim ve Koçluk
Hukuk Hizmetleri
Hukuk Bürosu|Avukatlık Büroları|Hukuk Uygulaması
Hastaneler ve Sağlık Hizmetleri|Hastane ve Sağlık Hizmetleri
Tıbbi Muayenehaneler|Tıbbi Uygulama
Ruh Sağlığı Hizmetleri
Tıbbi Ekipman Üretimi|Tıbbi Cihazlar
İlaç Üretimi|İlaç Sanayii|İlaçlar
Biyoteknoloji Araştırmaları|Biyoteknoloji
Sağlıklı Yaşam ve Fitness Hizmetleri|Sağlık, Zindelik ve Fitness
Bireysel ve Aile Hizmetleri
Yükseköğretim|Yüksek Öğretim
Eğitim Yönetimi Programları|Eğitim Yönetimi
E-Öğrenme Sağlayıcıları|E-Öğrenim
İlk ve Orta Öğretim|İlköğretim ve Ortaöğretim
Perakende
Hazır Giyim ve Moda Perakendeciliği|Giyim ve Moda
Toptan Satış|Toptan Ticaret
Uluslararası Ticaret ve Kalkınma|İthalat ve İhracat
Tüketici Hizmetleri
Yiyecek ve İçecek Hizmetleri|Yiyecek ve İçecek
Yiyecek ve İçecek Üretimi|Gıda Üretimi
Restoranlar
Konaklama|Misafirperverlik
Seyahat Düzenlemeleri|Eğlence, Seyahat ve Turizm
Havayolları ve Havacılık|Havayolları/Havacılık
Havacılık ve Uzay Bileşenleri Üretimi|Havacılık ve Uzay
Savunma ve Uzay Üretimi|Savunma ve Uzay
Ulaşım, Lojistik, Tedarik Zinciri ve Depolama|Lojistik ve Tedarik Zinciri
Kamyon Taşımacılığı|Ulaşım/Kamyon Taşımacılığı/Demiryolu
Yük ve Paket Taşımacılığı|Paket/Kargo Teslimatı
Antrepoculuk ve Depolama|Depolama
Deniz Taşımacılığı|Denizcilik
İmalat|Üretim|Tüketim Malları
Makine Üretimi|Makine
Endüstriyel Makine Üretimi|Makine veya Endüstri Mühendisliği
Otomasyon Makineleri Üretimi|Endüstriyel Otomasyon
Motorlu Taşıt Üretimi|Otomotiv
Ev Aletleri, Elektrik ve Elektronik Üretimi|Elektrik/Elektronik Üretimi
Kimyasal Üretim|Kimyasallar|Kimya
Tekstil Üretimi|Tekstil
Ambalaj ve Konteyner Üretimi|Ambalaj ve Konteynerler
Spor Malzemeleri Üretimi|Spor Malzemeleri
İnşaat
İnşaat Mühendisliği
Mühendislik Hizmetleri
Mimarlık ve Planlama
Gayrimenkul
Petrol ve Gaz|Petrol ve Enerji
Madencilik|Madencilik ve Metal
Kamu Hizmetleri
Yenilenebilir Enerji Yarı İletken Üretimi|Yenilenebilir Enerji ve Çevre
Çevre Hizmetleri
Tarım|Çiftçilik
Kamu Yönetimi|Devlet Yönetimi
Silahlı Kuvvetler
Kâr Amacı Gütmeyen Kuruluşlar|Kar Amacı Gütmeyen Kuruluşlar|Kâr Amacı Gütmeyen Kuruluş Yönetimi
Sivil Toplum ve Sosyal Kuruluşlar|Sivil ve Sosyal Organizasyon
Araştırma Hizmetleri|Araştırma
Düşünce Kuruluşları
Eğlence Sağlayıcıları|Eğlence
Medya Prodüksiyonu|Medya Yapımı
Yayın Medyası Prodüksiyonu ve Dağıtımı|Yayın Medyası
Kitap ve Süreli Yayıncılık|Yayıncılık
Gazete Yayıncılığı|Gazeteler
Çevrimiçi Ses ve Video Medyası|Çevrimiçi Medya
Müzisyenler|Müzik
Tasarım Hizmetleri|Tasarım
Grafik Tasarım
Etkinlik Hizmetleri|Etkinlik Yönetimi
Güvenlik ve Soruşturma|Güvenlik ve Araştırma
Tesis Hizmetleri|Tesis Yönetimi
Çeviri ve Yerelleştirme
Yazarlık ve Editörlük|Yazma ve Düzenleme
Seyirci Sporları|Spor
Çevrimiçi ve Posta Yoluyla Perakende|E-ticaret ve Posta Siparişi Perakendeciliği
`;
