#!/usr/bin/env python3
"""Writes content/amn/{2017,2019,2021}/upphandling.json: the three procurement plans as transcribed
from the seeds (000: 2019, 001: 2021, 003: 2017). The rows are typed in here, cell by cell, so that a
review compares this file with the seed; run it from the repository root to regenerate the JSON."""
import json

SEEDS = {2019: "000_5e598045f1b00d82.txt", 2021: "001_9c5abd48d8c38058.txt", 2017: "003_976270d6dc0d54d7.txt"}
OVER_2 = {"min": 2000000}
OVER_300 = {"min": 300000, "min_exclusive": True, "below": 2000000}


def amount(raw, kr, **extra):
    return dict({"raw": raw, "kind": "amount", "amount": kr}, **extra)


def unknown(raw):
    return {"raw": raw, "kind": "unknown"}


def period(raw, start=None, end=None, options=None):
    p = {"raw": raw}
    if start:
        p["start"] = start
    if end:
        p["end"] = end
    if options:
        p["options"] = options
    return p


def row(line, unit, desc, start, per, value, ctype, note=None):
    r = {"unit": unit, "description": desc, "start": start}
    if per is not None:
        r["period"] = per
    if value is not None:
        r["value"] = value
    r["contract_type"] = ctype
    if note:
        r["note"] = note
    r["source_line"] = line
    return r


def no_need(line, unit, text="Inget anmält behov"):
    return {"kind": "no_need", "unit": unit, "description": text, "source_line": line}


def section(line, label, rows, bounds=None):
    s = {"label": label}
    s.update(bounds or {})
    s["rows"] = rows
    s["source_line"] = line
    return s


