"""Whole releases: events, evidence, amounts, and the traps keyword filters fall into."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from bot.classify import STAGES, classify
from bot.models import AmountKind, Entry, EventType

M, IND, L = EventType.MILESTONE, EventType.IND, EventType.LICENSING
WHEN = datetime(2025, 6, 1, tzinfo=UTC)


def _entry(title: str, summary: str = "", body: str = "", *, published: datetime = WHEN) -> Entry:
    return Entry(wire="", native_id="x", url="", title=title, summary=summary, body=body, published=published)


def test_seed_style_release_is_milestone_and_ind_with_background_licence() -> None:
    body = (
        "WALTHAM, Mass., June 1, 2025 (GLOBE NEWSWIRE) -- "
        "Zentra Bio, Inc. (Nasdaq: ZNTR) today announced that an "
        "Investigational New Drug (IND) application Amgen "
        "submitted for a compound using Zentra's platform is now "
        "active. This event triggers a $1 million milestone payment to Zentra.\n\n"
        "Amgen had licensed rights to the platform under an agreement established in 2004.\n\n"
        "About Zentra Bio, Inc.\nZentra Bio develops conjugates. Its partners include Amgen and Bayer."
    )
    c = classify(_entry("Zentra Bio Earns Milestone From Amgen With IND Achievement", body=body))
    assert c.events == (M, IND)
    assert c.company == "Zentra Bio"
    assert c.partners == ("Amgen",)
    assert [(a.value, a.currency, a.kind) for a in c.amounts] == [
        (Decimal(1_000_000), "USD", AmountKind.MILESTONE)
    ]
    assert all(e.rule and e.sentence for e in c.evidence)


def test_licence_terms_keep_total_and_parts_in_both_currencies() -> None:
    c = classify(
        _entry(
            "Orion Bio licenses OB-7 to Merck in deal worth up to $915 million",
            "Orion Bio grants Merck exclusive rights for $105 "
            "million (about 116 billion won) upfront and up to "
            "$810 million in milestones.",
        )
    )
    assert c.events == (L,)
    got = {(a.value, a.currency, a.kind) for a in c.amounts}
    assert (Decimal(105_000_000), "USD", AmountKind.UPFRONT) in got
    assert (Decimal(116_000_000_000), "KRW", AmountKind.UPFRONT) in got
    assert (Decimal(810_000_000), "USD", AmountKind.POTENTIAL) in got


def test_terms_told_pursuant_to_the_agreement_are_read_but_a_filing_s_cover_lines_are_not() -> None:
    body = (
        "VANCOUVER -- Orion Bio Inc. today announced that Kestrel Pharma has exercised its option to "
        "continue its exclusive license to OB-7.\n\n"
        "Pursuant to the agreement, Kestrel will pay Orion Bio $25 million. Orion Bio is also eligible "
        "to receive up to $400 million in regulatory milestone payments.\n\n"
        "Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934, a payment of $9 million."
    )
    c = classify(_entry("Kestrel exercises option on OB-7", body=body))
    assert c.events == (L,)
    got = {(a.value, a.kind) for a in c.amounts}
    assert (Decimal(400_000_000), AmountKind.POTENTIAL) in got
    assert Decimal(9_000_000) not in {a.value for a in c.amounts}


def test_a_summary_s_green_light_to_the_clinic_lets_the_body_tell_the_trial_authorisation() -> None:
    body = (
        "Our monthly round-up of the deals and approvals that moved the sector in November, from Seoul to "
        "Cambridge, with the month's biggest cheques.\n\n"
        "Privately held Orla Therapeutics, based near Cambridge, UK, said the Medicines and Healthcare "
        "products Regulatory Agency has granted a clinical trial authorisation for a first-in-human Phase 1 "
        "study of OT-325."
    )
    c = _entry(
        "November digest: three deals and a new start",
        "Orla Therapeutics wins a UK green light to take OT-325 into the clinic.",
        body,
    )
    assert classify(c).events == (IND,)
    # without the summary's words the body sentence stays background to a headline about something else
    plain = _entry("November digest: three deals", "Deals signed this month.", body)
    assert classify(plain).events == ()


def test_a_list_under_not_negates_each_item() -> None:
    text = (
        "Orion Bio and Kestrel Pharma enter a clinical collaboration to test OB-7 with KP-1. The agreement "
        "does not grant either party a license to the other's product or any option to acquire rights."
    )
    assert classify(_entry("Orion Bio and Kestrel Pharma enter supply collaboration", text)).events == ()
    granted = text.replace("does not grant either party a license to the other's product or any", "grants an")
    assert classify(_entry("Orion Bio and Kestrel Pharma enter collaboration", granted)).events == (L,)


def test_last_year_s_sales_date_the_sales_not_the_payment_they_trigger() -> None:
    summary = (
        "Annual net sales of Vexlira passed $1 billion in 2024, triggering a one-time $50 million "
        "sales-based payment from licensee Kingsgate Pharma to Orion Bio."
    )
    c = classify(_entry("Orion Bio books $50 million as partner's Vexlira sales top $1 billion", summary))
    assert c.events == (M,)
    # a payment triggered in an earlier year is still background
    old = summary.replace("$1 billion in 2024, triggering", "$1 billion. In 2023 this triggered")
    assert classify(_entry("Orion Bio reports on Vexlira", old)).events == ()
    # the product may be named at length between the sales and their year
    named = summary.replace("net sales of Vexlira", "US net sales of the severe-asthma antibody Vexlira")
    assert classify(_entry("Orion Bio reports on Vexlira", named)).events == (M,)


def test_ceo_quote_milestone_is_not_an_alert() -> None:
    c = classify(_entry("Acme opens new plant", body='"This is a major milestone for Acme," the CEO said.'))
    assert c.events == ()


def test_company_named_milestone_is_not_an_alert() -> None:
    c = classify(
        _entry(
            "Acme appoints former Milestone Pharmaceuticals CFO",
            "She led finance at Milestone Pharmaceuticals.",
        )
    )
    assert c.events == ()


def test_clearance_to_proceed_and_exclusive_rights_are_found() -> None:
    assert (
        IND
        in classify(
            _entry("TGA confirms Acme's Phase 1 trial of AC-1 may proceed under the CTN scheme")
        ).events
    )
    assert L in classify(_entry("Acme grants Kirin exclusive rights to AC-1 in Japan")).events


def test_cta_ctn_and_nmpa_count_as_ind() -> None:
    assert IND in classify(_entry("MHRA approves Acme's Clinical Trial Authorisation for AC-2")).events
    assert IND in classify(_entry("China's NMPA accepts Acme's IND application for AC-3")).events


def test_clinical_hold_placed_and_lifted() -> None:
    assert IND in classify(_entry("FDA places Acme's AC-4 study on clinical hold")).events
    assert IND in classify(_entry("FDA removes clinical hold on Acme's AC-4 program")).events


def test_termination_and_regained_rights_are_licensing() -> None:
    assert L in classify(_entry("Acme regains global rights to AC-5 as Pfizer ends collaboration")).events
    assert L in classify(_entry("Acme announces termination of the license agreement with Pfizer")).events


def test_acquisition_is_not_licensing() -> None:
    c = classify(
        _entry(
            "Pfizer to acquire Acme for $40 per share in cash", "The tender offer values Acme at $2 billion."
        )
    )
    assert c.events == ()


def test_a_licence_outside_pharma_in_the_headline_makes_no_body_sentence_a_deal() -> None:
    battery = classify(
        _entry(
            "Veridian Cell Energy Signs Exclusive License Agreement with Kestrel Automotive Systems",
            "Battery materials developer Veridian has licensed its electrolyte patents to Kestrel.",
            "AUSTIN, Texas -- Veridian Cell Energy, Inc. today announced an exclusive license agreement with "
            "Kestrel Automotive Systems covering its patents on solid electrolytes.\n\n"
            "The companies have worked together since 2021. Kestrel receives exclusive rights to manufacture "
            "and sell cells using the licensed technology.",
        )
    )
    assert battery.events == ()
    drug = classify(
        _entry(
            "Orion Bio Signs Exclusive License Agreement with Kestrel Pharma",
            "Orion Bio has licensed OB-7 to Kestrel.",
            "AUSTIN, Texas -- Orion Bio, Inc. today announced an exclusive license agreement with Kestrel "
            "Pharma covering its patents on OB-7.\n\n"
            "The companies have worked together since 2021. Kestrel receives exclusive rights to develop "
            "and sell OB-7 in Europe.",
        )
    )
    assert EventType.LICENSING in drug.events


def test_a_headline_s_deal_words_over_a_summary_of_software_or_of_a_company_bought_are_no_licence() -> None:
    software = classify(
        _entry(
            "Northgate Licensing inks US$60m licence with top-10 drugmaker",
            "Software firm Northgate Licensing Corp. will license its regulatory document-management "
            "platform to one of the largest pharmaceutical companies under an enterprise agreement.",
        )
    )
    assert software.events == ()
    bought = classify(
        _entry(
            "Brannock grabs rights to HB-5 in US$310m swoop",
            "Brannock Therapeutics has agreed to buy all of the shares of privately held Helmsley Bio, owner "
            "of the Phase 2 antifungal HB-5, for US$310m in cash.",
        )
    )
    assert bought.events == ()
    licensed = classify(
        _entry(
            "Brannock grabs rights to HB-5 in US$310m swoop",
            "Brannock Therapeutics will pay Helmsley Bio US$310m for exclusive worldwide rights to HB-5.",
        )
    )
    assert licensed.events == (EventType.LICENSING,)


def test_news_announced_also_today_deep_in_a_routine_release_is_reported() -> None:
    body = (
        "SOUTH SAN FRANCISCO, Calif. -- Orrin Biosciences today presented preclinical data on ORN-311.\n\n"
        "ORN-311 produced tumour regressions in seven of eight models.\n\n"
        "Orrin also announced today that the U.S. Food and Drug Administration has cleared its "
        "Investigational New Drug application for ORN-311."
    )
    c = classify(_entry("Orrin Presents Preclinical Data on ORN-311 at AACR", "Data in mouse models.", body))
    assert c.events == (EventType.IND,)
    # the same sentence without its own lead-in is background to a data release
    plain = body.replace("Orrin also announced today that the", "Earlier, the")
    assert (
        classify(
            _entry("Orrin Presents Preclinical Data on ORN-311 at AACR", "Data in mouse models.", plain)
        ).events
        == ()
    )


def test_a_payment_the_reported_news_triggers_is_reported_with_it() -> None:
    news = (
        "SOUTH SAN FRANCISCO, Calif. -- Orrin Biosciences today presented preclinical data on ORN-311.\n\n"
        "Orrin also announced today that the U.S. Food and Drug Administration has cleared its "
        "Investigational New Drug application for ORN-311.\n\n"
    )
    title = "Orrin Presents Preclinical Data on ORN-311 at AACR"
    told = news + (
        "Under Orrin's licence from the Calder Institute, IND clearance triggers a milestone payment of "
        "$2 million from Orrin to the Institute."
    )
    c = classify(_entry(title, "Data in mouse models.", told))
    assert c.events == (EventType.MILESTONE, EventType.IND)
    assert [(a.value, a.kind) for a in c.amounts] == [(Decimal(2_000_000), AmountKind.MILESTONE)]
    # a payment in a sentence of its own is not told as that news' consequence: the body stays background
    apart = news + "Orrin also holds a licence from the Calder Institute. It paid a milestone of $2 million."
    assert classify(_entry(title, "Data in mouse models.", apart)).events == (EventType.IND,)
    # nor when the release reports nothing: the clearance itself is then background
    quiet = told.replace("Orrin also announced today that the", "Earlier, the")
    assert classify(_entry(title, "Data in mouse models.", quiet)).events == ()


def test_a_trial_s_results_are_no_periodic_report_and_what_they_trigger_is_news() -> None:
    body = (
        "SAN DIEGO -- Quillon Bio, Inc. today announced positive topline results from ATLAS-AD.\n\n"
        "All three doses met the primary endpoint.\n\n"
        "Achievement of the primary endpoint is a development event under Quillon's agreement with Kestrel "
        "Pharma AG. The event triggers a milestone payment of $15 million from Kestrel to Quillon, which the "
        "company expects to receive in the second quarter."
    )
    c = classify(
        _entry("Quillon Bio Announces Positive Topline Results from Phase 2b ATLAS-AD Trial", "", body)
    )
    assert c.events == (EventType.MILESTONE,)
    assert [(a.value, a.kind) for a in c.amounts] == [(Decimal(15_000_000), AmountKind.MILESTONE)]
    quarterly = classify(
        _entry(
            "Quillon Bio Reports Second Quarter 2025 Financial Results",
            "",
            body.replace("The event triggers", "In May, the event triggered"),
        )
    )
    assert quarterly.events == ()


def test_what_a_partner_s_study_start_triggers_deep_in_a_trial_release_is_news() -> None:
    body = (
        "DURHAM, N.C. -- Orvane Biosciences today announced that its partner Skarholm Pharma has dosed the "
        "first participant in a Phase 1 study of SKP-818.\n\n"
        "The study is being conducted in Uppsala, Sweden.\n\n"
        "Under the license agreement between the companies, the start of the Phase 1 study triggers a "
        "$3 million milestone payment from Skarholm to Orvane."
    )
    c = classify(_entry("Skarholm Pharma Doses First Patient in Phase 1 Study of SKP-818", "", body))
    assert c.events == (EventType.MILESTONE,)
    # the same terms told as what a future step would bring are no news
    later = body.replace(
        "the start of the Phase 1 study triggers", "the start of a Phase 2 study would trigger"
    )
    assert (
        classify(_entry("Skarholm Pharma Doses First Patient in Phase 1 Study of SKP-818", "", later)).events
        == ()
    )


def test_a_quarterly_report_reports_the_licence_its_subsequent_events_note_discloses() -> None:
    body = (
        "FORM 10-Q\n\nQUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934"
        "\n\nNOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS\n\n5. License Agreements\n\nIn 2023 the "
        "Company granted Beta Bio an exclusive license to SRH-2.\n\n12. Subsequent Events\n\nOn October 21, "
        "2025, the Company entered into an Exclusive License Agreement with Juniper Lake Biologics Co., Ltd. "
        "Under the agreement, Juniper Lake granted the Company an exclusive license to develop JLB-7."
    )
    title = "10-Q - Sorrelhaven Pharmaceuticals, Inc. (0001655230) (Filer)"
    summary = (
        "Subsequent events note discloses an October 2025 exclusive license from Juniper Lake for JLB-7."
    )
    c = classify(_entry(title, summary, body))
    assert c.events == (EventType.LICENSING,)
    # without the note, what a quarterly report tells of licences is a recap
    recap = body.split("12. Subsequent Events")[0]
    assert classify(_entry(title, "Quarterly report; license agreements are described.", recap)).events == ()


def test_a_subsequent_events_note_retelling_what_the_company_announced_before_is_a_recap() -> None:
    note = (
        "FORM 10-Q\n\nNOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS\n\n12. Subsequent Events\n\n"
        "On October 21, 2025, {told} the Company entered into an Exclusive License Agreement with "
        "Juniper Lake Biologics Co., Ltd. Under the agreement, Juniper Lake granted the Company an "
        "exclusive license to "
        "develop JLB-7.{after}"
    )
    title = "10-Q - Sorrelhaven Pharmaceuticals, Inc. (0001655230) (Filer)"
    summary = (
        "Subsequent events note describes an October 2025 exclusive license from Juniper Lake for JLB-7."
    )
    news = note.format(told="", after="")
    assert classify(_entry(title, summary, news)).events == (EventType.LICENSING,)
    for told, after in (
        ("we announced that", ""),
        ("", " As described in that announcement, the parties will share development costs."),
    ):
        assert classify(_entry(title, summary, note.format(told=told, after=after))).events == ()


def test_a_filing_feed_s_quarterly_report_reports_its_subsequent_events_licence_with_its_terms_only() -> None:
    # a filing feed's title and summary name only the form: the note on subsequent events decides alone
    body = (
        "FORM 10-Q\n\nQUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF 1934"
        "\n\nNOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS\n\nNote 6. License Agreements\n\nIn March "
        "2020, the Company entered into an exclusive license agreement with Wasatch Research Foundation. The "
        "Company paid an upfront license fee of $0.4 million at that time, and may owe up to $18.0 million "
        "in milestones.\n\nNote 13. Subsequent Events\n\nOn October 28, 2024, the Company entered into an "
        "Exclusive License Agreement with Kaiyuan Biopharma Co., Ltd., under which Kaiyuan granted the "
        "Company an exclusive license to develop KY-2207. The Company agreed to pay Kaiyuan an upfront "
        "payment of $12.5 million."
    )
    title = "10-Q - Corvessa Therapeutics, Inc. (0001874213) (Filer)"
    summary = "Filed: 2024-11-12 AccNo: 0001874213-24-000041 Size: 6 MB Period: 2024-09-30"
    when = datetime(2024, 11, 12, tzinfo=UTC)
    c = classify(
        Entry(wire="", native_id="x", url="", title=title, summary=summary, body=body, published=when)
    )
    assert c.events == (EventType.LICENSING,)
    # the money of the licence told before the note is another deal's
    assert [(a.value, a.kind) for a in c.amounts] == [(Decimal(12_500_000), AmountKind.UPFRONT)]
    # a title written by people need not speak of the licence: the note dates it to the last weeks and does
    # not say it was announced before, so the report tells it first
    spoken = Entry(
        wire="",
        native_id="x",
        url="",
        title="Corvessa Reports Third Quarter 2024 Results",
        body=body,
        published=when,
    )
    assert classify(spoken).events == (EventType.LICENSING,)
    # a note told months later, under such a title, is a recap
    later = Entry(
        wire="",
        native_id="x",
        url="",
        title="Corvessa Reports Third Quarter 2024 Results",
        body=body,
        published=datetime(2025, 2, 20, tzinfo=UTC),
    )
    assert classify(later).events == ()
    filed = Entry(
        wire="", native_id="x", url="", title="Corvessa files quarterly report", body=body, published=when
    )
    assert classify(filed).events == (EventType.LICENSING,)


def test_a_quarterly_report_whose_summary_points_to_its_subsequent_events_reports_the_milestone_there() -> (
    None
):
    body = (
        "FORM 10-Q\n\nNOTES TO CONDENSED CONSOLIDATED FINANCIAL STATEMENTS\n\n5. License Agreement with "
        "Hoshizora\n\nIn June 2016, the Company granted Hoshizora Pharma Co., Ltd. exclusive rights to "
        "rivoxatide in Japan.\n\n11. Subsequent Events\n\nOn October 30, 2019, Japan's Ministry of Health "
        "approved rivoxatide. The approval triggers a regulatory milestone payment of JPY 1.1 billion from "
        "Hoshizora to the Company under the license agreement."
    )
    title = "Kinterra Therapeutics 10-Q: quarter ended September 30, 2019"
    summary = "Kinterra reports a third-quarter net loss; the notes cover its licence and subsequent events."
    when = datetime(2019, 11, 7, tzinfo=UTC)
    entry = Entry(wire="", native_id="k", url="", title=title, summary=summary, body=body, published=when)
    assert classify(entry).events == (EventType.MILESTONE,)
    # a summary that says nothing of the note or the payment leaves a note dated before the last weeks a
    # recap
    quiet = Entry(
        wire="",
        native_id="k",
        url="",
        title=title,
        summary="Quarterly report.",
        body=body,
        published=datetime(2020, 1, 7, tzinfo=UTC),
    )
    assert classify(quiet).events == ()


def test_an_annual_report_reports_the_licence_it_says_was_not_announced_before() -> None:
    body = (
        "Item 1. Business -- Collaborations and License Agreements\n\n"
        "Halvorsen Pharma. As announced on February 4, 2025, we granted Halvorsen Pharma Inc. an exclusive "
        "global license to VRD-112.\n\n"
        "Kisaragi Pharmaceutical. On March 3, 2025, we entered into an exclusive license agreement with "
        "Kisaragi Pharmaceutical Co., Ltd. This agreement has not previously been publicly announced."
    )
    title = "Verdantis Biosciences 10-K: Collaborations and License Agreements"
    when = datetime(2025, 3, 10, tzinfo=UTC)
    c = classify(Entry(wire="", native_id="x", url="", title=title, body=body, published=when))
    assert c.events == (EventType.LICENSING,)
    assert c.partners == ("Kisaragi Pharmaceutical",)
    # the same report without that sentence, filed months after the agreement, tells nothing new
    recap = body.replace(" This agreement has not previously been publicly announced.", "")
    later = datetime(2025, 5, 20, tzinfo=UTC)
    assert (
        classify(Entry(wire="", native_id="x", url="", title=title, body=recap, published=later)).events == ()
    )


def test_a_merger_called_off_makes_no_body_sentence_a_licence_ended() -> None:
    c = classify(
        _entry(
            "Option Care Health Confirms Termination of Merger Agreement with Amedisys",
            "Option Care Health has terminated its agreement to combine with Amedisys.",
            "BANNOCKBURN, Ill. -- Option Care Health today announced that it has terminated its agreement to "
            "combine with Amedisys.\n\nThe boards approved the decision on Friday. As part of the mutual "
            "termination agreement, Option Care Health will receive a $106 million termination fee.",
        )
    )
    assert c.events == ()


def test_classify_names_each_stage_as_it_ends() -> None:
    laps: list[str] = []
    classify(_entry("Acme Bio earns $5 million milestone from Pfizer"), lap=laps.append)
    assert laps == list(STAGES)
    laps.clear()
    classify(_entry("Acme Bio appoints a new chief financial officer"), lap=laps.append)
    assert laps == list(STAGES[:4])  # a release without an event has no terms or partners to read


def test_rss_summary_without_body_is_decided_from_title_and_summary() -> None:
    c = classify(
        _entry(
            "Acme earns second milestone from Lilly",
            "Acme (NASDAQ: ACME) will receive a $10 million milestone.",
        )
    )
    assert c.events == (M,)
    assert c.tickers == ("NASDAQ:ACME",)


def test_non_event_keeps_company_and_tickers_but_no_terms() -> None:
    c = classify(_entry("Acme to present at conference", body="Acme Bio (NYSE: ACM) will present on June 9."))
    assert c.events == ()
    assert c.amounts == ()
    assert c.partners == ()
    assert c.tickers == ("NYSE:ACM",)


def test_ind_alone_carries_no_money() -> None:
    c = classify(_entry("FDA clears Acme's IND for AC-6", "Shares rose 12% to $48.60."))
    assert c.events == (IND,)
    assert c.amounts == ()


def test_a_body_paragraph_announcing_news_today_is_news_whatever_the_headline() -> None:
    body = (
        "SOUTH SAN FRANCISCO -- Ardent Bio, Inc. (Nasdaq: ARDQ) today outlined its strategic priorities for "
        "2024 ahead of the J.P. Morgan Healthcare Conference.\n\n"
        '"2024 is the year we expect to find out whether ARD-101 can change the standard of care," said the '
        "chief executive.\n\n"
        "Ardent today announced that it has entered into an exclusive license agreement with Shionara Pharma "
        "Co., Ltd. under which Shionara receives the exclusive right to develop ARD-101 in Japan."
    )
    title = "Ardent Bio Outlines 2024 Strategic Priorities"
    assert classify(_entry(title, "", body)).events == (EventType.LICENSING,)
    # the same paragraph told as what was announced before is a recap
    recap = body.replace("Ardent today announced that it has entered", "In June, Ardent entered")
    assert classify(_entry(title, "", recap)).events == ()


def test_news_a_periodic_report_announces_today_in_its_body_is_an_event() -> None:
    title = "Valmorel Therapeutics: First-Quarter 2025 Cash Position and Business Update"
    body = (
        "PARIS -- Valmorel Therapeutics SA today reports its cash position at 31 March 2025.\n\nCash "
        "position\nAt 31 March 2025, cash and cash equivalents amounted to EUR 38.4 million.\n\nEvent after "
        "the end of the period\nValmorel today announces that its application to conduct PASCAL-2, a Phase 2 "
        "study of VLM-207, was authorised on 17 May 2025 under the EU Clinical Trials "
        "Regulation.\n\nPartnered products\nThe Company announces today that Mikasa has informed it that net "
        "sales of Velantra in Japan exceeded JPY 10 billion. Passing that level entitles Valmorel to a "
        "one-off payment of JPY 1.5 billion, which Mikasa is due to pay by the end of March."
    )
    c = classify(_entry(title, "Valmorel reports its cash position.", body))
    assert c.events == (EventType.MILESTONE, EventType.IND)
    # told as announced before, or without announcing them today and undated, they are what the quarter held,
    # as a periodic report recaps (news dated to the last weeks and not said to be told before is news)
    recap = body.replace("Valmorel today announces that its", "As previously announced, its").replace(
        "The Company announces today that Mikasa has informed it that net", "Net"
    )
    assert classify(_entry(title, "Valmorel reports its cash position.", recap)).events == ()


def test_what_an_agreement_dated_long_before_granted_is_told_again_not_news() -> None:
    title = (
        "Tessaride Therapeutics 8-K: NMPA clears Yuanhe's IND for TSR-214, triggering $3.5 million milestone"
    )
    body = (
        "Item 8.01 Other Events.\n\n"
        "On May 30, 2025, Yuanhe Biopharma informed the Company that China's NMPA has cleared its IND for "
        "TSR-214. The IND clearance is a development event under the Exclusive License Agreement between the "
        'Company and Yuanhe dated March 4, 2024 (the "Yuanhe Agreement") and triggers a milestone payment '
        "of $3.5 million to the Company.\n\n"
        "Under the Yuanhe Agreement, the Company granted Yuanhe exclusive rights to develop and "
        "commercialize TSR-214 in mainland China, Hong Kong, Macau and Taiwan."
    )
    c = classify(_entry(title, "", body))
    assert c.events == (EventType.MILESTONE, EventType.IND)
    # the same words about an agreement made days before are the news of a new licence
    fresh = body.replace("dated March 4, 2024", "dated May 28, 2025")
    assert EventType.LICENSING in classify(_entry(title, "", fresh)).events


def test_a_news_headline_s_subject_is_the_company_though_only_its_counterparty_has_a_legal_suffix() -> None:
    c = classify(
        _entry(
            "Symphogen licenses EGFR antibody mix Sym004 to Merck KGaA for EUR 20 million upfront",
            "",
            "COPENHAGEN -- Privately held Symphogen has signed the biggest deal in its history, granting "
            "Merck KGaA of Darmstadt, Germany, an exclusive worldwide licence to develop Sym004.",
        )
    )
    assert (c.company, c.partners) == ("Symphogen", ("Merck KGaA",))
    # a headline whose subject deals with no firm named after "to", "with" or "from" keeps the firm found
    other = classify(
        _entry(
            "Analyst sees Corvalis Therapeutics out-licensing ex-US rights to CRV-9 this year",
            "Harwell Securities analyst Megan Doyle said Corvalis Therapeutics (Nasdaq: CRVS) may license "
            "CRV-9.",
        )
    )
    assert other.company == "Corvalis Therapeutics"


def test_a_trial_authorisation_is_news_when_only_its_next_step_is_dated_ahead() -> None:
    c = classify(
        _entry(
            "Orion Bio cleared by MHRA to take OB-325 into the clinic",
            "Cambridge, UK-based Orion Bio has received a Clinical Trial Authorisation from the "
            "Medicines and Healthcare products Regulatory Agency for a first-in-human study of OB-325, "
            "with the first healthy volunteer due to be dosed in the first quarter of 2024.",
            published=datetime(2023, 11, 20, tzinfo=UTC),
        )
    )
    assert EventType.IND in c.events


def test_one_milestone_sum_earned_now_is_news_low_in_a_release_about_something_else() -> None:
    title = "Orion Bio Initiates Open-Label Extension Study of OB-17 in Amyloidosis"
    body = (
        "CARLSBAD, Calif. -- Orion Bio, Inc. (Nasdaq: ORBI) today announced that patients who complete the "
        "Phase 2/3 study of OB-17 can now continue treatment in an open-label extension study.\n\n"
        "The initiation of the open-label extension study has earned Orion Bio a $1 million milestone "
        "payment from Helix Pharma, which is developing OB-17 with Orion Bio.\n\n"
        "Separately, the company has received a US$10 million milestone payment from Kestrel Pharma."
    )
    c = classify(_entry(title, "", body))
    assert c.events == (EventType.MILESTONE,)
    # milestone money told without one sum earned now stays background there
    vague = body.replace(
        "has earned Orion Bio a $1 million milestone payment", "is part of the plan"
    ).replace("has received a US$10 million milestone payment", "has received milestone payments")
    assert classify(_entry(title, "", vague)).events == ()


def test_news_told_also_today_or_said_of_a_regulator_low_in_a_release_is_news() -> None:
    title = "Orion Bio Launches with $70 Million Series A Financing"
    lead = (
        "BOSTON -- Orion Bio, Inc. today launched with a $70 million Series A financing led by 5AM Ventures "
        "to develop its vectors for genomic medicines.\n\n"
        "The financing will fund the company through 2027.\n\n"
    )
    licence = (
        "Orion Bio also today announced a strategic collaboration and license agreement with Helix Pharma."
    )
    assert classify(_entry(title, "", lead + licence)).events == (EventType.LICENSING,)
    cleared = (
        "The company also said the U.S. Food and Drug Administration has cleared its Investigational New "
        "Drug application for OB-101, allowing it to start its first clinical trial."
    )
    assert classify(_entry(title, "", lead + cleared)).events == (EventType.IND,)
    reported = (
        "Orion Bio also reported that on May 20, 2025 it received a $6 million development milestone payment "
        "from its licensee Helix Pharma."
    )
    assert classify(_entry(title, "", lead + reported)).events == (EventType.MILESTONE,)


def test_a_headline_on_a_trial_s_results_is_no_periodic_report() -> None:
    body = (
        "CUPERTINO, Calif. -- Orion Bio, Inc. (Nasdaq: ORBI) today announced positive results from a Phase "
        "IIb study of OB-5 in patients undergoing hernia repair.\n\n"
        "As a result of the trial outcome, Orion Bio has earned an $8 million milestone payment from Helix "
        "Pharma, which licensed rights to develop OB-5 in Europe in 2006."
    )
    assert classify(_entry("Orion Bio Reports Positive Phase IIb Results for OB-5", "", body)).events == (
        EventType.MILESTONE,
    )
    # a quarter's results are a periodic report: money told low in it is a recap
    assert classify(_entry("Orion Bio Reports Second Quarter 2024 Financial Results", "", body)).events == ()


def test_news_opened_by_the_firm_s_name_after_separately_today_or_the_same_announcement_is_news() -> None:
    title = "Orion Bio Reports First Quarter 2025 Results"
    lead = (
        "BOSTON, May 15, 2025 -- Orion Bio, Inc. (Nasdaq: ORBI) today reported its financial results for the "
        "first quarter ended March 31, 2025.\n\nRevenue for the quarter was $3.4 million.\n\n"
    )
    dosed = (
        "Separately, Orion Bio announced that Sanofi has dosed the first patient in a Phase 1 trial of OB-7. "
        "The dosing triggers a development milestone payment of $10 million to Orion Bio."
    )
    c = classify(_entry(title, "", lead + dosed))
    assert c.events == (EventType.MILESTONE,)
    assert c.partners == ("Sanofi",)  # named where the news is announced, not where the payment is
    today = (
        "Today Orion Bio announces that its partner Helix Pharma has received a Clinical Trial Authorisation "
        "from the MHRA for a Phase 1 study of OB-11."
    )
    assert classify(_entry(title, "", lead + today)).events == (EventType.IND,)
    signed = (
        "Orion Bio today signed an exclusive licence agreement with Kestrel Pharma, under which Kestrel "
        "obtains the rights to develop and commercialise OB-9 in Japan."
    )
    assert classify(_entry(title, "", lead + signed)).events == (EventType.LICENSING,)
    hired = "Orion Bio Names Chief Medical Officer"
    same = (
        "In the same announcement, Orion Bio said the U.S. Food and Drug Administration has cleared its "
        "investigational new drug application for OB-114."
    )
    assert classify(
        _entry(hired, "", lead.replace("reported its financial results", "named") + same)
    ).events == (EventType.IND,)
    # told as what the quarter brought, not announced today, it is a recap
    recap = "During the quarter, Sanofi dosed the first patient in a trial of OB-7, as announced in March."
    assert classify(_entry(title, "", lead + recap)).events == ()


def test_a_paragraph_announced_also_today_is_news_to_its_end() -> None:
    title = "Orion Bio Announces $60 Million Registered Direct Offering"
    lead = (
        "PRINCETON, N.J., April 19, 2025 -- Orion Bio, Inc. (Nasdaq: ORBI) today announced that it has "
        "entered into securities purchase agreements for a $60 million registered direct offering.\n\n"
    )
    update = (
        "Orion Bio also announced today that it has received written notice from Astellas Pharma Inc. about "
        "OB-310. The notice takes effect 180 days after it was given. On that date Orion Bio will regain "
        "worldwide rights to OB-310."
    )
    assert classify(_entry(title, "", lead + update)).events == (EventType.LICENSING,)
    # the same words in a paragraph that announces nothing today are what the deal already provides
    plain = update.replace("Orion Bio also announced today that it has", "Orion Bio has")
    assert classify(_entry(title, "", lead + plain)).events == ()
    # an aside between commas does not hide what is terminated
    aside = (
        "Orion Bio also announced today that Astellas is terminating, for convenience, the collaboration and "
        "license agreement for OB-310."
    )
    assert classify(_entry(title, "", lead + aside)).events == (EventType.LICENSING,)


def test_a_quarterly_report_titled_as_filed_reports_its_note_s_licence_under_a_dashed_heading() -> None:
    body = (
        "FORM 10-Q\nQUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF "
        "1934\nFor the quarterly period ended March 31, 2025\n\nNote 7 -- License Agreements\nIn 2019 the "
        "Company obtained an exclusive license from Beta University.\n\nNote 12 -- Subsequent Events\nDaehan "
        "license agreement. On May 6, 2025, the Company entered into an Exclusive License Agreement with "
        "Daehan Biopharm Co., Ltd., under which the Company granted Daehan an exclusive license to develop "
        "OB-330 in Korea."
    )
    title = "Orion Bio files quarterly report on Form 10-Q for the period ended March 31, 2025"
    summary = "Orion Bio reported a first-quarter net loss of $9.8 million."
    assert classify(_entry(title, summary, body)).events == (EventType.LICENSING,)
    # without the note, what the report tells of its licences is a recap
    assert classify(_entry(title, summary, body.split("Note 12")[0])).events == ()


def test_a_hold_lifted_is_not_dated_by_when_it_was_placed() -> None:
    text = (
        "Orion Bio also announced today that the U.S. Food and Drug Administration has lifted the partial "
        "clinical hold it placed in October 2024 on the Phase 2 trial of OB-22."
    )
    c = classify(_entry("Orion Bio Receives Health Canada Approval for OB-1", "", text))
    assert c.events == (EventType.IND,)


def test_a_fee_due_upon_exercise_is_paid_now_when_the_release_tells_the_exercise() -> None:
    exercised = (
        "Orion Bio today announced that Merck KGaA has exercised its option to obtain an exclusive worldwide "
        "license to develop and commercialize OB-455. Upon exercise, Merck KGaA will pay Orion Bio an option "
        "exercise fee of $30 million."
    )
    c = classify(_entry("Merck KGaA Exercises Option to License OB-455", "", exercised))
    assert c.events == (EventType.LICENSING,)
    assert [(a.value, a.kind) for a in c.amounts] == [(Decimal(30_000_000), AmountKind.UPFRONT)]
    # in a new option deal the same words are a fee the option may bring
    granted = (
        "Orion Bio today announced that it has granted Merck KGaA an exclusive option to license OB-455 for "
        "$5 million upfront. Upon exercise, Merck KGaA will pay Orion Bio an option exercise fee of $30 "
        "million."
    )
    c = classify(_entry("Orion Bio Grants Merck KGaA Option on OB-455", "", granted))
    assert (Decimal(30_000_000), AmountKind.POTENTIAL) in [(a.value, a.kind) for a in c.amounts]


def test_a_headline_on_share_options_speaks_of_no_licence() -> None:
    body = (
        "HONG KONG -- The Board of Orion Bio Holdings Limited (HKEX: 2615) announces that on 5 June 2025 the "
        "Company granted 3,860,000 share options to eligible participants under its Post-IPO Share Option "
        "Scheme.\n\nThe grant of Options does not require approval by shareholders. Upon exercise of all the "
        "Options, 3,860,000 new shares would be issued."
    )
    assert (
        classify(_entry("Orion Bio Announces Grant of Share Options and Award Shares", "", body)).events == ()
    )
    # a headline that names a licence as well still speaks of one
    both = "Orion Bio Announces Grant of Share Options and Licence Agreement with Helix Pharma"
    licence = body + "\n\nOrion Bio has granted Helix Pharma an exclusive licence to OB-7 in Japan."
    assert classify(_entry(both, "", licence)).events == (EventType.LICENSING,)


def test_news_a_financing_or_trading_update_also_announces_in_its_body_is_reported() -> None:
    financing = (
        "Lille, France, June 1, 2025 -- Orion Bio (Euronext Growth: ALORB) today announces the success of "
        "its capital increase of EUR 12 million.\n\nThe capital increase was decided by the Board on May 30, "
        "2025.\n\nRecent progress\nThe Company also announces that the ANSM authorised on May 27, 2025 the "
        "Clinical Trial Application for the Phase 1 ORBIT-1 trial of OB-12."
    )
    c = classify(_entry("Orion Bio Raises EUR 12 Million Through a Capital Increase", "", financing))
    assert c.events == (EventType.IND,)
    trading = (
        "Orion Bio plc (LSE: ORBP) provides the following trading update for the year ended 31 December "
        "2024.\n\nRevenue\nThe Board expects to report revenue of not less than £20.0 million.\n\nLicensing "
        "income\nThe Board is also pleased to announce that Orion has become entitled to a sales milestone "
        "payment of £1.5 million from Helix Pharma AG, its licensee in Germany."
    )
    c = classify(_entry("Orion Bio plc: Trading Update and Notice of Results", "", trading))
    assert c.events == (EventType.MILESTONE,)
    assert [(a.value, a.kind) for a in c.amounts] == [(Decimal(1_500_000), AmountKind.MILESTONE)]
    # the same paragraph told as what the Board reported before stays background
    recap = trading.replace(
        "is also pleased to announce that Orion has become", "reported in March that Orion had become"
    )
    assert classify(_entry("Orion Bio plc: Trading Update and Notice of Results", "", recap)).events == ()


def test_a_further_deal_executed_or_said_separately_is_news_under_another_headline() -> None:
    placement = (
        "Sydney: Orion Bio Limited (ASX: ORB) is pleased to announce that it has received firm commitments "
        "for a placement to raise A$20 million before costs.\n\nLicence agreement for Japan\nOrion Bio has "
        "also executed an exclusive licence agreement with Helix Pharma Co., Ltd. under which Helix receives "
        "the exclusive right to develop and commercialise OB-9 in Japan. Helix will pay Orion Bio an upfront "
        "fee of US$5 million."
    )
    c = classify(_entry("Orion Bio Completes A$20 Million Placement to Fund Phase 2 Trial", "", placement))
    assert c.events == (EventType.LICENSING,)
    # the placement's size is no term of the licence
    assert [(a.value, a.currency, a.kind) for a in c.amounts] == [
        (Decimal(5_000_000), "USD", AmountKind.UPFRONT)
    ]
    trade = (
        "Orion Bio has hired Ann Lee as chief executive officer, the company said on Tuesday.\n\nSeparately, "
        "and further down the same release, Orion Bio said Helix Pharma has expanded their 2021 licence "
        "agreement to cover two additional targets. Helix gains exclusive worldwide rights to both."
    )
    assert classify(_entry("Orion Bio names Ann Lee as CEO", "", trade)).events == (EventType.LICENSING,)


def test_a_current_report_s_material_agreement_is_news_under_a_results_item() -> None:
    body = (
        "FORM 8-K\nCURRENT REPORT\n\nItem 1.01 Entry into a Material Definitive Agreement.\n\nOn May 30, "
        "2025, Orion Bio, Inc. (the Company) entered into an Exclusive License Agreement with Helix Pharma "
        "Co., Ltd. (Helix). In consideration for the license, the Company agreed to pay Helix an upfront "
        "payment of $12.0 million in cash within 30 days after the Effective Date.\n\nItem 2.02 Results of "
        "Operations and Financial Condition.\n\nOn May 30, 2025, the Company issued a press release "
        "announcing its financial results for the quarter ended March 31, 2025."
    )
    title = "Orion Bio 8-K: Results of Operations and Financial Condition (first quarter 2025)"
    c = classify(_entry(title, "", body))
    assert c.events == (EventType.LICENSING,)
    # "within 30 days after the Effective Date" says when the upfront falls due, not that it was paid before
    assert [(a.value, a.kind) for a in c.amounts] == [(Decimal(12_000_000), AmountKind.UPFRONT)]
    # the results item alone reports nothing
    results = body[body.index("Item 2.02") :]
    assert classify(_entry(title, "", "FORM 8-K\nCURRENT REPORT\n\n" + results)).events == ()


def test_a_licence_ended_in_a_strategic_reprioritization_is_news() -> None:
    body = (
        "SEATTLE, June 1, 2025 -- Orion Bio, Inc. (NASDAQ: ORBB) today announced a strategic "
        "reprioritization that focuses its resources on OB-22.\n\nOrion Bio has decided to discontinue "
        "development of OB-10.\n\nAs part of the reprioritization, Orion Bio has given notice to the Helix "
        "Institute terminating the exclusive license agreement under which Orion Bio held worldwide rights "
        "to the OB-10 construct."
    )
    title = "Orion Bio Announces Strategic Reprioritization to Focus on OB-22"
    assert classify(_entry(title, "", body)).events == (EventType.LICENSING,)


def test_money_told_as_the_sum_of_a_milestone_and_a_fee_is_a_total() -> None:
    body = (
        "Orion Bio N.V. today announced two developments in its partnership with Roche.\n\nRoche has dosed "
        "the first patient in a Phase 2 study of OB-77. The start of the study triggers a milestone payment "
        "of EUR 10 million to Orion Bio.\n\nThe companies have also amended the license agreement to extend "
        "Roche's exclusive worldwide rights to ulcerative colitis. Roche will pay an expansion fee of EUR 20 "
        "million upfront, and Orion Bio becomes eligible for up to EUR 350 million in additional milestones, "
        "as well as royalties at the same tiered rates that apply under the original license.\n\nTogether, "
        "the milestone and the expansion fee amount to EUR 30 million."
    )
    c = classify(_entry("Orion Bio Earns EUR 10 Million Milestone and Expands Roche License", "", body))
    assert c.events == (EventType.MILESTONE, EventType.LICENSING)
    assert sorted((a.value, a.kind) for a in c.amounts) == [
        (Decimal(10_000_000), AmountKind.MILESTONE),
        (Decimal(20_000_000), AmountKind.UPFRONT),
        (Decimal(30_000_000), AmountKind.TOTAL),
        # the original licence's rates compared are no recap of its money
        (Decimal(350_000_000), AmountKind.POTENTIAL),
    ]
    # sums that only happen to add up, told apart, keep their own kinds
    apart = body.replace(
        "Together, the milestone and the expansion fee amount to EUR 30 million.",
        ("Orion Bio separately expects a EUR 30 million grant from the Dutch government."),
    )
    assert (Decimal(30_000_000), AmountKind.TOTAL) not in [
        (a.value, a.kind)
        for a in classify(
            _entry("Orion Bio Earns EUR 10 Million Milestone and Expands Roche License", "", apart)
        ).amounts
    ]


def test_a_revenue_outlook_is_no_deal_term() -> None:
    body = (
        "Copenhagen, 1 June 2025 -- Orion Bio A/S today announced its financial results for "
        "2024.\n\nOutlook\nRevenue is expected to be in the range of DKK 520-580 million, including the "
        "upfront payment below.\n\nOrion Bio today also announces that it has entered into an exclusive "
        "licence agreement with Helix Pharmaceutical Co., Ltd. for OB-12 in Japan. Orion Bio will receive an "
        "upfront payment of JPY 1.5 billion."
    )
    c = classify(_entry("Orion Bio Announces Full-Year 2024 Results", "", body))
    assert c.events == (EventType.LICENSING,)
    assert [(a.value, a.currency, a.kind) for a in c.amounts] == [
        (Decimal(1_500_000_000), "JPY", AmountKind.UPFRONT)
    ]


def test_news_dated_to_the_last_weeks_is_reported_under_a_results_headline() -> None:
    # WHEN is 1 June 2025
    body = (
        "Orion Bio, Inc. (NASDAQ: ORBB) today reported financial results for the first quarter of 2025.\n\n"
        "Recent business highlights\n\n"
        "Orion Bio has granted Helix Pharmaceutical Co., Ltd. an exclusive license to develop and "
        "commercialize OB-220 in Japan. The agreement was signed on May 28, 2025. Helix will pay Orion Bio "
        "an upfront payment of $10 million.\n\nRevenue for the quarter was $2.1 million."
    )
    title = "Orion Bio Reports First Quarter 2025 Financial Results"
    c = classify(_entry(title, "", body))
    assert c.events == (EventType.LICENSING,)
    # the same paragraph said to have been announced before, or dated a year back, is a recap
    told = body.replace(
        "The agreement was signed on May 28, 2025.", "The agreement was announced on May 28, 2025."
    )
    assert classify(_entry(title, "", told)).events == ()
    old = body.replace("May 28, 2025", "May 28, 2024")
    assert classify(_entry(title, "", old)).events == ()


def test_news_told_to_shareholders_in_a_meeting_or_update_release_is_reported() -> None:
    agm = (
        "Orion Bio announces that at its Annual General Meeting held today all resolutions were "
        "passed.\n\nOrion Bio also informs its shareholders that its partner Hangzhou Helix Biopharma Co., "
        "Ltd. has received approval from China's National Medical Products Administration (NMPA) for its "
        "Investigational New Drug application for OB-101."
    )
    title = "Orion Bio: Annual General Meeting of 12 June 2025 - All Resolutions Adopted"
    assert classify(_entry(title, "", agm)).events == (EventType.IND,)
    update = (
        "Orion Bio plc (AIM: ORBP) announces that at its Annual General Meeting held earlier today all "
        "resolutions were passed.\n\nBusiness update\n\nThe first patient has been dosed in the Phase II "
        "study of OB-330. Accordingly, a milestone payment of US$2.0 million (approximately GBP 1.6 million) "
        "has become payable by Orion Bio to Helix Antibodies Limited."
    )
    c = classify(_entry("Orion Bio plc: Result of AGM and Business Update", "", update))
    assert c.events == (EventType.MILESTONE,)
    confirm = (
        "Orion Bio plc (AIM: ORBP) announces its interim results for the six months ended 30 June "
        "2025.\n\nThe Company is today able to confirm that the MHRA has granted a Clinical Trial "
        "Authorisation for the Phase I study of OB-12."
    )
    c = classify(_entry("Orion Bio plc: Interim Results for the Six Months Ended 30 June 2025", "", confirm))
    assert c.events == (EventType.IND,)
    investor_day = (
        "Orion Bio today hosted its 2025 Investor Day.\n\n- The U.S. Food and Drug Administration has "
        "cleared Orion Bio's Investigational New Drug application for OB-118, allowing the company to "
        "proceed with a Phase 1 study."
    )
    c = classify(_entry("Orion Bio Outlines Long-Range Strategy at 2025 Investor Day", "", investor_day))
    assert c.events == (EventType.IND,)
    separately = (
        "Orion Bio today presented updated Phase 1b data for OB-88 at ESMO 2025.\n\nSeparately, Orion Bio "
        "and Bayer AG (XETRA: BAYN) have amended the licence agreement for OB-88 that they entered into in "
        "2022, expanding Bayer's exclusive licence to worldwide rights."
    )
    c = classify(_entry("Orion Bio Presents Updated Phase 1b Data for OB-88 at ESMO 2025", "", separately))
    assert c.events == (EventType.LICENSING,)


def test_an_option_exercise_made_public_through_a_periodic_report_is_news() -> None:
    body = (
        "Orion Bio AB (publ) publishes its interim report for January - June 2025.\n\nSignificant events\n- "
        "Helix Pharma Inc. has notified Orion Bio that it is exercising its option under the companies' 2023 "
        "option and research agreement. On exercise, Helix obtains an exclusive, worldwide licence to "
        "antibodies from the OB-5 programme. The notice is made public through this report."
    )
    c = classify(_entry("Orion Bio AB (publ) Interim Report January - June 2025", "", body))
    assert c.events == (EventType.LICENSING,)


def test_money_told_as_received_in_prior_years_or_at_that_time_is_no_term_of_the_news() -> None:
    ended = (
        "Item 1.02 Termination of a Material Definitive Agreement.\n\nOn May 30, 2025, Orion Bio, Inc. "
        "received written notice from Helix Pharma of its election to terminate for convenience the "
        "Exclusive License Agreement between the companies. All rights to OB-330 will revert to the "
        "Company.\n\nThe Company received an upfront payment of $35.0 million and a $10.0 million milestone "
        "payment under the agreement in prior years."
    )
    c = classify(_entry("Orion Bio 8-K: Helix to terminate OB-330 license", "", ended))
    assert c.events == (EventType.LICENSING,)
    assert c.amounts == ()
    exercised = (
        "Orion Bio today announced that AbbVie has exercised its option to license OB-114. AbbVie will pay "
        "Orion Bio an option exercise fee of $35 million.\n\nOrion Bio and AbbVie entered into the option "
        "agreement in January 2020. At that time AbbVie paid Orion Bio $20 million upfront, and Orion Bio "
        "has since received $12 million in development milestones under the agreement."
    )
    c = classify(_entry("Orion Bio Announces AbbVie Exercise of Option to License OB-114", "", exercised))
    assert [(a.value, a.kind) for a in c.amounts] == [(Decimal(35_000_000), AmountKind.UPFRONT)]


def test_a_sum_restated_in_another_currency_after_equivalent_to_is_the_same_payment() -> None:
    body = (
        "The board of Orion Bio Co., Ltd. (HKEX: 6629) is pleased to announce that on 30 May 2025 the "
        "Company entered into an exclusive licence agreement with AstraZeneca AB.\n\nUpfront payment: "
        "AstraZeneca shall pay the Company a non-refundable upfront payment of US$100 million (equivalent to "
        "approximately HK$780 million) within 30 business days after the effective date."
    )
    c = classify(_entry("Orion Bio: exclusive licence of OB-3310 to AstraZeneca", "", body))
    assert sorted((a.value, a.currency, a.kind) for a in c.amounts) == [
        (Decimal(100_000_000), "USD", AmountKind.UPFRONT),
        (Decimal(780_000_000), "HKD", AmountKind.UPFRONT),
    ]


def test_a_deal_value_told_as_what_it_could_reach_is_the_total_it_is_worth() -> None:
    summary = (
        "Takeda will pay a $12 million upfront option fee for options to license Orion capsids; the deal "
        "could reach up to $788 million."
    )
    body = (
        "Orion Bio today announced an option and license agreement with Takeda. Takeda will pay a $12 "
        "million upfront option fee.\n\nIncluding the upfront option fee, exercise fees and milestones, the "
        "agreement could be worth up to $788 million to Orion Bio. Shares in Orion rose after it reported "
        "the CHF 61 million in cash Orion reported at the end of March."
    )
    c = classify(_entry("Orion Bio Announces Option and License Agreement with Takeda", summary, body))
    assert sorted((a.value, a.kind) for a in c.amounts if a.currency == "USD") == [
        (Decimal(12_000_000), AmountKind.UPFRONT),
        (Decimal(788_000_000), AmountKind.TOTAL),
    ]
    # cash a firm reports holding is no term of its deal
    assert all(a.currency == "USD" for a in c.amounts)


def test_a_quote_adding_up_a_milestone_and_an_upfront_names_a_total() -> None:
    body = (
        "Orion Bio today announced that the NMPA has accepted Helix Pharma's IND for OB-117, triggering a $5 "
        "million milestone payment to Orion Bio, and that Helix has expanded its exclusive license to Korea "
        "for an upfront payment of $8 million.\n\n"
        '"Between the milestone and the upfront, this brings $13 million of non-dilutive capital into the '
        'company," said the chief executive officer.'
    )
    c = classify(_entry("Orion Bio Earns $5 Million Milestone and Expands Helix License", "", body))
    assert sorted((a.value, a.kind) for a in c.amounts) == [
        (Decimal(5_000_000), AmountKind.MILESTONE),
        (Decimal(8_000_000), AmountKind.UPFRONT),
        (Decimal(13_000_000), AmountKind.TOTAL),
    ]
    # a sum that adds up nothing the release names stays out
    other = body.replace("$13 million", "$14 million")
    assert sorted(
        a.value
        for a in classify(
            _entry("Orion Bio Earns $5 Million Milestone and Expands Helix License", "", other)
        ).amounts
    ) == [Decimal(5_000_000), Decimal(8_000_000)]


def test_a_year_s_results_lines_are_no_terms_of_a_licence_told_beside_them() -> None:
    body = (
        "Orion Bio today announced its 2024 annual results.\n\nOrion Bio today also announces that it has "
        "entered into an exclusive licence agreement with Helix Biopharma for OB-450 in Greater China. Helix "
        "will pay Orion Bio an upfront payment of EUR 6 million.\n\n2024 financial results\nRevenue and "
        "other income amounted to EUR 4.1 million (2023: EUR 1.2 million). Operating expenses were EUR 22.9 "
        "million (2023: EUR 24.6 million)."
    )
    title = "Orion Bio: 2024 Annual Results and Exclusive Licence Agreement with Helix Biopharma"
    c = classify(_entry(title, "", body))
    assert c.events == (EventType.LICENSING,)
    assert [(a.value, a.kind) for a in c.amounts] == [(Decimal(6_000_000), AmountKind.UPFRONT)]


def test_news_a_release_says_it_also_discloses_or_signed_today_is_reported() -> None:
    trade = (
        "Orion Bio has hired Ann Lee as chief executive, the company said on Thursday.\n\nOrion also used "
        "Thursday's announcement to disclose a regional deal. The company said it has granted Osaka-based "
        "Helix Pharmaceutical Co. exclusive rights to develop and commercialise OB-118 in Japan."
    )
    c = classify(_entry("Orion Bio hires veteran executive Ann Lee as chief executive", "", trade))
    assert c.events == (EventType.LICENSING,)
    placement = (
        "Orion Bio, Inc. today announced a $200 million private placement of its common stock.\n\nHelix "
        "Pharma's $30 million investment was made in connection with a research collaboration and option "
        "agreement the companies signed today. Under the agreement, Helix receives an exclusive option to "
        "license worldwide rights to each resulting program."
    )
    c = classify(_entry("Orion Bio Announces $200 Million Private Placement", "", placement))
    assert c.events == (EventType.LICENSING,)


def test_a_milestone_disclosed_for_the_first_time_is_news_whenever_it_was_earned() -> None:
    body = (
        "Orion Bio's second-quarter loss narrowed to $8.1 million as collaboration revenue rose to $14.2 "
        "million, the RNA company said on Wednesday, and it kept its cash runway guidance unchanged.\n\nMost "
        "of the revenue came from one source. Orion's quarterly report, filed after the close, disclosed for "
        "the first time that the company earned a $12 million milestone from Merck & Co. in February, when "
        "Merck selected a second development candidate."
    )
    c = classify(_entry("Orion Bio narrows second-quarter loss as collaboration revenue climbs", "", body))
    assert c.events == (EventType.MILESTONE,)
    # told without saying so, a payment earned months before is the quarter's recap
    recap = body.replace("disclosed for the first time that the company earned", "said the company earned")
    c = classify(_entry("Orion Bio narrows second-quarter loss as collaboration revenue climbs", "", recap))
    assert c.events == ()


def test_rights_said_to_come_under_an_old_agreement_are_background_after_a_long_description() -> None:
    body = (
        "Orion Bio today announced that Astellas has dosed the first patient in a Phase 2 study of OB-208, "
        "triggering a US$7.5 million milestone payment to Orion Bio.\n\nAstellas obtained exclusive global "
        "rights to develop and commercialize OB-208, an anti-CCR8 & IL-11 bispecific antibody, under a "
        "license agreement signed in November 2021."
    )
    c = classify(_entry("Orion Bio 6-K: US$7.5 million milestone from Astellas", "", body))
    assert c.events == (EventType.MILESTONE,)


def test_a_sum_an_option_fee_and_a_milestone_bring_payments_to_is_a_total() -> None:
    summary = (
        "Bristol Myers Squibb has exercised its option to obtain an exclusive worldwide licence to Orion "
        "Bio's OB-305, paying a $35 million option exercise fee; Orion Bio has also earned a $10 million "
        "milestone as BMS started a Phase 1 study of OB-101, bringing near-term payments to $45 million."
    )
    c = classify(
        _entry("Orion Bio Announces Bristol Myers Squibb Exercise of Option to License OB-305", summary)
    )
    assert sorted((a.value, a.kind) for a in c.amounts) == [
        (Decimal(10_000_000), AmountKind.MILESTONE),
        (Decimal(35_000_000), AmountKind.UPFRONT),
        (Decimal(45_000_000), AmountKind.TOTAL),
    ]


def test_a_licence_in_a_separate_transaction_is_news_under_an_acquisition_headline() -> None:
    body = (
        "Orion Bio, Inc. (NASDAQ: ORBB) today announced that it has completed its acquisition of Helix Bio, "
        "whose former equity holders received about 6.2 million Orion Bio shares.\n\nIn a separate "
        "transaction, Orion Bio has entered into an exclusive worldwide license agreement with Kyoto "
        "University for an engineered promoter technology. Orion Bio paid an upfront license fee of JPY 500 "
        "million and will owe development milestones and royalties."
    )
    c = classify(_entry("Orion Bio Completes Acquisition of Helix Bio", "", body))
    assert c.events == (EventType.LICENSING,)


def test_news_a_report_cites_as_announced_before_is_its_recap() -> None:
    # WHEN is 1 June 2025
    body = (
        "Orion Bio Limited today released its preliminary final report for the year.\n\nHighlights\n- On 20 "
        "May 2025, Orion Bio received a milestone payment of A$3.0 million from Helix Pharma following NMPA "
        "clearance of Helix's IND for OB-201 in China (ASX announcement, 20 May 2025)."
    )
    title = "Orion Bio Limited: Appendix 4E and Preliminary Final Report"
    assert classify(_entry(title, "", body)).events == ()


@pytest.mark.parametrize(
    "opener",
    [
        "Orion Bio is also announcing today that",
        "Orion Bio also advises that",
        "The company also disclosed on Tuesday that",
    ],
)
def test_news_announced_in_the_present_or_on_a_weekday_low_in_a_results_release_is_news(opener: str) -> None:
    body = (
        "BOSTON, June 1, 2025 -- Orion Bio, Inc. (Nasdaq: ORBB) today reported financial results for the "
        "first quarter of 2025 and provided a corporate update.\n\nPartnered program: In March 2024, Orion "
        f"Bio granted Helix Pharma exclusive worldwide rights to OB-205. {opener} Helix Pharma has dosed the "
        "first participant in a Phase 1 study of OB-205, which triggers a $12 million milestone payment to "
        "Orion Bio.\n\nNet loss was $21.4 million for the quarter."
    )
    title = "Orion Bio Reports First Quarter 2025 Financial Results and Provides Corporate Update"
    assert classify(_entry(title, "", body)).events == (EventType.MILESTONE,)


def test_an_event_under_a_heading_of_its_own_is_news_whatever_the_headline_is_about() -> None:
    body = (
        "Orion Bio, Inc. (Nasdaq: ORBB) today presented updated Phase 1 results for OB-908 at a medical "
        "meeting, with a confirmed response rate of 34% in 52 evaluable patients.\n\nCytokine release "
        "syndrome was mostly mild.\n\nHelix Pharma option exercise\n\nFollowing its review of the data, "
        "Helix Pharma has exercised its option under the companies' 2021 option agreement to obtain an "
        "exclusive worldwide licence to develop and commercialise OB-908. Orion Bio will receive an option "
        "exercise fee of EUR 20 million."
    )
    title = "Orion Bio Presents Updated Phase 1 Data for OB-908"
    assert classify(_entry(title, "", body)).events == (EventType.LICENSING,)
    # a heading over what is planned or past is not news of its own
    planned = body.replace("Helix Pharma option exercise", "Anticipated 2025 milestones and background")
    planned = planned.replace("has exercised its option", "may exercise its option")
    assert classify(_entry(title, "", planned)).events == ()


def test_milestones_a_financing_is_to_help_reach_are_no_milestone_event() -> None:
    summary = (
        "Orion Bio (Nasdaq: ORBB) has agreed to sell $85 million of shares to a group of healthcare "
        "investors, money it will use to finish IND-enabling studies of OB-40 and reach its 2026 clinical "
        "milestones."
    )
    assert classify(_entry("Orion Bio raises $85 million in private placement", summary)).events == ()


def test_a_sum_after_a_converted_one_in_the_same_currency_is_a_sum_of_its_own() -> None:
    summary = (
        "Helix Pharma gains exclusive Greater China rights to Orion Bio's OB-210 for an upfront payment of "
        "US$8 million (A$12.4 million), up to US$150 million in milestones and royalties."
    )
    c = classify(_entry("Orion Bio signs Greater China licence for OB-210 with Helix Pharma", summary))
    assert sorted((a.value, a.currency, a.kind) for a in c.amounts) == [
        (Decimal(8_000_000), "USD", AmountKind.UPFRONT),
        (Decimal(12_400_000), "AUD", AmountKind.UPFRONT),
        (Decimal(150_000_000), "USD", AmountKind.POTENTIAL),
    ]


def test_the_remaining_sum_said_to_consist_of_milestones_is_no_total_and_no_other_money() -> None:
    body = (
        "Orion Bio (KOSDAQ: 412350) said it has signed a license agreement granting Helix Pharma global "
        "rights to OB-1305.\n\nThe total contract scale is $1.24 billion. Of this, the non-refundable "
        "upfront payment is $40 million, and the remaining amount of up to $1.2 billion consists of "
        "milestones depending on the stages of development, approval and sales."
    )
    c = classify(_entry("Orion Bio signs $1.24 billion licence deal with Helix Pharma", "", body))
    kinds = {a.value: a.kind for a in c.amounts}
    assert kinds[Decimal(1_200_000_000)] is AmountKind.POTENTIAL
    assert [a.kind for a in c.amounts if a.value == Decimal(1_200_000_000)] == [AmountKind.POTENTIAL]


def test_a_quarterly_report_s_older_licence_terms_stay_out_of_the_licence_its_last_note_discloses() -> None:
    body = (
        "FORM 10-Q\nQUARTERLY REPORT PURSUANT TO SECTION 13 OR 15(d) OF THE SECURITIES EXCHANGE ACT OF "
        "1934\nFor the quarterly period ended March 31, 2025\nORION BIO, INC.\n\n7. Collaboration and "
        "License Agreements\n\nSanofi Agreement\nIn February 2020, the Company entered into a Collaboration "
        "and License Agreement with Sanofi. The Company received a non-refundable upfront payment of $30.0 "
        "million upon execution. The Company remains eligible for up to $400.0 million in development and "
        "commercial milestones.\n\n13. Subsequent Events\n\nHelix License Agreement\nOn May 28, 2025, the "
        "Company entered into an Exclusive License Agreement with Helix Pharma, under which the Company "
        "granted Helix an exclusive license to develop and commercialize OB-118 in mainland China. Helix "
        "will pay the Company an upfront payment of $18.0 million, and the Company is eligible to receive "
        "up to $187.0 million in development, regulatory and commercial milestone payments."
    )
    summary = (
        "Orion Bio's quarterly report discloses that on May 28, 2025 it granted Helix Pharma exclusive "
        "rights to OB-118 in mainland China for $18 million upfront and up to $187 million in milestones."
    )
    c = classify(
        _entry("Orion Bio 10-Q: subsequent event discloses China license to Helix Pharma", summary, body)
    )
    assert c.events == (EventType.LICENSING,)
    assert sorted((a.value, a.kind) for a in c.amounts) == [
        (Decimal(18_000_000), AmountKind.UPFRONT),
        (Decimal(187_000_000), AmountKind.POTENTIAL),
    ]


def test_an_antibody_class_and_a_disease_s_initials_are_no_partners() -> None:
    summary = (
        "Orion Bio has received a $7.5 million milestone payment from Novartis following dosing of the first "
        "patient in a Phase 2 clinical study of ORZ-902 in adults with IgA nephropathy."
    )
    c = classify(
        _entry("Orion Bio Earns $7.5 Million Milestone Payment as Novartis Doses First Patient", summary)
    )
    assert c.partners == ("Novartis",)


def test_a_milestone_a_lawsuit_claims_is_owed_is_no_milestone_event() -> None:
    summary = (
        "Orion Bio has filed suit in New York claiming Novartis owes it a $50 million milestone under their "
        "2020 licence for OB-204; Novartis says the trial that began in January does not meet the contract's "
        "definition."
    )
    assert classify(_entry("Orion Bio sues Novartis over $50 million milestone", summary)).events == ()


def test_an_earlier_milestone_named_after_a_comma_with_its_year_is_not_this_one() -> None:
    body = (
        "GHENT, Belgium, May 27 -- Orion Bio (Euronext Brussels: ORB) said on Tuesday that Sanofi has won "
        "authorisation of its clinical trial application (CTA) to start a Phase 1 study of SAR-14, earning "
        "the Belgian company a €6 million milestone.\n\nThe payment is the second Orion Bio has banked from "
        "the French drugmaker, following a €4 million milestone for the nomination of SAR-14 as a "
        "development candidate in 2024."
    )
    title = "Orion Bio collects €6 million as Sanofi gets EU go-ahead for first trial"
    c = classify(_entry(title, "", body))
    assert EventType.MILESTONE in c.events
    assert [(a.value, a.kind) for a in c.amounts] == [(Decimal(6_000_000), AmountKind.MILESTONE)]


def test_what_an_amended_licence_s_milestones_were_before_is_no_term_of_it() -> None:
    summary = (
        "Pfizer will pay Orion Bio a $15 million milestone now, ahead of the Phase 3 start it was tied to, "
        "under an amended licence. Orion Bio is now eligible for up to $200 million in further development, "
        "regulatory and sales milestones, down from as much as $450 million before the change."
    )
    c = classify(
        _entry("Orion Bio and Pfizer rework licence; Orion Bio banks $15 million milestone", summary)
    )
    assert Decimal(450_000_000) not in {a.value for a in c.amounts}
    assert (Decimal(200_000_000), AmountKind.POTENTIAL) in {(a.value, a.kind) for a in c.amounts}


def test_news_a_shareholder_letter_shares_is_news_and_so_is_what_it_set_off() -> None:
    body = (
        "Dear Shareholders,\n\nThe past year brought Orion Bio closer to its first approval, with two "
        "studies reading out and a third under way.\n\nOur collaboration with Bayer, which began in 2022 "
        "when Bayer licensed ex-U.S. rights to OB-620, has become one of our most productive. I am pleased "
        "to share here that in May Bayer dosed the first patient in its global Phase 2 study of OB-620. "
        "That event triggered a $15 million development milestone payment from Bayer to Orion Bio, which we "
        "expect to receive this quarter."
    )
    c = classify(_entry("Orion Bio Publishes 2024 Letter to Shareholders", "", body))
    assert c.events == (EventType.MILESTONE,)
    assert [(a.value, a.kind) for a in c.amounts] == [(Decimal(15_000_000), AmountKind.MILESTONE)]


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        (
            "Orion Bio plc: AGM Statement",
            "I am also pleased to tell shareholders that this morning the Company",
        ),
        ("Orion Bio Reports First Quarter 2025 Financial Results", "Licensing agreement: Today, Orion Bio"),
    ],
)
def test_a_licence_signed_today_low_in_a_statement_or_results_release_is_news(
    title: str, opening: str
) -> None:
    body = (
        "Orion Bio plc (AIM: ORB) today held its Annual General Meeting and reported on the year's progress "
        "in its clinical programmes.\n\nEnrolment in the Phase 2 study of OB-7 is now "
        f"complete.\n\n{opening} signed an exclusive licence agreement with Kyowa Kirin Co., Ltd. for the "
        "development and commercialisation of OB-210 in Japan. Kyowa Kirin will pay Orion Bio an upfront "
        "payment of US$6 million."
    )
    assert classify(_entry(title, "", body)).events == (EventType.LICENSING,)


def test_a_final_results_report_tells_a_milestone_of_the_last_weeks_in_the_past_as_news() -> None:
    body = (
        "Orion Bio plc (AIM: ORB) announces its final results for the year ended 31 March 2025.\n\nRevenue "
        "was £7.9 million, mainly the recognised portion of the Chiesi upfront payment.\n\nPost-period "
        "events\nIn April 2025 Chiesi submitted a Marketing Authorisation Application for OB-14 to the "
        "European Medicines Agency. Under the terms of the licence agreement, acceptance of the MAA for "
        "review triggered a milestone payment of EUR 3 million from Chiesi to Orion Bio, which was received "
        "on 24 May 2025."
    )
    title = "Orion Bio plc: Final Results for the Year Ended 31 March 2025"
    assert classify(_entry(title, "", body)).events == (EventType.MILESTONE,)


def test_a_quarterly_report_dates_news_by_its_month_alone() -> None:
    # WHEN is 1 June 2025
    body = (
        "Orion Bio Limited (ASX: ORB) provides its quarterly activities report for the quarter ended 31 May "
        "2025.\n\nHighlights\n- Cash of A$18.4 million.\n\nPartnering\nOrion Bio's Korean licensee, Helix "
        "Bio Co., Ltd., dosed the first patient in its Phase 2 bridging study of OB-11 in May. Under the "
        "licence agreement this event triggered a development milestone payment of US$2.0 million to Orion "
        "Bio."
    )
    title = "Quarterly Activities Report and Appendix 4C - May 2025 Quarter"
    assert classify(_entry(title, "", body)).events == (EventType.MILESTONE,)
    recap = body.replace("in May. Under", "in May, as announced on 12 May. Under")
    assert classify(_entry(title, "", recap)).events == ()


def test_the_firm_a_release_defines_as_the_company_is_its_company() -> None:
    body = (
        'Orion Bio plc\n("Orion" or the "Company")\n\nPartnering update: licence agreement with Shionogi for '
        "OB-310 in Japan and a milestone from Bayer\n\nOrion Bio plc (AIM: ORB) announces that it has "
        'entered into an exclusive licence agreement with Shionogi & Co., Ltd. ("Shionogi") (TSE: 4507) '
        "under which Shionogi will develop and commercialise OB-310 in Japan. Shionogi will pay Orion an "
        "upfront payment of US$6 million.\n\nAbout Orion Bio\nOrion Bio plc develops antifungal medicines."
        "\n\nAbout Shionogi\nShionogi & Co., Ltd. is a Japanese pharmaceutical company."
    )
    c = classify(
        _entry("Orion Bio plc: Exclusive Licence Agreement with Shionogi for OB-310 in Japan", "", body)
    )
    assert c.company == "Orion Bio"


@pytest.mark.parametrize(
    "announcement",
    [
        "Orion Bio announces today, together with these results, that Helix Pharma has exercised its opt-in "
        "right for OB-455.",
        "I can also share today that Helix Pharma has exercised its opt-in right for OB-455.",
        "Orion Bio has been notified by Helix Pharma, its partner for OB-455, that Helix Pharma has "
        "exercised its opt-in right for OB-455.",
    ],
)
def test_news_a_half_year_report_announces_with_its_results_is_news(announcement: str) -> None:
    body = (
        "Orion Bio AG (FRA: ORB) today published its half-year statement for 2025, with revenue of EUR 9.7 "
        "million.\n\nResearch and development expenses rose to EUR 12.1 million.\n\n"
        f"{announcement} With the opt-in, Helix Pharma takes an exclusive worldwide licence to develop and "
        "commercialise OB-455."
    )
    c = classify(_entry("Orion Bio AG publishes Half-Year Statement 2025", "", body))
    assert c.events == (EventType.LICENSING,)


def test_a_report_s_paragraph_that_says_its_milestone_was_not_announced_before_is_news() -> None:
    body = (
        "Orion Bio Oyj today published its half-year report for January-June 2025, with diagnostics revenue "
        "up 31 per cent.\n\nPartnered programme\nBayer has dosed the first patient in its Phase 2 study of "
        "OB-620. Dosing of the first Phase 2 patient is a development milestone under the licence "
        "agreement, and Orion Bio will receive a milestone payment of EUR 5 million from Bayer. The "
        "milestone has not been announced before."
    )
    title = "Orion Bio Oyj Half-Year Report January-June 2025: Diagnostics revenue up 31 per cent"
    assert classify(_entry(title, "", body)).events == (EventType.MILESTONE,)


_RESULTS_8K = (
    "UNITED STATES SECURITIES AND EXCHANGE COMMISSION\nWashington, D.C. 20549\nFORM 8-K\nCURRENT REPORT\n"
    "Date of Report (Date of earliest event reported): May 28, 2025\n\n"
    "QUILLON BIOTHERAPEUTICS, INC.\n(Exact name of registrant as specified in its charter)\n"
    "Common Stock, par value $0.001 per share (Nasdaq: QLLN)\n\n"
    "Item 2.02 Results of Operations and Financial Condition.\n\n"
    'On May 30, 2025, Quillon Biotherapeutics, Inc. (the "Company") issued a press release announcing its '
    "financial results for the quarter ended March 31, 2025. The press release is furnished as Exhibit "
    "99.1.\n\n"
    "Item 8.01 Other Events.\n\n"
    "{news}\n\n"
    "Item 9.01 Financial Statements and Exhibits.\n(d) Exhibit 99.1 Press release dated May 30, 2025."
)


def test_a_results_8k_reports_the_licence_its_other_events_item_tells_but_not_that_item_s_background() -> (
    None
):
    news = (
        'On May 28, 2025, the Company entered into an Exclusive License Agreement (the "BI Agreement") with '
        'Boehringer Ingelheim International GmbH ("Boehringer Ingelheim"), under which the Company granted '
        "Boehringer Ingelheim an exclusive, worldwide license to develop and commercialize QLN-310. Under "
        "the BI Agreement, Boehringer Ingelheim will pay the Company an upfront payment of $40.0 million."
    )
    title = "Quillon Biotherapeutics 8-K: first-quarter results and other events"
    c = classify(_entry(title, "", _RESULTS_8K.format(news=news)))
    assert c.events == (EventType.LICENSING,)
    assert [p.split()[0] for p in c.partners] == ["Boehringer"]
    assert [(int(a.value), a.kind.value) for a in c.amounts] == [(40_000_000, "upfront")]
    # the same item telling only how the company came by its rights years ago reports nothing
    background = "The Company in-licensed worldwide rights to QLN-310 from Torvald Pharma A/S in 2018."
    assert classify(_entry(title, "", _RESULTS_8K.format(news=background))).events == ()
    # nor one that says the licence was announced before
    told = "As previously announced, " + news[0].lower() + news[1:]
    assert classify(_entry(title, "", _RESULTS_8K.format(news=told))).events == ()


def test_a_results_story_reports_a_hold_lifted_that_the_company_had_not_disclosed_before() -> None:
    body = (
        "Brightwater Genomics Inc. (NASDAQ: BWGX) reported a wider second-quarter net loss on Tuesday, and "
        "executives used the company's earnings call to walk analysts through a busy second half.\n\n"
        "The company posted a net loss of $48.2 million, or $1.31 a share.\n\n"
        "Chief executive Marcus Odell was asked about BWG-402, which was placed on clinical hold in 2024. "
        "Odell said the U.S. Food and Drug Administration had informed the company that the hold had been "
        "lifted, and that the trial would resume enrolment in September.{coda}"
    )
    title = "Brightwater Genomics reports wider second-quarter loss, walks analysts through pipeline"
    coda = " The company had not disclosed the decision before the call."
    assert classify(_entry(title, "", body.format(coda=coda))).events == (EventType.IND,)
    # told without saying it is new, deep in a results story, it is the quarter's recap
    assert classify(_entry(title, "", body.format(coda=""))).events == ()


def test_a_university_named_for_a_place_of_two_words_is_the_licensor() -> None:
    c = classify(
        _entry(
            "Brenner Ocular In-Licenses AAV Capsid Technology from the University of British Columbia",
            "",
            "Brenner Ocular Inc. today announced that it has entered into an exclusive, worldwide licence "
            "agreement with the University of British Columbia (UBC) for a family of engineered capsids. "
            "Brenner will pay UBC an upfront licence fee of C$1.5 million.",
        )
    )
    assert c.events == (EventType.LICENSING,)
    assert c.partners == ("University of British Columbia",)


def test_a_trademarked_product_s_about_section_names_no_partner() -> None:
    c = classify(
        _entry(
            "Vintero Medical signs exclusive licence with Gulfmed Pharmaceuticals for Dermavin&reg;",
            "",
            "Vintero Medical AB today announced that it has entered into an exclusive licence and supply "
            "agreement with Gulfmed Pharmaceuticals FZ-LLC for Dermavin&reg; in the Middle East.\n\n"
            "About Dermavin&reg;\nDermavin&reg; is a prescription topical gel containing a growth factor.",
        )
    )
    assert c.events == (EventType.LICENSING,)
    assert [p.split()[0] for p in c.partners] == ["Gulfmed"]


def test_a_release_hard_wrapped_narrow_keeps_each_paragraph_s_first_line() -> None:
    body = (
        "SUZHOU, China -- Suzhou Lanting Biologics Co., Ltd. (HKEX:\n2619) has granted AstraZeneca (Nasdaq: "
        "AZN) an\nexclusive licence to develop, manufacture and commercialise\nLT-102, its bispecific "
        "antibody, everywhere\noutside mainland China, Hong Kong, Macau and Taiwan.\n \n"
        "AstraZeneca will pay US$100 million (about RMB 725 million)\nupfront and up to US$1.82 billion in "
        "development,\nregulatory and commercial milestones, plus tiered\nroyalties on net sales."
    )
    c = classify(_entry("Lanting Biologics licenses LT-102 to AstraZeneca", "", body))
    assert c.events == (EventType.LICENSING,)
    assert {(int(a.value), a.currency, a.kind.value) for a in c.amounts} == {
        (100_000_000, "USD", "upfront"),
        (725_000_000, "CNY", "upfront"),
        (1_820_000_000, "USD", "potential"),
    }


def test_a_report_whose_summary_says_its_licence_is_new_reports_it_from_its_body() -> None:
    body = (
        "SEOUL -- Hanul Bio (KOSDAQ: 347920) used its third-quarter business report, filed on Thursday, to "
        "disclose a technology licence with Daiichi Sankyo (TSE: 4568) that it had not announced "
        "separately.\n\nUnder the agreement, signed on May 20, Daiichi Sankyo obtains non-exclusive "
        "worldwide rights to use Hanul's linker technology. Hanul receives an upfront payment of KRW 13.5 "
        "billion."
    )
    title = "Hanul Bio's third-quarter report reveals Daiichi Sankyo licence for ADC linker platform"
    new = "Hanul Bio disclosed in its quarterly report a previously unannounced licence with Daiichi Sankyo."
    assert classify(_entry(title, new, body)).events == (EventType.LICENSING,)
    told = "Hanul Bio's quarterly report recaps its licence with Daiichi Sankyo."
    recap = body.replace("that it had not announced separately", "that it announced in May")
    assert classify(_entry(title, told, recap)).events == ()


def test_a_results_release_reports_a_licence_amended_subsequent_to_year_end() -> None:
    body = (
        "VANCOUVER, British Columbia, March 20, 2025 (GLOBE NEWSWIRE) -- Aldergrove Therapeutics Inc. (TSX: "
        "ALDR) today reported financial results for the year ended December 31, 2024.\n\n2024 and Recent "
        "Highlights\n- ALD-5 Phase 3: Enrolment was completed in December, as announced on December 9, "
        "2024.\n- Expanded partnership with Jazz: Subsequent to year end, on March 18, 2025, Aldergrove and "
        "Jazz Pharmaceuticals plc amended their 2022 licence agreement to extend Jazz's exclusive rights to "
        "ALD-5 to the United States. Jazz will pay Aldergrove an upfront payment of US$8.0 "
        "million.\n\nFinancial Results\n- Net loss for 2024 was $38.2 million."
    )
    summary = (
        "Aldergrove completed enrolment in its Phase 3 trial in 2024 and, after year end, amended its "
        "licence with Jazz Pharmaceuticals to add the United States, for US$8.0 million upfront."
    )
    title = "Aldergrove Therapeutics Reports Fourth Quarter and Full Year 2024 Results"
    c = classify(_entry(title, summary, body, published=datetime(2025, 3, 20, tzinfo=UTC)))
    assert c.events == (EventType.LICENSING,)
    assert [(int(a.value), a.kind.value) for a in c.amounts] == [(8_000_000, "upfront")]


def test_a_join_forces_headline_speaks_of_the_licence_its_body_grants() -> None:
    c = classify(
        _entry(
            "Orrin Bio and Kaiyuan Pharma Join Forces to Bring OB-21 to Patients in Greater China",
            "Kaiyuan will develop and sell OB-21 in mainland China, paying $20 million at closing.",
            "SAN DIEGO, June 1, 2025 -- Orrin Bio, Inc. and Kaiyuan Pharma today announced an agreement "
            "under which Kaiyuan will take responsibility for development and commercialization of OB-21 in "
            "Greater China.\n\nUnder the agreement, Orrin grants Kaiyuan exclusive rights to OB-21 in "
            "Greater China for respiratory indications.",
        )
    )
    assert c.events == (EventType.LICENSING,)


def test_a_furnished_interim_report_tells_news_dated_in_its_last_weeks() -> None:
    c = classify(
        _entry(
            "Aldra Therapeutics 6-K: interim report for the first half of 2025",
            "Aldra furnishes its H1 2025 interim report.",
            "FORM 6-K\n\nREPORT OF FOREIGN PRIVATE ISSUER\n\nOn August 20, 2025, Aldra Therapeutics A/S "
            "published its interim report for the six months ended June 30, 2025.\n\nEvents after the "
            "reporting period\nOn 9 August 2025 the U.S. Food and Drug Administration cleared Redmoor's "
            "Investigational New Drug application for RM-44, the first candidate to emerge from the "
            "collaboration.",
            published=datetime(2025, 8, 20, tzinfo=UTC),
        )
    )
    assert EventType.IND in c.events


def test_a_relative_clause_dates_only_what_it_tells() -> None:
    # the submission, in a clause of its own, is old; the clearance is news
    c = classify(
        _entry(
            "Tamar Bio files quarterly report on Form 10-Q for the period ended September 30, 2024",
            "",
            "FORM 10-Q\n\n12. Subsequent Events\n\nOn November 8, 2024, the FDA informed the Company that "
            "the investigational new drug application for TB-101, a cell therapy for graft-versus-host "
            "disease, which the Company had submitted on September 9, 2024, may proceed.",
            published=datetime(2024, 11, 12, tzinfo=UTC),
        )
    )
    assert c.events == (EventType.IND,)


def test_each_bullet_of_a_report_is_dated_on_its_own() -> None:
    # the second bullet's recap ("announced at the time") leaves the first bullet's new licence news
    body = (
        "Basel, 22 August 2024 – Linden Bio AG (SIX: LIND) today published its Half-Year Report 2024.\n\n"
        "Key events\n"
        "• Ostrow agreement for LB-930: Under the agreement signed on 21 August 2024, Ostrow obtains the "
        "exclusive right to develop and commercialise LB-930 in the United States.\n"
        "• LB-410 in Japan: Kaimei filed for approval in March, triggering a milestone payment that was "
        "announced at the time."
    )
    c = classify(
        _entry(
            "Linden Bio: Half-Year Report 2024",
            "Linden Bio reports first-half 2024 results.",
            body,
            published=datetime(2024, 8, 22, tzinfo=UTC),
        )
    )
    assert c.events == (EventType.LICENSING,)


def test_a_bullet_naming_an_earlier_month_dates_its_news_to_it() -> None:
    body = (
        "SAN DIEGO, Nov. 13, 2025 -- Orin Bio, Inc. today reported financial results for the third quarter "
        "ended September 30, 2025.\n\nRecent Business Highlights\n"
        "- ORN-12: In June, the FDA cleared the IND; the Phase 1 study completed dosing in October.\n"
        "- ORN-30: The company expects to file a CTA in Europe in mid-2026."
    )
    c = classify(
        _entry(
            "Orin Bio Reports Third Quarter 2025 Results",
            "Orin Bio reported third-quarter results.",
            body,
            published=datetime(2025, 11, 13, tzinfo=UTC),
        )
    )
    assert c.events == ()


def test_a_town_in_the_possessive_before_an_institute_is_no_partner() -> None:
    c = classify(
        _entry(
            "Dunlin Bio's Phase 2 start sets off payments to Aurin Pharma and the Fenwick Institute",
            "Dosing of the first patient in Dunlin Bio's Phase 2 trial of DB-12 has triggered a $5 million "
            "milestone to Aurin Pharma and an A$1.8 million payment to Melbourne's Fenwick Institute.",
        )
    )
    assert c.events == (EventType.MILESTONE,)
    assert set(c.partners) == {"Aurin Pharma", "Fenwick Institute"}
    assert {(a.value, a.currency, a.kind) for a in c.amounts} == {
        (Decimal(5_000_000), "USD", AmountKind.MILESTONE),
        (Decimal(1_800_000), "AUD", AmountKind.MILESTONE),
    }


def test_the_exchange_a_company_is_listed_on_is_no_partner() -> None:
    c = classify(
        _entry(
            "Dunlin Bio collects £2m as licensee Aurin Pharma doses first Phase 2b patient",
            "AIM-listed Dunlin Bio has received £2 million from Aurin Pharma after the first patient was "
            "dosed.",
            "LONDON -- Dunlin Bio, the Oxford spin-out listed on AIM (AIM: DNLN), said on Thursday it had "
            "been paid £2m by its licensee Aurin Pharma after the first patient was dosed in a Phase 2b "
            "study.",
        )
    )
    assert c.events == (EventType.MILESTONE,)
    assert c.partners == ("Aurin Pharma",)


def test_a_city_named_in_the_possessive_before_a_firm_is_no_partner() -> None:
    c = classify(
        _entry(
            "Borealis Peptides signs Latin American deal for wound-healing gel",
            "Borealis Peptides has granted Grupo Andara exclusive Latin American rights to its gel BP-4.",
            "Vancouver-based Borealis Peptides Inc. has found a commercial partner, handing Mexico City's "
            "Grupo Farmaceutico Andara exclusive rights to commercialize BP-4 in Latin America.",
        )
    )
    assert c.events == (EventType.LICENSING,)
    assert all("City" not in p.split() for p in c.partners), c.partners


def test_a_results_release_that_also_announces_today_reads_its_recently_dated_paragraph_as_news() -> None:
    c = classify(
        _entry(
            "Veltrix Bio Reports Half-Year 2023 Results",
            "Veltrix Bio reports a net loss of CHF 18.2 million for the first half of 2023.",
            "ALLSCHWIL, Switzerland, August 24, 2023 -- Veltrix Bio AG (SIX: VLTX) today published its "
            "half-year report.\n\nFinancial summary\n- Operating expenses of CHF 19.0 million (H1 2022: CHF "
            "16.3 million), of which research and development accounted for CHF 14.6 million.\n\n"
            "On 21 August 2023 Veltrix granted Seiwa Pharmaceutical Co., Ltd. the exclusive right to develop "
            "and commercialise VLX-031 in Japan. Seiwa pays CHF 8 million on signature.",
            published=datetime(2023, 8, 24, tzinfo=UTC),
        )
    )
    assert c.events == (EventType.LICENSING,)
    assert c.partners == ("Seiwa Pharmaceutical",)
    assert {(a.value, a.currency, a.kind) for a in c.amounts} == {
        (Decimal(8_000_000), "CHF", AmountKind.UPFRONT)
    }


def test_a_results_release_s_post_period_highlights_are_news() -> None:
    c = classify(
        _entry(
            "Meridane Biotech reports half-year 2024 results",
            "Meridane reported H1 2024 revenue of EUR 5.9 million and a cash position of EUR 63.0 million.",
            "Brussels, 5 September 2024 -- Meridane Biotech SA today announces its financial results for the "
            "first half of 2024.\n\nPipeline highlights\n- MRD-210 Phase 2a enrolment reached 70% of "
            "target\n\nPost-period highlights\n- Partner Corliss Biologics has submitted a clinical trial "
            "application for MRD-402 to begin a Phase 1 study. The submission entitles Meridane to a payment "
            "of €3 million from Corliss under the 2022 agreement.\n\nOutlook\nMeridane expects data in 2025.",
            published=datetime(2024, 9, 5, tzinfo=UTC),
        )
    )
    assert c.events == (EventType.MILESTONE, EventType.IND)
    assert c.partners == ("Corliss Biologics",)


def test_an_annual_report_s_note_on_a_partner_s_notice_given_today_is_news() -> None:
    c = classify(
        _entry(
            "Scandora Pharma A/S - Annual Report 2023",
            "Scandora's 2023 revenue rose to DKK 412 million on royalties from Vexlara.",
            "Copenhagen, 28 February 2024 -- Scandora Pharma A/S today published its annual report for "
            "2023.\n\nEvents after the balance sheet date\nHollis-Kemper Therapeutics (NYSE: HKT) notified "
            "Scandora today that it is exercising its option under the companies' 2021 research and option "
            "agreement and taking an exclusive worldwide licence to SCP-77.",
            published=datetime(2024, 2, 28, tzinfo=UTC),
        )
    )
    assert c.events == (EventType.LICENSING,)
    assert c.partners == ("Hollis-Kemper Therapeutics",)


def test_what_a_notification_releases_is_read_past_the_sum_s_conversion() -> None:
    c = classify(
        _entry(
            "Pyrenea Bio: H1 2021 results and cash runway into Q3 2023",
            "Pyrenea Bio posted a first-half net loss of EUR 6.8 million. The company added that its "
            "Japanese partner Okada Yakuhin has lodged the clinical trial notification for PYR-12 with the "
            "PMDA, which releases a JPY 300 million (about EUR 2.3 million) payment to Pyrenea.",
        )
    )
    assert c.events == (EventType.MILESTONE, EventType.IND)


def test_a_town_in_the_possessive_before_a_licensor_is_no_partner() -> None:
    c = classify(
        _entry(
            "Qiantang Biopharma picks up Trellis' ADC",
            "Qiantang Biopharma has taken exclusive rights in mainland China to TRL-210, an antibody-drug "
            "conjugate from Boston's Trellis Therapeutics, paying $25 million upfront.",
        )
    )
    assert c.events == (EventType.LICENSING,)
    assert c.partners == ("Trellis Therapeutics",)


def test_a_body_sentence_proving_the_headline_s_event_is_read_for_its_consequence() -> None:
    c = classify(
        _entry(
            "Quill Bio Announces FDA Clearance of IND Application for QB-441",
            "Quill Bio can begin a Phase 1/2 study of QB-441 after the FDA cleared its IND.",
            "CAMBRIDGE, Mass., June 1, 2025 -- Quill Bio, Inc. today announced that the FDA has cleared its "
            "IND application for QB-441.\n\nQB-441 encodes a stabilised enzyme.\n\nClearance of the IND also "
            "triggers a $3 million technology access fee that Quill owes to Synthera Labs, Inc.",
        )
    )
    assert c.events == (EventType.MILESTONE, EventType.IND)
    assert "Synthera Labs" in c.partners


@pytest.mark.parametrize(
    ("title", "sentence", "event"),
    [
        (
            "Tessa Bio Reports Third Quarter 2024 Financial Results",
            "Tessa Bio is disclosing today that this first dosing was one of the development events "
            "specified in the companies' agreement, and that it obligates Kaneshiro to pay Tessa Bio $6.0 "
            "million.",
            EventType.MILESTONE,
        ),
        (
            "Aravo Biopharma Half-Year Report 2019: Net Loss Narrows",
            "Aravo is today also able to report that Northfield has booked the first commercial sale of "
            "Velanto in Germany. The launch is the first of the commercial events defined in the 2016 "
            "licence agreement and entitles Aravo to a payment of CHF 8 million.",
            EventType.MILESTONE,
        ),
        (
            "Stanwick Bio hands CEO role to Ruth Okafor",
            "Stanwick said the U.S. Food and Drug Administration has removed the partial clinical hold it "
            "imposed in August on LUMEN, the Phase 1/2 study of STW-09.",
            EventType.IND,
        ),
        (
            "Quill's ADC posts 41% response rate at ESMO",
            "In a filing released alongside the presentation, Quill said Valmont Pharma AG (SIX: VLMN) has "
            "elected to exercise its option on QLN-208 and now holds an exclusive licence to the drug "
            "outside China.",
            EventType.LICENSING,
        ),
        (
            "Kelder Therapeutics Closes $120 Million Series C Financing",
            "Alongside the financing, Kelder has obtained exclusive worldwide rights, excluding South Korea, "
            "to DBS-7710 from Daehan Bioscience Co., Ltd.",
            EventType.LICENSING,
        ),
        (
            "Corvantis' menin inhibitor posts 41% response rate in relapsed AML at ASCO",
            "Lower down in its release, Corvantis disclosed a setback for a second programme. The FDA has "
            "stopped new enrolment in the dose-escalation study of CVT-207 after a patient died.",
            EventType.IND,
        ),
        (
            "Brennvik's BVK-12 bispecific shows durable responses in myeloma at ASH",
            "The Stockholm-based company also used the update to tidy up its partnering map. All rights to "
            "BVK-12 in Greater China return to Brennvik from Kestrel Pharmaceuticals.",
            EventType.LICENSING,
        ),
        (
            "Lumora Genetics Appoints Dr. Priyanka Desai as Chief Medical Officer",
            "Tessaly learned on March 12 that China's National Medical Products Administration has given "
            "implied approval to its application to begin clinical trials of TSL-LG2.",
            EventType.IND,
        ),
        (
            "Varenfield taps former Grau Pharma R&D chief as CEO",
            "The leadership news came with a quieter disclosure. In a securities filing the same day, "
            "Varenfield said Grau Pharma (Xetra: GRP) has served notice that it is walking away from the "
            "2021 agreement under which it held rights outside the United States to VFB-9.",
            EventType.LICENSING,
        ),
        (
            "Hanbit Bio swings to third-quarter operating profit on contract manufacturing",
            "In a separate disclosure filed the same evening, Hanbit said it had signed a technology export "
            "agreement giving Tarrow Therapeutics exclusive global rights outside South Korea to HB-0917.",
            EventType.LICENSING,
        ),
        (
            "Valmont Biotech publishes Annual Report 2024",
            'Imhof adds: "I can also share with you today that Health Canada has issued a No Objection '
            'Letter for the clinical trial application filed by our partner Arvelle Neuro Inc. for VB-77."',
            EventType.IND,
        ),
        (
            "Aldercrest Bio's half-year revenue more than triples on partner income",
            "Analysts pointed to a line in the interim report that the company had not flagged elsewhere: in "
            "March, Rheinfeld dosed the first patient in its Phase 2b trial of ALD-4, which entitled "
            "Aldercrest to a EUR 12 million development milestone.",
            EventType.MILESTONE,
        ),
    ],
)
def test_news_told_low_in_a_release_about_something_else(title: str, sentence: str, event: EventType) -> None:
    body = (
        "BOSTON, June 1, 2025 -- The company today reported its news.\n\n"
        "The headline's story goes on here, at some length, as such releases do.\n\n" + sentence
    )
    assert event in classify(_entry(title, "", body)).events


def test_a_licence_dated_years_before_and_described_is_no_new_deal() -> None:
    body = (
        "LONDON, June 1, 2025 -- Hexwell Therapeutics plc (AIM: HXW) today reports its results.\n\n"
        "On 2 May 2025 the first patient was dosed in HEX-PRIME. "
        "Under the Company's 2019 licence from Carrowmore Ventures Limited, first dosing in a Phase II study "
        "was the event that obliged Hexwell to make a GBP 2.0 million milestone payment to Carrowmore "
        "Ventures. The licence gives Hexwell exclusive worldwide rights to the HX series of compounds."
    )
    title = "Hexwell Therapeutics plc: Interim Results for the Six Months Ended 31 March 2025"
    assert EventType.LICENSING not in classify(_entry(title, "", body)).events
    # the same words after a licence signed today describe the new deal
    signed = body.replace(
        "Under the Company's 2019 licence from Carrowmore Ventures Limited, first dosing in a Phase II study "
        "was the event that obliged Hexwell to make a GBP 2.0 million milestone payment to Carrowmore "
        "Ventures.",
        "Hexwell today signed a licence with Carrowmore Ventures Limited.",
    )
    assert EventType.LICENSING in classify(_entry("Hexwell signs licence with Carrowmore", "", signed)).events


def test_a_deal_named_by_a_month_months_before_is_background() -> None:
    summary = (
        "Altamira's second-quarter revenue of $61.2 million included a $25 million milestone from Kessler "
        "Pharma announced in April and revenue from its January licence with Oribi Therapeutics."
    )
    title = "Altamira Biosciences beats on revenue as partner payments swell second quarter"
    assert classify(_entry(title, summary, published=datetime(2025, 8, 7, tzinfo=UTC))).events == ()
    # told in the month it was signed, the same words tell a deal just made
    fresh = summary.replace("January licence", "August licence")
    assert (
        EventType.LICENSING
        in classify(_entry(title, fresh, published=datetime(2025, 8, 7, tzinfo=UTC))).events
    )


def test_a_firm_named_with_an_ampersand_opens_its_headline() -> None:
    title = "Optio Royalty & Licensing Partners closes second fund at $310 million"
    summary = "Optio Royalty & Licensing Partners, which buys royalty interests, has closed its second fund."
    assert classify(_entry(title, summary)).company == "Optio Royalty & Licensing Partners"


def test_a_deal_s_kind_named_with_a_prefix_is_no_partner() -> None:
    body = (
        'On May 28, 2025, Ironleaf Therapeutics, Inc. (the "Company") and Bardolph Pharmaceuticals, Inc. '
        "(NYSE: BDP) entered into Amendment No. 2 to the Co-Development and Co-Commercialization Agreement, "
        "under which Bardolph now holds exclusive worldwide rights to IRF-220."
    )
    c = classify(_entry("Ironleaf Therapeutics 8-K: Amendment No. 2 to IRF-220 agreement", "", body))
    assert EventType.LICENSING in c.events
    assert c.partners == ("Bardolph Pharmaceuticals",)


def test_a_milestone_told_to_the_exchanges_months_before_is_a_recap() -> None:
    # an Indian exchange letter on a quarter's results: its note retells a milestone told in June
    body = (
        "SURYAKANT PHARMACEUTICALS LIMITED\n(BSE: 532981 | NSE: SURYAPH)\n\nDate: November 8, "
        "2024\n\nTo,\nBSE Limited, Phiroze Jeejeebhoy Towers, Dalal Street, Mumbai - 400 001\nNational Stock "
        "Exchange of India Limited, Exchange Plaza, Bandra Kurla Complex, Mumbai - 400 051\n\nSub: Outcome "
        "of Board Meeting held on November 8, 2024\n\nDear Sir/Madam,\n\nPursuant to Regulations 30 and 33 "
        "of the SEBI (Listing Obligations and Disclosure Requirements) Regulations, 2015, we wish to inform "
        "you that the Board of Directors at its meeting held today has approved the Unaudited Standalone and "
        "Consolidated Financial Results of the Company for the quarter and half year ended September 30, "
        "2024, prepared in accordance with the lndian Accounting Standards (lnd AS) prescribed under Section "
        "133 of the Companies Act, 2013. The Limited Review Report of the Statutory Auditors is "
        "enclosed.\n\nExtract of consolidated results (Rs in crore)\n                                        "
        "Q2 FY25     Q2 FY24\nRevenue from operations                 1,284.6     1,146.9\n  of which: other "
        "operating income\n  (incl. licensing income)                 38.2        55.0\nProfit before tax    "
        "                     231.9       189.4\nNet profit                                172.3       "
        "140.8\n\nNotes:\n1. The above results were reviewed by the Audit Committee and approved by the "
        "Board of Directors at their respective meetings held on Novem ber 8, 2024.\n2. Other operating "
        "income for the quarter includes Rs 21.4 crore (US$ 2.55 million) recognised on the development "
        "milestone received under the out-licensing agreement with Vantor Health Inc. for SK-1102, which was "
        "entered into in FY 2021-22. The achievement of the milestone was intimated to the stock exchanges "
        "on June 14, 2024.\n3. The Company operates in a single segment, viz. pharmaceuticals, in terms of "
        "Ind AS 108 - Operating Segments.\n4. Previous period figures have been regrouped / reclassified "
        "wherever necessary.\n\nThe meeting commenced at 11:30 a.m. and concluded at 2: 15 p.m.\n\nKindly "
        "take the same on record.\n\nFor Suryakant Pharmaceuticals Limited\nCompany Secretary &amp; "
        "Compliance Officer"
    )
    title = (
        "Suryakant Pharmaceuticals: Outcome of Board Meeting - Unaudited Financial Results (Ind AS) for Q2 "
        "FY2025"
    )
    when = datetime(2024, 11, 8, tzinfo=UTC)
    assert EventType.MILESTONE not in classify(_entry(title, "", body, published=when)).events
    # without the words that say it was told before, the note's milestone is the quarter's news
    told = body.replace(
        " The achievement of the milestone was intimated to the stock exchanges on June 14, 2024.", ""
    )
    assert told != body
    assert EventType.MILESTONE in classify(_entry(title, "", told, published=when)).events


def test_a_trial_s_name_and_what_a_deal_covers_are_no_partners() -> None:
    c = classify(
        _entry(
            "Norvane Receives $7.5 Million Payment Following First Dosing in Phase IIb Trial",
            "Dosing of the first patient by licensee Halloran Pharma in the HORIZON-2 Phase IIb study of "
            "NVT-330 triggers a $7.5 million development milestone to Norvane.",
            "DURHAM, N.C., Feb. 14, 2023 (GLOBE NEWSWIRE) -- Norvane Therapeutics, Inc. (Nasdaq: NRVT) today "
            "announced that its licensee Halloran Pharma Ltd. (NYSE: HLRN) has dosed the first patient in "
            "HORIZON-2, a Phase IIb clinical trial of NVT-330.",
        )
    )
    assert c.partners == ("Halloran Pharma",)
    c = classify(
        _entry("Saarvik Biotech and Delamere Therapeutics Sign Licence Agreement for Inhaled siRNA Medicines")
    )
    assert c.partners == ("Delamere Therapeutics",)
    c = classify(
        _entry(
            "Brakewater takes up option on Ostrava Bio's BTK degrader for $25M",
            "Brakewater Pharma (NYSE: BKW) has exercised its option to in-license OST-415, an oral degrader "
            "of Bruton's tyrosine kinase, from Ostrava Bio (NASDAQ: OSTB).",
        )
    )
    assert c.partners == ("Ostrava Bio",)


def test_an_address_damage_broke_does_not_join_the_firm_s_name() -> None:
    body = (
        "SEATTLE, April 6, 2021 (GLOBE NEWSWIRE) -- Orrin Cell Therapeutics, Inc. (Nasdaq: ORCT) today "
        "announced that the FDA has lifted the partial clinical hold on its Phase 1 study of ORC-11.\n\n"
        "About Orrin Cell Therapeutics\nOrrin Cell Therapeutics develops armored cell therapies.\n\n"
        "Contact: Orrin Cell Therapeutics, Inc.\nir@ orrincell. com"
    )
    title = "Orrin Cell Therapeutics Announces FDA Has Lifted Partial Clinical Hold on ORC-11 Phase 1 Study"
    assert classify(_entry(title, "", body)).company == "Orrin Cell Therapeutics"


def test_a_roundup_reports_its_lead_firm_s_news_only() -> None:
    summary = (
        "Merrowgate Pharma has handed South Korean rights to its dry-eye candidate MG-44 to Daehan Seongwon "
        "Pharmaceutical. Also this week: an IND clearance, a Series B and a fill-finish contract."
    )
    body = (
        "THE WEEK IN DEALS\n\n"
        "Merrowgate Pharma (LSE: MRG) granted Daehan Seongwon Pharmaceutical exclusive rights to develop and "
        "sell MG-44 in South Korea.\n\n"
        "Tallis Bio (Nasdaq: TLLS) said the FDA had cleared its IND for TB-12; dosing starts in the autumn."
    )
    title = "Merrowgate licenses Korean rights to dry-eye drop; Tallis, Brennock and Oxhey in brief"
    assert classify(_entry(title, summary, body)).events == (EventType.LICENSING,)
    # the same stories told as one release's are all its news
    plain = "Merrowgate licenses Korean rights to dry-eye drop; Tallis cleared to start TB-12 study"
    assert classify(_entry(plain, summary, body)).events == (EventType.IND, EventType.LICENSING)


def test_a_results_release_that_also_announces_news_reports_it() -> None:
    body = (
        "HANGZHOU, China, November 19, 2024 -- Jinhe Biologics Inc. (NASDAQ: JNHB) today reported unaudited "
        "financial results for the third quarter ended September 30, 2024 and announced that the Center for "
        "Drug Evaluation of China's National Medical Products Administration has approved its "
        "investigational new drug application for JH-1108."
    )
    title = "Form 6-K: Jinhe Biologics Inc. - third quarter 2024 results"
    c = classify(_entry(title, "", body, published=datetime(2024, 11, 19, tzinfo=UTC)))
    assert EventType.IND in c.events
    assert c.company == "Jinhe Biologics"


def test_a_firm_s_name_damage_split_is_read_whole() -> None:
    summary = "The FDA has removed the clinical hold on Crestmoor Cell Therapies' Phase 1 trial of CRM-77."
    body = (
        "Crestmoor Cell Thera pies (NASDAQ: CRMC) said on Monday that the U.S. Food and Drug Administration "
        "has lifted the clinical hold it placed in May on the Phase 1 study of CRM-77."
    )
    c = classify(_entry("FDA lifts hold on Crestmoor's off-the-shelf CAR-NK study", summary, body))
    assert c.company == "Crestmoor Cell Therapies"


def test_a_list_of_news_lends_no_partners_from_an_item_that_tells_no_deal_event() -> None:
    title = (
        "Deals of the week: Ostrander inks Korea licence with Daebong; Pemberly banks Kaito milestone; Rusk "
        "raises"
    )
    summary = (
        "Ostrander Biosciences licenses Korean rights to donaprolimab to Daebong Pharm for $8 million "
        "upfront; Kaito Pharmaceutical pays Pemberly Therapeutics a $12 million milestone after a Phase 2 "
        "win; Rusk Bio closes a $50 million Series B."
    )
    c = classify(_entry(title, summary))
    assert "Rusk Bio" not in c.partners
    assert "Daebong Pharm" in c.partners
    # an item that grants "the sole right" tells a deal event as much as one that grants rights
    expanded = classify(
        _entry(
            "Kelderhof widens Huaxin partnership to Greater China",
            "Huaxin Pharmaceutical gains the sole right to develop and commercialise KT-204 in mainland "
            "China for US$18 million; separately, the Indonesian approval of KT-204 has earned Kelderhof "
            "US$4 million.",
            "LEIDEN -- Kelderhof Therapeutics N.V. (Euronext Amsterdam: KLDR) today announced that it has "
            "amended its 2022 agreement with Huaxin Pharmaceutical Group Co., Ltd. to add mainland China.",
        )
    )
    assert expanded.company == "Kelderhof Therapeutics"
    assert "Huaxin Pharmaceutical" in expanded.partners
    # a list of tickers in brackets is no list of news
    body = (
        "WARREN, N.J. -- Novartis (NYSE: NVS; SIX: NOVN) has agreed to pay PTC Therapeutics Inc. (Nasdaq: "
        "PTCT) $1.0 billion in cash upfront for worldwide rights to PTC518."
    )
    title = "PTC Therapeutics rallies as Novartis pays $1 billion upfront for Huntington's pill PTC518"
    assert "Novartis" in classify(_entry(title, "", body)).partners


def test_a_unit_of_the_licensor_named_alone_is_no_second_party() -> None:
    body = (
        "HOUSTON, Feb. 25, 2020 -- Wrenfield Oncology, Inc. (NASDAQ: WRNF) today announced that it has "
        "entered into an exclusive, worldwide license agreement with Calloway University for CPEP, a "
        "peptide technology developed in the laboratory of Professor Ingrid Reyes at the University's School "
        "of Medicine."
    )
    title = "Wrenfield Oncology Obtains Exclusive Worldwide License to Peptide Technology from Calloway"
    assert classify(_entry(title, "", body)).partners == ("Calloway University",)


def test_an_ending_given_notice_of_now_is_news_though_it_takes_effect_later() -> None:
    summary = (
        "Ravello Pharma has given notice ending its 2021 agreement for MB-330; worldwide development and "
        "commercial rights revert to Merriden from 14 March 2026 with no payment due from either party."
    )
    c = classify(_entry("Merriden Biopharma Regains Global Rights to MB-330", summary))
    assert c.events == (EventType.LICENSING,)
    assert c.partners == ("Ravello Pharma",)


def test_a_filing_that_restates_its_licences_reports_no_licence() -> None:
    summary = (
        "The quarterly report restates Tessaline's licence agreements with Rendell University and Ferrand "
        "Labs and notes that no milestone payments became due in the quarter."
    )
    title = "Tessaline Therapeutics, Inc. Form 10-Q for the quarter ended September 30, 2025"
    assert classify(_entry(title, summary, published=datetime(2025, 11, 12, tzinfo=UTC))).events == ()


def test_what_the_headline_s_news_set_off_told_deep_in_the_body_is_news() -> None:
    body = (
        "PARIS, July 22, 2025 -- Solvane Pharma (Euronext Paris: SOLV) today announced that the European "
        "Commission has granted marketing authorisation for Dermavel.\n\n"
        "The approval is based on two Phase 3 studies in which Dermavel met its primary endpoint.\n\n"
        "Following the approval, Meridia Pharma S.A. (WSE: MRD) has exercised its option under the option "
        "agreement signed with Solvane in 2023 and has thereby obtained exclusive rights to commercialise "
        "Dermavel in Poland. Solvane will receive an option exercise fee of EUR 8 million."
    )
    title = "Solvane Pharma Receives European Commission Approval for Dermavel"
    c = classify(_entry(title, "", body, published=datetime(2025, 7, 22, tzinfo=UTC)))
    assert c.events == (EventType.LICENSING,)
    # told after anything else, it is a recap of what the approval once set off
    other = "Solvane Pharma Reports Phase 3 Data for Dermavel"
    assert classify(_entry(other, "", body, published=datetime(2025, 7, 22, tzinfo=UTC))).events == ()


def test_a_platform_named_in_a_headline_or_its_own_about_section_is_no_partner() -> None:
    title = (
        "Kestley Therapeutics Signs Licence Agreement with Ormond Pharma for VentaGuard Inhaled Biologics "
        "Platform"
    )
    c = classify(_entry(title))
    assert c.partners == ("Ormond Pharma",)
    body = (
        "CAMBRIDGE, UK, 3 March 2025 -- Kestley Therapeutics plc (AIM: KTLY) today announced an exclusive "
        "licence with Ormond Pharma plc covering Kestley's VentaGuard platform.\n\n"
        "About VentaGuard\nVentaGuard is Kestley's proprietary particle-engineering platform that "
        "stabilises antibodies for inhaled delivery.\n\n"
        "About Kestley Therapeutics\nKestley Therapeutics is a biopharma technology platform company "
        "developing inhaled biologics."
    )
    c = classify(_entry(title, "Ormond gains exclusive rights to use Kestley's VentaGuard technology.", body))
    assert c.partners == ("Ormond Pharma",)
    assert c.company == "Kestley Therapeutics"


def test_the_licensor_a_milestone_is_paid_to_is_a_partner_where_no_other_is_named() -> None:
    c = classify(
        _entry(
            "Hualing Bio gets IND nod for HL-220, owes licensor $4 million",
            "China's regulator has cleared Hualing Bio's IND for HL-220, which Hualing in-licensed from "
            "Dunmore Therapeutics, triggering a US$4 million milestone payment from Hualing to its U.S. "
            "partner.",
        )
    )
    assert EventType.MILESTONE in c.events
    assert c.partners == ("Dunmore Therapeutics",)
    # a milestone paid by another firm: the licensor upstream takes no part in it
    c = classify(
        _entry(
            "Hualing Bio earns $4 million milestone from Pellan Pharma",
            "Pellan Pharma's first dosing in a Phase 2 study of HL-220, which Hualing in-licensed from "
            "Dunmore Therapeutics, triggers a US$4 million milestone payment from Pellan to Hualing.",
        )
    )
    assert c.partners == ("Pellan Pharma",)


def test_a_quarterly_report_that_says_it_restates_old_news_reports_none_unless_it_tells_news_too() -> None:
    body = (
        "Notes to Condensed Consolidated Financial Statements\n\n"
        "Termination of the Arvale license. On April 2, 2025, Arvale Pharma SE notified us of its decision "
        "to terminate the license agreement under which we granted Arvale exclusive rights to CMT-40. The "
        "termination became effective on July 1, 2025 and all rights to CMT-40 have reverted to us."
    )
    when = datetime(2025, 8, 13, tzinfo=UTC)
    recap = classify(
        _entry(
            "Cindermoor Therapeutics 10-Q: recent developments recap Arvale licence termination",
            "Cindermoor's second-quarter 10-Q restates previously announced events, among them Arvale "
            "Pharma's termination of the CMT-40 licence.",
            body,
            published=when,
        )
    )
    assert recap.events == ()
    news = classify(
        _entry(
            "Cindermoor Therapeutics 10-Q: report discloses Arvale licence termination",
            "Cindermoor's second-quarter 10-Q discloses Arvale Pharma's termination of the CMT-40 licence.",
            body,
            published=when,
        )
    )
    assert news.events == (EventType.LICENSING,)


def test_a_headline_event_its_summary_dates_to_an_earlier_announcement_is_old_news() -> None:
    title = "Brannock Pharma's third-quarter R&D bill swells on milestone paid to Tavistock Bio"
    recap = (
        "Brannock's research costs jumped 38% in the third quarter, lifted by the $40 million milestone it "
        "announced in August on starting the Phase 3 trial of the drug it licensed from Tavistock Bio."
    )
    assert EventType.MILESTONE not in classify(_entry(title, recap)).events
    recap = recap.replace("it announced in August", "that was previously disclosed")
    assert EventType.MILESTONE not in classify(_entry(title, recap)).events
    # a summary that tells the payment as this quarter's news leaves the headline's event standing
    news = recap.replace("that was previously disclosed", "it paid this week")
    assert EventType.MILESTONE in classify(_entry(title, news)).events


def test_a_headline_event_its_summary_says_the_report_retells_is_old_news() -> None:
    title = "Harlow Therapeutics 10-K: Kestrel option exercise drives 2024 collaboration revenue"
    recap = (
        "Harlow's annual report recaps Kestrel Pharma's June 2024 exercise of its option to license HT-6 and "
        "the $35.0 million option exercise fee booked as 2024 revenue."
    )
    body = (
        "We concluded that the license was a distinct performance obligation satisfied at a point in time "
        "upon option exercise. Accordingly, we recognized the $35.0 million option exercise fee as "
        "collaboration revenue in the year ended December 31, 2024."
    )
    when = datetime(2025, 3, 3, tzinfo=UTC)
    assert classify(_entry(title, recap, body, published=when)).events == ()
    # a summary that tells the exercise as news leaves the headline's event standing
    news = recap.replace("annual report recaps", "annual report discloses for the first time")
    assert classify(_entry(title, news, body, published=when)).events == (L,)


def test_a_deal_just_signed_deep_in_a_release_about_something_else_is_news() -> None:
    title = "Orion Bio raises SEK 290 million in directed share issue"
    summary = "Orion Bio has raised SEK 290 million from institutional investors to fund development of OB-7."
    lead = (
        "STOCKHOLM -- Orion Bio AB has raised SEK 290 million in a directed share issue, it said Wednesday."
    )
    deal = (
        "Orion Bio has signed an agreement granting Kestrel AG an exclusive licence to develop and "
        "commercialise OB-7 in Europe. Kestrel will pay EUR 12 million upfront, and Orion Bio is eligible "
        "for up to EUR 180 million in milestones."
    )
    c = classify(_entry(title, summary, lead + "\n\n" + deal))
    assert c.events == (L,)
    assert c.partners == ("Kestrel",)
    # a licence told as background says what was paid, or when
    paid = deal.replace("will pay EUR 12 million", "paid EUR 12 million")
    assert classify(_entry(title, summary, lead + "\n\n" + paid)).events == ()
    dated = deal.replace("has signed an agreement", "has signed an agreement in 2021")
    assert classify(_entry(title, summary, lead + "\n\n" + dated)).events == ()


def test_a_regulator_s_production_licence_named_in_the_headline_is_no_licensing_event() -> None:
    title = "Orion Bio Obtains Drug Production Licence for Changsha Biologics Manufacturing Facility"
    body = (
        "The Board is pleased to announce that a subsidiary of the Company has been granted a Drug "
        'Production Licence (the "Licence") by the Hunan Medical Products Administration.\n\n'
        "The Board believes that the grant of the Licence marks an important milestone for the Group."
    )
    assert classify(_entry(title, "", body)).events == ()
    # a licence deal named in the headline is one
    deal = "Orion Bio Grants Kestrel Exclusive Licence to OB-7 in Greater China"
    granted = body.replace("Drug Production Licence", "licence to OB-7")
    assert classify(_entry(deal, "", granted)).events == (L,)


def test_a_cell_line_licensed_is_no_partner() -> None:
    summary = "Basilisk will use Northfield's high-titre CHO cell line, paying £750,000 upfront."
    body = (
        "Northfield Cell Sciences, the Dundee-based cell line developer, has granted Basilisk Biologics "
        "(NASDAQ: "
        "BSLK) a commercial licence to its NorthCHO expression system.\n\nPrivately held Northfield says "
        "NorthCHO routinely reaches antibody titres above 8 g/L."
    )
    title = "Northfield Cell Sciences licenses NorthCHO expression line to Basilisk Biologics"
    c = classify(_entry(title, summary, body))
    assert L in c.events
    assert c.partners == ("Basilisk Biologics",)
