/** Portuguese (pt, Brazil and Portugal): line i names `INDUSTRIES[i]`; "|" separates variants. */
export const pt = `
Desenvolvimento de software
Serviços e consultoria de TI|Tecnologia da informação e serviços
Segurança de computadores e redes|Segurança de redes e computadores
Tecnologia, informação e internet|Serviços de informação
Tecnologia, informação e mídia|Tecnologia, informação e media
Infraestrutura e análise de dados
Fabricação de hardware de computador|Hardware
Produtos de redes de computadores|Redes
Fabricação de computadores e eletrônicos|Eletrônicos|Produtos eletrônicos de consumo
Fabricação de semicondutores|Semicondutores
Telecomunicações|Comunicações sem fio
Jogos de computador|Jogos eletrônicos
Serviços financeiros
Bancos|Atividades bancárias|Serviços bancários
Seguros
Bancos de investimento|Banco de investimentos
Gestão de investimentos
Mercados de capital|Mercado de capitais
Capital de risco e private equity|Capital de risco e participações privadas
Contabilidade
Consultoria e serviços a empresas|Consultoria de gestão|Consultoria empresarial
Consultoria de terceirização e offshoring|Terceirização e offshoring
Serviços de publicidade|Marketing e publicidade
Serviços de marketing
Pesquisa de mercado
Serviços de relações públicas e comunicações|Relações públicas e comunicações
Recrutamento e seleção|Contratação e recrutamento
Serviços de recursos humanos|Recursos humanos
Treinamento e coaching profissional|Treinamento e orientação profissional|Formação e coaching profissional
Serviços jurídicos
Escritórios de advocacia|Prática jurídica|Advocacia
Hospitais e atendimento médico|Hospitais e assistência médica|Hospital e assistência médica
Clínicas médicas|Prática médica
Atendimento em saúde mental|Cuidados de saúde mental
Fabricação de equipamentos médicos|Dispositivos médicos|Equipamentos médicos
Fabricação de produtos farmacêuticos|Indústria farmacêutica|Produtos farmacêuticos
Pesquisa em biotecnologia|Biotecnologia
Serviços de bem-estar e fitness|Saúde, bem-estar e educação física
Serviços para pessoas e famílias|Serviços para indivíduos e famílias
Ensino superior
Programas de administração educacional|Gestão educacional
Provedores de e-learning|E-learning|Ensino a distância
Ensino fundamental e médio|Ensino básico e secundário
Varejo|Comércio a retalho|Retalho
Varejo de vestuário e moda|Vestuário e moda
Atacado|Comércio por grosso
Comércio internacional e desenvolvimento|Importação e exportação
Serviços ao consumidor
Serviços de alimentação e bebidas|Alimentos e bebidas
Fabricação de alimentos e bebidas|Produção de alimentos
Restaurantes
Hotelaria|Hospitalidade
Organização de viagens|Lazer, viagens e turismo
Companhias aéreas e aviação|Companhias aéreas/Aviação
Fabricação de componentes aeronáuticos e aeroespaciais|Aviação e aeroespacial
Fabricação para defesa e espaço|Defesa e espaço
Transporte, logística, cadeia de suprimentos e armazenamento|Logística e cadeia de suprimentos
Transporte rodoviário|Transporte/Caminhões/Trens
Transporte de cargas e encomendas|Entrega de pacotes e cargas
Armazenagem e armazenamento|Armazenagem
Transporte marítimo|Marítimo
Fabricação|Manufatura|Bens de consumo
Fabricação de máquinas|Maquinário
Fabricação de máquinas industriais|Engenharia mecânica ou industrial
Fabricação de máquinas de automação|Automação industrial
Fabricação de veículos automotores|Indústria automotiva|Automotivo
Fabricação de eletrodomésticos e eletroeletrônicos|Fabricação de produtos elétricos/eletrônicos
Fabricação de produtos químicos|Produtos químicos
Fabricação de têxteis|Indústria têxtil|Têxteis
Fabricação de embalagens e recipientes|Embalagens e recipientes
Fabricação de artigos esportivos|Artigos esportivos
Construção|Construção civil
Engenharia civil
Serviços de engenharia
Arquitetura e planejamento|Arquitetura e urbanismo
Imobiliário|Setor imobiliário|Imóveis
Petróleo e gás|Petróleo e energia
Mineração|Mineração e metais
Serviços públicos
Fabricação de semicondutores para energia renovável|Energia renovável e meio ambiente
Serviços ambientais
Agricultura|Agropecuária
Administração pública|Administração governamental
Forças armadas
Organizações sem fins lucrativos|Gestão de organizações sem fins lucrativos
Organizações cívicas e sociais|Organização cívica e social
Serviços de pesquisa|Pesquisa
Centros de estudos|Think tanks
Provedores de entretenimento|Entretenimento
Produção de mídia|Produção de media
Produção e distribuição de mídia de radiodifusão|Radiodifusão
Publicação de livros e periódicos|Editoração|Publicações
Publicação de jornais|Jornais
Mídia de áudio e vídeo online|Mídia online
Músicos|Música
Serviços de design|Design
Design gráfico
Serviços de eventos|Eventos
Segurança e investigações
Serviços de instalações|Gestão de instalações
Tradução e localização
Redação e edição
Esportes|Esportes para espectadores|Desporto
Varejo online e por correspondência|Comércio eletrônico e vendas por correspondência
`;
