/**
 * How LinkedIn's other UI languages name the most common industries, one row per current English
 * name: German | French | Spanish | Portuguese | Vietnamese | Chinese (Simplified) | Persian.
 * Variants seen for one language are separated by "/". Lookups fold case, accents and "&".
 */
export const LOCALIZED_INDUSTRIES: Readonly<Record<string, string>> = {
  'Software Development':
    'Softwareentwicklung|Développement de logiciels|Desarrollo de software|Desenvolvimento de software|Phát triển phần mềm|软件开发|توسعه نرم‌افزار/توسعه نرم افزار',
  'IT Services and IT Consulting':
    'IT-Dienstleistungen und IT-Beratung|Services et conseil en informatique|Servicios y consultoría de TI/Servicios TI y consultoría|Serviços e consultoria de TI|Dịch vụ và Tư vấn CNTT/Dịch vụ CNTT và tư vấn CNTT|IT 服务与咨询/IT服务与咨询/IT 服务和 IT 咨询|خدمات و مشاوره فناوری اطلاعات',
  'Computer and Network Security':
    'Computer- und Netzwerksicherheit|Sécurité informatique et des réseaux|Seguridad informática y de redes/Seguridad del ordenador y de las redes|Segurança de computadores e redes/Segurança de redes e computadores|Bảo mật máy tính và mạng|计算机和网络安全/计算机与网络安全|امنیت رایانه و شبکه/امنیت کامپیوتر و شبکه',
  'Technology, Information and Internet':
    'Technologie, Information und Internet|Technologie, information et Internet|Tecnología, información e internet|Tecnologia, informação e internet|Công nghệ, Thông tin và Internet|技术、信息和网络/技术、信息和互联网|فناوری، اطلاعات و اینترنت',
  'Financial Services':
    'Finanzdienstleistungen|Services financiers|Servicios financieros|Serviços financeiros|Dịch vụ tài chính|金融服务|خدمات مالی',
  Banking:
    'Bankwesen|Banques/Services bancaires|Banca|Bancos/Atividades bancárias|Ngân hàng|银行业|بانکداری',
  Insurance: 'Versicherungen|Assurances|Seguros|Seguros|Bảo hiểm|保险|بیمه',
  'Staffing and Recruiting':
    'Personalbeschaffung und Personalvermittlung/Personalbeschaffung und -vermittlung|Recrutement et placement/Recrutement|Servicios de empleo y selección de personal/Contratación y selección de personal|Recrutamento e seleção|Tuyển dụng và nhân sự/Tuyển dụng|人员配置和招聘/招聘服务|کارمندیابی و استخدام',
  'Human Resources Services':
    'Personaldienstleistungen|Services de ressources humaines|Servicios de recursos humanos|Serviços de recursos humanos|Dịch vụ nhân sự|人力资源服务|خدمات منابع انسانی',
  'Business Consulting and Services':
    'Unternehmensberatung und -dienstleistungen/Unternehmensberatung|Services et conseil aux entreprises|Servicios y consultoría empresarial|Consultoria e serviços a empresas|Dịch vụ và tư vấn doanh nghiệp|商务咨询和服务|مشاوره و خدمات کسب‌وکار',
  'Advertising Services':
    'Werbedienstleistungen|Services de publicité|Servicios de publicidad|Serviços de publicidade|Dịch vụ quảng cáo|广告服务|خدمات تبلیغاتی',
  'Marketing Services':
    'Marketingdienstleistungen|Services marketing|Servicios de marketing|Serviços de marketing|Dịch vụ tiếp thị|营销服务|خدمات بازاریابی',
  'Hospitals and Health Care':
    'Krankenhäuser und Gesundheitswesen/Krankenhaus- und Gesundheitswesen|Hôpitaux et services de santé|Hospitales y atención sanitaria|Hospitais e atendimento médico|Bệnh viện và chăm sóc sức khỏe|医院和医疗保健|بیمارستان‌ها و مراقبت‌های بهداشتی',
  'Medical Equipment Manufacturing':
    'Herstellung von medizinischen Geräten|Fabrication de matériel médical|Fabricación de equipos médicos|Fabricação de equipamentos médicos|Sản xuất thiết bị y tế|医疗设备制造|تولید تجهیزات پزشکی',
  'Pharmaceutical Manufacturing':
    'Pharmazeutische Produktion|Fabrication de produits pharmaceutiques|Fabricación de productos farmacéuticos|Fabricação de produtos farmacêuticos|Sản xuất dược phẩm|制药|تولید دارو',
  'Biotechnology Research':
    'Biotechnologische Forschung|Recherche en biotechnologie|Investigación biotecnológica|Pesquisa em biotecnologia|Nghiên cứu công nghệ sinh học|生物技术研究|تحقیقات زیست‌فناوری',
  'Higher Education':
    'Hochschulausbildung/Hochschulen|Enseignement supérieur|Educación superior|Ensino superior|Giáo dục đại học|高等教育|آموزش عالی',
  'E-Learning Providers':
    'E-Learning-Anbieter|Fournisseurs de e-learning|Proveedores de e-learning|Provedores de e-learning|Nhà cung cấp học trực tuyến|在线教育|ارائه‌دهندگان آموزش الکترونیکی',
  Retail:
    'Einzelhandel|Commerce de détail|Comercio minorista/Venta al por menor|Varejo|Bán lẻ|零售|خرده‌فروشی',
  Wholesale: 'Großhandel|Commerce de gros|Comercio al por mayor|Atacado|Bán buôn|批发|عمده‌فروشی',
  'Food and Beverage Services':
    'Gastronomie|Services de restauration|Servicios de comidas y bebidas|Serviços de alimentação e bebidas|Dịch vụ thực phẩm và đồ uống|餐饮服务|خدمات غذا و نوشیدنی',
  'Food and Beverage Manufacturing':
    'Nahrungsmittel- und Getränkeherstellung|Fabrication de produits alimentaires et de boissons|Fabricación de alimentos y bebidas|Fabricação de alimentos e bebidas|Sản xuất thực phẩm và đồ uống|食品和饮料制造|تولید مواد غذایی و نوشیدنی',
  Restaurants: 'Restaurants|Restaurants|Restaurantes|Restaurantes|Nhà hàng|餐馆/餐厅|رستوران‌ها',
  Hospitality:
    'Gastgewerbe|Hôtellerie|Hostelería|Hotelaria|Dịch vụ lưu trú/Khách sạn|酒店业|مهمان‌داری/هتلداری',
  'Real Estate':
    'Immobilien|Immobilier|Bienes inmobiliarios/Inmobiliaria|Imobiliário/Setor imobiliário|Bất động sản|房地产|املاک و مستغلات',
  Construction: 'Baugewerbe/Bauwesen|Construction|Construcción|Construção|Xây dựng|建筑|ساخت و ساز',
  'Civil Engineering':
    'Tiefbau/Bauingenieurwesen|Génie civil|Ingeniería civil|Engenharia civil|Kỹ thuật xây dựng dân dụng|土木工程|مهندسی عمران',
  'Architecture and Planning':
    'Architektur und Planung|Architecture et urbanisme|Arquitectura y planificación|Arquitetura e planejamento|Kiến trúc và quy hoạch|建筑和规划|معماری و برنامه‌ریزی',
  Manufacturing:
    'Fertigung/Herstellung|Fabrication|Fabricación|Fabricação/Manufatura|Sản xuất|制造业|تولید',
  'Industrial Machinery Manufacturing':
    'Maschinenbau|Fabrication de machines industrielles|Fabricación de maquinaria industrial|Fabricação de máquinas industriais|Sản xuất máy móc công nghiệp|工业机械制造|تولید ماشین‌آلات صنعتی',
  'Motor Vehicle Manufacturing':
    'Kraftfahrzeugherstellung/Fahrzeugbau|Construction automobile|Fabricación de vehículos de motor|Fabricação de veículos automotores|Sản xuất ô tô|汽车制造|خودروسازی',
  'Transportation, Logistics, Supply Chain and Storage':
    'Transport, Logistik, Lieferkette und Lagerung|Transport, logistique, chaîne d’approvisionnement et stockage|Transporte, logística, cadena de suministro y almacenamiento|Transporte, logística, cadeia de suprimentos e armazenamento|Vận tải, hậu cần, chuỗi cung ứng và kho bãi|运输、物流、供应链和仓储|حمل و نقل، لجستیک، زنجیره تأمین و انبارداری',
  Telecommunications:
    'Telekommunikation|Télécommunications|Telecomunicaciones|Telecomunicações|Viễn thông|电信|مخابرات',
  'Oil and Gas':
    'Öl und Gas/Erdöl und Erdgas|Pétrole et gaz|Petróleo y gas|Petróleo e gás|Dầu khí|石油和天然气|نفت و گاز',
  Utilities:
    'Versorgungsunternehmen|Services publics|Servicios públicos|Serviços públicos|Tiện ích|公用事业|خدمات عمومی',
  'Government Administration':
    'Behörden und Verwaltung/Öffentliche Verwaltung|Administration publique|Administración gubernamental/Administración pública|Administração pública|Hành chính chính phủ/Quản lý nhà nước|政府管理|اداره دولتی',
  'Non-profit Organizations':
    'Non-Profit-Organisationen/Gemeinnützige Organisationen|Organisations à but non lucratif|Organizaciones sin ánimo de lucro|Organizações sem fins lucrativos|Tổ chức phi lợi nhuận|非营利组织|سازمان‌های غیرانتفاعی',
  'Legal Services':
    'Rechtsdienstleistungen|Services juridiques|Servicios jurídicos/Servicios legales|Serviços jurídicos|Dịch vụ pháp lý|法律服务|خدمات حقوقی',
  'Law Practice':
    'Anwaltskanzleien|Cabinets d’avocats|Bufetes de abogados|Escritórios de advocacia|Hành nghề luật|律师事务所|وکالت',
  Accounting:
    'Buchhaltung/Rechnungswesen|Comptabilité|Contabilidad|Contabilidade|Kế toán|会计|حسابداری',
  'Investment Management':
    'Investmentmanagement/Vermögensverwaltung|Gestion des investissements|Gestión de inversiones|Gestão de investimentos|Quản lý đầu tư|投资管理|مدیریت سرمایه‌گذاری',
  'Venture Capital and Private Equity Principals':
    'Risikokapital und Private Equity|Capital-risque et capital-investissement|Capital de riesgo y capital privado|Capital de risco e private equity|Đầu tư mạo hiểm và quỹ đầu tư tư nhân|风险投资和私募股权|سرمایه‌گذاری خطرپذیر و سهام خصوصی',
  'Media Production':
    'Medienproduktion|Production audiovisuelle|Producción de medios|Produção de mídia|Sản xuất truyền thông|媒体制作|تولید رسانه',
  'Entertainment Providers':
    'Unterhaltungsanbieter|Divertissement|Proveedores de entretenimiento|Entretenimento|Giải trí|娱乐服务|سرگرمی',
  'Computer Games':
    'Computerspiele|Jeux vidéo|Videojuegos|Jogos de computador|Trò chơi điện tử|电脑游戏|بازی‌های رایانه‌ای',
  'Design Services':
    'Designdienstleistungen|Services de design|Servicios de diseño|Serviços de design|Dịch vụ thiết kế|设计服务|خدمات طراحی',
  'Research Services':
    'Forschungsdienstleistungen|Services de recherche|Servicios de investigación|Serviços de pesquisa|Dịch vụ nghiên cứu|研究服务|خدمات پژوهشی',
  'Travel Arrangements':
    'Reisevermittlung|Organisation de voyages|Organización de viajes|Organização de viagens|Dịch vụ du lịch|旅游安排|خدمات سفر',
  'Wellness and Fitness Services':
    'Wellness- und Fitnessdienstleistungen|Services de bien-être et de remise en forme|Servicios de bienestar y fitness|Serviços de bem-estar e fitness|Dịch vụ chăm sóc sức khỏe và thể hình|健康和健身服务|خدمات تندرستی و تناسب اندام',
  'Semiconductor Manufacturing':
    'Halbleiterherstellung|Fabrication de semi-conducteurs|Fabricación de semiconductores|Fabricação de semicondutores|Sản xuất chất bán dẫn|半导体制造|تولید نیمه‌هادی',
  'Automation Machinery Manufacturing':
    'Herstellung von Automatisierungsmaschinen|Fabrication de machines d’automatisation|Fabricación de maquinaria de automatización|Fabricação de máquinas de automação|Sản xuất máy tự động hóa|自动化机械制造|تولید ماشین‌آلات اتوماسیون',
  'Data Infrastructure and Analytics':
    'Dateninfrastruktur und -analyse|Infrastructure et analyse de données|Infraestructura y análisis de datos|Infraestrutura e análise de dados|Cơ sở hạ tầng và phân tích dữ liệu|数据基础设施和分析|زیرساخت و تحلیل داده',
  'Public Relations and Communications Services':
    'Öffentlichkeitsarbeit und Kommunikation|Relations publiques et communication|Servicios de relaciones públicas y comunicaciones|Relações públicas e comunicações|Dịch vụ quan hệ công chúng và truyền thông|公关和传播服务|روابط عمومی و ارتباطات',
  'Appliances, Electrical, and Electronics Manufacturing':
    'Herstellung von Haushalts-, Elektro- und Elektronikgeräten|Fabrication d’appareils électriques et électroniques|Fabricación de electrodomésticos y material eléctrico y electrónico|Fabricação de eletrodomésticos e eletroeletrônicos|Sản xuất thiết bị điện và điện tử|家电、电气和电子产品制造|تولید لوازم خانگی، برقی و الکترونیکی',
  'Airlines and Aviation':
    'Fluggesellschaften und Luftfahrt|Compagnies aériennes et aviation|Aerolíneas y aviación|Companhias aéreas e aviação|Hàng không|航空公司和航空|خطوط هوایی و هوانوردی',
  'Environmental Services':
    'Umweltdienstleistungen|Services environnementaux|Servicios medioambientales|Serviços ambientais|Dịch vụ môi trường|环境服务|خدمات زیست‌محیطی',
  Farming: 'Landwirtschaft|Agriculture|Agricultura|Agricultura|Nông nghiệp|农业|کشاورزی',
  'Consumer Services':
    'Verbraucherdienstleistungen|Services aux consommateurs|Servicios al consumidor|Serviços ao consumidor|Dịch vụ tiêu dùng|消费者服务|خدمات مصرف‌کننده',
};
