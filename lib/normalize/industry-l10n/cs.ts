/** Czech (cs): line i names `INDUSTRIES[i]`; "|" separates variants (see ./index.ts). */
export const cs = `
Vývoj softwaru|Počítačový software
IT služby a IT poradenství|IT služby a IT konzultace|Informační technologie a služby
Počítačová a síťová bezpečnost
Technologie, informace a internet|Informační služby
Technologie, informace a média
Datová infrastruktura a analytika
Výroba počítačového hardwaru|Počítačový hardware
Produkty pro počítačové sítě|Počítačové sítě
Výroba počítačů a elektroniky|Spotřební elektronika
Výroba polovodičů|Polovodiče
Telekomunikace|Bezdrátové technologie
Počítačové hry
Finanční služby
Bankovnictví
Pojišťovnictví|Pojištění
Investiční bankovnictví
Správa investic
Kapitálové trhy
Rizikový kapitál a private equity|Rizikový a soukromý kapitál
Účetnictví
Obchodní poradenství a služby|Manažerské poradenství
Poradenství v oblasti outsourcingu a offshoringu|Outsourcing/offshoring
Reklamní služby|Marketing a reklama
Marketingové služby
Průzkum trhu
Služby pro vztahy s veřejností a komunikaci|Vztahy s veřejností a komunikace
Personální agentury a nábor|Nábor a personální služby|Nábor zaměstnanců
Personální služby|Lidské zdroje
Profesní vzdělávání a koučink|Odborná školení a koučování
Právní služby
Advokátní kanceláře|Advokacie
Nemocnice a zdravotní péče
Lékařské praxe|Lékařská praxe
Péče o duševní zdraví
Výroba zdravotnického vybavení|Zdravotnické prostředky
Farmaceutická výroba|Farmaceutický průmysl|Léčiva
Biotechnologický výzkum|Biotechnologie
Služby v oblasti wellness a fitness|Zdraví, wellness a fitness
Služby pro jednotlivce a rodiny
Vysokoškolské vzdělávání|Vysoké školství
Programy správy vzdělávání|Řízení vzdělávání
Poskytovatelé e-learningu|E-learning
Základní a střední vzdělávání|Základní a středoškolské vzdělávání
Maloobchod
Maloobchod s oděvy a módou|Oděvy a móda
Velkoobchod
Mezinárodní obchod a rozvoj|Dovoz a vývoz
Služby pro spotřebitele|Spotřebitelské služby
Stravovací služby|Potraviny a nápoje
Výroba potravin a nápojů|Výroba potravin
Restaurace
Pohostinství
Zajišťování cest|Volný čas, cestování a cestovní ruch
Letecké společnosti a letectví|Letecké společnosti/letectví
Výroba leteckých a kosmických komponent|Letectví a kosmonautika
Výroba pro obranu a vesmír|Obrana a vesmír
Doprava, logistika, dodavatelský řetězec a skladování|Logistika a dodavatelský řetězec
Nákladní silniční doprava|Doprava/kamionová/železniční
Přeprava nákladu a zásilek|Doručování balíků a nákladu
Skladování a uskladnění|Skladování
Námořní doprava|Námořnictví
Výroba|Spotřební zboží
Výroba strojů|Strojírenství
Výroba průmyslových strojů|Strojírenství nebo průmyslové inženýrství
Výroba automatizačních strojů|Průmyslová automatizace
Výroba motorových vozidel|Automobilový průmysl
Výroba spotřebičů, elektrických a elektronických zařízení|Výroba elektrických/elektronických zařízení
Chemická výroba|Chemikálie|Chemický průmysl
Textilní výroba|Textilie
Výroba obalů a kontejnerů|Obaly a kontejnery
Výroba sportovního zboží|Sportovní zboží
Stavebnictví
Stavební inženýrství
Inženýrské služby
Architektura a plánování|Architektura a urbanismus
Nemovitosti|Reality
Ropa a plyn|Ropa a energie
Těžba|Hornictví a kovy
Veřejné služby|Energetické a vodárenské služby
Výroba polovodičů pro obnovitelnou energii|Obnovitelné zdroje a životní prostředí
Environmentální služby|Služby v oblasti životního prostředí
Zemědělství
Státní správa|Vládní správa
Ozbrojené síly
Neziskové organizace|Řízení neziskových organizací
Občanské a sociální organizace
Výzkumné služby|Výzkum
Think tanky|Výzkumné instituty
Poskytovatelé zábavy|Zábava
Mediální produkce
Produkce a distribuce vysílaných médií|Vysílací média
Vydávání knih a periodik|Vydavatelství
Vydávání novin|Noviny
Online audio a video média|Online média
Hudebníci|Hudba
Designérské služby|Design
Grafický design
Služby pro akce|Pořádání akcí
Bezpečnost a vyšetřování|Ostraha a vyšetřování
Správa budov|Facility management
Překlad a lokalizace
Psaní a redakce|Psaní a editace
Divácké sporty|Sport
Internetový a zásilkový prodej|Online a zásilkový maloobchod
`;