y2019 = {
    "title": "Plan för upphandling för Arbetsmarknadsnämnden",
    "source": {"document": SEEDS[2019], "lines": [908, 969],
               "note": "Bold markup dropped. Each department's table repeats its header row per section; a header row "
                       "is a section here with its label as printed. Jobbtorg's section \"Upphandlingar ÖVER 2,0 Mnkr\" "
                       "(L918) is followed at once by the next header: it has no rows. The staffs' rows name the staff in a "
                       "bold row above (L944–L966); that name is the unit here. The last table's fourth header reads "
                       "\"Stab och uppgiftslämnare\" and its fifth \"Uppskattat kontraktswärde\" (L967), but the row holds a "
                       "contract period and a value in those columns; read as such."},
    "instructions": "Avdelningarna och staberna redovisar sina planerade upphandlingar som verksamheten kommer att genomföra "
                    "nedan. Först redovisas upphandlingar vars kontraktsvärde är 2 mnkr eller mer. Därefter redovisas "
                    "verksamhetens upphandlingar vars kontraktsvärde överstiger 300 tkr. Nyhet är att upphandlingar inom "
                    "projekt som bedrivs inom avdelningarna och staberna särredovisas.",
    "contacts": ["Kontaktpersoner på Arbetsmarknadsförvaltningen är Johnny Ridemar 508 35 527 och Isabelle Vas 508 46 398"],
    "reporting_threshold": {"raw": "verksamhetens upphandlingar vars kontraktsvärde överstiger 300 tkr", "amount": 300000,
                            "exclusive": True},
    "reading_note": "Varje avdelnings tabell upprepar sin rubrikrad för varje avsnitt (över 2,0 mnkr, över 300 tkr, projekt); "
                    "avsnitten visas här som i källan. Jobbtorgs avsnitt ”Upphandlingar ÖVER 2,0 Mnkr” har inga rader. "
                    "I stabernas sista tabell är kolumnrubriken ”Stab och uppgiftslämnare”, men cellen innehåller en avtalsperiod.",
    "departments": [
        {"name": "Arbetsmarknadsavdelningen (Jobbtorg Stockholm)", "reported_by": "Kicki Wattjersson, 508 35 818",
         "sections": [
             section(918, "Upphandlingar ÖVER 2,0 Mnkr", [], OVER_2),
             section(919, "Upphandlingar värde ÖVER 300 tkr", [
                 row(920, "Jobbtorg Stockholm ledning", "Statistiktjänst, Jobbtorg Stockholm", "2019-01-01",
                     period("2019-01-01 - 2019-12-31", "2019-01-01", "2019-12-31"), amount("1 500 000 kr", 1500000), "Tjänst"),
                 row(921, "JT Vällingby", "FKU - möbler", "2019-03-15", period("Leverans i juni 2019"), unknown("Okänt"), "Vara"),
                 row(922, "JT Unga i Kista", "FKU - möbler", "2019-03-15", period("Leverans i juni 2019"), unknown("Okänt"), "Vara"),
                 row(923, "Nytt arbetsmarknadssystem inklusive hantering av statsbidrag",
                     "Preliminärt avser tjänsterna utveckling av ny lösning samt projektledning för införande. Omfattning och "
                     "tidplan är beroende av beslut inom projektet Modernisering av Sociala system.", "2019-05-01",
                     period(""), amount("ca 500 000 kr", 500000, approximate=True), "Tjänster"),
             ], OVER_300),
             section(925, "Ev upphandlingar inom avdelningens projekt", [
                 no_need(926, "", "Anmält att det inte finns något behov att UH vara eller tjänst inom projekten"),
             ]),
         ]},
        {"name": "Vuxenutbildningsavdelningen", "reported_by": "Bengt Jönsson, 508 35 549",
         "sections": [
             section(930, "Upphandlingar ÖVER 2,0 Mnkr", [
                 row(931, "", "Kommunal vuxenutbildning - SFI, grundläggande vuxenutbildning, högskoleförberedande, gymnasiala "
                     "yrkeskurser samt kombinationsutbildningar SFI och yrkesutbildningar.", "2019-01-01",
                     period("2020-01-01 - 2024-12-31", "2020-01-01", "2024-12-31"),
                     {"raw": "2,5 - 3 miljarder kr", "kind": "range", "low": 2500000000, "high": 3000000000}, "Tjänst"),
                 row(932, "Campus Åsö", "Larm och passersystem (ej skalskydd)", "2019-01-01",
                     period("2019-07-01", "2019-07-01"), unknown("Okänt"), "",
                     note="Avtalsperioden anger bara ett datum, läst som start."),
             ], OVER_2),
             section(933, "Upphandlingar värde ÖVER 300 tkr", [
                 row(934, "Centrum för samhällsorientering", "Administrationssystem", "2019-01-01",
                     period("2019-12-14 - 2022-12-31", "2019-12-14", "2022-12-31"),
                     unknown("Okänt, kostnaden delas mellan samverkande kommuner"), "Tjänst"),
                 row(935, "", "Kameraövervakning Campus Åsö", "",
                     period("2019-07-01 Görs ev. kombination med ovan, larm och passersystem", "2019-07-01"),
                     unknown("Okänt"), ""),
                 row(936, "Campus Åsö", "Arkivskåp (avrop)", "", period("2019-04-01", "2019-04-01"), None, ""),
             ], OVER_300),
             section(938, "Ev upphandlingar inom avdelningens projekt", [
                 row(939, "Vux 2.0 (projekt 10047)", "Digitala verktyg", "2019-05-01",
                     period("2019-08-01 - 2021-04-01", "2019-08-01", "2021-04-01"), amount("2 000 000 kr", 2000000), "Vara"),
             ]),
         ]},
        {"name": "Staberna",
         "reported_by": "Amanda Broman Hernbäck (Adm, 508 35 511), Ulrika Klemets (Ek, 508 48 004), Jonina Gissladottir "
                        "(HR, 508 35 512), Karin Eriksson Bech (UU, 508 35 536), Arja Lindholm, (IT/komm, 508 35 516)",
         "sections": [
             section(943, "Upphandlingar ÖVER 2,0 Mnkr", [
                 no_need(945, "Administrativa staben"),
                 no_need(947, "Ekonomistaben"),
                 no_need(949, "HR-staben"),
                 row(951, "Utrednings- och utvecklingsstaben", "Feriejobb för ungdomar 16-19 år", "2019-01-01",
                     period("2019-06-01 - 2022-05-31", "2019-06-01", "2022-05-31"), amount("4 500 000 kr", 4500000), "Tjänst"),
                 no_need(953, "Kommunikation-/it-staben"),
             ], OVER_2),
             section(954, "Upphandlingar ÖVER 300 tkr", [
                 no_need(957, "Administrativa staben"),
                 no_need(959, "Ekonomistaben"),
                 no_need(962, "HR-staben"),
                 no_need(964, "Utrednings- och utvecklingsstaben"),
                 no_need(966, "Kommunikation-/it-staben"),
             ], OVER_300),
             section(967, "Projekt inom staberna", [
                 row(968, "Utrednings- och utvecklingsstaben", "SYVEN (proj 10056), kompetensutveckling) SVA", "2019-01-01",
                     period("2019-07-01 - 2021-06-30", "2019-07-01", "2021-06-30"), amount("700 000 kr", 700000), "Tjänst"),
             ]),
         ]},
    ],
}

