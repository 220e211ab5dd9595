"""Regenerate `data/countries.csv` from pycountry plus the curated names news actually uses.

pycountry gives every ISO 3166 country with its formal name; journalists write "Russia", "the US",
"Pyongyang" and "Iranian". The curated table below adds those. Run
`python -m stance.extract.make_countries` after editing it; hand edits to the CSV are also fine
(the extractor only reads the CSV), but they are overwritten by a re-run.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pycountry

# iso3: (display name, aliases, demonyms, capital). Empty strings keep the pycountry value.
CURATED: dict[str, tuple[str, str, str, str]] = {
    "USA": ("United States", "US;U.S.;USA;U.S.A.;America;United States of America;the States",
            "American;Americans", "Washington"),
    "GBR": ("United Kingdom", "UK;U.K.;Britain;Great Britain;England", "British;Briton;Britons",
            "London"),
    "PRK": ("North Korea", "DPRK;D.P.R.K.;Democratic People's Republic of Korea;the North;"
            "N. Korea;N Korea", "North Korean;North Koreans", "Pyongyang"),
    "KOR": ("South Korea", "ROK;Republic of Korea;the South;S. Korea", "South Korean;South Koreans",
            "Seoul"),
    "IRN": ("Iran", "Islamic Republic of Iran;Islamic Republic", "Iranian;Iranians", "Tehran"),
    "RUS": ("Russia", "Russian Federation", "Russian;Russians", "Moscow"),
    "CHN": ("China", "People's Republic of China;PRC;P.R.C.;mainland China", "Chinese",
            "Beijing"),
    "SYR": ("Syria", "Syrian Arab Republic", "Syrian;Syrians", "Damascus"),
    "VEN": ("Venezuela", "Bolivarian Republic of Venezuela", "Venezuelan;Venezuelans", "Caracas"),
    "CUB": ("Cuba", "Republic of Cuba", "Cuban;Cubans", "Havana"),
    "JPN": ("Japan", "", "Japanese", "Tokyo"),
    "FRA": ("France", "French Republic", "French", "Paris"),
    "DEU": ("Germany", "Federal Republic of Germany", "German;Germans", "Berlin"),
    "ITA": ("Italy", "", "Italian;Italians", "Rome"),
    "ESP": ("Spain", "", "Spanish", "Madrid"),
    "CAN": ("Canada", "", "Canadian;Canadians", "Ottawa"),
    "AUS": ("Australia", "", "Australian;Australians", "Canberra"),
    "IND": ("India", "", "Indian;Indians", "New Delhi"),
    "PAK": ("Pakistan", "", "Pakistani;Pakistanis", "Islamabad"),
    "IRQ": ("Iraq", "", "Iraqi;Iraqis", "Baghdad"),
    "LBY": ("Libya", "Libyan Arab Jamahiriya;Libyan Jamahiriya", "Libyan;Libyans", "Tripoli"),
    "ISR": ("Israel", "", "Israeli;Israelis", "Jerusalem"),
    "PSE": ("Palestine", "State of Palestine;Palestinian territories", "Palestinian;Palestinians",
            "Ramallah"),
    "SAU": ("Saudi Arabia", "Kingdom of Saudi Arabia", "Saudi;Saudis", "Riyadh"),
    "TUR": ("Turkey", "Türkiye;Turkiye", "Turkish;Turks", "Ankara"),
    "UKR": ("Ukraine", "", "Ukrainian;Ukrainians", "Kyiv"),
    "BLR": ("Belarus", "", "Belarusian;Belarusians", "Minsk"),
    "MMR": ("Myanmar", "Burma", "Burmese", "Naypyidaw"),
    "NIC": ("Nicaragua", "", "Nicaraguan;Nicaraguans", "Managua"),
    "ZWE": ("Zimbabwe", "", "Zimbabwean;Zimbabweans", "Harare"),
    "ZAF": ("South Africa", "", "South African;South Africans", "Pretoria"),
    "SDN": ("Sudan", "", "Sudanese", "Khartoum"),
    "SSD": ("South Sudan", "", "South Sudanese", "Juba"),
    "AFG": ("Afghanistan", "", "Afghan;Afghans", "Kabul"),
    "EGY": ("Egypt", "", "Egyptian;Egyptians", "Cairo"),
    "QAT": ("Qatar", "", "Qatari;Qataris", "Doha"),
    "ARE": ("United Arab Emirates", "UAE;U.A.E.;Emirates", "Emirati;Emiratis", "Abu Dhabi"),
    "LBN": ("Lebanon", "", "Lebanese", "Beirut"),
    "JOR": ("Jordan", "", "Jordanian;Jordanians", "Amman"),
    "YEM": ("Yemen", "", "Yemeni;Yemenis", "Sanaa"),
    "BRA": ("Brazil", "", "Brazilian;Brazilians", "Brasilia"),
    "MEX": ("Mexico", "", "Mexican;Mexicans", "Mexico City"),
    "ARG": ("Argentina", "", "Argentine;Argentinian;Argentines", "Buenos Aires"),
    "BOL": ("Bolivia", "", "Bolivian;Bolivians", "La Paz"),
    "COL": ("Colombia", "", "Colombian;Colombians", "Bogota"),
    "VNM": ("Vietnam", "Viet Nam", "Vietnamese", "Hanoi"),
    "LAO": ("Laos", "Lao People's Democratic Republic", "Lao;Laotian", "Vientiane"),
    "TWN": ("Taiwan", "Republic of China", "Taiwanese", "Taipei"),
    "MNG": ("Mongolia", "", "Mongolian;Mongolians", "Ulaanbaatar"),
    "POL": ("Poland", "", "Polish;Poles", "Warsaw"),
    "NLD": ("Netherlands", "Holland;the Netherlands", "Dutch", "Amsterdam"),
    "BEL": ("Belgium", "", "Belgian;Belgians", ""),
    "SWE": ("Sweden", "", "Swedish;Swedes", "Stockholm"),
    "NOR": ("Norway", "", "Norwegian;Norwegians", "Oslo"),
    "FIN": ("Finland", "", "Finnish;Finns", "Helsinki"),
    "DNK": ("Denmark", "", "Danish;Danes", "Copenhagen"),
    "CHE": ("Switzerland", "", "Swiss", "Bern"),
    "AUT": ("Austria", "", "Austrian;Austrians", "Vienna"),
    "HUN": ("Hungary", "", "Hungarian;Hungarians", "Budapest"),
    "GRC": ("Greece", "", "Greek;Greeks", "Athens"),
    "PRT": ("Portugal", "", "Portuguese", "Lisbon"),
    "IRL": ("Ireland", "", "Irish", "Dublin"),
    "CZE": ("Czech Republic", "Czechia", "Czech;Czechs", "Prague"),
    "SRB": ("Serbia", "", "Serbian;Serbs", "Belgrade"),
    "YUG": ("Yugoslavia", "Federal Republic of Yugoslavia", "Yugoslav;Yugoslavs", ""),
    "GEO": ("Georgia", "", "Georgian;Georgians", "Tbilisi"),
    "ARM": ("Armenia", "", "Armenian;Armenians", "Yerevan"),
    "AZE": ("Azerbaijan", "", "Azerbaijani;Azerbaijanis", "Baku"),
    "KAZ": ("Kazakhstan", "", "Kazakh;Kazakhs", "Astana"),
    "UZB": ("Uzbekistan", "", "Uzbek;Uzbeks", "Tashkent"),
    "NGA": ("Nigeria", "", "Nigerian;Nigerians", "Abuja"),
    "ETH": ("Ethiopia", "", "Ethiopian;Ethiopians", "Addis Ababa"),
    "ERI": ("Eritrea", "", "Eritrean;Eritreans", "Asmara"),
    "SOM": ("Somalia", "", "Somali;Somalis", "Mogadishu"),
    "KEN": ("Kenya", "", "Kenyan;Kenyans", "Nairobi"),
    "MLI": ("Mali", "", "Malian;Malians", "Bamako"),
    "COD": ("Democratic Republic of the Congo", "DR Congo;DRC;D.R. Congo;Congo-Kinshasa;Zaire",
            "Congolese", "Kinshasa"),
    "AGO": ("Angola", "", "Angolan;Angolans", "Luanda"),
    "DZA": ("Algeria", "", "Algerian;Algerians", "Algiers"),
    "MAR": ("Morocco", "", "Moroccan;Moroccans", "Rabat"),
    "TUN": ("Tunisia", "", "Tunisian;Tunisians", "Tunis"),
    "IDN": ("Indonesia", "", "Indonesian;Indonesians", "Jakarta"),
    "MYS": ("Malaysia", "", "Malaysian;Malaysians", "Kuala Lumpur"),
    "PHL": ("Philippines", "the Philippines", "Filipino;Filipinos;Philippine", "Manila"),
    "SGP": ("Singapore", "", "Singaporean;Singaporeans", ""),
    "THA": ("Thailand", "", "Thai", "Bangkok"),
    "NZL": ("New Zealand", "", "New Zealander;New Zealanders", "Wellington"),
    "KWT": ("Kuwait", "", "Kuwaiti;Kuwaitis", ""),
    "BHR": ("Bahrain", "", "Bahraini;Bahrainis", "Manama"),
    "OMN": ("Oman", "", "Omani;Omanis", "Muscat"),
    "BGD": ("Bangladesh", "", "Bangladeshi;Bangladeshis", "Dhaka"),
    "LKA": ("Sri Lanka", "", "Sri Lankan;Sri Lankans", "Colombo"),
    "NPL": ("Nepal", "", "Nepalese;Nepali", "Kathmandu"),
    "HTI": ("Haiti", "", "Haitian;Haitians", "Port-au-Prince"),
    "GTM": ("Guatemala", "", "Guatemalan;Guatemalans", "Guatemala City"),
    "HND": ("Honduras", "", "Honduran;Hondurans", "Tegucigalpa"),
    "SLV": ("El Salvador", "", "Salvadoran;Salvadorans", "San Salvador"),
    "PAN": ("Panama", "", "Panamanian;Panamanians", "Panama City"),
    "CHL": ("Chile", "", "Chilean;Chileans", "Santiago"),
    "PER": ("Peru", "", "Peruvian;Peruvians", "Lima"),
    "ECU": ("Ecuador", "", "Ecuadorian;Ecuadorians", "Quito"),
    "URY": ("Uruguay", "", "Uruguayan;Uruguayans", "Montevideo"),
    "PRY": ("Paraguay", "", "Paraguayan;Paraguayans", "Asuncion"),
    "TZA": ("Tanzania", "United Republic of Tanzania", "Tanzanian;Tanzanians", "Dodoma"),
    "UGA": ("Uganda", "", "Ugandan;Ugandans", "Kampala"),
    "RWA": ("Rwanda", "", "Rwandan;Rwandans", "Kigali"),
    "BDI": ("Burundi", "", "Burundian;Burundians", "Gitega"),
    "CAF": ("Central African Republic", "CAR", "Central African", "Bangui"),
    "LBR": ("Liberia", "", "Liberian;Liberians", "Monrovia"),
    "SLE": ("Sierra Leone", "", "Sierra Leonean;Sierra Leoneans", "Freetown"),
    "GIN": ("Guinea", "", "Guinean;Guineans", "Conakry"),
    "CIV": ("Côte d'Ivoire", "Ivory Coast;Cote d'Ivoire", "Ivorian;Ivorians", "Abidjan"),
    "GHA": ("Ghana", "", "Ghanaian;Ghanaians", "Accra"),
    "SEN": ("Senegal", "", "Senegalese", "Dakar"),
    "NAM": ("Namibia", "", "Namibian;Namibians", "Windhoek"),
    "MOZ": ("Mozambique", "", "Mozambican;Mozambicans", "Maputo"),
    "BWA": ("Botswana", "", "Botswanan;Motswana", "Gaborone"),
    "ZMB": ("Zambia", "", "Zambian;Zambians", "Lusaka"),
    "MLT": ("Malta", "", "Maltese", "Valletta"),
    "CYP": ("Cyprus", "", "Cypriot;Cypriots", "Nicosia"),
    "BIH": ("Bosnia and Herzegovina", "Bosnia", "Bosnian;Bosnians", "Sarajevo"),
    "HRV": ("Croatia", "", "Croatian;Croats", "Zagreb"),
    "MKD": ("North Macedonia", "Macedonia", "Macedonian;Macedonians", "Skopje"),
    "ALB": ("Albania", "", "Albanian;Albanians", "Tirana"),
    "ROU": ("Romania", "", "Romanian;Romanians", "Bucharest"),
    "BGR": ("Bulgaria", "", "Bulgarian;Bulgarians", "Sofia"),
    "MDA": ("Moldova", "Republic of Moldova", "Moldovan;Moldovans", "Chisinau"),
    "LTU": ("Lithuania", "", "Lithuanian;Lithuanians", "Vilnius"),
    "LVA": ("Latvia", "", "Latvian;Latvians", "Riga"),
    "EST": ("Estonia", "", "Estonian;Estonians", "Tallinn"),
}

# Capitals that are also common words or other places are left out on purpose (e.g. "Georgia"'s
# Tbilisi is safe, but "Santiago", "Victoria" ... are ambiguous in some corpora): edit the CSV.
FIELDS = ("iso3", "name", "aliases", "demonyms", "capital")


def build_rows() -> list[dict[str, str]]:
    """All ISO countries, curated entries first-class; historical states appended."""
    rows: dict[str, dict[str, str]] = {}
    for country in pycountry.countries:
        common = getattr(country, "common_name", None) or country.name
        aliases = {country.name, getattr(country, "official_name", None) or ""} - {"", common}
        rows[country.alpha_3] = {
            "iso3": country.alpha_3,
            "name": common,
            "aliases": ";".join(sorted(a for a in aliases if "," not in a)),
            "demonyms": "",
            "capital": "",
        }
    for iso3, (name, aliases, demonyms, capital) in CURATED.items():
        row = rows.setdefault(iso3, {"iso3": iso3, "name": name, "aliases": "", "demonyms": "",
                                     "capital": ""})
        old_name = row["name"]
        merged = [a for a in aliases.split(";") if a]
        merged += [a for a in row["aliases"].split(";") if a]
        if old_name != name:
            merged.append(old_name)
        row["name"] = name
        row["aliases"] = ";".join(dict.fromkeys(a for a in merged if a != name and "," not in a))
        row["demonyms"] = demonyms
        row["capital"] = capital
    return sorted(rows.values(), key=lambda r: r["iso3"])


def main(out: Path) -> None:
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(build_rows())


if __name__ == "__main__":
    default = Path(__file__).resolve().parents[2] / "data" / "countries.csv"
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else default)
