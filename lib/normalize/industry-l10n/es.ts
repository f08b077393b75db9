/** Spanish (es): line i names `INDUSTRIES[i]`; "|" separates variants (see ./index.ts). */
export const es = `
Desarrollo de software
Servicios y consultoría de TI|Servicios TI y consultoría|Tecnología de la información y servicios
Seguridad informática y de redes|Seguridad del ordenador y de las redes
Tecnología, información e internet|Servicios de información
Tecnología, información y medios de comunicación|Tecnología, información y medios
Infraestructura y análisis de datos
Fabricación de hardware informático|Hardware
Productos de redes informáticas|Redes
Fabricación de ordenadores y productos electrónicos|Electrónica de consumo
Fabricación de semiconductores|Semiconductores
Telecomunicaciones|Telecomunicaciones inalámbricas
Videojuegos|Juegos de ordenador
Servicios financieros
Banca
Seguros
Banca de inversión
Gestión de inversiones
Mercados de capital|Mercados de capitales
Capital de riesgo y capital privado|Capital de riesgo y capital inversión
Contabilidad
Servicios y consultoría empresarial|Consultoría de estrategia y operaciones
Consultoría de externalización y deslocalización|Subcontrataciones/Offshoring
Servicios de publicidad|Marketing y publicidad
Servicios de marketing
Investigación de mercado|Estudios de mercado
Servicios de relaciones públicas y comunicaciones|Relaciones públicas y comunicaciones
Servicios de empleo y selección de personal|Contratación y selección de personal|Selección y contratación de personal
Servicios de recursos humanos|Recursos humanos
Formación profesional y coaching
Servicios jurídicos|Servicios legales
Bufetes de abogados|Práctica jurídica
Hospitales y atención sanitaria|Atención sanitaria y hospitalaria
Consultorios médicos|Práctica médica
Atención de salud mental|Atención a la salud mental
Fabricación de equipos médicos|Dispositivos médicos
Fabricación de productos farmacéuticos|Productos farmacéuticos|Industria farmacéutica
Investigación biotecnológica|Biotecnología
Servicios de bienestar y fitness|Sanidad, bienestar y ejercicio
Servicios para personas y familias|Servicios para el individuo y la familia
Educación superior|Enseñanza superior
Programas de administración educativa|Gestión educativa
Proveedores de e-learning|E-learning|Formación online
Educación primaria y secundaria
Comercio minorista|Venta al por menor
Venta al por menor de ropa y moda|Moda y ropa|Ropa y moda
Comercio al por mayor|Venta al por mayor
Comercio internacional y desarrollo|Importación y exportación
Servicios al consumidor
Servicios de comidas y bebidas|Alimentación y bebidas
Fabricación de alimentos y bebidas|Producción alimentaria
Restaurantes
Hostelería
Organización de viajes|Ocio, viajes y turismo
Aerolíneas y aviación|Líneas aéreas/Aviación
Fabricación de componentes de aviación y aeroespaciales|Aviación y aeroespacial
Fabricación de equipos de defensa y espacio|Defensa y espacio
Transporte, logística, cadena de suministro y almacenamiento|Logística y cadena de suministro
Transporte por carretera|Transporte por camión o ferrocarril
Transporte de mercancías y paquetería|Envío de paquetes y mercancías
Almacenamiento|Almacenaje
Transporte marítimo|Marítimo
Fabricación|Bienes de consumo
Fabricación de maquinaria|Maquinaria
Fabricación de maquinaria industrial|Ingeniería mecánica o industrial
Fabricación de maquinaria de automatización|Automatización industrial
Fabricación de vehículos de motor|Sector automovilístico|Automoción
Fabricación de electrodomésticos y material eléctrico y electrónico|Fabricación eléctrica/electrónica
Fabricación de productos químicos|Productos químicos
Fabricación de productos textiles|Textiles|Industria textil
Fabricación de envases y embalajes|Embalaje y contenedores
Fabricación de artículos deportivos|Artículos deportivos
Construcción
Ingeniería civil
Servicios de ingeniería
Arquitectura y planificación|Arquitectura y urbanismo
Bienes inmobiliarios|Inmobiliaria|Sector inmobiliario
Petróleo y gas|Petróleo y energía
Minería|Minería y metalurgia
Servicios públicos
Fabricación de semiconductores para energías renovables|Energías renovables y medio ambiente
Servicios medioambientales
Agricultura
Administración gubernamental|Administración pública
Fuerzas armadas|Ejército
Organizaciones sin ánimo de lucro|Organizaciones sin fines de lucro|Administración de organizaciones sin ánimo de lucro
Organizaciones civiles y sociales|Organización cívica y social
Servicios de investigación|Investigación
Laboratorios de ideas|Think tanks
Proveedores de entretenimiento|Entretenimiento
Producción de medios|Producción audiovisual
Producción y distribución de radio y televisión|Medios de difusión
Publicación de libros y revistas|Publicaciones
Publicación de periódicos|Periódicos
Medios de audio y vídeo en línea|Medios de comunicación en línea
Músicos|Música
Servicios de diseño|Diseño
Diseño gráfico
Servicios de eventos|Organización de eventos
Seguridad e investigaciones|Seguridad e investigación
Servicios de instalaciones|Gestión de instalaciones
Traducción y localización
Redacción y edición|Escritura y edición
Deportes de espectáculo|Deportes
Venta minorista online y por correo|Comercio electrónico y venta por correo
`;