EXT = "Externa tjänster, 1013, 101810"
full_2021 = period("2021-01-01 - 2021-12-31", "2021-01-01", "2021-12-31")
y2021 = {
    "title": "Plan för upphandling 2021",
    "source": {"document": SEEDS[2021], "lines": [1162, 1210],
               "note": "The PDF's text runs the form's labels, rows and instructions out of order: the rows (L1187–L1193) come "
                       "before the title (L1199). The column \"Kategorifamilj\" (L1197) holds \"Externa tjänster, 1013, "
                       "101810\" (category family, with two codes as printed); it is the unit here. \"Jobbtorg Stockholm\" "
                       "(L1184) is the department and \"Arbetsmarknadsinsatser\" (L1186) the section. No total is printed; "
                       "the six rows sum to 32 000 000 kr. \"Handledning,\" keeps its printed comma. The coordinator's "
                       "field (L1166) is printed without a name."},
    "instructions": "Mallen ska användas av nämnden för sammanställningen av de upphandlingar som nämnden planerar att påbörja "
                    "under året. Endast upphandlingar där kontraktets sammanlagda värde är över 1 miljon ska redovisas. "
                    "Upphandlingen ska kategoriseras med kategorifamilj utifrån Stockholms stads kategoriträd. Med påbörjad "
                    "upphandling avses en upphandling där själva arbetet med exempelvis behovs- och marknadsanalys eller att "
                    "ta fram ett förfrågningsunderlag planeras att starta under året. Med kontraktsvärde avses det "
                    "sammanlagda värdet som kan komma att betalas ut enligt ett kontrakt inklusive eventuella optioner. Vid "
                    "gemensamma eller centrala upphandlingar tar upphandlingsansvarig nämnd upp upphandlingen på "
                    "sammanställningen. Kontaktuppgifter anges för upphandlings- och inköpsansvarig samt för upphandlings- "
                    "och inköpssamordnare. Stödverktyg för att få insyn över vilka kategorier nämnden har köpt inom tidigare "
                    "år samt mer information kring Stockholms stads kategoriträd finns på sidan för inköp och upphandling och "
                    "nås via följande länk: https://samarbete.stockholm.se/sites/inkopoupphandling/SitePages/Inköpsanalysverktyg.aspx "
                    "Vid frågor, kontakta Robert Nilsson, Enheten för strategiskt inköp, finansavdelningen, "
                    "stadsledningskontoret. E:post: robert.nilsson@stockholm.se Tel: 08-508 29461",
    "contacts": ["Arbetsmarknadsförvaltningen, info.amf@stockholm.se, 08-508 35 500",
                 "Upphandlings- och inköpsansvarig: Johnny Ridemar, inköpsansvarig, johnny.ridemar@stockholm.se, 08-508 35 527",
                 "Upphandlings- och inköpssamordnare: (inget namn angivet)"],
    "reporting_threshold": {"raw": "Endast upphandlingar där kontraktets sammanlagda värde är över 1 miljon ska redovisas.",
                            "amount": 1000000, "exclusive": True},
    "reading_note": "PDF-texten har formulärets rubriker, rader och anvisningar i oordning; raderna är lästa med kolumnerna i "
                    "formulärets ordning. Kolumnen Kategorifamilj innehåller ”Externa tjänster” med två koder. Ingen summa "
                    "är tryckt; de sex raderna summerar till 32 000 000 kr.",
    "departments": [
        {"name": "Jobbtorg Stockholm", "sections": [
            section(1186, "Arbetsmarknadsinsatser", [
                row(1187, EXT, "Gröna investeringar", "2021-01-01", full_2021, amount("3 000 000 kr", 3000000), "Tjänst"),
                row(1188, EXT, "Innovation ungdomsinsatser", "2021-01-01", full_2021, amount("2 000 000 kr", 2000000), "Tjänst"),
                row(1190, EXT, "Ramavtal yrkesutbildningar", "2021-11-01",
                    period("2021-11-01 - 2024-10-31", "2021-11-01", "2024-10-31"), amount("18 000 000 kr", 18000000), "Tjänst"),
                row(1191, EXT, "Innovation insatser vuxna", "2021-01-01", full_2021, amount("3 000 000 kr", 3000000), "Tjänst"),
                row(1192, EXT, "Digitalt lyft av jobbtorg och SYV", "2021-01-01", full_2021,
                    amount("1 000 000 kr", 1000000), "Vara"),
                row(1193, "Externa tjänster, 1013, 101316", "Handledning,", "2021-01-01",
                    period("2021-04-01 - 2025-03-31", "2021-04-01", "2025-03-31"), amount("5 000 000 kr", 5000000), "Tjänst"),
            ]),
        ]},
    ],
}

