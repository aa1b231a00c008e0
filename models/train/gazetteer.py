"""Small hand-written word lists used by the label rules (data.py / teacher.py).

DEMONYMS: nationality, ethnic, religious and political group adjectives (OntoNotes NORP). Plurals with an
-s are matched too ("Armenians"). TITLES: words stripped from the start of a person name ("President").
"""
_DEMONYMS = """
Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian Australian Austrian
Azerbaijani Azeri Bahraini Bangladeshi Belarusian Belgian Beninese Bhutanese Bolivian Bosnian Brazilian
British Bulgarian Burkinabe Burmese Burundian Cambodian Cameroonian Canadian Chadian Chilean Chinese
Colombian Congolese Croatian Cuban Cypriot Czech Danish Djiboutian Dominican Dutch Ecuadorian Egyptian
Emirati English Eritrean Estonian Ethiopian European Filipino Finnish French Gabonese Gambian Georgian
German Ghanaian Greek Guatemalan Guinean Haitian Honduran Hungarian Icelandic Indian Indonesian Iranian
Iraqi Irish Israeli Italian Ivorian Jamaican Japanese Jordanian Kazakh Kenyan Korean Kosovar Kuwaiti
Kyrgyz Lao Latvian Lebanese Liberian Libyan Lithuanian Macedonian Malagasy Malawian Malaysian Malian
Maltese Mauritanian Mexican Moldovan Mongolian Montenegrin Moroccan Mozambican Namibian Nepalese Nepali
Nicaraguan Nigerian Nigerien Norwegian Omani Pakistani Palestinian Panamanian Paraguayan Persian Peruvian
Polish Portuguese Qatari Romanian Russian Rwandan Salvadoran Saudi Scottish Senegalese Serbian
Sierra-Leonean Singaporean Slovak Slovenian Somali Somalian Sudanese Spanish Swedish Swiss Syrian
Taiwanese Tajik Tanzanian Thai Togolese Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek
Venezuelan Vietnamese Welsh Yemeni Zambian Zimbabwean Soviet Ottoman Byzantine Roman Western Eastern
African Asian Arab Arabian Latin Hispanic Caucasian Balkan Baltic Nordic Scandinavian Slavic Middle-Eastern
Kurd Kurdish Pashtun Tajiks Hazara Uyghur Uighur Tibetan Tamil Sinhalese Baloch Druze Alawite Yazidi
Berber Tuareg Fulani Hausa Yoruba Igbo Amhara Oromo Tigrayan Somali Masalit Zaghawa Fur Rohingya Chechen
Ossetian Abkhaz Tatar Crimean Cossack Basque Catalan Flemish Walloon Corsican Sicilian Bavarian Hutu Tutsi
Muslim Christian Jewish Jew Catholic Protestant Orthodox Sunni Shiite Shia Shi'ite Hindu Buddhist Sikh
Evangelical Islamic Islamist Jihadist Salafi Coptic Maronite Republican Democrat Democratic Communist
Socialist Conservative Liberal Labour Bolshevik Nazi Zionist Maoist Marxist Houthi Hezbollah-backed
Israelis Americans
"""
DEMONYMS = {w for w in _DEMONYMS.split()}
# words that are demonyms only in some uses; only single-token, non-sentence-initial matches count
_AMBIGUOUS = {"Democratic", "Republican", "Conservative", "Liberal", "Labour", "Western", "Eastern",
              "Latin", "Islamic", "Fur", "Roman", "English", "Orthodox"}


def is_demonym(w, strict=False):
    if not w[:1].isupper():
        return False
    base = w[:-1] if w.endswith("s") and w[:-1] in DEMONYMS else w
    if base not in DEMONYMS:
        return False
    return not (strict and base in _AMBIGUOUS)


TITLES = {"President", "Prime", "Minister", "Mr.", "Mrs.", "Ms.", "Dr.", "Gen.", "General", "Col.",
          "Colonel", "Lt.", "Sgt.", "Capt.", "Captain", "Maj.", "Major", "Adm.", "Admiral", "Sen.", "Senator",
          "Rep.", "Gov.", "Governor", "King", "Queen", "Prince", "Princess", "Sheikh", "Pope", "Saint",
          "Secretary", "Chancellor", "Ambassador", "Commander", "Chief", "Judge", "Justice", "Mayor",
          "Professor", "Prof.", "Sir", "Lord", "Lady", "Emperor", "Foreign", "Defense", "Defence", "Vice",
          "Deputy", "Former", "Mr", "Mrs", "Ms", "Dr", "Rev.", "Father", "Brother", "Sister", "St.", "Lieutenant",
          "Sergeant", "Marshal", "Field", "Supreme", "Leader", "Speaker", "Director", "Spokesman",
          "Spokeswoman", "Envoy", "Commissioner", "Officer", "Private", "Corporal"}
