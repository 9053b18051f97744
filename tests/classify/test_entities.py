"""Tickers, organisation names, the company and the counterparties."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from bot.classify import classify
from bot.classify.document import read_document
from bot.classify.entities import (
    _ALIAS_DEF,
    _DESCRIBED,
    _TICKER,
    DOCUMENT,
    OrgIndex,
    _acronym,
    _alias_definitions,
    _described,
    _ticker_matches,
    find_tickers,
    is_excluded,
    lower_case_listed,
    names_in,
    same_org,
    short_name,
)
from bot.classify.parties import _misread, partners_of
from bot.models import Entry, EventType


def test_tickers_are_exchange_qualified_and_normalised() -> None:
    text = (
        "HUTCHMED (China) Limited (Nasdaq/AIM: HCM; HKEX: 13), Takeda (TSE: 4502 / NYSE: TAK), "
        "Ipsen (Euronext Paris: IPN), Evotec SE (FSE: EVT, MDAX/TecDAX, NASDAQ: EVO), BioArctic "
        "(Nasdaq Stockholm: BIOA B), Innovent (HKEX: 01801), "
        "Galapagos (Euronext & NASDAQ: GLPG), Arecor (AIM: AREC)"
    )
    assert set(find_tickers([text])) == {
        "NASDAQ:HCM",
        "LSE:HCM",
        "HKEX:13",
        "TSE:4502",
        "NYSE:TAK",
        "EURONEXT:IPN",
        "FRA:EVT",
        "NASDAQ:EVO",
        "STO:BIOA B",
        "HKEX:1801",
        "EURONEXT:GLPG",
        "NASDAQ:GLPG",
        "LSE:AREC",
    }


def test_one_symbol_after_euronext_cities_and_another_market_is_read_for_both() -> None:
    assert find_tickers(["Orion Oncology SA (Euronext Brussels and Paris, and Nasdaq: ORON), a company"]) == (
        "EURONEXT:ORON",
        "NASDAQ:ORON",
    )
    assert find_tickers(["Orion Bio (NYSE, and Nasdaq: ORB)"]) == ("NYSE:ORB", "NASDAQ:ORB")
    assert find_tickers(["PARIS: Orion Bio today said"]) == ()


def test_madrid_and_hong_kong_tickers_as_wires_print_them_are_read() -> None:
    assert find_tickers(["Spanish drugmaker Orion Bio (MC: ORB) said on Friday"]) == ("MC:ORB",)
    assert find_tickers(["Sichuan Orion-Bio (HKG:6990) said in a Monday filing"]) == ("HKG:6990",)
    assert find_tickers(["Orion Bio Inc. (TSE Mothers: 4597) and Helix (JASDAQ: 4576)"]) == (
        "TSEMOTHERS:4597",
        "JASDAQ:4576",
    )


def test_a_hong_kong_code_after_a_label_in_small_letters_is_read() -> None:
    assert find_tickers(['Orion Pacific Group Limited ("Orion Pacific"; stock code: 0575.HK), a group']) == (
        "HKEX:575",
    )


def test_a_milan_ticker_is_read() -> None:
    text = "Orion Pharma S.p.A. (BIT: ORP) has agreed to acquire Helix Bio N.V."
    assert find_tickers([text]) == ("BIT:ORP",)


def test_a_madrid_continuous_market_ticker_is_read() -> None:
    assert find_tickers(["Orion Bio (MCE: ORB) said on Friday"]) == ("MCE:ORB",)


def test_prague_baltic_and_chinese_board_tickers_are_read() -> None:
    assert find_tickers(["Ostrava Biotech a.s. (PSE: OSTB) has randomised its 600th patient"]) == (
        "PSE:OSTB",
    )
    assert find_tickers(["Baltika Bio AS (Nasdaq Tallinn: BLTK) said"]) == ("NASDAQTALLINN:BLTK",)
    # the boards of the Shanghai and Shenzhen exchanges, named by the exchange
    assert find_tickers(["Junshi Biosciences (STAR Market: 688180; HKEX: 1877)"]) == (
        "SSE:688180",
        "HKEX:1877",
    )
    assert find_tickers(["Hisun Bio (ChiNext: 300123)"]) == ("SZSE:300123",)


def test_a_firm_named_with_its_town_is_the_firm() -> None:
    body = (
        "SEOUL -- Daeun Bio today said it has licensed its ADC linker platform to Laboratoires Orvane of "
        "Lyon, France, and to Sarvan Pharma of Mumbai."
    )
    c = classify(_release("Daeun Bio licenses ADC linker platform", body))
    assert c.partners == ("Laboratoires Orvane", "Sarvan Pharma")
    assert [n.name for n in names_in("the Serum Institute of India said")] == ["Serum Institute of India"]


def test_taipei_tickers_are_read() -> None:
    assert find_tickers(["PharmaEssentia Corporation (TPEx: 6446), a biopharmaceutical company"]) == (
        "TPEX:6446",
    )
    assert find_tickers(["Acme Bio (Taipei Exchange: 6446), Beta Bio (TWSE: 1234)"]) == (
        "TPEX:6446",
        "TWSE:1234",
    )
    assert find_tickers(["Acme Bio (TPEx: ACME)"]) == ()  # these markets list numbers


def test_a_filing_cover_s_symbol_and_exchange_are_read_in_a_table_or_on_two_lines() -> None:
    table = "Title of each class | Trading Symbol(s)\nCommon Stock | ZYME | New York Stock Exchange"
    assert find_tickers([table]) == ("NYSE:ZYME",)
    lines = (
        "Trading Symbol(s): ARWR\nName of each exchange on which registered: The Nasdaq Stock Market LLC "
        "(Nasdaq Global Select Market)"
    )
    assert find_tickers([lines]) == ("NASDAQ:ARWR",)
    dashes = "Common Stock, par value $0.001 per share -- SLDB -- The Nasdaq Global Select Market"
    assert find_tickers([dashes]) == ("NASDAQ:SLDB",)
    slashes = "Common Stock, $0.0001 par value / ADTX / The Nasdaq Global Market"
    assert find_tickers([slashes]) == ("NASDAQ:ADTX",)
    columns = "Common Stock, $0.001 par     QLTX                The Nasdaq Global Select Market"
    assert find_tickers([columns]) == ("NASDAQ:QLTX",)
    # the columns of a row run together once its spacing is read as one space
    run_together = "Common stock, par value $0.0001 per share PLGN The Nasdaq Stock Market LLC"
    assert find_tickers([run_together]) == ("NASDAQ:PLGN",)
    assert find_tickers(["at par value per share AND the Nasdaq said"]) == ()


def test_bombay_codes_are_read_as_written() -> None:
    assert find_tickers(["Cadila Healthcare (BOM: 532321) said on Sunday"]) == ("BOM:532321",)


def test_codes_with_their_market_s_suffix_are_read() -> None:
    assert find_tickers(
        ["Pfizer Inc. (NYSE: PFE) and 3SBio, Inc. (01530.HK), a leading Chinese company"]
    ) == (
        "HKEX:1530",
        "NYSE:PFE",
    )
    assert find_tickers(['Fosun Pharma ("Fosun"; Stock Symbol: 600196.SH, 02196.HK) today announced']) == (
        "SSE:600196",
        "HKEX:2196",
    )
    assert find_tickers(["version 2.1 of the 1234.HK report"]) == ()


def test_feed_categories_carry_tickers_too() -> None:
    entry = Entry(wire="", native_id="1", url="", title="Acme news", categories=("Nasdaq:IMGN",))
    assert classify(entry).tickers == ("NASDAQ:IMGN",)


def test_words_before_a_colon_are_not_tickers() -> None:
    assert find_tickers(["Contact: Investor Relations", "Tokyo: the company said", "HK: ABC"]) == ()


def test_nasdaq_tiers_share_classes_and_madrid_are_read() -> None:
    assert find_tickers(["Hollins (Nasdaq Global Market: HLNS) and Oak (Nasdaq Capital Market: OAKB)"]) == (
        "NASDAQ:HLNS",
        "NASDAQ:OAKB",
    )
    assert find_tickers(["uniQure (The Nasdaq Stock Market LLC: QURE)", "NASDAQ Stock Market: ABCD"]) == (
        "NASDAQ:QURE",
        "NASDAQ:ABCD",
    )
    assert find_tickers(["Lundbeck (Nasdaq Copenhagen: HLUN A, HLUN B)"]) == ("CPH:HLUN A", "CPH:HLUN B")
    assert find_tickers(["PharmaMar (MSE: PHM)"]) == ("MSE:PHM",)
    # a share-class letter is only a lone capital: a following word is not part of the symbol
    assert find_tickers(["Acme (Nasdaq Copenhagen: ACME, Bravo said)"]) == ("CPH:ACME",)
    assert find_tickers(["The Nasdaq Stock Market said: trading resumes"]) == ()


def test_short_name_drops_legal_suffixes() -> None:
    assert short_name("ImmunoGen, Inc.") == "ImmunoGen"
    assert short_name("Kyowa Hakko Kirin Co., Ltd.") == "Kyowa Hakko Kirin"
    assert short_name("Eli Lilly and Company") == "Eli Lilly"
    assert short_name("Genmab A/S") == "Genmab"
    assert short_name("Recordati Rare Diseases S.A.R.L.") == "Recordati Rare Diseases"


def test_same_org_by_prefix_acronym_and_parent() -> None:
    assert same_org("Bristol Myers Squibb", "BMS")
    assert same_org("GlaxoSmithKline", "GSK")
    assert same_org("Janssen Biotech", "Johnson & Johnson")
    assert same_org("Eli Lilly", "Lilly")
    assert not same_org("Amgen", "Abgenix")
    # an institution a headline shortens to its first and last words
    assert same_org("Hollis Institute", "Hollis Medical Research Institute")
    assert same_org("EMD Serono", "Merck KGaA")
    assert not same_org("Hollis Institute", "Beacon Medical Research Institute")


def test_a_direction_opens_a_firm_s_name_but_not_a_region_s() -> None:
    names = [s.name for s in names_in("MELBOURNE -- Southern Cross Therapeutics Limited (ASX: SXT) today")]
    assert "Southern Cross Therapeutics" in names
    assert [s.name for s in names_in("the Western Australia Pharmaceuticals unit")] == [
        "Australia Pharmaceuticals"
    ]


def test_org_index_learns_from_suffixes_tickers_and_aliases() -> None:
    text = 'Citrine Medicine, Inc. ("Citrine") and Zorvex (NYSE: ZRX) signed; Sinovant Sciences agreed.'
    index = OrgIndex([text])
    assert index.display("Citrine") == "Citrine Medicine"
    assert index.is_org("Zorvex")
    assert index.is_org("Sinovant Sciences")
    assert not index.is_org("Phase")


def _release(title: str, body: str, summary: str = "") -> Entry:
    return Entry(wire="", native_id="r", url="", title=title, summary=summary, body=body)


@pytest.mark.parametrize("dateline", ["ZUG and BOSTON", "CAMBRIDGE, Mass. and BOSTON", "BOSTON"])
def test_a_dateline_of_places_names_no_company(dateline: str) -> None:
    c = classify(
        _release(
            "Orion Bio signs licence with Kestrel Pharma",
            f"{dateline} -- Orion Bio (NASDAQ: ORBI) today announced a licence with Kestrel Pharma Ltd "
            "for OB-7.",
        )
    )
    assert (c.company, c.partners) == ("Orion Bio", ("Kestrel Pharma",))


def test_company_is_the_issuer_of_the_about_section_not_the_first_name() -> None:
    body = (
        "TOKYO, May 1, 2024 -- RIKEN and Astellas Pharma "
        "Inc. (TSE: 4503) today announced an exclusive license "
        "agreement under which Astellas obtains worldwide rights to a cell therapy technology.\n\n"
        "About Astellas\nAstellas Pharma Inc. is a pharmaceutical company."
    )
    c = classify(_release("RIKEN and Astellas Enter into Exclusive Licensing Agreement", body))
    assert c.company == "Astellas"
    assert c.partners == ("RIKEN",) or "RIKEN" in c.partners


def test_company_of_a_news_story_is_the_first_party_of_the_headline() -> None:
    body = (
        "Compugen Ltd. (Nasdaq: CGEN) said Bayer AG has taken "
        "over the programme, triggering a $7.8 million milestone."
    )
    c = classify(_release("Bayer takes over Compugen programme, triggering $7.8 million milestone", body))
    assert c.company == "Bayer"
    assert "Compugen" in c.partners


def test_a_subsidiary_registered_under_a_place_is_named_by_its_group() -> None:
    text = (
        "Acme Bio entered into an exclusive license agreement with Hansoh (Shanghai) Healthtech Co., Ltd., "
        "a subsidiary of Hansoh Pharmaceutical Group Company Limited."
    )
    names = [n.name for n in names_in(text)]
    assert "Hansoh" in names
    assert "Healthtech" not in names
    assert "Shanghai" not in names


def test_a_unit_registered_in_a_place_is_its_group_and_a_partner_s_affiliate_is_no_second_party() -> None:
    body = (
        "SOUTH SAN FRANCISCO -- Corvane Therapeutics, Inc. today announced that Corvane (Hong Kong) "
        'Limited ("Corvane HK"), a wholly owned subsidiary of Corvane Therapeutics, Inc., has granted '
        "Jiangsu Hengrun Pharmaceutical Co., Ltd. an exclusive license to CVN-44 in China.\n\n"
        "Concurrently with the license agreement, Corvane entered into a share purchase agreement with "
        "Hengrun Health Investment (Hong Kong) Limited, an affiliate of Hengrun, which agreed to purchase "
        "shares of Corvane for $10.0 million as part of the license transaction."
    )
    c = classify(_release("Corvane Therapeutics licenses CVN-44 to Jiangsu Hengrun in China", body))
    assert c.company == "Corvane Therapeutics"
    assert c.partners == ("Jiangsu Hengrun Pharmaceutical",)
    assert short_name("Corvane (Hong Kong) Limited") == "Corvane"
    assert short_name("Zai Lab (Shanghai) Co., Ltd.") == "Zai Lab"
    assert "Corvane" in [n.name for n in names_in('Corvane (Hong Kong) Limited ("Corvane HK") signed')]


def test_a_university_and_its_technology_transfer_company_are_one_party() -> None:
    body = (
        "VANCOUVER -- Northaven Neurosciences Inc. today announced that it has entered into an exclusive "
        "worldwide licence agreement with the University of Calderbrook for its Kv7 channel openers.\n\n"
        "Under the licence, Northaven will pay a C$400,000 licence fee to the University of Calderbrook and "
        "issue 1,500,000 common shares to Calderbrook Innovations, the university's technology transfer "
        "company, as part of the licence."
    )
    c = classify(_release("Northaven signs exclusive licence with University of Calderbrook", body))
    assert c.partners == ("University of Calderbrook",)


def test_an_agreement_s_defined_date_is_no_firm() -> None:
    body = (
        'On April 4, 2025 (the "Effective Date"), Corvalis Therapeutics, Inc. (the "Company") entered into '
        'an Exclusive License Agreement (the "License Agreement") with Hangzhou Qiantang Biotech Co., Ltd. '
        '("Qiantang"), a company whose H shares trade on The Stock Exchange of Hong Kong (HKEX: 2587).'
    )
    c = classify(_release("Corvalis Therapeutics 8-K: exclusive Greater China licence of CRV-880", body))
    assert c.partners == ("Hangzhou Qiantang Biotech",)
    for term in ("Effective Date", "Closing Date", "Licensed Territory", "Licensed Products"):
        assert DOCUMENT.search(term) is not None, term
    assert DOCUMENT.search("Effective Therapeutics") is None


def test_a_party_s_defined_role_is_no_firm() -> None:
    body = (
        'On May 20, 2021, Brackwell Therapeutics, Inc. (the "Company" or the "Licensee") entered into a '
        'License Agreement with Ostrava Biologics AG ("Ostrava" or the "Licensor"). Under the License '
        "Agreement, the Licensor granted the Licensee an exclusive, worldwide license under the Licensor's "
        "patents to develop and sell OB-12, and the Licensee may grant rights to a Sublicensee's affiliates."
    )
    c = classify(_release("Brackwell Therapeutics 8-K: exclusive worldwide licence of OB-12", body))
    assert c.partners == ("Ostrava Biologics",)
    for role in ("Licensor", "Licensee", "Sublicensee", "Collaborator", "Partner"):
        assert is_excluded(role), role
    assert not is_excluded("Partner Therapeutics")


def test_a_firm_named_by_its_trade_in_another_language_is_a_party() -> None:
    c = classify(
        _release(
            "Quorvale 8-K: EU approval triggers EUR 25 million milestone from Sorvino Farmaceutici",
            "",
            "Quorvale (Nasdaq: QRVL) said the approval triggered a EUR 25 million milestone payable by its "
            "European licensee, Sorvino Farmaceutici.",
        )
    )
    assert c.partners == ("Sorvino Farmaceutici",)


def test_a_university_named_by_its_regents_is_one_party() -> None:
    body = (
        "On October 21, 2024, the Company entered into an Exclusive License Agreement with The Regents of "
        'the University of Marisol (the "University"), under which the University granted the Company an '
        "exclusive, worldwide license to develop and commercialize products."
    )
    summary = (
        "Pellucid Therapeutics took an exclusive worldwide license to base-editing technology from the "
        "Regents of the University of Marisol for $1.5 million upfront."
    )
    title = "Pellucid Therapeutics 10-Q discloses new exclusive license from the University of Marisol"
    c = classify(_release(title, body, summary))
    assert c.partners == ("University of Marisol",)


def test_a_holding_company_named_without_its_suffix_is_a_company() -> None:
    c = classify(
        _release(
            "FDA allows Ardent Holdings' IND for liposomal AR-2 to proceed into clinical trials",
            "Ardent Holdings said the FDA has completed its review and allowed the IND for its lead drug "
            "to go ahead.",
        )
    )
    assert c.company == "Ardent"


def test_a_lifesciences_firm_named_without_its_suffix_is_a_firm() -> None:
    c = classify(
        _release("Korvan Pharma grants Tirupati Lifesciences an exclusive licence to KP-14 in India", "")
    )
    assert c.partners == ("Tirupati Lifesciences",)


def test_a_gene_therapies_firm_is_a_firm_but_a_kind_of_gene_therapies_is_not() -> None:
    c = classify(_release("Korvan Pharma licenses capsid to Marsden Gene Therapies", ""))
    assert c.partners == ("Marsden Gene Therapies",)
    for field in ("AAV", "Novel", "Ocular", "CAR-T"):
        c = classify(_release(f"Korvan Pharma licenses capsid to Marsden Bio for {field} Gene Therapies", ""))
        assert c.partners == ("Marsden Bio",), field


@pytest.mark.parametrize("form", ["Pvt Ltd", "Pvt. Ltd.", "Private Limited"])
def test_india_s_private_limited_form_is_a_legal_suffix(form: str) -> None:
    c = classify(
        _release(
            "Kavach Biosciences licenses TB antibody platform",
            f"PUNE -- Kavach Biosciences {form} has signed an exclusive worldwide licence with Sarvan "
            f"Lifesciences {form} for its antibody platform.",
        )
    )
    assert c.company == "Kavach Biosciences"
    assert c.partners == ("Sarvan Lifesciences",)


def test_entry_issuer_wins() -> None:
    entry = Entry(
        wire="",
        native_id="i",
        url="",
        title="Acme earns $5 million milestone from Pfizer",
        issuer="Acme Bio, Inc.",
    )
    assert classify(entry).company == "Acme Bio"


def test_regulators_are_never_partners() -> None:
    c = classify(
        _release(
            "FDA clears Helix Bio's IND for HX-1", "The U.S. Food and Drug Administration cleared the IND."
        )
    )
    assert c.partners == ()


def test_ocr_split_names_still_match() -> None:
    body = (
        "BASEL -- Basilea Pharmaceutica Ltd. (SIX: BSLN) "
        "announced today that sales triggered the first sales "
        "milestone payment from its licence partner Astel "
        "las Pharma Inc. The paymnet amounts to CHF 5 million."
    )
    c = classify(_release("Sales trigger milestone payment to Basilea from Astellas", body))
    assert c.company == "Basilea Pharmaceutica"
    assert len(c.partners) == 1


def test_acronym_with_a_lower_case_industry_word_is_one_name() -> None:
    text = "SK biopharmaceuticals Co., Ltd. (KRX: 326030) today announced a milestone."
    index = OrgIndex([text])
    assert index.display("SK biopharmaceuticals") == "SK biopharmaceuticals"
    assert index.display("SK Biopharm") == "SK biopharmaceuticals"
    assert not OrgIndex(["The FDA biologics license was approved."]).is_org("FDA biologics")


def test_same_org_by_shared_words() -> None:
    assert same_org("Vir", "Vir Biotechnology")
    assert same_org("Allist", "Shanghai Allist Pharmaceuticals")
    assert same_org("Tasly Biopharmaceuticals", "Tasly Pharmaceutical Group")
    assert same_org("Ono", "Ono Pharmaceutical")
    assert not same_org("Shanghai Pharmaceuticals", "Shanghai Allist Pharmaceuticals")
    assert not same_org("Pharmaceuticals", "Tasly Pharmaceutical")
    assert not same_org("Sumitomo Pharma", "Sumitomo Mitsui Banking")


def test_partner_named_twice_is_one_partner_under_its_full_name() -> None:
    c = classify(
        _release(
            "Xencor due $2.5 million milestone as FDA accepts Vir's IND",
            "",
            summary="Xencor (Nasdaq: XNCR) will receive a $2.5 million milestone from Vir Biotechnology "
            "(Nasdaq: VIR) now that the FDA has accepted Vir's investigational new drug application.",
        )
    )
    assert c.partners == ("Vir Biotechnology",)
    unit = classify(
        _release(
            "Sutro licenses China rights to its ADC to Tasly",
            "SOUTH SAN FRANCISCO -- Sutro Biopharma (Nasdaq: STRO) has granted Tasly Biopharmaceuticals, "
            "a unit of Shanghai-listed Tasly Pharmaceutical Group (SSE: 600535), an exclusive licence to "
            "develop and commercialise its antibody-drug conjugate in China. Tasly will pay $40 million.",
        )
    )
    assert unit.partners == ("Tasly Biopharmaceuticals",)


def test_several_symbols_after_one_exchange_are_each_a_ticker() -> None:
    text = "Roche (SIX: RO, ROG; OTCQX: RHHBY) and Antibe (TSX: ATE, OTCQX: ATBPF) and Y (NYSE: BMY, FDA)"
    assert find_tickers([text]) == ("SIX:RO", "SIX:ROG", "OTCQX:RHHBY", "TSX:ATE", "OTCQX:ATBPF", "NYSE:BMY")
    assert find_tickers(["Evotec SE (FSE: EVT, MDAX/TecDAX, NASDAQ: EVO)"]) == ("FRA:EVT", "NASDAQ:EVO")


def test_a_company_bought_outright_is_no_counterparty() -> None:
    c = classify(
        _release(
            "Zai Lab owes Bristol Myers $10 million milestone",
            "",
            summary="The filing triggers a $10 million milestone payment from Zai Lab to Bristol Myers "
            "Squibb, which inherited the licence when it bought Karuna Therapeutics.",
        )
    )
    assert c.partners == ("Bristol Myers Squibb",)
    rights = classify(
        _release(
            "Acme Bio acquires Orion Therapeutics' rights to OB-7",
            "",
            summary="Acme Bio acquired Orion Therapeutics' rights to OB-7 for $20 million upfront.",
        )
    )
    assert rights.partners == ("Orion Therapeutics",)
    sold = classify(
        _release(
            "Acme Bio to Receive US$2.5 Million Milestone as FDA Clears Formosa's IND",
            "",
            summary="Clearance of Formosa Pharmaceuticals' IND triggers a US$2.5 million milestone payment "
            "to Acme Bio under the 2017 sale of Activus Pharma.",
        )
    )
    assert sold.partners == ("Formosa Pharmaceuticals",)


def test_title_case_headline_names_the_firm_before_its_verb() -> None:
    title = classify(_release("Redx Pharma Secures $6 Million Milestone From Ipsen", ""))
    assert title.company == "Redx Pharma"
    assert classify(_release("FDA Clears Helix Bio's IND Application for HX-1", "")).company == "Helix Bio"
    plain = classify(_release("Milestone Pharmaceuticals Announces FDA Acceptance of NDA", ""))
    assert plain.company == "Milestone Pharmaceuticals"


def test_a_product_code_is_no_legal_suffix() -> None:
    spans = names_in("Orion Bio Licenses AB-101 Rights in Japan to Kyowa Kirin")
    assert not any(s.suffixed for s in spans)


def test_parties_in_one_title_case_run_are_told_apart() -> None:
    c = classify(_release("Orion Bio Grants Kyowa Kirin Exclusive License to OB-7 in Japan", ""))
    assert (c.company, c.partners) == ("Orion Bio", ("Kyowa Kirin",))


def test_places_and_licensed_products_are_no_partners() -> None:
    c = classify(
        _release(
            "Zai Lab and Karuna Therapeutics Enter into Exclusive License Agreement for KarXT",
            "",
            summary="Zai Lab will pay Karuna $35 million upfront for Greater China rights to KarXT, "
            "with a team based in Boston.",
        )
    )
    assert c.partners == ("Karuna Therapeutics",)
    regulator = classify(
        _release(
            "Orion Bio regains rights to OB-7 as Helix ends licence after European Medicines Agency Feedback",
            "",
        )
    )
    assert "European Medicines" not in regulator.partners
    union = classify(
        _release(
            "Orion Bio 8-K: $20 million milestone on first commercial sale of OB-7 in the EU",
            "Under the License Agreement between the Company and Helix dated June 3, 2016, the first "
            "commercial sale of a licensed product in the European Union triggers a milestone payment of "
            "$20.0 million from Helix.",
        )
    )
    assert union.partners == ("Helix",)
    region = classify(
        _release(
            "Orion Bio licenses OB-7 to Tamsui Pharmaceutical in Greater China and Southeast Asia",
            "Under the License Agreement, the Company granted Tamsui an exclusive license to develop and "
            'commercialize OB-7 in Greater China and the ten member states of ASEAN (the "Territory").',
        )
    )
    assert region.partners == ("Tamsui Pharmaceutical",)


def test_a_product_named_as_one_anywhere_is_no_partner_elsewhere() -> None:
    c = classify(
        _release(
            "Orion Bio to get $60 million as FDA approves OB-7 combination",
            "The FDA approved OB-7 (lazertinib) in combination with Helix's Rybrevant (amivantamab).",
            summary="Orion Bio will receive a $60 million milestone from Helix Biotech after the FDA "
            "approved OB-7 with Rybrevant for lung cancer.",
        )
    )
    assert c.partners == ("Helix Biotech",)


def test_a_product_with_its_generic_name_and_short_name_is_no_partner() -> None:
    c = classify(
        _release(
            "Orion Bio in line for $200 million as UK becomes first to authorise Casgevy",
            "LONDON -- The UK regulator cleared Casgevy (exagamglogene autotemcel, or exa-cel) from Helix "
            "Pharmaceuticals and Orion Bio.",
            summary="The first approval of Casgevy triggers a $200 million milestone from Helix to Orion.",
        )
    )
    assert c.partners == ("Helix Pharmaceuticals",)


def test_a_regulator_s_decision_in_capitals_is_no_partner() -> None:
    c = classify(
        _release(
            "Orion Partner Obtains Clinical Trial Approval for OB-7, Triggering US$3.2 Million Payment",
            "HONG KONG -- Orion Group Limited announces that Wanbang Biopharmaceutical Co., Ltd., its "
            "partner, obtained Clinical Trial Approval for OB-7, triggering a US$3.2 million payment.",
        )
    )
    assert c.events == (EventType.MILESTONE, EventType.IND)
    assert c.partners == ("Wanbang Biopharmaceutical",)


def test_a_news_headline_s_subject_is_its_company_when_nothing_else_names_one() -> None:
    def company(title: str, summary: str = "") -> str | None:
        return classify(_release(title, "", summary=summary)).company

    assert company("Lattice Fold inks enterprise licence for AI protein-design software") == "Lattice Fold"
    assert company("Stillwater-backed Eskdale Neuro raises $40 million") == "Eskdale Neuro"
    # a truncated word of a well-known group is not that group ("Cell" of Celltrion)
    assert company("Milestone Cell Sciences axes a third of staff") == "Milestone Cell Sciences"
    # a question names no subject; a firm the text shows to be one still comes first
    assert company("Will the FDA lift the hold this month?") is None
    assert company(
        "Analysts see a windfall for Orion", "Orion Bio, Inc. (Nasdaq: ORIO) may earn $50 million."
    ) == ("Orion Bio")


def test_a_common_word_opening_a_listed_firm_s_name_is_part_of_it() -> None:
    c = classify(
        _release(
            "Option Care Health posts 12% revenue growth in third quarter",
            "",
            summary="Option Care Health (Nasdaq: OPCH) reported third-quarter net revenue of $1.435 billion.",
        )
    )
    assert c.company == "Option Care Health"
    assert names_in("Milestone Scientific Inc. (NYSE American: MLSS) said")[0].name == "Milestone Scientific"


def test_a_common_word_opening_a_name_that_ends_in_an_industry_word_is_part_of_it() -> None:
    c = classify(
        _release(
            "Milestone Cell Sciences opens Leiden plant after inspectors grant manufacturing licence",
            "LEIDEN -- Contract manufacturer Milestone Cell Sciences has opened its plant at the Leiden Bio "
            "Science Park.",
        )
    )
    assert c.company == "Milestone Cell Sciences"
    assert names_in("Global Blood Therapeutics said")[0].name == "Global Blood Therapeutics"
    assert names_in("the Milestone Payments clause")[0].name == "Payments"


def test_an_exchange_a_contract_s_words_and_a_known_unit_are_read_as_they_are() -> None:
    c = classify(
        _release(
            "Orion Bio Achieves $100 Million Milestone Following First Commercial Sale",
            "CSL Behring's first commercial sale of OB-7 has triggered a $100 million milestone payment to "
            "Orion (The Nasdaq Stock Market LLC: ORIO) under its License, Supply and Marketing Agreement",
        )
    )
    assert c.partners == ("CSL Behring",)


def test_a_chinese_firm_named_without_its_city_is_the_firm_the_text_names_in_full() -> None:
    c = classify(
        _release(
            "Salubris' monthly PCSK9 antibody SAL003 filed for approval in China",
            "",
            summary="China's National Medical Products Administration has accepted Shenzhen Salubris "
            "Pharmaceuticals' (SZSE: 002294) marketing application for SAL003.",
        )
    )
    assert c.company == "Shenzhen Salubris Pharmaceuticals"


def test_a_possessive_inside_an_institution_s_name_is_part_of_it() -> None:
    assert [n.name for n in names_in("licensed from Boston Children's Hospital and Brigham")] == [
        "Boston Children's Hospital",
        "Brigham",
    ]
    assert (
        names_in("St. Jude Children’s Research Hospital said")[0].name
        == "St. Jude Children’s Research Hospital"
    )
    assert names_in("Pfizer's Children's fund")[0].name == "Pfizer"


def test_a_firm_named_without_the_industry_word_it_opens_with_is_the_firm_the_text_names_in_full() -> None:
    c = classify(
        _release(
            "Paineiras takes Brazilian rights to Cascade Dermatology's eczema cream",
            "",
            summary="Laboratório Paineiras (B3: PNRS3) has licensed exclusive rights to sell Cascade "
            "Dermatology's (Nasdaq: CSDM) topical PDE4 inhibitor in Brazil.",
        )
    )
    assert c.company == "Laboratório Paineiras"
    assert c.partners == ("Cascade Dermatology",)


def test_the_word_company_mistyped_is_read_as_the_company() -> None:
    assert _misread("Comapny", "Company")  # "The Comapny agreed to pay the Foundation"
    assert _misread("Cornpany", "Company")  # "m" read as "rn"
    assert not _misread("Compass", "Company")  # two letters differ that are no swap: another word
    assert not _misread("Compnya", "Company")


def test_a_target_named_before_its_drug_is_no_partner() -> None:
    c = classify(
        _release(
            "Orion hands Greater China rights for FcRn antibody to Lanqiao in $215m deal",
            "Orion Bio (NASDAQ: ORIO) has granted Shanghai Lanqiao Biotech exclusive rights to develop its "
            "subcutaneous FcRn antibody OB-12 in mainland China.",
            summary="Orion licenses China rights to its FcRn blocker OB-12 to Shanghai Lanqiao Biotech "
            "for $20 million upfront.",
        )
    )
    assert c.partners == ("Shanghai Lanqiao Biotech",)


def test_the_company_s_own_unit_is_no_partner() -> None:
    c = classify(
        _release(
            "Orion Bio Announces Milestone Event Triggering US$250 Million Payment from Bristol Myers Squibb",
            "CHENGDU, China -- Orion Bio Co., Ltd. announced that the collaboration between its wholly-owned "
            'subsidiary Kestrel, Inc. ("Kestrel") and Bristol Myers Squibb (NYSE: BMY, "BMS") has reached a '
            "milestone payment node.",
            summary="A milestone event triggers a US$250 million payment from BMS to Orion Bio's subsidiary "
            "Kestrel.",
        )
    )
    assert c.partners == ("Bristol Myers Squibb",)


def test_the_company_s_unit_is_no_partner_wherever_else_it_is_named() -> None:
    c = classify(
        _release(
            "Orion Bio and Otsuka Announce a Worldwide License Agreement for OB-7",
            "TOKYO -- Orion Bio Co., Ltd. and its U.S. subsidiary Kestrel Pharmaceuticals Inc. "
            '("Kestrel") and Otsuka Pharmaceutical Co., Ltd. today announced a licence for OB-7.\n\n'
            "Under the agreement, Kestrel grants Otsuka rights to jointly develop and commercialize OB-7.",
        )
    )
    assert c.partners == ("Otsuka Pharmaceutical",)


def test_a_unit_the_company_forms_is_no_partner() -> None:
    c = classify(
        _release(
            "Lochside Bio Signs License with University of Dunmore and Forms Subsidiary Brora Biotech",
            "AUSTIN, Texas -- Lochside Bio, Inc. (NASDAQ: LCHB) today signed an exclusive license agreement "
            "with the University of Dunmore and formed a new diabetes subsidiary, Brora Biotech, to develop "
            "the licensed gene therapy.",
        )
    )
    assert c.partners == ("University of Dunmore",)
    # a unit another firm made is still that firm's: the partner is named as it is
    c = classify(
        _release(
            "Lochside Bio licenses antibody to Kelso Pharma",
            "AUSTIN -- Lochside Bio, Inc. today granted Kelso Pharma Ltd an exclusive license to LB-4.",
        )
    )
    assert c.partners == ("Kelso Pharma",)


def test_a_new_company_is_the_partner_and_its_investors_are_not() -> None:
    c = classify(
        _release(
            "Tayvale out-licenses obesity portfolio to Argyll-backed NewCo Perseus",
            "SHANGHAI -- Tayvale Pharmaceuticals Co., Ltd. has licensed its portfolio to Perseus NewCo, "
            "Inc., a company set up in Delaware this month by Argyll Capital Life Sciences together with "
            "Corran Venture.",
        )
    )
    assert c.partners == ("Perseus NewCo",)
    c = classify(
        _release(
            "Tayvale licenses obesity portfolio to Perseus",
            "SHANGHAI -- Tayvale Pharmaceuticals has licensed its portfolio to Perseus Bio, a new U.S. "
            "company backed by Argyll Capital Life Sciences.",
        )
    )
    assert c.partners == ("Perseus Bio",)
    c = classify(
        _release(
            "Yuhe hands ex-China rights to obesity drug to new US NewCo",
            "SHANGHAI -- Yuhe Biotech has granted Tidewater Metabolics, a Boston company formed for the "
            "deal, an exclusive license to YH-0417.",
        )
    )
    assert c.partners == ("Tidewater Metabolics",)
    # a collaboration formed by a firm names a party
    c = classify(
        _release(
            "Tayvale licenses obesity portfolio to Perseus Bio",
            "SHANGHAI -- Tayvale Pharmaceuticals has licensed its obesity portfolio to Perseus Bio under the "
            "alliance formed by Perseus Bio and Tayvale in 2019.",
        )
    )
    assert c.partners == ("Perseus Bio",)


def test_a_partner_s_units_named_with_it_are_no_second_and_third_partners() -> None:
    c = classify(
        _release(
            "Kestrel Pharma licenses bispecific from Orion Bio",
            "NEW YORK -- Under the agreement, Orion Bio and its subsidiaries Shenyang Aurora Pharmaceutical "
            "Co., Ltd. and 3S Lanting Pharmaceutical (Shanghai) Co., Ltd. grant Kestrel Pharma an exclusive "
            "worldwide license to OB-7.",
        )
    )
    assert c.partners == ("Orion Bio",)


def test_a_firm_announcing_an_ind_together_with_the_company_is_its_partner() -> None:
    c = classify(
        _release(
            "Orion Bio and Kestrel Announce FDA Has Lifted the Clinical Hold on the IND for OB-7",
            "ZUG and BOSTON -- Orion Bio (NASDAQ: ORBI) and Kestrel Pharmaceuticals Incorporated "
            "(NASDAQ: KSTL) today announced that the U.S. Food and Drug Administration has lifted the "
            "clinical hold on the Investigational New Drug application for OB-7.",
        )
    )
    assert c.events == (EventType.IND,)
    assert c.partners == ("Kestrel Pharmaceuticals",)
    # a firm named in an IND release without a part in it is none
    c = classify(
        _release(
            "Orion Bio Announces FDA Has Lifted the Clinical Hold on the IND for OB-7",
            "ZUG -- Orion Bio (NASDAQ: ORBI) today announced that the FDA has lifted the clinical hold on "
            "the IND for OB-7, which it will study with drugs made by Kestrel Pharmaceuticals Incorporated.",
        )
    )
    assert c.partners == ()


def test_the_company_s_unit_named_in_an_ind_sentence_is_no_partner() -> None:
    c = classify(
        _release(
            "Regent Pacific invoices Wanbang US$800,000 as China IND filing for Senstend is accepted",
            "HONG KONG -- Regent Pacific Group (HKEX: 0575) said its subsidiary Plethora Solutions has "
            "issued an invoice for US$800,000 (about HK$6.24 million) to Jiangsu Wanbang Biopharmaceutical, "
            "its commercial partner in China, after the National Medical Products Administration accepted "
            "Wanbang's investigational new drug application to conduct human clinical trials of a licensed "
            "product.",
            summary="Regent Pacific's Plethora unit has invoiced Chinese partner Jiangsu Wanbang US$800,000 "
            "after the NMPA accepted Wanbang's IND application for a clinical trial of Senstend.",
        )
    )
    assert "Plethora Solutions" not in c.partners


def test_a_programme_or_its_proteins_are_no_partner() -> None:
    c = classify(
        _release(
            "Arcellx and Kite Expand Strategic Partnership",
            "",
            summary="Kite has exercised its option to negotiate a license for Arcellx's ARC-SparX program "
            "ACLX-001, which combines ARC-T cells with SparX proteins that target BCMA.",
        )
    )
    assert "SparX" not in c.partners


def test_a_prize_is_no_partner() -> None:
    c = classify(
        _release(
            "Scribe lands $25 million upfront as Sanofi takes non-exclusive CRISPR rights",
            "",
            summary="Scribe Therapeutics, co-founded by Nobel laureate Jennifer Doudna, has a deal with "
            "Sanofi (NASDAQ: SNY), granting Sanofi non-exclusive rights to its technologies.",
        )
    )
    assert c.partners == ("Sanofi",)


def test_a_name_at_the_end_of_a_sentence_keeps_no_full_stop() -> None:
    assert short_name("SystImmune.") == "SystImmune"
    assert short_name("Kyowa Hakko Kirin.") == "Kyowa Hakko Kirin"
    assert short_name("Acme Corp.") == "Acme"
    assert short_name("U.S.") == "U.S."


def test_an_event_word_opening_a_name_is_no_part_of_it() -> None:
    c = classify(
        _release(
            "Orion Bio Regains Worldwide Rights to OB-7 Following Termination of Saxby Pharma Licence",
            "",
            summary="Saxby Pharma has terminated its licence to OB-7; worldwide rights revert to Orion Bio.",
        )
    )
    assert c.partners == ("Saxby Pharma",)


def test_a_partner_named_as_such_in_a_headline_counts() -> None:
    c = classify(_release("Orion Bio Receives $10 Million Milestone Payment from Partner Zentalis", ""))
    assert c.partners == ("Zentalis",)


def test_a_dated_lead_opening_with_a_listed_firm_names_the_issuer() -> None:
    body = (
        "BASEL, Switzerland, March 3, 2026 -- Orion Bio AG (SIX: ORIO) is pleased to announce that Helix "
        "Pharmaceuticals has exercised its option to license OB-7, triggering a $20 million option exercise "
        "payment to Orion."
    )
    c = classify(_release("Helix Exercises Option to License OB-7; Orion Receives $20 Million", body))
    assert (c.company, c.partners) == ("Orion Bio", ("Helix Pharmaceuticals",))
    assert [e.value for e in c.events] == ["licensing"]
    story = classify(
        _release(
            "Bayer takes over Compugen programme, triggering $7.8 million milestone",
            "TEL AVIV, Dec. 15, 2015 -- Compugen Ltd. (Nasdaq: CGEN) said Bayer HealthCare has taken full "
            "control of the programme, triggering a $7.8 million milestone payment.",
        )
    )
    assert story.company == "Bayer"


def test_the_receiver_in_a_headline_is_the_company_and_the_payer_the_partner() -> None:
    c = classify(
        _release(
            "Selvana to receive $100 million from Jazz after FDA nod for its drug",
            "",
            summary="Selvana is due a US$100 million milestone payment from Jazz Pharmaceuticals following "
            "accelerated US approval.",
        )
    )
    assert c.company == "Selvana"
    assert c.partners == ("Jazz Pharmaceuticals",)
    # the payer standing first, with no receiving verb, stays the subject
    payer = classify(_release("Jazz Pharmaceuticals pays $100 million milestone to Selvana", ""))
    assert payer.company == "Jazz Pharmaceuticals"
    # the payer named after "as" in a news summary, ticker and all
    c = classify(
        _release(
            "Selvana to collect $325 million as Jazz opts to keep its licence",
            "",
            summary="Jazz Pharmaceuticals (Nasdaq: JAZZ) has exercised its option to continue its exclusive "
            "licence to Selvana's SV-2, making a one-time $325 million payment.",
        )
    )
    assert (c.company, c.partners) == ("Selvana", ("Jazz Pharmaceuticals",))
    # a sum with a decimal point does not end the headline's clause
    c = classify(
        _release(
            "Harrowgate Ophthalmics earns 1.5 billion yen as Japan approves Kojima's dry-eye drug",
            "TOKYO -- Tokyo-listed Kojima Pharmaceutical Co. won approval on Monday for Sorenza eye drops, "
            "which it licensed from U.S.-based Harrowgate Ophthalmics. The approval triggers a milestone "
            "payment of 1.5 billion yen from Kojima to Harrowgate, Harrowgate said in a statement.",
        )
    )
    assert c.company == "Harrowgate Ophthalmics"


def test_a_partner_named_after_its_country_or_with_a_hyphenated_industry_word_is_found() -> None:
    c = classify(
        _release(
            "Merck bets $175 million upfront on seven ADCs",
            "",
            summary="Merck takes exclusive worldwide rights to seven ADCs from Sichuan Tanlu-Biotech, "
            "paying $175 million upfront.",
        )
    )
    assert c.partners == ("Sichuan Tanlu-Biotech",)
    country = classify(
        _release(
            "Acme Bio widens alliance",
            "",
            summary="Acme Bio has widened its alliance with China's Hanlu, agreeing to pay $175 million "
            "upfront for rights to seven ADC programmes.",
        )
    )
    assert country.partners == ("Hanlu",)
    # two capitalised words neither suffixed, nor ending in an industry word, nor after a country name no firm
    plain = classify(
        _release(
            "Acme Bio widens alliance",
            "",
            summary="Acme Bio has widened its alliance with Sichuan Hanlu, agreeing to pay $175 million "
            "upfront for rights to seven ADC programmes.",
        )
    )
    assert plain.partners == ()


def _mixtures(pieces: list[str], *, seed: int, count: int = 3000) -> list[str]:
    """Texts strung together from pieces at random (a fixed seed): the awkward spots the fast paths skip."""
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(count)]


def test_tickers_read_before_each_colon_are_those_read_everywhere() -> None:
    pieces = ["Nasdaq", "NYSE", ":", " ", "ABC", " and ", "/", ",", "&", "TSX-V", "(", ")", "Oslo Bors"]
    pieces += ["The Nasdaq Stock Market LLC", "K", "\u212aRX", "HK", "1801", "\n", "x", "-", "_", "Euronext"]
    for text in _mixtures(pieces, seed=1):
        assert [m.span() for m in _ticker_matches(text)] == [m.span() for m in _TICKER.finditer(text)], text


def test_alias_definitions_read_before_each_quote_are_those_read_everywhere() -> None:
    pieces = ["Acme", " Bio", " ", '"', "(", ")", "the ", "or ", " Inc.", ", Ltd", "Company", "X", "\n"]
    pieces += ["and", " AG", "(ABC)", "'s", "Foo Bar Baz Qux Quux Corge Grault", "Pharma"]
    for text in _mixtures(pieces, seed=2):
        fast = [(m.span(), m.groupdict()) for m in _alias_definitions(text)]
        assert fast == [(m.span(), m.groupdict()) for m in _ALIAS_DEF.finditer(text)], text


def test_names_are_looked_up_as_by_reading_every_organisation_in_order() -> None:
    index = OrgIndex(["Acme Biotherapeutics, Inc. and Bristol Labs Ltd signed with Novo Holdings A/S."])

    def reference(wanted: str) -> str | None:
        best, best_len = None, 0
        for k, v in index.orgs.items():
            if len(k) >= 4 and len(k) > best_len and (wanted.startswith(k) or k.startswith(wanted)):
                best, best_len = v, len(k)
        if best is not None or not 2 <= len(wanted) <= 6:
            return best
        return next((v for v in index.orgs.values() if _acronym(v) == wanted), None)

    wanted_keys = [
        "acme",
        "acmebio",
        "bristolmyers",
        "bms",
        "novo",
        "novonordiskas",
        "jj",
        "rochex",
    ]
    for wanted in wanted_keys:
        if wanted not in index.orgs and wanted not in index.aliases:
            assert index._lookup(wanted) == reference(wanted), wanted
    # a city's name alone stands for the firm the text names with it, not for the well-known group it opens
    assert index._lookup("bristol") == "Bristol Labs"


def test_described_firms_read_where_a_frame_opens_are_those_read_everywhere() -> None:
    pieces = [
        " with ",
        " from ",
        " to",
        "by ",
        "and",
        "China's ",
        "South  Korea’s ",
        " Korea's",
        "Canada",
        "'s",
    ]
    pieces += [
        "company ",
        "biotechnology company ",
        "start-up ",
        "startup ",
        "drugmaker ",
        "maker",
        "pharma ",
    ]
    pieces += ["Acme", " Bio", "Zeta Therapeutics", " ", "\n", "the ", "licensee ", "licensor", "subsidiary"]
    pieces += ["shares of ", "shares in ", "group", "firm ", "venture ", "specialist ", "developer ", "x"]
    for text in _mixtures(pieces, seed=3):
        expected = [m.group("name") or m.group("name2") for m in _DESCRIBED.finditer(text)]
        assert list(_described(text)) == expected, text


def test_tickers_on_a_filing_cover() -> None:
    cover = (
        "Securities registered pursuant to Section 12(b) of the Act: Common Stock, par value $0.0001 "
        "per share, trading symbol HRGB, The Nasdaq Stock Market LLC"
    )
    assert find_tickers([cover]) == ("NASDAQ:HRGB",)
    assert find_tickers(["Common Stock, par value $0.001 per share | MRLT | The Nasdaq Global Market"]) == (
        "NASDAQ:MRLT",
    )
    assert find_tickers(["Common Stock -- Trading Symbol: PSTX -- The Nasdaq Stock Market LLC"]) == (
        "NASDAQ:PSTX",
    )
    assert find_tickers(["Common Shares, no par value | MIST | The Nasdaq Global Select Market"]) == (
        "NASDAQ:MIST",
    )
    assert find_tickers(["Revenue | 2025 | 2024"]) == ()
    assert find_tickers(["the trading symbol of the shares will change next week"]) == ()


def test_a_listing_told_in_words() -> None:
    assert find_tickers(["Lumavel, which is listed on Nasdaq under the symbol LUMV, will also collect"]) == (
        "NASDAQ:LUMV",
    )
    assert find_tickers(
        ["shares begin trading on the Nasdaq Global Select Market on Thursday under the symbol VERV."]
    ) == ("NASDAQ:VERV",)
    assert find_tickers(['its shares will trade under the symbol "ABCD" on the NYSE.']) == ("NYSE:ABCD",)
    assert find_tickers(["The Seattle biotech, which trades on Nasdaq as SNTH, rose."]) == ("NASDAQ:SNTH",)
    assert find_tickers(["It trades on Nasdaq as a small-cap stock."]) == ()
    # a name is no symbol, and a symbol without its exchange is no ticker
    assert find_tickers(["listed on the Nasdaq under the symbol Lumavel"]) == ()
    assert find_tickers(["its shares will trade under the symbol ABCD."]) == ()


def test_of_two_about_sections_the_company_is_the_one_the_lead_names_first() -> None:
    c = classify(
        _release(
            "Brightfen Capital Launches Ardent Bio with License to Sorensen Pharma's Antibody",
            "NEW YORK -- Ardent Bio, a new company formed by Brightfen Capital, today launched with an "
            "exclusive license from Sorensen Pharma A/S to SP-331.\n\n"
            "About Ardent Bio\nArdent Bio is a biotechnology company in New York.\n\n"
            "About Brightfen Capital\nBrightfen Capital is a life-sciences investment firm.",
        )
    )
    assert c.company == "Ardent Bio"


def test_an_about_heading_that_ends_with_a_legal_suffix_names_the_issuer() -> None:
    # "About Alteogen Inc." ends with the suffix's full stop, not a sentence's: it is still a heading
    c = classify(
        _release(
            "Alteogen Signs Exclusive License Amendment with MSD for ALT-B4",
            "SEONGNAM, South Korea, Feb. 22, 2024 -- Alteogen Inc. (KOSDAQ: 196170) today announced that it "
            'has amended its license agreement for ALT-B4 with Merck Sharp & Dohme LLC ("MSD"), granting MSD '
            "exclusive worldwide rights.\n\nAbout Alteogen Inc.\nAlteogen develops biobetters.\n\n"
            "About MSD\nMSD is a global healthcare company.",
        )
    )
    assert c.company == "Alteogen"
    body = "Acme today signed.\n\nAbout ACME BIO, INC.\nAcme is a biotech."
    assert read_document(title="", summary="", body=body, published=None).about_subjects == (
        "ACME BIO, INC.",
    )


def test_a_company_named_in_capitals_is_shown_as_the_text_writes_it_elsewhere() -> None:
    c = classify(
        _release(
            "Xencor Receives $5 Million Milestone From Partner",
            "XENCOR, INC. (Nasdaq: XNCR) today announced that it earned a $5 million milestone payment from "
            "Kestrel Pharma Ltd.",
        )
    )
    assert c.company == "Xencor"


def test_a_firm_named_in_capitals_is_the_company_when_its_lead_lists_it() -> None:
    c = classify(
        _release(
            "XOMA and Servier Sign Global Agreement for XOMA 052",
            "BERKELEY, Calif. -- XOMA Ltd. (Nasdaq: XOMA) today announced a license agreement with Les "
            "Laboratoires Servier for XOMA 052.\n\nAbout XOMA\nXOMA discovers therapeutic antibodies.",
        )
    )
    assert c.company == "XOMA"
    # a disease in capitals with an About section of its own is no company
    c = classify(
        _release(
            "Orion Bio licenses AML drug to Kestrel Pharma",
            "BOSTON -- Orion Bio (Nasdaq: ORBI) today granted Kestrel Pharma Ltd an exclusive license to "
            "OB-7 for AML.\n\nAbout AML\nAML is a cancer of the blood.\n\nAbout Orion Bio\nOrion Bio is a "
            "biotech.",
        )
    )
    assert c.company == "Orion Bio"


def test_a_partner_written_in_lower_case_is_read_once_its_ticker_shows_it_a_firm() -> None:
    c = classify(
        _release(
            "Regulus Therapeutics and sanofi-aventis Enter Strategic Alliance",
            "CARLSBAD, Calif. -- Regulus Therapeutics Inc. today announced an alliance with sanofi-aventis "
            "(EURONEXT: SAN; NYSE: SNY).\n\nUnder the agreement, sanofi-aventis will receive exclusive "
            "worldwide licenses to microRNA therapeutics directed at the alliance targets.",
        )
    )
    assert c.partners == ("sanofi-aventis",)
    c = classify(
        _release(
            "Zai Lab and argenx Announce Collaboration for Efgartigimod in Greater China",
            "SHANGHAI -- Zai Lab Limited (NASDAQ: ZLAB) and argenx SE (Euronext Brussels & Nasdaq: ARGX) "
            "today announced an exclusive license agreement for efgartigimod in Greater China.",
            "Zai Lab obtains exclusive rights to efgartigimod in China; argenx receives USD 75 million.",
        )
    )
    assert c.partners == ("argenx",)
    c = classify(
        _release(
            "Yuhan licenses lazertinib to Janssen",
            "SEOUL -- The Seoul drugmaker (KRX: 000100) said Thursday it has granted Janssen Biotech, Inc. "
            "exclusive worldwide rights to lazertinib outside Korea.",
        )
    )
    assert c.partners == ("Janssen Biotech",)


def test_a_filing_cover_s_par_value_per_share_before_its_ticker_is_no_firm() -> None:
    text = "Common Stock, par value $0.001 per share (Nasdaq: HLDN)\nwith sanofi-aventis (NYSE: SNY)"
    assert list(lower_case_listed(text)) == ["sanofi-aventis"]


def test_a_field_in_a_headline_and_an_event_before_a_name_are_no_firms() -> None:
    c = classify(
        _release(
            "Harrowgate Biologics Licenses HGA-3 Platform to Tamsin Vaccines for Respiratory Vaccines",
            "OXFORD -- Harrowgate Biologics plc today granted Tamsin Vaccines Ltd exclusive rights to HGA-3.",
        )
    )
    assert c.partners == ("Tamsin Vaccines",)
    c = classify(
        _release(
            "Orbisyn Receives EUR 12 Million Milestone",
            "MUNICH -- Orbisyn AG today announced a development milestone payment.",
            "Start of Halden Pharma's Phase 2 study of ORB-115 earns Orbisyn a EUR 12 million milestone.",
        )
    )
    assert c.partners == ("Halden Pharma",)


def test_a_filing_s_company_is_the_firm_it_names_the_company() -> None:
    c = classify(
        _release(
            "Oakhurst Immunotherapeutics Announces Tarrant Biologics' Exercise of Option to License OKH-9",
            "FORM 8-K\n\nItem 1.01 Entry into a Material Definitive Agreement.\n\nOn May 15, 2026, Tarrant "
            "Biologics, Inc. (NYSE: TRBX) exercised its option under the Option and License Agreement "
            'between Oakhurst Immunotherapeutics, Inc. (the "Company") and Tarrant to obtain an exclusive '
            "license to OKH-9.",
        )
    )
    assert c.company == "Oakhurst Immunotherapeutics"
    assert c.partners == ("Tarrant Biologics",)


def test_the_firms_that_did_the_same_before_are_no_parties() -> None:
    c = classify(
        _release(
            "PeptiDream grants Merck non-exclusive licence to its PDPS discovery platform",
            "KAWASAKI -- PeptiDream Inc. today granted Merck a non-exclusive licence to PDPS.\n\n"
            "Merck becomes the latest large drug maker to take a PDPS licence, following Bristol-Myers "
            "Squibb, Novartis, Eli Lilly and Genentech.",
            "PeptiDream grants Merck a non-exclusive licence to its PDPS platform.",
        )
    )
    assert c.partners == ("Merck",)


def test_a_firm_named_farma_is_a_firm() -> None:
    c = classify(
        _release(
            "Verdanza licenses Latin American rights to psoriasis drug from Dutch firm Kloosterman Bio",
            "MEXICO CITY -- Verdanza Farma has signed an exclusive licence agreement with Kloosterman Bio "
            "for KB-23.",
        )
    )
    assert c.company == "Verdanza Farma"
    assert c.partners == ("Kloosterman Bio",)


def test_a_region_s_adjective_and_a_trial_named_elsewhere_are_no_firms() -> None:
    c = classify(
        _release(
            "Lanting licenses LT-3021 to Carraway",
            "SHANGHAI -- Lanting Biotech has out-licensed rights to LT-3021 to Carraway Pharma, adding to a "
            "run of assets picked up by Western drugmakers this year.",
        )
    )
    assert c.partners == ("Carraway Pharma",)
    body = (
        "GHENT, Belgium -- Vantorre Pharma NV today announced that the first patient has been dosed in "
        "TRELLIS, a global Phase 3 study of VP-7720.\n\n"
        "VP-7720 was in-licensed from Kelsing Biotherapeutics, Inc. in 2020. The start of TRELLIS triggers a "
        "milestone payment from Vantorre to Kelsing under that agreement."
    )
    trial = classify(_release("Vantorre Doses First Patient in Phase 3 TRELLIS Study of VP-7720", body))
    assert trial.events == (EventType.MILESTONE,)
    assert trial.partners == ("Kelsing Biotherapeutics",)


def test_two_units_of_one_parent_today_are_two_firms() -> None:
    assert not same_org("Celgene", "Juno Therapeutics")  # both Bristol Myers Squibb's since 2019
    assert same_org("Celgene", "BMS")
    assert same_org("Janssen", "J&J")
    assert same_org("Janssen Biotech", "Janssen Pharmaceutical Companies of Johnson & Johnson")


def test_a_founder_s_initial_is_no_part_of_the_short_name() -> None:
    # and a well-known group's legal name is the name people use
    assert short_name("F. Hoffmann-La Roche Ltd") == "Roche"
    assert short_name("H. Lundbeck A/S") == "Lundbeck"
    assert short_name("U.S. Bancorp") == "U.S. Bancorp"
    # but an initial that opens a longer name is part of it
    assert short_name("D. Western Therapeutics Institute, Inc.") == "D. Western Therapeutics Institute"


def test_alternext_is_an_exchange_and_oslo_bors_is_ose() -> None:
    assert find_tickers(["Cellectis (Alternext: ALCLS; Nasdaq: CLLS)"]) == ("ALTERNEXT:ALCLS", "NASDAQ:CLLS")
    assert find_tickers(["Nordvik Genomics ASA (Oslo Bors: NRVK)"]) == ("OSE:NRVK",)
    assert find_tickers(["whose shares trade on Nasdaq First North (First North: NORDV)"]) == (
        "FIRSTNORTH:NORDV",
    )
    assert find_tickers(["Laboratorios Andoria (B3: ANDR3)"]) == ("B3:ANDR3",)
    assert find_tickers(["Halvard Biologics ASA (Oslo: HALV)"]) == ("OSLO:HALV",)
    # the exchange written out is the one its code names: one listing, read once
    assert find_tickers(
        ["Fjell ASA (OSE: FJELL). Its shares are listed on the Oslo Stock Exchange under the ticker FJELL"]
    ) == ("OSE:FJELL",)
    assert find_tickers(["Hansoh Pharmaceutical Group Company Limited (Stock Code: 3692)"]) == ("HKEX:3692",)


def test_the_parent_in_an_apposition_is_no_second_party() -> None:
    c = classify(
        _release(
            "Seattle Genetics and Millennium sign ADC deal",
            "BOTHELL -- Seattle Genetics, Inc. today announced that Millennium Pharmaceuticals, Inc., "
            "the Takeda oncology company, "
            "gains exclusive rights to commercialize brentuximab vedotin outside the US.",
        )
    )
    assert c.partners == ("Millennium Pharmaceuticals",)


def test_an_asian_code_in_brackets_needs_no_colon() -> None:
    assert find_tickers(['Nxera Pharma Co., Ltd. ("Nxera" or "the Company"; TSE 4565) today announces']) == (
        "TSE:4565",
    )
    assert find_tickers(["the TSE 4565 index fell"]) == ()


def test_a_tokyo_notice_header_gives_its_code() -> None:
    assert find_tickers(["(Code: 4582, Tokyo Stock Exchange JASDAQ Market)"]) == ("TSE:4582",)
    assert find_tickers(["(Code: 297A, TSE Growth Market)"]) == ("TSE:297A",)
    assert find_tickers(["(TSE Growth Code: 4592)"]) == ("TSE:4592",)
    assert find_tickers(["(Securities Code: 4568, TSE Prime)"]) == ("TSE:4568",)
    assert find_tickers(["(Securities code: 4621; TSE Growth)"]) == ("TSE:4621",)
    assert find_tickers(['(Headquarters: Chuo-ku, Tokyo; TSE Prime: 4598; "Kiyomizu")']) == ("TSE:4598",)
    assert find_tickers(["Astellas (Tokyo Stock Exchange: 4503)"]) == ("TSE:4503",)
    # a product's code is no listing
    assert find_tickers(["(development code: SB623)"]) == ()


def test_a_name_ends_where_its_sentence_ends() -> None:
    names = [s.name for s in names_in("from its licensee Kestrane Pharma. The milestone was triggered")]
    assert names == ["Kestrane Pharma"]
    assert [s.name for s in names_in("Acme Corp. Beta Bio")] != ["Acme Corp"]  # an abbreviation is no end


def test_firms_named_with_the_industry_word_first() -> None:
    index = OrgIndex(["Farmacéutica Solana will sell Quarry Bio's antifungal in Mexico."])
    assert index.is_org("Farmacéutica Solana")
    assert not OrgIndex(["Laboratorios of the region were visited."]).is_org("Laboratorios")


def _licence(title: str, body: str, *, summary: str = "", published: datetime | None = None) -> Entry:
    return Entry(wire="", native_id="p", url="", title=title, summary=summary, body=body, published=published)


def test_university_licensors_are_partners() -> None:
    c = classify(
        _licence(
            "Quellenhof AG in-licenses bispecific platform from University of Carrickmore",
            "ZUG, Switzerland -- Quellenhof AG (SIX: QLNH) has taken an exclusive worldwide licence to the "
            "University of Carrickmore's T-cell engager platform, paying CHF 2 million upfront.",
        )
    )
    assert "University of Carrickmore" in c.partners


def test_foundations_and_hospitals_named_in_their_own_language_are_partners() -> None:
    c = classify(
        _licence(
            "Corrach Bio, Fondazione Velluto and Ospedale Santa Brigida Sign Exclusive License",
            "LONDON and MILAN -- Corrach Bio Ltd, Fondazione Velluto and Ospedale Santa Brigida today "
            "announced that Corrach has been granted an exclusive worldwide license to a gene therapy.",
        )
    )
    assert set(c.partners) == {"Fondazione Velluto", "Ospedale Santa Brigida"}
    # the words open a name only with a name after them
    assert not OrgIndex(["The Fondazione was founded in 1990."]).is_org("Fondazione")


def test_the_licensor_upstream_of_a_sublicence_is_no_partner() -> None:
    c = classify(
        _licence(
            "Bellhaven Biosciences grants sublicense to Ochil Therapeutics",
            "OXFORD -- Bellhaven Biosciences Ltd today announced that it has granted Ochil Therapeutics Ltd "
            "a sublicence to its base-editing platform, which Bellhaven licenses from the University of "
            "Kelvinside.",
        )
    )
    assert c.partners == ("Ochil Therapeutics",)


def test_the_owner_of_the_patents_a_sublicence_is_granted_under_is_no_partner() -> None:
    c = classify(
        _licence(
            "Bellhaven Biosciences grants European sublicence of BB-210 to Ochil Therapeutics",
            "Bellhaven holds worldwide rights to BB-210 under a 2017 license agreement with the Kelvinside "
            "Research Institute.",
            summary="Bellhaven Biosciences Ltd granted Ochil Therapeutics GmbH an exclusive sublicense under "
            "the Kelvinside patents to develop and commercialize BB-210 in Europe.",
            published=datetime(2023, 11, 6, tzinfo=UTC),
        )
    )
    assert c.partners == ("Ochil Therapeutics",)


def test_the_licensor_a_sublicence_is_granted_under_is_no_partner() -> None:
    c = classify(
        _licence(
            "Bellhaven Biosciences grants Greater China sublicense for BB-210 to Ochil Therapeutics",
            "Bellhaven sublicenses exclusive Greater China rights to BB-210 to Ochil Therapeutics for $12 "
            "million upfront. Bellhaven holds worldwide rights to BB-210 outside Japan under a 2020 license "
            "from Kelvinside Pharmaceutical Co., Ltd., and the sublicense is granted under those rights.",
            published=datetime(2024, 6, 24, tzinfo=UTC),
        )
    )
    assert c.partners == ("Ochil Therapeutics",)
    # beside a milestone the licensor is the one paid under it
    c = classify(
        _licence(
            "Bellhaven Biosciences pays $750,000 milestone to Kelvinside Pharmaceutical",
            "FDA clearance of the IND for BB-210 achieves the first development milestone under its 2020 "
            "license from Kelvinside Pharmaceutical Co., Ltd., and Bellhaven will pay $750,000.",
            published=datetime(2024, 6, 24, tzinfo=UTC),
        )
    )
    assert EventType.MILESTONE in c.events
    assert c.partners == ("Kelvinside Pharmaceutical",)


def test_the_holder_of_territories_left_out_is_no_partner() -> None:
    c = classify(
        _licence(
            "Orion Bio and Kestrel Pharma sign exclusive license for OB-7",
            "VANCOUVER -- Orion Bio Inc. has granted Kestrel Pharma plc an exclusive license to OB-7 in all "
            "territories except the Asia/Pacific territories previously licensed by Orion Bio to Tiber Bio, "
            "Ltd.",
            summary="Kestrel obtains rights to OB-7 in the U.S. and Europe, outside Tiber Bio's Asia/Pacific "
            "region.",
        )
    )
    assert c.partners == ("Kestrel Pharma",)


def test_an_agreement_defined_by_a_short_name_is_no_partner() -> None:
    c = classify(
        _licence(
            "Orion Bio 8-K: amended and restated agreement with Kestrel Pharma",
            'Item 1.01. On April 16, 2021, Orion Bio AG (the "Company") entered into an Amended and Restated '
            'Joint Development and Commercialization Agreement (the "A&R JDCA") with Kestrel Pharma '
            "Incorporated, under which Kestrel receives an exclusive license to OB-7.\n\n"
            "Under the A&R JDCA, Kestrel will lead development and commercialization of OB-7.",
        )
    )
    assert c.partners == ("Kestrel Pharma",)


def test_the_firm_a_filing_defines_as_the_company_is_never_its_partner() -> None:
    body = (
        'HONG KONG -- The board of Tayvale Pharmaceutical Group Limited (the "Company", HKEX: 1093) '
        "announces that Tayvale Zhongqi Pharmaceutical Technology Co., Ltd., a wholly-owned subsidiary of "
        "the Company, has entered into an exclusive licence agreement with Kestrel Pharma AB for TV-9."
    )
    c = classify(_licence("Tayvale Announces Exclusive Licence Agreement with Kestrel Pharma for TV-9", body))
    assert c.partners == ("Kestrel Pharma",)
    # read with the unit as the company, the group the filing defines as "the Company" is still no partner
    doc = read_document(title="", summary="", body=body, published=None)
    index = OrgIndex([body])
    assert index.issuers == ("Tayvale Pharmaceutical",)
    found = partners_of({EventType.LICENSING: doc.sentences}, index, company="Tayvale Zhongqi Pharmaceutical")
    assert found == ("Kestrel Pharma",)


def test_a_nationality_a_town_and_a_target_are_no_partners() -> None:
    c = classify(
        _licence(
            "Tenryu Pharma pays 25 million pounds upfront for Calder Bio's asthma antibody",
            "TOKYO -- Tokyo-based Tenryu Pharmaceutical has licensed worldwide rights to CLD-9, an antibody "
            "developed by Cambridge, UK start-up Calder Bio, granting Spanish dermatology specialist "
            "Almirall S.A. rights in Spain, for patients with KRAS-mutant solid tumours.",
        )
    )
    assert "Cambridge" not in c.partners
    assert "Spanish" not in c.partners
    assert "KRAS-mutant" not in c.partners
    assert is_excluded("UK Medicines")  # "the UK Medicines and Healthcare products Regulatory Agency"
    # a town named with its state, as trade stories describe a firm
    state = classify(
        _licence(
            "Roche pays $1.15 billion upfront for ex-US rights to Sarepta's gene therapy",
            "Roche has bought the rights to sell Sarepta Therapeutics' gene therapy outside the US, paying "
            "$1.15 billion up front in a deal worth up to $2.85 billion to the Cambridge, Massachusetts, "
            "company.",
        )
    )
    assert "Cambridge" not in state.partners
    young = classify(
        _licence(
            "Bellwood Secures Exclusive Licence to Kingsmere Institute's AAV Capsids",
            "Edinburgh start-up Bellwood Neurotherapeutics has taken an exclusive worldwide licence to AAV "
            "capsids from the Kingsmere Institute for Neuroscience.",
        )
    )
    assert "Edinburgh" not in young.partners
    assert "Sarepta Therapeutics" in state.partners


def test_a_cancer_centre_named_in_full_is_a_licensor_and_its_first_word_alone_no_firm() -> None:
    c = classify(
        _licence(
            "Orion Bio Announces FDA Clearance of IND for OB-102; Clearance Triggers Payment to City of Hope",
            "NEW YORK -- The FDA has cleared Orion Bio's IND for OB-102, a CAR T therapy licensed from City "
            "of Hope, and Orion Bio owes City of Hope a $250,000 milestone.",
        )
    )
    assert c.partners == ("City of Hope",)
    index = OrgIndex(["Acme Licenses Antibody for Cancer From Pfizer in the City"])
    assert index.display("Cancer") is None
    assert index.display("City") is None


def test_a_short_name_the_text_defines_is_not_split_into_two_firms() -> None:
    c = classify(
        _licence(
            "Notice Regarding Conclusion of License Agreement with Kestrel Biosciences",
            'Company name: Orion Group Corporation ("Orion Heptares"; TSE: 4565)\n\n'
            "Orion Heptares grants Kestrel Biosciences rights to its muscarinic agonists for US$100 million "
            "upfront.",
        )
    )
    assert c.partners == ("Kestrel Biosciences",)


def test_names_the_wider_world_writes() -> None:
    assert find_tickers(["Crisalide S.p.A. (Euronext Milan: CBM)"]) == ("EURONEXTMILAN:CBM",)
    assert [s.name for s in names_in("licensed to Østberg Pharma in Norway")] == ["Østberg Pharma"]
    c = classify(
        _licence(
            "Heliodor Biosciences licenses HLD-7 to Calanque Pharma",
            "BOSTON -- Heliodor Biosciences, Inc. entered into an exclusive license agreement with Calanque "
            'Pharma SAS ("Calanque"), under which it granted Calanque an exclusive license to HLD-7.',
        )
    )
    assert c.partners == ("Calanque Pharma",)
    c = classify(
        _licence(
            "Quiberon Pharma licenses antibody from Oyashio Bio Korea, a Subsidiary of Oyashio Biologics",
            "RALEIGH -- Quiberon Pharma, Inc. today announced an exclusive licence agreement with "
            "Oyashio Bio Korea Co., Ltd. for OBK-38.",
        )
    )
    assert "Subsidiary of Oyashio Biologics" not in c.partners


def test_a_trial_named_in_capitals_is_no_partner() -> None:
    c = classify(
        _licence(
            "Arrowhead receives $30 million milestone payment from GSK",
            "PASADENA -- Arrowhead Pharmaceuticals, Inc. today announced that it has received a $30 million "
            "milestone payment from GSK, triggered by the dosing of the first patient in HORIZON, a Phase 2b "
            "clinical study of GSK4532990.",
        )
    )
    assert c.partners == ("GSK",)


def test_a_country_opening_a_firm_s_legal_name_is_part_of_it() -> None:
    names = [s.name for s in names_in("Keryx said Japan Tobacco Inc. and Torii will pay")]
    assert names == ["Keryx", "Japan Tobacco", "Torii"]
    c = classify(
        _release(
            "IGC Receives No Objection Letter from Health Canada",
            "POTOMAC, Md. -- India Globalization Capital, Inc. (NYSE American: IGC) today announced that it "
            "has received a no objection letter from Health Canada for its Phase 2 trial of IGC-AD1.",
        )
    )
    assert c.company == "India Globalization Capital"
    # a country before a name without a legal suffix is where the firm is, not its name
    assert [s.name for s in names_in("China Hansoh said")] == ["Hansoh"]


def test_a_firm_s_alias_that_looks_like_a_code_is_a_partner() -> None:
    body = (
        "NEW YORK -- Keryx Biopharmaceuticals, Inc. (NASDAQ: KERX) said its Japanese partner, Japan "
        'Tobacco Inc. ("JT"), has received marketing approval of ferric citrate. Under the license '
        "agreement with JT, Keryx will receive a payment of $10 million for the achievement of the "
        "approval milestone."
    )
    c = classify(_release("Keryx Receives $10 Million Milestone Payment", body))
    assert c.partners == ("Japan Tobacco",)
    # a code no firm was given as its name stays no party
    code = body.replace(' ("JT")', "").replace("with JT,", "with Torii for JT,")
    assert "JT" not in classify(_release("Keryx Receives $10 Million Milestone Payment", code)).partners


def test_a_well_known_group_keeps_the_name_it_is_known_by() -> None:
    c = classify(
        _release(
            "Zealand Pharma and Roche Enter License Agreement for Petrelintide",
            "COPENHAGEN -- Zealand Pharma A/S (Nasdaq Copenhagen: ZEAL) today announced an exclusive license "
            "agreement with F. Hoffmann-La Roche Ltd (SIX: RO) for petrelintide. Roche will pay Zealand "
            "$1.4 billion upfront.",
        )
    )
    assert c.partners == ("Roche",)
    # a fuller name that starts with the short one is still kept whole
    full = classify(
        _release(
            "Zealand Pharma and Gilead Enter License Agreement for Petrelintide",
            "COPENHAGEN -- Zealand Pharma A/S (Nasdaq Copenhagen: ZEAL) today announced an exclusive license "
            "agreement with Gilead Sciences, Inc. for petrelintide. Gilead will pay Zealand $1.4 billion "
            "upfront.",
        )
    )
    assert full.partners == ("Gilead Sciences",)


def test_a_firm_in_capitals_or_with_a_possessive_is_read_by_the_ticker_after_it() -> None:
    xoma = classify(
        _release(
            "XOMA earns $2 million as Takeda doses first patient in Phase 2 study",
            "",
            summary="XOMA (NASDAQ: XOMA) has earned a $2 million milestone from Takeda now that the first "
            "patient has been dosed.",
        )
    )
    assert (xoma.company, xoma.partners) == ("XOMA", ("Takeda",))
    sosei = classify(
        _release(
            "Sosei Heptares licenses muscarinic agonists to Neurocrine for $100 million upfront",
            "",
            summary="Neurocrine Biosciences (Nasdaq: NBIX) gains exclusive rights to Sosei Heptares' "
            "(TSE: 4565) muscarinic agonists for $100 million upfront.",
        )
    )
    assert sosei.company == "Sosei Heptares"
    # a legal suffix before a ticker is still no firm of its own
    assert (
        "AG"
        not in classify(
            _release(
                "Orion Bio licenses OB-7 to Kestrel",
                "BASEL -- Orion Bio AG (SIX: ORIO) today granted Kestrel Pharma Ltd exclusive rights to "
                "OB-7.",
            )
        ).partners
    )


def test_a_known_name_keeps_the_word_that_opens_it() -> None:
    assert [s.name for s in names_in("a licence agreement with MD Anderson to develop")] == ["MD Anderson"]
    assert [s.name for s in names_in("milestone payable to Dr. Reddy's under the agreement")] == ["Dr. Reddy"]
    # a title before a person's name still goes
    assert [s.name for s in names_in("Dr. Smith said")] == ["Smith"]


@pytest.mark.parametrize(
    ("title", "about"),
    [
        # the product's own About section says what it is
        (
            "Sesen Bio and Qilu Pharmaceutical Announce Approval of IND Application in China for Vicineum",
            "About Vicineum\nVicineum is a locally administered fusion protein that targets EpCAM.",
        ),
        # the text writes the product in small letters elsewhere
        (
            "Kazia Licenses Rights in Greater China to Qilu Pharmaceutical for Paxalisib",
            "About Paxalisib\nThe brain-penetrant paxalisib was licensed from Genentech in 2016.",
        ),
    ],
)
def test_a_product_with_an_about_section_of_its_own_is_no_party(title: str, about: str) -> None:
    c = classify(
        _release(
            title,
            "BOSTON, March 22, 2021 -- Sesen Bio (Nasdaq: SESN) today announced that the IND application for "
            f"{title.split()[-1]} submitted by Qilu Pharmaceutical Co., Ltd. was approved and that Qilu "
            "Pharmaceutical Co., Ltd. obtained an exclusive license to develop and sell it in China.\n\n"
            f"{about}\n\nAbout Sesen Bio\nSesen Bio is a late-stage clinical company.",
        )
    )
    assert c.partners == ("Qilu Pharmaceutical",)


@pytest.mark.parametrize(
    "about",
    [
        "About Kelun-Biotech\nKelun-Biotech is the innovative drug arm of the Kelun Group.",
        "About Halcyra\nHalcyra develops gene therapies. Contact: ir@halcyra.com, www.halcyra.com",
        "About Halcyra\nHalcyra is a clinical-stage biotechnology company developing gene therapies.",
    ],
)
def test_a_firm_whose_about_section_speaks_of_drugs_or_gives_its_address_is_still_a_firm(about: str) -> None:
    name = about.split("\n")[0].removeprefix("About ")
    c = classify(
        _release(
            f"{name} Grants Kestrel Pharma Exclusive License to Its Lead Program",
            f"BOSTON -- {name} today granted Kestrel Pharma Ltd an exclusive license to its lead program.\n\n"
            f"{about}",
        )
    )
    assert c.company == name


def test_the_company_s_parent_is_no_counterparty() -> None:
    c = classify(
        _release(
            "Legend Biotech, a Subsidiary of GenScript, Signs License Agreement with Janssen",
            "NANJING, China -- Legend Biotech USA Inc. and Legend Biotech Ireland Limited (together, "
            '"Legend Biotech"), subsidiaries of GenScript Biotech Corporation (HKEX: 1548), today announced '
            "that they have signed a worldwide license agreement with Janssen Biotech, Inc.\n\n"
            "About Legend Biotech\nLegend Biotech develops cell therapies.",
        )
    )
    assert c.partners == ("Janssen Biotech",)


def test_a_former_name_of_a_party_is_no_second_party() -> None:
    c = classify(
        _release(
            "Nxera Pharma to Receive US$35 Million Milestone from Neurocrine Biosciences",
            "TOKYO -- Nxera Pharma Co., Ltd. (TSE: 4565), formerly known as Sosei Group Corporation, "
            "announces that it will receive a US$35 million milestone payment from Neurocrine Biosciences, "
            "Inc., triggered by the completion of a Phase 2 trial.",
            summary="The completion triggers a US$35 million milestone payment to Nxera Pharma, formerly "
            "Sosei Heptares, from Neurocrine Biosciences.",
        )
    )
    assert c.partners == ("Neurocrine Biosciences",)


def test_a_meeting_and_the_company_s_town_are_no_counterparties() -> None:
    c = classify(
        _release(
            "Brightlake Bio grants Vantor Pharma global rights to BLK-901",
            "Vancouver's Brightlake Bio Inc. (NASDAQ: BRLK) granted Vantor Pharma Inc. an exclusive global "
            "license to BLK-901 in a deal worth up to $1.45 billion, the companies said as the J.P. Morgan "
            "Healthcare Conference opened in San Francisco.",
        )
    )
    assert c.partners == ("Vantor Pharma",)


def test_the_company_s_name_with_one_letter_misread_is_no_counterparty() -> None:
    c = classify(
        _release(
            "Fyrholm Bio receives DKK 75 million milestone from Kestrel Pharmaceuticals",
            "COPENHAGEN -- Fyrholm Bio A/S today announced a development milestone payment of DKK 75 million "
            "from Kestrel Pharmaceuticals, Inc. to Fyrhoim, triggered by the trial approval.",
        )
    )
    assert c.partners == ("Kestrel Pharmaceuticals",)
    assert _misread("Fyrhoim", "Fyrholm Bio")
    assert not _misread("Acne", "Acme Bio")  # a short name one letter apart may be another firm
    assert not _misread("Fyrholm", "Fyrholm Bio")  # the name itself is matched elsewhere


def test_an_about_section_for_a_drug_discovery_company_names_a_firm_not_a_product() -> None:
    c = classify(
        _release(
            "Coralin Therapeutics receives A$1.5 million milestone as Kaimai Pharma notifies CTN",
            "MELBOURNE, Australia, 14 March 2024 -- Coralin Therapeutics Limited (ASX: CRL) is pleased to "
            "advise that its licensee, Kaimai Pharma Inc. (NASDAQ: KMAI), has submitted a Clinical Trial "
            "Notification, which entitles Coralin to a milestone payment of A$1.5 million.\n\n"
            "About Coralin Therapeutics\nCoralin Therapeutics is an ASX-listed drug discovery company based "
            "in Melbourne.\n\nAbout Kaimai Pharma\nKaimai Pharma is a clinical-stage biopharmaceutical "
            "company.",
        )
    )
    assert c.company == "Coralin Therapeutics"
    assert c.partners == ("Kaimai Pharma",)


def test_the_jurisdiction_a_partner_is_organised_in_is_no_partner() -> None:
    c = classify(
        _release(
            "Ashgrove Neuroscience 8-K: exclusive license from Temperley Bio",
            'On June 17, 2024, Ashgrove Neuroscience, Inc. (the "Company") entered into an Exclusive License '
            "Agreement with Temperley Bio Ltd., a private company organized under the laws of England and "
            'Wales ("Temperley").',
        )
    )
    assert c.partners == ("Temperley Bio",)
    assert all(is_excluded(n) for n in ("Wales", "England", "Delaware", "Ontario"))


def test_an_about_section_written_small_for_a_drug_names_no_partner() -> None:
    c = classify(
        _release(
            "Innate Pharma Receives $50 Million Milestone from AstraZeneca as Monalizumab Trial Doses",
            "MARSEILLE, France -- Innate Pharma SA (Euronext Paris: IPH) announced today that it will "
            "receive a milestone payment of $50 million from AstraZeneca following dosing of the first "
            "patient in a Phase 3 trial of monalizumab.\n\nAbout monalizumab\nMonalizumab is a potentially "
            "first-in-class immune checkpoint inhibitor targeting NKG2A receptors.",
        )
    )
    assert c.partners == ("AstraZeneca",)


def test_a_capitalised_word_before_a_plain_noun_is_no_partner() -> None:
    c = classify(
        _release(
            "Ormand Biosciences and Belgrave Pharmaceuticals Enter Multi-Target Licence",
            "BOSTON -- Ormand Biosciences, Inc. (Nasdaq: ORMD) today announced an exclusive license "
            "agreement with Belgrave Pharmaceuticals, Inc. (NYSE: BGRV). Belgrave receives exclusive "
            "worldwide licenses to the resulting products and will be responsible for development from "
            "IND-enabling studies onward.",
        )
    )
    assert c.partners == ("Belgrave Pharmaceuticals",)


def test_an_about_section_for_a_brand_with_its_generic_name_names_a_product() -> None:
    c = classify(
        _release(
            "Gantrisch Pharma Earns USD 12.5 Million Sales Milestone From Wexford on Solvaro Performance",
            "ZUG -- Gantrisch Pharma AG (SIX: GNTR) said U.S. net sales of the antifungal Solvaro passed "
            "the threshold, triggering a USD 12.5 million milestone payment from Wexford "
            "Pharmaceuticals Inc.\n\nAbout Solvaro\nSolvaro (fosvorizole) is an intravenous and oral "
            "azole antifungal.",
        )
    )
    assert c.partners == ("Wexford Pharmaceuticals",)
    spliced = classify(
        _release(
            "Pinecrest Biologics sublicenses Chinese rights to PCB-77 to Hangzhou Ruiyuan",
            "SHANGHAI -- Pinecrest Biologics (HKEX: 2671) has sublicensed mainland China rights to its "
            "T-cell engaging bispecific antibody PCB-77 to Hangzhou Ruiyuan Pharmaceutical Co., Ltd.",
        )
    )
    assert spliced.partners == ("Hangzhou Ruiyuan Pharmaceutical",)


def test_a_hong_kong_announcement_names_its_issuer_after_the_exchange_s_disclaimer() -> None:
    c = classify(
        _release(
            "Voluntary Announcement: Termination of License Agreement with Andover Biotherapeutics",
            "Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no "
            "responsibility for the contents of this announcement, make no representation as to its accuracy "
            "or completeness.\n\nHUAXIN ONCOLOGY HOLDINGS LIMITED\n\nThis announcement is made by Huaxin "
            'Oncology Holdings Limited (HKEX: 6618) (the "Company") on a voluntary basis. The Company has '
            'terminated its exclusive license agreement with Andover Biotherapeutics, Inc. ("Andover").',
        )
    )
    assert c.company == "Huaxin Oncology"
    assert c.partners == ("Andover Biotherapeutics",)


def test_an_exchange_letter_names_its_issuer_where_the_text_defines_the_company_listed_twice() -> None:
    c = classify(
        _release(
            "Varkala Pharmaceuticals: Disclosure under Regulation 30 - Agreement with Helmholt Biotech AG",
            "To,\nBSE Limited National Stock Exchange of India Limited\nScrip Code: 532917 Symbol: VARKPH\n\n"
            "Dear Sir/Madam,\n\nWe wish to inform you that Varkala Pharmaceuticals Limited (BSE: 532917; "
            'NSE: VARKPH) (the "Company") has executed an agreement with Helmholt Biotech AG, whereby '
            "Helmholt has conferred on the Company the sole and exclusive right to import, register and "
            "market olvafungin in India.",
        )
    )
    assert c.company == "Varkala Pharmaceuticals"
    assert c.partners == ("Helmholt Biotech",)


def test_a_unit_and_its_parent_named_in_full_are_one_party() -> None:
    assert same_org("Kite Pharma", "Gilead Sciences")
    assert not same_org("Kite Pharma", "Amgen")


def test_a_dateline_with_the_wire_named_in_two_words_names_no_partner() -> None:
    c = classify(
        _release(
            "Halcyra Bio and Qilin Biopharma sign exclusive license agreement for HX-11",
            "BOSTON and SHANGHAI, Sept. 9, 2024 (PR Newswire) -- Halcyra Bio, Inc. (Nasdaq: HLCB) today "
            "announced an exclusive license agreement with Qilin Biopharma Co., Ltd. for HX-11.",
        )
    )
    assert c.partners == ("Qilin Biopharma",)


def test_a_firm_named_by_its_role_in_a_headline_is_read_without_the_words_before() -> None:
    names = [n.name for n in names_in("Orvella Comments on FDA Clinical Hold of Partner Kestrin Bio's IND")]
    assert "Kestrin Bio" in names
    assert [n.name for n in names_in("licensed from the University of Oxford")] == ["University of Oxford"]


def test_a_company_whose_spaces_damage_took_is_named_as_the_text_writes_it_whole() -> None:
    c = classify(
        _release(
            "BrackwaterBio(ASX:BWB)notifiesCTN for first-in-human BWB-12 study in Australia",
            "",
            summary="Brackwater Bio(ASX: BWB) said its Clinical Trial Notification for BWB-12 has been "
            "acknowledged by the Therapeutic Goods Administration.",
        )
    )
    assert c.company == "Brackwater Bio"


def test_a_japanese_firm_named_shinyaku_is_a_firm() -> None:
    c = classify(
        _release(
            "Tokai Shinyaku exercises Japan option on Verdance Bio's VB-220",
            "",
            summary="Tokai Shinyaku has exercised its option to an exclusive Japanese licence for Verdance "
            "Bio's (NASDAQ: VRDB) antibody VB-220.",
        )
    )
    assert c.company == "Tokai Shinyaku"


def test_the_company_s_own_name_damaged_by_a_scan_is_no_partner() -> None:
    c = classify(
        _release(
            "Telix Pharmaceuticals and Kestrel Pharma announce a licence for Greater China",
            'MELBOURNE, Australia -- Te1ix Pharmaceuticals Limited (ASX: TLX, "Telix") announces that it has '
            "entered into an exclusive licence agreement with Kestrel Pharma Ltd for TLX591 in Greater "
            "China.",
        )
    )
    assert c.partners == ("Kestrel Pharma",)


def test_words_that_describe_a_thing_or_name_a_regulator_s_part_are_no_firm() -> None:
    assert is_excluded("Molecularly-Targeted Radiation")
    assert is_excluded("Food")  # "Food and Drug Administration", cut at "and"
    assert is_excluded("Distribution")  # "Wanbang Pharmaceutical Marketing and Distribution Co., Ltd."
    assert not is_excluded("Eli Lilly")
    assert not is_excluded("Lilly")


def test_a_headline_s_subject_that_banks_money_is_the_company_before_a_partner_the_lead_lists() -> None:
    c = classify(
        Entry(
            wire="",
            native_id="r",
            url="",
            title="Sosei Heptares banks another $5m as third Pfizer-picked GPCR drug reaches volunteers",
            summary="Pfizer has dosed the first subject with PF-07258669, and the dosing releases a $5 "
            "million payment to the Tokyo-based group.",
            body="CAMBRIDGE, England -- Another cheque is on its way from New York to Sosei Heptares. The "
            "Japanese-British drug designer (TSE: 4565) said on Wednesday that it had been told by Pfizer "
            "(NYSE: PFE) that a first human subject had received PF-07258669.",
        )
    )
    assert c.company == "Sosei Heptares"


def test_a_periodic_report_s_headline_names_its_issuer_first() -> None:
    c = classify(
        _release(
            "Quillmere Pharma interim report H1 2025: Kessler starts Phase 2b of QP-7, triggering "
            "EUR 8 million milestone",
            "Company announcement no. 27/2025\nInterim report for the period 1 January - 30 June 2025\n\n"
            "Copenhagen, 21 August 2025 -- The Board of Directors has today approved the interim report.\n\n"
            "In connection with this report, the company announces that its licensee Kessler Pharma GmbH has "
            "dosed the first patient in a Phase 2b study of QP-7. First patient dosing triggers a milestone "
            "payment of EUR 8 million from Kessler.",
        )
    )
    assert c.company == "Quillmere Pharma"


def test_a_name_in_lower_case_that_opens_with_a_digit_is_the_listed_company() -> None:
    c = classify(
        _release(
            "4D pharma jumps as FDA clears INDs for two Parkinson's live biotherapeutics",
            "LONDON -- Shares in 4D pharma plc (AIM: DDDD; Nasdaq: LBPS) rose 11% after the company said the "
            "U.S. Food and Drug Administration had cleared investigational new drug applications for "
            "MRx0005.",
        )
    )
    assert c.company == "4D pharma"


def test_a_partner_s_unit_it_acts_through_takes_no_party_away() -> None:
    c = classify(
        _release(
            "Orion Bio Announces License Agreement with Sanofi for OB-7",
            "BOSTON -- Orion Bio, Inc. (Nasdaq: ORBI) today announced a license agreement with Sanofi.\n\n"
            "Under the terms of the agreement, Orion Bio grants Sanofi, through its subsidiary Genzyme "
            "Corporation, an exclusive license to commercialize OB-7 outside the United States.",
        )
    )
    assert c.partners == ("Sanofi",)


def test_a_deal_between_a_partner_and_the_company_s_unit_keeps_the_partner() -> None:
    c = classify(
        _release(
            "Orion Bio 8-K: Jazz exercises option to continue OB-7 license",
            'On December 21, 2022, Orion Bio Inc. (the "Company") announced that Jazz Pharmaceuticals '
            'Ireland Limited ("Jazz") has exercised its option to continue the exclusive license granted '
            "under the License Agreement between Jazz and Orion Bio BC Inc., a wholly owned subsidiary of "
            "the Company.",
        )
    )
    assert c.partners == ("Jazz Pharmaceuticals Ireland",)


def test_rivals_and_the_company_s_owner_are_no_partners() -> None:
    c = classify(
        _release(
            "Orion-Bio licenses ex-China rights to ADC OB-264 to Merck for $47 million upfront",
            "Sichuan Orion Pharmaceutical (SZSE: 002422) said its biologics subsidiary Orion-Bio has signed "
            "an exclusive licence agreement with Merck & Co. (NYSE: MRK) covering OB-264.\n\n"
            "The agreement makes Orion-Bio the latest Chinese company to out-license an ADC, and it gives "
            "Merck an asset to compete with Gilead's Trodelvy and the AstraZeneca/Daiichi Sankyo candidate.",
        )
    )
    assert c.company == "Orion-Bio"
    assert c.partners == ("Merck",)


def test_a_drug_given_with_the_candidate_is_no_partner() -> None:
    c = classify(
        _release(
            "Orion Bio set to collect $50M from AstraZeneca as Phase 3 doses first patient",
            "Orion Bio (NASDAQ: ORBI) will receive a $50 million milestone payment from AstraZeneca after "
            "the first patient was dosed in the Phase 3 trial testing orionizumab with Imfinzi in lung "
            "cancer.",
        )
    )
    assert c.partners == ("AstraZeneca",)


def test_a_platform_named_with_capitals_inside_is_no_partner() -> None:
    c = classify(
        _release(
            "Orion Bio banks $10 million as FDA accepts Lilly's IND for RNAi candidate",
            "Orion Bio (Nasdaq: ORBI) has earned $10 million from its alliance with Eli Lilly (NYSE: LLY) "
            "after the FDA accepted Lilly's IND.\n\n"
            "FDA acceptance of Eli Lilly's IND for LY-9, the second candidate from its OrXC collaboration "
            "with Orion Bio, triggers a $10 million milestone payment to Orion Bio.\n\n"
            "The candidate is built on Orion Bio's OrXC platform.",
        )
    )
    assert c.partners == ("Eli Lilly",)


def test_a_unit_the_company_sold_is_no_partner() -> None:
    c = classify(
        _release(
            "Orion Bio collects $2.5M as FDA clears Helix's IND for eye drug OB-13",
            "FDA clearance of Helix Pharmaceuticals' IND for OB-13 triggers a US$2.5 million "
            "milestone payment to Orion Bio, which developed the drug before selling Kestrel Pharma "
            "to Helix in 2017.",
        )
    )
    assert c.partners == ("Helix Pharmaceuticals",)


def test_a_product_code_with_a_dotted_suffix_is_no_partner() -> None:
    c = classify(
        _release(
            "Orion Bio licenses cancer vaccines to Genentech",
            "OSLO -- Orion Bio AS has granted Genentech an exclusive worldwide licence to its "
            "vaccines, led by OB10.NEO, for USD 200 million in upfront and near-term payments.",
        )
    )
    assert c.partners == ("Genentech",)


def test_a_count_before_a_firm_s_name_is_not_part_of_it() -> None:
    c = classify(
        _release(
            "Gilead Exercises Options to Three Orion Biosciences Clinical-Stage Programs",
            "Gilead Sciences (Nasdaq: GILD) said it has exercised its options to three programmes of Orion "
            "Biosciences (NYSE: ORBI), which will receive $725 million.",
        )
    )
    assert c.partners == ("Orion Biosciences",)


def test_a_city_that_opens_a_well_known_group_s_name_is_no_partner() -> None:
    c = classify(
        _release(
            "Orion Bio licenses oral incretin to Harlow Therapeutics",
            "In the deal, Harlow Therapeutics, a Boston start-up backed by Cobalt Ventures, takes exclusive "
            "rights outside China to OB-402 for $60 million upfront. A Bristol, UK-based fund also invested.",
        )
    )
    assert c.partners == ("Harlow Therapeutics",)


def test_a_firm_whose_name_opens_with_a_place_is_named_whole() -> None:
    c = classify(
        _release(
            "Orion Bio's Partner Files NDA in Japan; Filing Triggers $7 Million Milestone Payment",
            "Orion Bio, Inc. (Nasdaq: ORBI) today announced that its Japanese partner, Japan Tobacco Inc. "
            "(JT), has filed a New Drug Application for OB-7 in Japan.\n\n"
            "Japan Tobacco has filed the application, entitling Orion Bio to a $7 million milestone payment.",
        )
    )
    assert c.partners == ("Japan Tobacco",)


def test_a_party_s_parent_named_with_a_possessive_and_the_issuer_s_own_unit_are_no_partners() -> None:
    c = classify(
        _release(
            "Kestrel Pharma licenses bispecific ADC from Orion Bio",
            "Kestrel Pharma (NYSE: KSP) has signed an exclusive license agreement with Orion Bio Inc., the "
            "U.S.-based arm of China's Sichuan Harbin Pharmaceutical Co., Ltd.",
        )
    )
    assert c.partners == ("Orion Bio",)
    c = classify(
        _release(
            "Regent Partners: Chinese Partner Submits IND, Triggering US$800,000 Milestone",
            'HONG KONG -- Regent Partners Limited (the "Company") announces that Jiangsu Wanbang has '
            "submitted an IND application to the NMPA, which triggers a milestone payment of US$800,000 to "
            "the Company's wholly-owned subsidiary Plethora Solutions Limited from Wanbang.",
        )
    )
    assert c.partners == ("Wanbang",)  # named without its city, as a short name


def test_what_a_headline_says_a_deal_is_for_is_no_partner() -> None:
    c = classify(
        _release(
            "Orion Bio Announces Strategic Collaboration and Licensing Agreement with Roche to Discover "
            "Novel Precision Oncology Medicines",
            "CAMBRIDGE, Mass. -- Orion Bio today announced a strategic collaboration and licensing agreement "
            "with Roche (SIX: ROG).",
        )
    )
    assert c.partners == ("Roche",)


def test_a_firm_named_with_its_suffix_and_country_is_read_whole_and_by_its_alias() -> None:
    text = (
        "Orion Pharma plc (AIM: ORP) announces that it has reached agreement with Kestrel Inc. of Canada "
        '("Kestrel") to return the UK and EU licensing rights to Xonvea.'
    )
    assert [n.name for n in names_in(text)] == ["Orion Pharma", "AIM", "ORP", "Kestrel", "Kestrel", "Xonvea"]
    assert OrgIndex([text]).aliases == {"kestrel": "Kestrel"}


def test_a_town_before_its_state_and_based_is_no_partner() -> None:
    c = classify(
        Entry(
            wire="",
            native_id="t",
            url="",
            title="Acme Pharma licenses Pellucid's PLC-88",
            summary="",
            body=(
                "BOSTON -- Acme Pharma Inc. has signed an exclusive worldwide licence to PLC-88, developed "
                "by "
                "Cambridge, Mass.-based Pellucid Therapeutics Inc. (NASDAQ: PLCD), for $70 million upfront."
            ),
        )
    )
    assert c.events == (EventType.LICENSING,)
    assert c.partners == ("Pellucid Therapeutics",)


def test_an_acronym_is_read_only_as_written_in_capitals() -> None:
    index = OrgIndex(["Daeyang Bi o Co., Ltd. (KOSDAQ: 298540) signed with BI and Vireo Pharmaceuticals"])
    assert index.display("BI") == "Boehringer Ingelheim"
    assert index.display("Bi") is None


def test_an_eu_programme_is_no_firm_and_antibodies_end_a_firm_s_name() -> None:
    assert is_excluded("Horizon Europe")
    c = classify(
        _release(
            "Halliwell Bio wins MHRA nod for first-in-human trial, owes Kestrel £2m milestone",
            "The UK regulator has accepted Halliwell Bio's clinical trial application for HWB-07, a step "
            "that "
            "triggers a £2 million milestone payment from Halliwell to its licensor, Kestrel Antibodies.",
        )
    )
    assert EventType.MILESTONE in c.events
    assert c.partners == ("Kestrel Antibodies",)


def test_a_university_named_by_its_board_is_named_by_itself() -> None:
    assert short_name("Trustees of Calloway University") == "Calloway University"
    assert short_name("The Regents of the University of California") == "University of California"
    assert short_name("President and Fellows of Harvard College") == "Harvard College"
    assert short_name("Trustees of the Estate") == "Trustees of the Estate"  # no university named


def test_a_shanghai_or_shenzhen_notice_names_its_exchange_in_the_label() -> None:
    assert find_tickers(["Stock code (SSE): 688487    Stock abbreviation: Qiantang Bio"]) == ("SSE:688487",)
    assert find_tickers(["Stock Code (SZSE): 002915"]) == ("SZSE:2915",)


def test_athens_and_jakarta_tickers_are_read() -> None:
    assert find_tickers(["Hellenic Medica S.A. (ATHEX: HMED), a distributor"]) == ("ATHEX:HMED",)
    assert find_tickers(["PT Nusantara Biofarma Tbk (IDX: NSBF) today signed"]) == ("IDX:NSBF",)


def test_a_xetra_ticker_written_etr_is_read_as_printed() -> None:
    assert find_tickers(["contract manufacturer Rhenfeld Biologics (ETR: RHB) will produce"]) == ("ETR:RHB",)


def test_a_mexican_legal_form_is_a_suffix_not_a_firm() -> None:
    # "S.A. de C.V." (and the listed "S.A.B. de C.V.") ends a Mexican firm's name; read apart, its capitals
    # would pass for a second firm
    text = 'The Company granted an exclusive sublicense to Marlow Dermatology S.A. de C.V. ("Marlow").'
    names = set(OrgIndex([text]).orgs.values())
    assert any(n.startswith("Marlow Dermatology") for n in names)
    assert not any(n.startswith("S.A") for n in names)
    assert short_name("Marlow Dermatology S.A. de C.V.") == "Marlow Dermatology"
    assert short_name("Grupo Vallemar, S.A.B. de C.V.") == "Grupo Vallemar"


def test_a_share_class_or_round_after_a_firm_s_name_is_no_part_of_it() -> None:
    names = [n.name for n in names_in("Meridale will receive shares of Averna Series B preferred stock")]
    assert "Averna" in names
    assert not any("Series" in n for n in names)
    assert [n.name for n in names_in("the Averna Series C2 round closed")] == ["Averna"]


def test_a_letter_opening_a_common_word_is_no_party() -> None:
    c = classify(
        _release(
            "Grenfell exercises option to license Calyra's CLY-804",
            "Calyra Bio today announced that Grenfell Pharma plc has exercised its option to obtain an "
            "exclusive worldwide licence to CLY-804, Calyra's bispecific antibody that combines FcRn "
            "blockade with B-cell depletion.",
        )
    )
    assert c.partners == ("Grenfell Pharma",)


def test_a_hyphenated_firm_is_a_name_and_joined_nations_are_none() -> None:
    assert [n.name for n in names_in("after licensee Kessler-Haun dosed the first patient")] == [
        "Kessler-Haun"
    ]
    assert [n.name for n in names_in("the Swiss-American group Orion Bio said")] == ["Orion Bio"]
    # the first half of a compound whose end comes after "and" is no name
    assert [n.name for n in names_in("a payment to the Tokyo- and Cambridge-based group")] == []


def test_a_place_named_for_the_firms_it_houses_is_no_firm() -> None:
    c = classify(
        _release(
            "Keystone Cellworks opens €40 million cell therapy plant in Leiden",
            "LEIDEN, Netherlands, May 14 -- Keystone Cellworks, a contract manufacturer for cell therapies, "
            "has opened a €40 million plant at the Leiden Bio Science Park, the company said on Tuesday.",
        )
    )
    assert c.company == "Keystone Cellworks"
    # the firm with the same words is one
    c = classify(
        _release(
            "Leiden Bio opens €40 million cell therapy plant",
            "LEIDEN, Netherlands, May 14 -- Leiden Bio has opened a €40 million plant, the company said.",
        )
    )
    assert c.company == "Leiden Bio"


def test_newco_before_a_name_says_what_the_firm_is() -> None:
    assert [n.name for n in names_in("grants rights to NewCo Harrowgate Bio in a transaction")] == [
        "Harrowgate Bio"
    ]
    assert [n.name for n in names_in("grants rights to Newco Therapeutics Inc. in a transaction")] == [
        "Newco Therapeutics"
    ]


def test_spanish_and_turkish_legal_forms_and_capitals() -> None:
    c = classify(
        _release(
            "Kessock Bio pays milestone to Biofármacos Garraf",
            "Dosing of the first patient triggers a development milestone under Kessock Bio's 2023 license "
            'agreement with Biofármacos Garraf, S.L. ("Garraf"); Kessock Bio will pay Garraf €3.5 million.',
        )
    )
    assert c.partners == ("Biofármacos Garraf",)
    c = classify(
        _release(
            "Thornbury Bio extends licence with Yıldırım İlaç",
            "Thornbury Bio has amended its exclusive licence with Yıldırım İlaç Sanayi ve Ticaret A.Ş. "
            '("Yıldırım") to add 14 countries; Yıldırım will pay $3 million upfront.',
        )
    )
    assert len(c.partners) == 1
    assert c.partners[0].startswith("Yıldırım İlaç")


def test_a_story_headline_told_from_a_filing_names_no_issuer_before_the_form() -> None:
    body = (
        "Marlowe Bio (Nasdaq: MRLW) can resume dosing its gene therapy after the FDA lifted a clinical hold, "
        "the company said in a Form 8-K filed on Thursday."
    )
    c = classify(_release("FDA lifts clinical hold on Marlowe Bio's gene therapy MRL-07, 8-K shows", body))
    assert c.company == "Marlowe Bio"
    c = classify(_release("Pieris files first quarterly report since its partner's exit", body))
    assert c.company != "Pieris files first"
    # a filing's own headline names its issuer first, in capitals or in small letters
    c = classify(_release("bluebird bio 8-K: FDA lifts clinical holds on LentiGlobin studies", body))
    assert c.company == "bluebird bio"


def test_a_partner_named_in_a_clause_about_money_did_not_file_the_application() -> None:
    body = (
        "MONTREAL -- Orion Bio Inc. today announced that Health Canada has issued a No Objection Letter for "
        "its clinical trial application for OB-7; a payment from partner Kestrel Pharma will fall due only "
        "when the first participant is dosed."
    )
    c = classify(_release("Orion Bio receives Health Canada No Objection Letter for OB-7", body))
    assert c.partners == ()
    # a partner named as the one who filed is a party
    filed = (
        body.replace(
            "for its clinical trial application",
            "for the clinical trial application filed by partner Kestrel Pharma",
        ).split(";")[0]
        + "."
    )
    assert classify(
        _release("Orion Bio receives Health Canada No Objection Letter for OB-7", filed)
    ).partners == ("Kestrel Pharma",)


def test_a_class_of_shares_bought_with_a_licence_is_no_party() -> None:
    body = (
        "Orion Bio Limited today announced that it has granted Kestrel Pharma an exclusive licence to OB-7 "
        "outside China for US$100 million upfront. On the same date, Kestrel agreed to subscribe for "
        "12,000,000 new H Shares at HK$19.50 per H Share, for an aggregate subscription price of HK$234 "
        "million."
    )
    c = classify(_release("Orion Bio grants Kestrel Pharma exclusive licence to OB-7", body))
    assert c.partners == ("Kestrel Pharma",)
    assert is_excluded("H Shares")
    assert is_excluded("Subscription Shares")