y2017 = {
    "title": "Plan för upphandling – Arbetsmarknadsnämnden",
    "source": {"document": SEEDS[2017], "lines": [3096, 3198],
               "note": "Printed title \"PLAN FÖR UPPHANDLING      -     ARBETSMARKNADSNÄMNDEN 191\" (L3184); the trailing "
                       "191 is left out as a page artefact. The column headings (L3096–L3115, L3182 Avtalsområde) come before "
                       "and after the rows; department names are rows of their own. \"vt-17\" after \"Bygg och trädgård\" and "
                       "\"Arbetskläder\" (L3146, L3148) stands where the other rows print the planned start and is read as that. "
                       "The two contact labels (L3174, L3176) are followed by two names (L3178, L3180), joined by position. "
                       "\"charotte.goliath\" is kept as printed. The FINSAM value is printed \"???   2 mnkr\" (L3170)."},
    "instructions": "Denna mall ska användas av nämnden för sammanställningen av de upphandlingar som nämnden planerar att "
                    "påbörja under året. Endast upphandlingar där kontraktets sammanlagda värde är över 1.8 miljoner ska "
                    "redovisas. Med påbörjad upphandling avses en upphandling där själva arbetet med exempelvis behovs- och "
                    "marknadsanalys eller att ta fram ett förfrågningsunderlag planeras att starta under året. Med "
                    "kontraktsvärde avses det sammanlagda värdet som kan komma att betalas ut enligt ett kontrakt inklusive "
                    "eventuella optioner. Vid frågor, kontakta Henrik Svenonius, upphandlingsenheten, finansavdelningen, "
                    "stadsledningskontoret. E:post:henrik.svenonius@stockholm.se Tel: 08-508 293 18",
    "contacts": ["Upphandlings- och inköpsansvarig: Charlotte Goliath, 508 35 513, charotte.goliath@stockholm.se",
                 "Upphandlings- och inköpssamordnare: Johnny Ridemar, 508 35 527, johnny.ridemar@stockholm.se"],
    "reporting_threshold": {"raw": "Endast upphandlingar där kontraktets sammanlagda värde är över 1.8 miljoner ska redovisas.",
                            "amount": 1800000, "exclusive": True},
    "reading_note": "Avdelningarnas namn står som egna rader i källan och är rubriker här. ”vt-17” efter ”Bygg och trädgård” och "
                    "”Arbetskläder” står där övriga rader har planerat startdatum och är läst som det. Kontaktuppgifterna "
                    "är parade med sina rubriker i tryckt ordning.",
    "departments": [
        {"name": "Vuxenutbildning Stockholm inkl SFI", "sections": [section(3117, "", [
            row(3119, "", "Nytt ansökning och antagningssystem vuxenutb och sfi", "2017-01-01",
                period("2017-05-30-2018-12-31", "2017-05-30", "2018-12-31"), amount("6,0 Mnkr", 6000000), "Tjänst"),
            row(3124, "", "Kompetensutveckling för lärare och skolledare inom Vux:", "2017-02-01",
                period("t o m 2017-12-31", None, "2017-12-31"), amount("1,5 mnkr", 1500000), "Tjänst"),
        ])]},
        {"name": "Jobbtorg Stockholm", "sections": [section(3129, "", [
            row(3131, "", "Arbetsförberedande insatser/olika leverantörer", "Pågår",
                period("2017-07-01 – 2021-06-30", "2017-07-01", "2021-06-30"), amount("60 mnkr", 60000000), "Tjänst"),
            row(3139, "", "Handledning", "Pågår", period("2017-06-01 - 2021-05-31", "2017-06-01", "2021-05-31"),
                amount("3,8 mnkr", 3800000), "Tjänst"),
            row(3141, "", "Statistiktjänster", "2017-03-01", period("2017-01-01 – 2020-12-31", "2017-01-01", "2020-12-31"),
                amount("3,2 mnkr", 3200000), "Tjänst"),
            row(3143, "", "Metodutbildning för arbetet med Unga", "2017-03-01",
                period("2016-10-01 - 2019-09-30", "2016-10-01", "2019-09-30"), amount("3,6 mnkr", 3600000), "Tjänst"),
            row(3146, "", "Bygg och trädgård", "vt-17", period("2017-03-01 - 2020-02-28", "2017-03-01", "2020-02-28"),
                amount("4 mnkr", 4000000), "Varor"),
            row(3148, "", "Arbetskläder", "vt-17", period("2017-03-01 - 2020-02-28", "2017-03-01", "2020-02-28"),
                amount("2 mnkr", 2000000), "Varor"),
        ])]},
        {"name": "Ekonomistaben", "sections": [section(3150, "", [
            row(3152, "", "Hantverkstjänster gemensam AMF", "2017-02-01",
                period("2017-07-01-2021-06-30", "2017-07-01", "2021-06-30"), amount("1,6 mnkr", 1600000), "Tjänster"),
        ])]},
        {"name": "HR-staben", "sections": [section(3154, "", [
            row(3156, "", "Bemanningstjänster inom AMF, lärarvikarier, skolledare, chefer", "2017-02-01",
                period("2017-07-01-2020-06-30", "2017-07-01", "2020-06-30"), amount("3,5 mnkr", 3500000), "Tjänster"),
        ])]},
        {"name": "Staben för kommunikation och it", "sections": [section(3161, "", [
            row(3163, "", "Kommunikationstjänster (SLK:s upphandling)", "Pågår",
                period("2018-09-01-2021-08-31 +1 +1", "2018-09-01", "2021-08-31", "+1 +1"), amount("4 mnkr", 4000000), "Tjänst"),
        ])]},
        {"name": "FINSAM", "sections": [section(3168, "", [
            row(3170, "", "Köp av arbetsträning från sociala företag", "2017-01-01",
                period("2017-07-01-2020-06-30", "2017-07-01", "2020-06-30"),
                amount("???   2 mnkr", 2000000, uncertain=True), "Tjänst"),
        ])]},
    ],
}

for year, doc in ((2017, y2017), (2019, y2019), (2021, y2021)):
    out = {"$schema": "../../schemas/upphandling.schema.json"}
    out.update(doc)
    with open(f"content/amn/{year}/upphandling.json", "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
