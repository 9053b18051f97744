"""Every rule in the table has examples it must fire on and examples it must not, written here."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.classify import classify
from bot.classify.rules import RULES, Effect
from bot.models import Entry, EventType

M, IND, L = EventType.MILESTONE, EventType.IND, EventType.LICENSING

# rule name -> (headlines it proves or whose event it blocks, headlines it leaves alone)
# For a prove rule the first list must report its event and the second must not.
# For a negative rule the first list must NOT report the event (the rule stops it) while the second,
# the same kind of sentence without the rule's words, must.
EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # --- milestone ---
    "milestone.earned": (
        (
            "Acme Bio earns $12 million milestone from Pfizer as partnered antibody enters Phase 2",
            "Nordic Biotech receives EUR 4 million development milestone payment from Novartis",
            "Acme Bio Secures $6 Million Milestone From Ipsen",
            "Roche's start of Phase 2 study results in $9 million milestone payment to Acme Bio",
            "Acme Bio made a $4.0 million milestone payment to licensor Cardale Therapeutics",
            "Ipsen has started Phase 1 studies of two candidates, earning Acme Bio (Nasdaq Copenhagen: ACME) "
            "a EUR 4 million (DKK 30 million) milestone payment",
            "US net sales topped $250 million, crystallising a $25 million sales-based milestone that "
            "licensee Helix owes Acme Bio",
        ),
        (
            "Acme Bio is eligible for up to $300 million in development milestones",
            "Acme Bio will crystallise its pipeline strategy around its 2026 milestones",
            "Acme Bio has made good progress toward its 2021 milestones and its $4 million payment plan",
            "Net operating cash outflow excluding the Pfizer milestone was $3.2 million",
            "Ridley extends Acme's territory to Europe; Acme pays EUR 15.0 million and takes on additional "
            "milestone obligations",
        ),
    ),
    "milestone.payment_achieved": (
        (
            "A $7 million regulatory milestone payment was triggered by the approval in Japan",
            "A $20 million milestone became payable by Lystrel Pharma when the FDA accepted its NDA",
            "The $8 million development milestone that was to be paid on first dosing in a Phase 2 study has "
            "been accelerated and is now earned",
        ),
        (
            "A $7 million regulatory milestone payment would be triggered by approval in Japan",
            "The $8 million milestone that was to be paid on first dosing has not been earned",
        ),
    ),
    "milestone.announced_payment": (
        ("Zentra Therapeutics Announces Clinical Milestone Payment Following First Patient Dosed",),
        (
            "Zentra Therapeutics Announces Clinical Milestone in Enrolment",
            "Zentra more than tripled its revenue in 2024, the company said in its annual report on "
            "Wednesday, lifted by milestone payments from partner AbbVie",
        ),
    ),
    "milestone.payment_is_milestone": (
        (
            "Skelwith banked EUR12m from Kestelholm. The payment is a clinical milestone under the licence",
            "Acme received $8 million from Bayer; this payment was the first development milestone",
        ),
        (
            "The payment is a reminder that milestones of up to $200 million remain",
            "Acme received an upfront payment of $8 million from Bayer",
        ),
    ),
    "milestone.event_fee": (
        (
            "FDA clearance of the application entitles Hwaseong Bio to a technology fee of USD 5 million",
            "Eigg Biotech collects €4m development fee as Ortenau Pharma starts Phase 2b",
            "As a result, the Company became entitled to an achievement payment of $7.5 million",
            "Clearance of the IND also triggers a $3 million technology access fee that Hwaseong owes to "
            "Synthera Labs",
        ),
        (
            "Hwaseong Bio receives a USD 5 million technology access fee on signing",
            "Eigg Biotech may collect a €4m development fee if Ortenau starts Phase 2b",
        ),
    ),
    "milestone.entitled_payment": (
        (
            "With the approval, Helmsdale has become entitled to a payment of EUR 10 million from Izumo",
            "Helmsdale has become entitled to a EUR 20 million commercial payment from its partner Izumo "
            "after 2023 net sales of HLM-2 crossed EUR 500 million",
        ),
        (
            "Helmsdale would become entitled to a payment of EUR 10 million if Japan approves HLM-2",
            "Helmsdale would become entitled to a EUR 20 million commercial payment if net sales of HLM-2 "
            "cross EUR 500 million",
        ),
    ),
    "milestone.payment_due": (
        (
            "The first patient dosed in partner Verdanne's Phase 2 study has made a KRW 6.5 billion payment "
            "due to Haneul",
            "Passing that level entitles Harcourt to a one-off payment of JPY 1.5 billion, which Mikasa is "
            "due to pay by March",
            "The approval is a regulatory event under the agreement, and a payment of US$25 million from MSD "
            "has now become due to Orion Bio",
            "Full enrollment of the third cohort makes a $200 million milestone payment to Arrowhead payable "
            "within 60 days",
            "Leqembi has reached a pre-specified sales threshold, which entitles Orion Bio to a sales "
            "milestone payment of EUR 10 million",
            "Its partner Kestrel has dosed the first patient in a Phase 2 study of OB-7, an event that "
            "entitles the Swedish company to a payment of $6 million",
            "China's CDE has granted implied approval to partner Huaxin's IND for OB-7, entitling Orion Bio "
            "to US$3 million (about A$4.6 million)",
            "The FDA has let Orion Bio's IND for OB-7 take effect, which entitles the Cambridge, Mass. "
            "company to a $22.5 million payment from licensee Roche",
            "Dosing of the first patient has made a EUR 3.0 million (about $3.8 million) payment from "
            "Kestrel due to Orion Bio",
            "First Patient Dosed With OB-7; EUR 3.0 Million Now Owed to Orion Bio by Kestrel",
            "Kestrel wins accelerated FDA nod for OB-7 in biliary tract cancer, and now owes Orion Bio $25 "
            "million",
            "The first patient was dosed with OB-7, and a payment of EUR 3.0 million is owed to Orion Bio as "
            "a result",
            "Dosing of the first patient in Kestrel's Japanese Phase 2 study has made JPY 750 million (about "
            "NOK 53 million) payable to Orion Bio",
            "Receipt of the authorisation is a development event under the licence and entitles Orion Bio "
            "to a payment of SEK 20 million from Kestrel",
            "The first commercial sale in Germany is a commercial event under the licence, and a payment of "
            "EUR 8 million (about CHF 7.5 million) has fallen due to Orion Bio",
            "Kestrel dosed the first patient in March, and the associated payment of $5 million fell due to "
            "Orion Bio",
            "The CTA filed by licensee Kestrel has been authorised, and a EUR 2 million development payment "
            "falls due to Orion Bio",
            "EUR 2 Million Falls Due to Orion Bio as EU Authorises Kestrel's First-in-Human Trial of OB-7",
        ),
        (
            "A payment of EUR 8 million will fall due to Orion Bio on the first commercial sale in Germany",
            "Passing that level would entitle Harcourt to a one-off payment of JPY 1.5 billion",
            "A payment of US$25 million from MSD will become due to Orion Bio if the FDA approves OB-7",
            "The agreement makes a $200 million milestone payment payable upon approval of OB-7",
            "A payment of US$25 million from MSD will now become due to Orion Bio",
            "The licence entitles Orion Bio to a payment of US$3 million for each IND its partner files",
            "Orion Bio repaid the $12 million owed to its lenders under the term loan",
            "Dosing of the first patient would make JPY 750 million payable to Orion Bio",
            "Under the licence, a payment of EUR 2 million falls due to Orion Bio upon approval of OB-7",
        ),
    ),
    "milestone.conditions_met": (
        (
            "StemWell has received a lump-sum payment of 210 million yen from Kessmann after "
            "partially meeting the payment conditions of their agreement",
            "As part of the receipt conditions set out in the agreement have been achieved, the Company has "
            "received a lump-sum payment of 210 million yen from Kessmann",
        ),
        (
            "StemWell will receive a payment of 210 million yen from Kessmann upon meeting the payment "
            "conditions of their agreement",
            "The payment conditions of the agreement are set out below",
        ),
    ),
    "milestone.invoiced": (
        (
            "Regent Pacific Bills Wanbang US$800,000 as China's Regulator Takes Up Senstend Trial Filing",
            "Alteogen invoices Merck after Keytruda Qlex approval",
            "China's NMPA has accepted the IND that Wanbang filed, and Plethora has invoiced Wanbang "
            "US$800,000",
            "Plethora has accordingly issued an invoice to Jiangsu Wanbang for US$800,000, payable within "
            "30 business days",
            "Regent Pacific invoices Wanbang US$800,000 as China IND filing for Senstend is accepted",
            "Orion Bio has issued an invoice for $2 million to Helix after the MHRA approved the trial",
            "Orion Bio Invoices Kestrel Pharmaceutical JPY 750 Million as First Japanese Patient Receives "
            "OB-417",
            "Nordvik Pharma invoices Baltera SEK 40 million milestone after positive Phase 3 readout",
            "Nordvik said it has invoiced partner Baltera Pharma a development milestone of SEK 40 million",
            "Orion Bio has invoiced licensee Kestrel Pharma for a £1.5 million development milestone",
            "Orion Bio invoices Kestrel for £1.5m milestone",
            "Regent Pacific Announces Acceptance of Senstend IND Submission in China and US$800,000 "
            "Milestone Invoice to Wanbang",
        ),
        (
            "Plethora has invoiced Wanbang US$800,000 for clinical supplies it delivered in March",
            "Orion Bio invoices Helix $2 million for clinical supply of OB-7",
            "Orion Bio has invoiced licensee Kestrel Pharmaceuticals for £1.5 million of drug supply, well "
            "before the next milestone",
            "Orion Bio will invoice Helix $2 million once the MHRA approves the trial",
        ),
    ),
    "milestone.payment_obliged": (
        (
            "BfArM has approved Quillon's clinical trial application for QT-210 in Germany, which obliges "
            "Quillon to make a EUR 2.5 million step payment to Raventhal Biologics",
            "Completion of enrollment is one of the development events specified in the companies' 2019 "
            "license agreement, and it has earned Orion Bio $15 million",
            "That letter was the first development milestone under our agreement, and it earned Orion Bio "
            "CHF 3.0 million",
            "Dosing of the first patient in a Phase 2 trial is a development event that obligated the "
            "Company to pay CIT $3.0 million",
            "Westbrook Oncology 10-Q: first Phase 2 dosing obliges $3.0 million payment to Calloway "
            "Institute",
            "Approval to start the Phase Ib study obliges Kestrel to pay Norrvik SEK 10 million",
            "Norrvik has been authorised to run the study, an event that entitles it to SEK 10 million from "
            "Kestrel",
            "Japan's approval of VRB-44 obliges Kanemura to pay licensor Veridian Biologics (NASDAQ: VRDB) "
            "¥1.2 billion",
            "Validation of that application is an event upon which Castellan becomes obligated to pay the "
            "Company $5,000,000",
            "The effectiveness of the first IND for a collaboration compound constitutes a development "
            "milestone, upon which Kestrel is obligated to pay the Company $3.0 million within 45 days",
            "Under the existing agreement, completion of enrollment entitles Orion Bio to a $5 million "
            "payment",
            "China's NMPA has accepted partner Kestrel Biopharma's clinical trial application for the "
            "antibody, earning Orion Bio USD 4 million under their 2022 agreement",
            "Dosing of that patient was a development event under the Company's 2020 license agreement with "
            "Kestrel Biologics GmbH, and Orion Bio has accordingly paid Kestrel EUR 2 million",
            "Kestrel's IND for SYN-4 has gone into effect, entitling Synthara to an undisclosed payment",
            "Ridgecrest dosed the first patient; under its licence from Toyonaka, the event requires "
            "Ridgecrest to pay Toyonaka $4 million",
            # a date naming the agreement after it does not date the payment
            "The FDA's accelerated approval of OB-7 (zanidatamab-hrii, Ziihera) for previously "
            "treated HER2-positive biliary tract cancer obliges Kestrel Pharmaceuticals to pay its "
            "licensor Orion Bio $25 million",
            "Under the companies' November 2022 agreement, the clearance obliges Kestrel to pay Orion "
            "Bio $35 million",
            "Kestrel reported that 2024 net sales of OB-7 passed $500 million, a threshold that obliges it "
            "to pay licensor Orion Bio a one-time $50 million",
            "Kestrel has received authorisation to start a Phase 1/2 study of OB-311, entitling Orion Bio to "
            "SEK 20 million (about EUR 1.8 million)",
            "China's NMPA has accepted the new drug application filed by licensee Kestrel for OB-6, a step "
            "that earned Orion Bio RMB50 million under the 2022 licence",
            "Net sales of OB-7 reached EUR 112.4 million, crossing the first sales threshold of the 2016 "
            "licence and obliging Kestrel to pay EUR 10 million to licensor Orion Bio",
            "Crossing this threshold obliges Kestrel to make a one-time sales-based payment of EUR 10 "
            "million to Orion Bio",
            "Kestrel exercises its option on OB-118; selection of a second target earns Orion Bio a further "
            "$5 million",
            "The designation completes a pre-defined research stage under the agreement and earns Orion Bio "
            "a $5 million payment",
            "The FDA allowed Orion Bio's OB-604 study to proceed, which obliges it to pay licensor Kestrel "
            "$1.5 million",
            "The IND becoming effective constitutes a development milestone under that agreement, and the "
            "Company is therefore obligated to pay Kestrel $1,500,000 in cash within 30 days",
            "The FDA has allowed Kestrel's Phase 1 study of OB-937 to proceed, entitling Orion Bio to a $3.0 "
            "million development payment",
        ),
        (
            "Westbrook's licence obliges milestone payments of up to $42.0 million to Calloway Institute",
            "The agreement obliges Kestrel to pay Norrvik SEK 10 million upfront",
            "Approval to start the study would oblige Kestrel to pay Norrvik SEK 10 million",
            '"In the last month, four of our partners have each dosed the first patient in a Phase 2 study, '
            'earning Orion Bio $28.5 million in combined value," said the chief executive',
            "Net sales of OB-7 above $500 million would oblige Kestrel to pay Orion Bio a one-time $50 "
            "million",
            "Kestrel has signed a licence for OB-311, entitling Orion Bio to up to SEK 20 million in "
            "milestones",
            "China's NMPA may accept the new drug application for OB-6, a step that would earn Orion Bio "
            "RMB50 million",
            "Selection of a second target would earn Orion Bio a further $5 million",
            "Crossing the sales threshold would oblige Kestrel to make a one-time payment of EUR 10 million",
        ),
    ),
    "milestone.due_after_event": (
        (
            "Because the Phase 1 trial of Progenza met its primary endpoints, partner AGC will pay Regeneus "
            "US$1 million",
            "Regeneus is to be paid US$1 million by AGC because the first trial of Progenza met its primary "
            "endpoints",
            "Ekhagen will receive a EUR 15 million milestone from Vireux after its sales passed EUR 250m",
            "Orion is to receive a $5 million milestone payment now that the first patient has been dosed",
            "Perennia will receive A$4 million from Kestrel after annual net sales of Dermavia exceeded A$50 "
            "million",
            "Sorane will receive USD 3 million from licensee Halvern after the first patient was dosed in a "
            "Phase 2 study",
        ),
        (
            "If the Phase 1 trial of Progenza meets its primary endpoints, partner AGC will pay Regeneus "
            "US$1 million",
            "Ekhagen will receive a EUR 15 million milestone from Vireux if European sales pass EUR 250m",
            "Orion will receive a $5 million milestone payment after the FDA approves OB-7",
            "Orion will receive $5 million from Kestrel after sales exceed $50 million",
        ),
    ),
    "milestone.payment_triggered": (
        (
            "Ardmore's IND for ARD-5521 has gone into effect, unlocking a $7.5 million payment to Quillon",
            "Health Canada has authorised Norvale's Phase 1b study; the authorisation also releases a C$2.5 "
            "million payment from its licensee",
            "Start of the Phase 3 study triggers a $15 million payment to Orion Bio from Takeda",
            "Orion Bio said the payment (approx. USD 11 million) was triggered by Takeda's start of Phase 3",
            "The approval was granted, triggering a US$3.20 million (about HK$25 million) payment",
            "Orion Bio will collect $15 million; the technical fee was triggered by the launch in Japan",
            "Orion Bio's antibody cleared for human testing, unlocking $22.5M from Roche",
            "A $3 million payment has been triggered under Orion Bio's 2021 collaboration with "
            "Kestrel, which has nominated a lead candidate",
            "Kestrel has dosed the first subject with OB-7, setting off a US$5 million milestone payment to "
            "Orion Bio",
        ),
        (
            "Orion Bio's antibody cleared for human testing, unlocking $22.5M from Series B investors",
            "A $3 million payment will be triggered under Orion Bio's collaboration when Kestrel nominates a "
            "candidate",
            "Orion released a statement on the payment terms of its licence with Helix",
            "Closing triggers the $40 million upfront payment to Orion Bio",
            "Orion Bio said a payment would be triggered by Takeda's start of Phase 3",
        ),
    ),
    "milestone.event_is_milestone": (
        (
            "The clearance is the first development milestone under the licence with Sanwa Seiyaku",
            "The FDA has cleared the IND for OB-7, a development milestone that obliges Orion Bio to pay its "
            "licensor $2 million",
        ),
        (
            "This approval marks a major milestone for the company",
            "The clearance of an IND would be the first development milestone under the licence",
        ),
    ),
    "milestone.paid_on_event": (
        (
            "Its partner Kestrel paid it $5 million after dosing the first patient in a Phase 2 study",
            "Orion Bio Earns $15 Million as Kestrel Completes Enrollment in Pivotal Phase 3 Trial of OB-7",
            "Agenus Collects $10 Million as Merck Takes MK-4830 into Phase 2",
            "Orion Bio to collect $6 million as partner Kestrel doses first patient with OB-7",
            "Orion Bio will receive $6 million (about SEK 63 million) after its licensee Kestrel dosed the "
            "first patient in a Phase 2 trial of OB-7",
            "Orion Bio collects $15 million as Kestrel's Zynyz wins FDA nod in Merkel cell carcinoma",
            "Orion Bio to collect 45 million euros as Kestrel launches OB-7 in Britain",
            "Orion Bio bags another $5M as Kestrel's MC4 antagonist enters the clinic",
            "Orion Bio pockets EUR 4M as Kestrel takes obesity candidates into the clinic",
            "Orion Bio collects $3 million as Kestrel picks second masked ADC candidate",
            "Orion Bio owes Kuroba $15 million after FDA clears insomnia drug",
            "Kestrel to pay Orion Bio ¥1.2bn after Japanese filing for migraine drug is accepted",
            "Orion Bio books USD 15 million as OB-7's US sales cross first threshold",
            "Orion Bio due $12M as Kestrel makes first EU sale of OB-7",
            "Orion Bio has received JPY 500 million (approximately US$3.4 million) from Kestrel "
            "Pharmaceutical "
            "Co., Ltd., its licensee for OB-1 in Japan, after Kestrel enrolled the first patient in Phase 2",
            "Orion Bio will receive EUR 4 million from Kestrel after the US Food and Drug Administration "
            "allowed Kestrel's investigational new drug application for OB-5 to take effect",
            "Orion Bio books SEK 42 million as Kestrel randomises first patient in pivotal OB-8 study",
            "Kestrel hands Orion Bio ¥1.5bn as first Japanese patient receives OB-220",
            "Orion Bio Earns USD 7.0 Million as Kestrel's Application for OB-1190 Goes into Effect",
            "Orion Bio books ¥1.5bn step payment as Chinese licensee opens Phase 2 of OB-207",
            "Orion Bio collects 13 billion won step payment as Kestrel wraps Phase 1 of OB-301",
            "Orion Bio has received 13 billion won from partner Kestrel after completion of the Phase 1 "
            "study of OB-301",
            "Orion Bio pockets $50 million as Kestrel's Orvexa tops $500 million in annual sales",
            "Orion Bio is entitled to SEK 42 million from licensee Kestrel after the first patient was "
            "randomised in the Phase 3 study of OB-8",
        ),
        (
            "Orion Bio is entitled to SEK 42 million from licensee Kestrel if the first patient is "
            "randomised in the Phase 3 study of OB-8",
            "Orion Bio pockets $50 million as it sells a priority review voucher",
            "Agenus Collects $10 Million in Grants as It Plans to Take MK-4830 into Phase 2 Next Year",
            "Orion Bio to collect $6 million as it sells its Basel site",
            "Orion Bio will receive $6 million if its licensee Kestrel doses the first patient with OB-7",
            "Orion Bio would owe Kuroba $15 million if the FDA clears the insomnia drug",
            "Orion Bio could pocket $40 million if Kestrel opts in this summer, analyst says",
        ),
    ),
    "milestone.event_worth": (
        (
            "Kestrel has dosed the first subject with OB-7. That event is worth US$5 million to Orion Bio "
            "under the 2015 agreement",
            "Kestrel gains a licence to OB-9 for EUR 20 million upfront, and the companies confirm that OB-4 "
            "has met its preclinical completion event, worth EUR 15 million to Orion Bio",
            "Kestrel has dosed the first subject with OB-7; the start of the study is worth US$5 million to "
            "the Tokyo-based company",
        ),
        (
            "The next event is worth US$10 million to Orion Bio under the 2015 agreement",
            "The approval is worth an estimated $2 billion a year in sales",
            "The deal is worth up to $500 million to Orion Bio",
            "Orion Bio has set its next preclinical completion event, worth EUR 15 million to Orion Bio",
        ),
    ),
    "milestone.sum_on_event": (
        (
            "Orion Bio 10-Q: $5.0 million milestone to Bayer on Phase 3 start of OB-7",
            "Orion Bio: ¥500m milestone from Kisaragi on Japan NDA filing",
        ),
        (
            "Orion Bio 10-Q: $5.0 million in milestones to Bayer over the life of the deal",
            "Orion Bio is eligible for a $5.0 million milestone from Bayer on Phase 3 start",
        ),
    ),
    "neg.site_payments": (
        (
            "Orion Health, whose software calculates, invoices and pays sites when patient visits and other "
            "trial milestones are recorded, has closed a $30 million Series B",
        ),
        (
            "Orion Health calculates and invoices Kestrel when the first patient is dosed, and has received "
            "its $3 million development milestone",
        ),
    ),
    "neg.milestone_offset": (
        (
            "Zealand will pay Roche USD 350 million, offsettable against milestone payments, for CT-388",
            "Orion Bio will pay Bayer $20 million, creditable against future milestone payments",
        ),
        (
            "Zealand paid Roche a USD 35 million milestone payment for CT-388",
            "Orion Bio received a $20 million milestone payment, which is not creditable against royalties",
        ),
    ),
    "neg.name_licence": (
        (
            "Quarrytide owns all rights to LICENSE-derived programs and continues to seek partnerships",
            "Quarrytide has the exclusive rights to LICENSE-derived programs",
        ),
        (
            "Quarrytide Bio licenses its LICENSE Conditional-Activation Platform to Kestrel",
            "Kestrel will license LICENSE Switch Platform engagers from Quarrytide",
        ),
    ),
    "neg.company_named_milestone": (
        (
            "Milestone Pharmaceuticals reports a $5 million payment from its partner",
            "Under the agreement, Acme receives exclusive rights to sell official Milestone Marathon Series "
            "apparel and will pay a $2 million royalty advance",
        ),
        ("Acme reports a $5 million milestone payment from its partner",),
    ),
    "neg.figurative_milestone": (
        (
            "Selecting the candidate is a major milestone for our company, the CEO said",
            "Infants receiving OB-7 showed a significant improvement in the achievement of motor milestones",
        ),
        ("Acme earned a major milestone payment of $10 million from Roche",),
    ),
    "neg.milestone_uncertain": (
        ("Receipt of milestone payments depends on the progress of development and regulatory review",),
        ("Receipt of the milestone payment triggered by the approval was confirmed on Friday",),
    ),
    "neg.milestone_contingent": (
        (
            "Sablewood has closed a $95 million Series B, $40 million of which will be released only when "
            "preclinical milestones are met",
            "If the Commission approves the filing, Acme will be due a $50 million milestone payment",
            "CHF 22 million was paid at closing; the remaining CHF 18 million will be released to Acme on "
            "achievement of predefined clinical milestones",
            "CEPI will provide up to $26 million to Acme, with funding released in stages as development "
            "milestones are met",
            "Acme paid an upfront license fee of JPY 500 million and will owe development milestones",
            "AOP will provide Acme with $5.7 million in exchange for the right to receive the $11.4 million "
            "approval milestone",
            "Acme will receive royalties each year after the last sales milestone has been paid",
            "Acme believes it is on track to earn the first $100 million of enrolment milestones soon",
            "This estimate assumes receipt of milestone revenue in 2025, including a EUR 26.55 "
            "million milestone "
            "that remains pending",
            "Pallas will run the Phase 3 study under a contract valued at about $62 million, paid on "
            "enrolment and site-activation milestones",
            "Acme will also issue 950,000 shares to CLS upon the achievement of certain milestones",
            "It can also earn commercial milestone payments for each target, which could total $144 million",
            "The Phase 2 start will trigger a EUR 20 million milestone payment to Zealand Pharma",
            "Acme also stands to receive an additional $200 million milestone on first regulatory approval",
        ),
        (
            "After the Commission approved the filing, Acme earned a $50 million milestone payment",
            "Acme can confirm it has earned a $5 million milestone payment from Pfizer",
            "The Phase 2 start triggered a EUR 20 million milestone payment to Zealand Pharma",
        ),
    ),
    "neg.milestone_condition_after": (
        ("Acme Bio to receive a $10 million milestone payment if OB-7 is approved in Japan",),
        ("Acme Bio to receive a $10 million milestone payment as OB-7 is approved in Japan",),
    ),
    "neg.sales_threshold_milestone": (
        ("Acme Bio Reaches $100 Million Milestone in Product Sales",),
        ("Acme Bio Reaches $100 Million Sales Milestone Payment From Bayer",),
    ),
    "neg.milestone_listed_terms": (
        ("Acme will receive a $65 million upfront payment plus milestones and royalties from Bayer",),
        (
            "Acme will receive a $65 million milestone payment from Bayer this quarter",
            "Ridgeline Royalty Partners said it has been paid a $50 million sales milestone by Aldermoor",
        ),
    ),
    "neg.milestone_terms": (
        (
            "Acme gets $5 million now, with milestone payments of up to $200 million to follow",
            "(d) pay development milestone payments in an aggregate amount not to exceed $97,500,000; and",
            "Under the purchase agreement, Oberon will receive the remaining regulatory and sales "
            "milestones, of up to $180 million, that Otsuka owes Acme",
            "Under the licence, Acme pays Ridley development milestones, low single-digit royalties and a "
            "percentage of sublicense income",
            "Acme's annual report warns that it depends on a 2018 licence from Calder University and owes "
            "milestone payments under that licence",
        ),
        (
            "Acme gets a $5 million milestone payment now from Sanofi",
            "Acme pays Ridley a $2 million development milestone, and royalties on sales begin next year",
            # terms in a clause of their own leave the milestone earned in the first alone
            "Tornvik has exercised its option, triggering a $35 million option-exercise milestone; Acme is "
            "eligible for up to $410 million in further milestones plus tiered royalties",
        ),
    ),
    "neg.milestone_already": (
        (
            "Orion Bio reviewed its licence with Merck and the milestones already received",
            "Orion Bio listed the development milestones previously earned from Merck",
            "At signing in 2019 Orion Bio received $45 million; it has since recognized $20 million in "
            "milestone payments",
        ),
        (
            "Orion Bio has received a $5 million development milestone from Merck",
            "Orion Bio earned a $5 million milestone from Merck, its first",
        ),
    ),
    "neg.milestone_revenue_recap": (
        (
            "Revenue rose 12%, including milestone payments received during the year from Merck",
            "The quarterly report recognises $15 million of milestone revenue from partner Merck",
            "Revenue of $12.4 million included milestone revenue recognised from the Merck milestone",
            "The table below summarises milestone payments received under the agreement (in thousands)",
            "Orion Bio's quarterly report recognises revenue from the previously announced Orsini licence "
            "and milestone",
            "The increase was primarily due to recognition of the $12.0 million development milestone earned "
            "from Merck",
            "Together with a $10 million milestone announced in April, Vireo earned $35 million in "
            "milestones from Lysander in 2023",
        ),
        (
            "Acme received a $3 million milestone payment from Merck today",
            "Acme earned a $5 million milestone from Merck, which it will recognise as revenue this quarter",
            "First-quarter revenue included a previously undisclosed $5 million milestone payment earned "
            "when Merck dosed the first patient",
            "Acme reported third-quarter revenue of $4.6 million and said the FDA accepted partner Sorrel "
            "Pharma's IND in October, triggering a $3 million milestone payment to Acme",
            # a highlights sentence: the revenue is one clause, the milestone paid another
            "Acme reported second-quarter revenue of $11.2 million, began its Phase 2 trial, and made a $4.0 "
            "million milestone payment to licensor Cardale Therapeutics",
        ),
    ),
    "neg.milestone_goal": (
        (
            "Acme agreed to sell $85 million of shares, money it will use to finish IND-enabling studies and "
            "reach its 2026 clinical milestones",
            "The $40 million raised will allow Acme to hit two key clinical milestones next year",
        ),
        ("Acme reached a $40 million clinical milestone under its licence with Merck",),
    ),
    "neg.ind_would_trigger": (
        (
            "Under Acme's 2024 licence agreement with Astellas, clearance of the AB-09 IND would trigger a "
            "$5 million milestone payment to Acme",
            "Acme plans to submit an IND for AB-09 in 2026; IND acceptance would trigger a milestone payment "
            "from its partner",
        ),
        ("The FDA cleared the AB-09 IND, which triggers a $5 million milestone payment to Acme",),
    ),
    "neg.financing_milestone": (
        (
            "A second $25 million tranche becomes available to Acme upon achievement of a clinical milestone",
            "Acme can draw on the term loan once it reaches a $20 million regulatory milestone from Merck",
            "Acme received the $35 million second tranche of its Series B, released after first dosing",
            "Positive Phase 1 data unlocked the milestone-based second close of Acme's Series B, bringing it "
            "to $110 million",
            "Acme has raised EUR 120 million, EUR 70 million at first close and EUR 50 million due when a "
            "predefined clinical milestone is met",
        ),
        (
            "Acme earned a $25 million clinical milestone payment from Merck",
            "Acme earned a $25 million clinical milestone payment from Merck, which raised its cash to $80 "
            "million",
        ),
    ),
    "neg.milestone_upfront_payment": (
        (
            "Closing of the licence triggers a $20 million upfront payment to Acme",
            "Upon signing, Kestrel's opt-in triggers a $20 million payment to Acme",
        ),
        (
            "Dosing of the first patient triggers a $20 million payment to Acme",
            # (another clause's upfront is another payment's)
            "Acme has received a $3 million candidate-selection payment after Kestrel nominated a second "
            "compound, and the partners have extended Kestrel's licence, for which Kestrel will pay $8 "
            "million upfront",
        ),
    ),
    "neg.option_payment": (
        (
            "Kestrel has exercised its option to continue its licence to OB-7, triggering a one-time "
            "$325 million payment to Orion Bio",
            "Kestrel's opt-in triggers a $40 million payment to Orion Bio",
            "Kestrel has exercised its option to keep its licence to OB-7 in the U.S., Europe, Japan and "
            "other markets outside Asia after positive data, triggering a one-time $325 million payment",
            "Kestrel has exercised its option to develop OB-7 in asthma, triggering a EUR 1.5 million "
            "payment",
            "Kestrel has elected to continue its exclusive rights to OB-7 after the data, triggering "
            "a one-time $325 million payment",
            "After the pivotal data Kestrel has opted to keep its exclusive rights to OB-7 in the U.S., "
            "triggering a one-time $325 million payment",
        ),
        (
            "Kestrel has exercised its option to continue its licence to OB-7, triggering a $10 million "
            "milestone payment to Orion Bio",
        ),
    ),
    # --- IND ---
    "ind.cleared": (
        (
            "The FDA has cleared Helix Bio's Investigational New Drug application for HX-101",
            "China's NMPA approved the clinical trial application for ZB-12 in gastric cancer",
            "The TGA acknowledged Helix Bio's clinical trial notification for HX-21",
        ),
        (
            "Helix Bio expects the FDA to clear its Investigational New Drug application in 2027",
            '"The advice gives us a clear path to an authorisable CTA," said the Chief Executive Officer',
            '"Clear alignment with the agency on what the IND needs to contain is an important milestone for '
            'us," said the Chief Executive Officer',
        ),
    ),
    "ind.cleared_passive": (
        (
            "The IND for HX-101 is now active and the Phase 1 study can open",
            "Helix Bio's Investigational New Drug Application for HX-101 Goes Into Effect",
            "Partner Kestrel's Investigational New Drug application for HX-101 has gone into effect",
            "The 30-day FDA review period has passed without comment, so the IND is now in effect",
            "Wattle Bio's Clinical Trial Notification (CTN) for WB-330 has been acknowledged by the TGA",
            "The thirty-day period that followed Helix Bio's submission of an Investigational New Drug "
            "application for HX-101 ended last week without the U.S. Food and Drug Administration raising "
            "any objection, and the application is now in effect",
            "Kestrel informed the Company that the investigational new drug application Kestrel submitted to "
            "the U.S. Food and Drug Administration for HX-55, a compound arising from the parties' Research "
            'Collaboration and License Agreement dated September 12, 2018 (the "Kestrel Agreement"), has '
            "gone into effect",
        ),
        (
            "The IND for HX-101 could be active by the end of next year",
            "Helix Bio will submit an Investigational New Drug application once the application is in effect "
            "in Europe",
            "We will dose the first participant as soon as possible after the application is in effect",
            "The IND for HX-101 is not yet in effect",
            "The Investigational New Drug application for HX-101 needs 30 days of FDA review to go into "
            "effect",
        ),
    ),
    "ind.clearance_of": (
        (
            "Helix Bio Announces FDA Clearance of IND for HX-101 in Solid Tumours",
            "China's Center for Drug Evaluation has given implied approval to Kestrel Biologics' application "
            "to run clinical trials of HX-201 in China",
            "Kestrel has obtained implied approval from the Center for Drug Evaluation (CDE) of China's "
            "National Medical Products Administration (NMPA) for its application to conduct clinical trials "
            "of HX-201",
        ),
        (
            "Helix Bio seeks FDA clearance of an IND for HX-101",
            "Helix Bio plans to seek approval of its application to run clinical trials of HX-201 in China",
        ),
    ),
    "ind.submitted": (
        (
            "Orion Bio has notified its Phase 1 trial of OB-7 under the TGA's Clinical Trial Notification "
            "scheme",
            "Trial notified to, and acknowledged by, the Therapeutic Goods Administration under the CTN "
            "scheme",
            "SK bioscience said it has submitted a clinical trial plan to Australian authorities for a "
            "global Phase 1/2 study of GBP511",
            "Coralbay notified Australia's TGA of its first trial under the CTN scheme on Monday",
            "Amagi said a clinical trial notification for a Phase 1/2 study of AMT-55 was submitted to "
            "Japan's PMDA on June 27",
            "Amagi Therapeutics: Notice Concerning Submission of Clinical Trial Plan for AMT-55",
            "Helix Bio submits IND application to the US FDA for cell therapy HX-7",
            "Helix Bio completes IND submission for HX-7",
            "Helix Bio Announces Successful IND Submission for HX-7",
            "Wattle Bio has notified the TGA under the CTN scheme and dosed the first participant",
            "Wattle Bio has notified the Therapeutic Goods Administration of the study under the "
            "Clinical Trial Notification (CTN) scheme",
            "Wattle Bio has notified its Phase 1 trial of WB-14 to the TGA under the CTN scheme",
            "WB-14 Phase 1 Trial Notified to TGA; Payment Due from Linhart",
            "CTN lodged with the TGA; Phase 1 trial of WB-14 cleared to commence in Australia",
            "Wattle Bio has notified the Therapeutic Goods Administration of a Phase 1 trial of its oral "
            "Nav1.8 blocker WB-14 under the Clinical Trial Notification (CTN) scheme",
        ),
        (
            "SK bioscience has submitted its plan for a global Phase 1/2 trial of GBP511 to its board",
            "Amagi Therapeutics Outlines Clinical Trial Plan for AMT-55",
            "Helix Bio plans to submit an IND application to the US FDA for HX-7 in 2027",
            "Wattle Bio will notify its Phase 1 trial of WB-14 to the TGA under the CTN scheme next year",
            "Helix Bio targets IND submission for HX-7 around mid-year",
        ),
    ),
    "ind.clinical_hold": (
        (
            "FDA places clinical hold on Helix Bio's gene therapy trial after a serious adverse event",
            "Cellectis 6-K: FDA places hold on licensed partner Helix Bio's CAR-T clinical trials",
            "The FDA has put Helix Bio's HX-3 study on partial hold",
            "Helix Bio 8-K: FDA stops dosing in HX-5 gene therapy study pending safety review",
            "Helix Bio discloses that the FDA has halted further dosing under its investigational new drug "
            "application for HX-5",
        ),
        (
            "Helix Bio has never had a hold on any of its trials",
            "Helix Bio voluntarily placed a hold on enrolment while it reviews the data",
            "Helix Bio has halted dosing in its HX-5 study to review the data",
            "FDA stops short of approving Helix Bio's HX-5; a Phase 3 study is needed",
        ),
    ),
    "ind.hold_lifted": (
        (
            "FDA lifts hold on Helix Bio's HX-3 program; dosing to resume",
            "The FDA informed Helix Bio on Monday that the hold has been lifted after changes to the "
            "protocol",
            "The FDA has accepted Helix Bio's complete response to the partial hold placed on its Phase 1/2 "
            "study, so new patients can again be dosed",
        ),
        (
            "Helix Bio hopes the FDA will lift the hold on HX-3",
            "Helix Bio expects that the hold will be lifted in the first half of 2026",
            "Helix Bio expects the FDA to accept its complete response to the clinical hold by March",
            "Helix Bio submitted a complete response to the clinical hold in June",
        ),
    ),
    "ind.may_proceed": (
        (
            "The FDA notified Helix Bio that its proposed Phase 1 study may proceed",
            "Helix Bio has received a 'safe to proceed' letter from the FDA for HX-9",
            "The FDA has cleared HOPE-3, the pivotal Phase 3 trial of HX-9 in DMD, to proceed under the IND",
            "Pivotal HOPE-3 Trial Cleared by FDA to Proceed",
            "Helix Bio shares rally as FDA lets gene therapy study resume dosing",
            "The FDA has told Helix Bio that it may resume dosing in its Phase 1/II study of HX-9",
            "Helix Bio received information from the U.S. regulator that the Company may start the clinical "
            "trial of HX-9 under the accepted IND application",
            "Helix Bio said the FDA informed it on February 11 that its Phase III trial of the breast cancer "
            "immunotherapy HX-9 can resume",
            "FDA lets Kestrel start human tests of HX-9",
            "The MHRA, following a combined review with the Research Ethics Committee, has authorised Helix "
            "Bio to begin its first-in-human study of HX-17",
            "US regulators have accepted Kestrel's application to begin first-in-human testing of HX-9",
            "Helix Bio's China partner has received approval from the National Medical Products "
            "Administration to submit its investigational new drug application for HX-9",
        ),
        (
            "If the FDA agrees, the proposed Phase 1 study may proceed",
            "Helix Bio lets its study sites resume recruiting after the holiday",
            "The safety review committee has cleared the study to proceed to the third dose cohort",
            "Helix Bio may start a clinical trial of HX-9 in the United States next year",
            "The new funding lets Helix Bio start clinical trials of HX-9",
            "Helix Bio plans to submit its IND for HX-9 to the FDA after approval from its board",
            "Helix Bio expects the MHRA to have authorised it to begin its first-in-human study by June",
        ),
    ),
    "ind.trial_approved": (
        (
            "The MHRA has approved the Phase 1 trial of HX-9 in healthy volunteers",
            "Phase 2 study of HX-9 approved by the PMDA",
            "South Korea approves human trial of Helix Bio's experimental COVID-19 treatment",
            "Korea's Ministry of Food and Drug Safety said on Friday it has approved a Phase 1 trial",
            "Germany's Paul-Ehrlich-Institut and Belgium's FAMHP have approved Helix Bio's Phase 1 "
            "trial of HX-9",
        ),
        (
            "The FDA approved HX-9 based on the results of the Phase 3 trial",
            "South Korea's Helix Bio approves the design of its Phase 1 trial",
        ),
    ),
    "ind.no_objection": (
        ("Health Canada issues No Objection Letter for Helix Bio's Phase 1 trial of HX-9",),
        ("Helix Bio expects to receive a No Objection Letter from Health Canada",),
    ),
    "ind.review_completed": (
        (
            "The 30-day review by the PMDA of Okushiri's clinical trial notification has been completed",
            "Helix Bio's IND for HX-12 went into effect after the FDA's 30-day review",
            "The FDA completed its 30-day safety review of an investigational new drug application for HX-12",
            "Corvanta's clinical trial notification for HX-12 completed the PMDA's 30-day review",
            "Corvanta has completed the 30-day PMDA review of its clinical trial notification for HX-12",
            "Corvanta has completed the Pharmaceuticals and Medical Devices Agency's (PMDA) 30-day review of "
            "the clinical trial notification for HX-12",
            "Helix Bio said the FDA's 30-day review of its application for HX-12 passed without objection",
            "The FDA completed its review of the Investigational New Drug application for HX-330, and the "
            "Phase 1 study in healthy adults may now begin",
            # (reported speech tells news in the past perfect)
            "On March 3, Kestrel informed Helix Bio that the U.S. Food and Drug Administration had "
            "completed its "
            "30-day review of Kestrel's Investigational New Drug application for HX-5 without objection",
        ),
        (
            "Okushiri plans to submit a clinical trial notification, which the PMDA reviews in 30 days",
            "The FDA is expected to complete its 30-day safety review of the IND for HX-12 in May",
            "The 30-day review of the manufacturing site was completed",
            "The FDA completed its review of the Investigational New Drug application for HX-330 and asked "
            "for more toxicology data before dosing can begin",
        ),
    ),
    "ind.trial_go_ahead": (
        (
            "Helix Bio wins Health Canada go-ahead for Phase 2 study of HX-9",
            "The MHRA has granted Helix permission to proceed with a Phase 1/2 trial of HX-301",
            "Lanmu Biotech cleared to start China trial of LM-2208 after CDE review period lapses",
        ),
        ("Helix Bio wins FDA approval for HX-9 based on Phase 3 trial results",),
    ),
    "neg.ind_enabling": (
        ("Helix Bio starts IND-enabling studies for its lead candidate HX-11",),
        ("Helix Bio submits IND for its lead candidate HX-11",),
    ),
    "neg.pre_ind": (
        ("Helix Bio completes pre-IND meeting with the FDA for HX-11",),
        ("Helix Bio completes IND submission to the FDA for HX-11",),
    ),
    "neg.nda_bla_maa": (
        ("FDA accepts Helix Bio's New Drug Application for HX-11 for review",),
        ("FDA accepts Helix Bio's Investigational New Drug application for HX-11",),
    ),
    "neg.ind_as": (
        ("Quarterly profit under Ind AS accepted by auditors rose 9%",),
        ("FDA accepted the IND for the company's lead asset",),
    ),
    "neg.ind_other_meaning": (
        ("Cold-chain hub opens next to IND, cleared for pharmaceutical freight",),
        ("FDA cleared the IND for HX-12, opening the way to a Phase 1 trial",),
    ),
    "neg.ind_not_a_drug": (
        (
            "Halden Ridge study: most partial clinical holds on cancer drugs are lifted within four months",
            "Oakhurst Medical receives FDA approval of its IDE to begin a pivotal study of its implant",
            "The share of clinical holds imposed on new INDs was unchanged at around 9%",
            "Helix plans to dose the first patient after the IND is in effect",
            "The FDA has put on hold the pivotal study of Kotor's spinal-cord stimulator, the device "
            "maker said",
        ),
        (
            "The FDA cleared the IND for HX-12, and Helix will dose the first patient in May",
            "FDA lifts partial clinical hold on Halden's cancer drug HR-12",
        ),
    ),
    "neg.plans_to_file": (
        (
            "Helix Bio intends to file an IND for HX-12 within the next six months",
            "Helix Bio aims to submit an IND for HX-12 this year",
            "Helix Bio picks HX-12 as development candidate, eyes IND allowance by mid-2026",
            "Helix Bio 8-K: $25 million convertible note financing; notes convert on IND clearance",
            "Helix Bio asks FDA to spell out studies needed to lift HX-12 hold",
            "Helix Bio has started GLP toxicology for HX-12, with a view to submitting an IND in 2026",
            "Zentrix has said it is working with the agency to resolve the clinical hold on ZX-4",
            '"Sponsors are tired of stitching systems together every time they file an IND," said its CEO',
        ),
        (
            "Amagi Therapeutics: Notice Concerning Submission of Clinical Trial Plan for AMT-55",
            "Helix Bio has filed an IND for HX-12",
            "Helix Bio will collect $5 million from Kestrel after the Swiss group submitted a US IND "
            "for HX-12",
            "Helix Bio (AIM: HLX) said the MHRA approved its clinical trial application for HX-12",
            "AIM-listed Helix Bio said the MHRA has authorised the clinical trial application submitted by "
            "its licensee Norgaard Pharma A/S for HX-330",
            "The FDA has cleared the Phase 3 HOPE-3 trial under Helix Bio's IND",
        ),
    ),
    "neg.ind_targeted": (
        (
            "Clinical Trial Notification (CTN) to the TGA and IND submission to the FDA targeted for H2 "
            "CY2025",
            "Helix Bio closed a $62 million round to finish IND-enabling work and file an IND next year",
            "The IND submission for HX-9 is planned for the first half of 2027",
            "Helix Bio intends to notify a first-in-human study under Australia's CTN scheme in the first "
            "half of 2027, file a US IND afterwards, and is in talks with partners",
            "Next steps include filing of an IND application with the U.S. FDA to support "
            "later-phase studies, targeted for the second half of 2027",
            "Gilead is responsible for development in China, including the filing of an IND with the NMPA, "
            "which Gilead expects to submit in the second half of 2027",
        ),
        (
            "Helix Bio submitted an IND to the FDA for HX-9",
            "Helix Bio filed an IND with the FDA, which it plans to follow with a CTA in the UK",
            "The FDA cleared the IND for HX-9, and dosing is expected to start in the second quarter",
        ),
    ),
    "neg.ind_conditional": (
        (
            "Once the FDA clears the IND for HX-12, Helix will start dosing",
            "Wrenfield raises $85 million Series B, with second tranche tied to IND clearance",
            "Helix receives $30 million upfront, up to $25 million on IND acceptance and further milestones",
            "Gilead takes a licence to HX-12, paying $60 million upfront with $30 million more due on IND "
            "clearance",
            "Helix will receive $25 million upfront and a further $15 million on acceptance of Gilead's "
            "first IND in China",
            "Under that agreement, Helix's next payment from Gilead comes due only when a U.S. IND is "
            "cleared",
            "Marrowind will acquire Lysterra for $4.10 per share plus a CVR of up to $2.25 per share payable "
            "on an IND clearance for LYS-72",
            "Option periods worth up to $127.6 million may be exercised as the program reaches pre-agreed "
            "development milestones: FDA clearance of an Investigational New Drug application",
            "Investors have committed a further $60 million payable when pre-specified milestones, including "
            "FDA clearance of the HX-12 IND, are met",
            "Helix has granted Hengrun China rights to HX-12 for RMB 72.0 million upfront, RMB 36.0 million "
            "on IND acceptance in China and up to US$165 million in milestones",
            "Helix grants Hengrun exclusive China rights to HX-12 for $15 million upfront, a $10 million "
            "payment on China IND clearance and up to $185 million in further milestones",
            "Hengrun will pay Helix an upfront payment of $15,000,000 within 30 days of signing and a "
            "further $10,000,000 upon clearance of the first IND for HX-12 in China",
        ),
        (
            "The FDA cleared the IND for HX-12 and Helix will start dosing",
            "Hengrun pays Helix a $10 million payment on China IND clearance for HX-12",
            "The NMPA has accepted Hengrun's IND for HX-12 in China, triggering RMB 36.0 million to Helix",
        ),
    ),
    "neg.said_not_a_licence": (
        ("The exercise of the option does not involve any license relating to the Company's products",),
        ("The exercise of the option gives Helix an exclusive license to HX-12",),
    ),
    "neg.record_told": (
        ("Wang noted that HX-68 was the second SHP2 inhibitor worldwide to receive U.S. FDA IND clearance",),
        (
            "Helix Bio today became the first company to receive FDA clearance of an IND for an SHP2 "
            "inhibitor",
        ),
    ),
    "neg.ind_background_clearance": (
        (
            "HX-12 previously received IND clearance; the company now reports Phase 1 data",
            "The company also received IND clearance for HX-9 in 2021",
        ),
        (
            "HX-12 received IND clearance from the FDA this week",
            "Orion Bio closed its Series A; its Australian subsidiary has also cleared the TGA's clinical "
            "trial notification process",
        ),
    ),
    # --- licensing ---
    "licensing.agreement_signed": (
        (
            "Orion Bio and Takeda sign exclusive license agreement for OB-44 in Japan",
            "Orion Bio and Takeda enter exclusive license agreement for OB-44",
            "Orion Bio partners with Chiesi in exclusive licensing deal for OB-44 in Europe",
            "Orion Bio and Takeda sign exclusive licence for OB-44",
            "Orion Bio Completes Out-Licensing Deal for OB-44 With Lupin",
            "In its quarterly report Orion Bio discloses a new exclusive worldwide license from Kestrel",
            "AbbVie is expanding its partnership with Orion Bio through a new discovery collaboration and "
            "option-to-license agreement",
            "Report on Key Management Matters: Conclusion of Technology Transfer (License-Out) Agreement",
            "Orion Bio discloses a license-out of its OB-44 bispecific antibody to Brightmoor Therapeutics",
        ),
        (
            "Orion Bio and Takeda sign research collaboration on OB-44",
            "Conclusion of Technology Transfer Agreement with a contract manufacturer for OB-44",
            "The annual report discloses the license agreement with Kestrel under which Orion Bio operates",
        ),
    ),
    "licensing.rights_granted": (
        (
            "Orion Bio grants Sanofi exclusive worldwide rights to develop and commercialise OB-44",
            "Orion Bio has transferred Greater China rights to its antibody OB-44 to Suzhou Jinmai Biotech",
            "Helmholt has conferred on the Company the sole and exclusive right to import, register and "
            "market olvafungin in India",
        ),
        (
            "Orion Bio does not grant Sanofi any rights to OB-44",
            "Orion Bio completed the technology transfer of OB-44 manufacturing to its contract manufacturer",
            "The NDA brings Orion Bio closer to giving patients a new, convenient treatment option",
            "Its dual kinase profile gives us the option of a targeted development strategy across cancers",
            "The agreement confers no rights to OB-44 on Sanofi",
            "It gives paediatric cardiologists a licensed, accurately dosed option for young patients",
        ),
    ),
    "licensing.rights_obtained": (
        (
            "Sanofi obtains exclusive rights to OB-44 outside China from Orion Bio",
            "Sanofi to pay Orion Bio $50 million upfront for rights to OB-44",
            "Lupin Wins Exclusive Rights to Commercialize Orion Bio's OB-44 in India",
            "For each target Sanofi will pay an option fee and will then hold exclusive rights to develop it",
            "Under the alliance, Sanofi will lead and hold the rights to develop and commercialize OB-44",
            "Sanofi grabs global rights to Orion Bio's lung cancer drug OB-44 for $50 million upfront",
        ),
        (
            "The payment takes the total milestone and licence fees AMRI has earned under the deal to "
            "$22.75 million",
            "Sanofi could obtain exclusive rights to OB-44 if Orion Bio agrees",
            # a contingent value right paid to a bought company's holders
            "Orion Bio shareholders will also receive a contingent value right worth EUR 3 per share",
            "Existing holders will take up their rights issue entitlement in full",
            "Existing shareholders receive one (1) unit right for each share held on the record date",
            "Hartwell holds rights to OB-44 outside the United States under the companies' 2022 licence",
            "Orion Bio will continue to hold the rights to develop and commercialize OB-44 in Japan",
            "Aldgate acquires the right to receive a portion of the future milestone payments owed to "
            "Orion Bio",
        ),
    ),
    "licensing.dev_commercialisation": (
        (
            "Orion Bio and AbbVie enter into a global development and commercialization agreement for OB-44",
            "AbbVie pays Orion Bio $400 million upfront to co-develop OB-44",
            "Orion Bio and AbbVie will jointly develop and commercialise OB-44 in atopic dermatitis",
            "Orion Bio has concluded an agreement with AbbVie Inc. (NYSE: ABBV) to jointly develop and "
            "commercialize OB-44",
            "Orion Bio and AbbVie to Jointly Develop and Commercialize OB-44, a Phase 3-Ready Antibody",
            "AbbVie will commercialise OB-44 and OB-45 outside the United States, paying Orion Bio "
            "$150 million in cash",
            "AbbVie pays $500 million to take Orion Bio's migraine drugs outside the US",
        ),
        (
            "Orion Bio and AbbVie continue to co-develop OB-44 under their 2019 agreement",
            "Orion Bio co-develops OB-44 with AbbVie under an alliance signed in 2015",
            "Orion Bio pays its contract manufacturer $4 million upfront to develop a new process",
            "Orion Bio will commercialise OB-44 in the United States itself, keeping all rights",
        ),
    ),
    "licensing.licenses": (
        (
            "Orion Bio licenses OB-44 to Novartis in deal worth up to $1 billion",
            "Orion Bio Reports Half-Year 2024 Results and Licenses Greater China Rights to OB-208 to Kestrel",
            "Orion Bio's OB-44 licensed to Jazz in $500 million deal",
            "Orion Bio discloses for the first time that it in-licensed US rights to Sakuragi's SKR-3",
            "Orion Bio said it has earned a $5 million milestone from Ardent and licensed China rights to "
            "OB-9 to Huaxin",
            "Orion Bio has raised $40 million in a Series B round and, alongside it, in-licensed global "
            "rights to OB-303 from Meridale",
            "Orion Bio hit its daily limit after licensing its oral FXR agonist OB-87 to U.S.-based Verrault "
            "Pharmaceuticals in a deal worth up to KRW 1.1 trillion",
            "Orion Bio licensed its oral drug OB-87 to Verrault Pharmaceuticals in a deal worth up to $940 "
            "million",
        ),
        (
            "Orion Bio A/S: Annual Report 2024 - Licensing Revenue Rises to DKK 412 Million",
            "Orion Bio holds two licenses for its manufacturing sites",
            "Progress of the OB-44 programme licensed to Novartis lifts Orion Bio shares",
            "The in-licensed rights to SKR-3 were written down in the quarter",
            "Orion Bio has a platform it developed and licensed rights to from Harvard in 2019",
            "Orion Bio licensed OB-87 to Verrault Pharmaceuticals in 2015 in a deal worth up to $100 million",
            "The antibody Orion Bio licensed to Verrault Pharmaceuticals has entered Phase 2",
            'Kestrel Biologics, Inc. ("Kestrel"), which licenses the Company\'s masking platform, said it '
            "will present data in June",
        ),
    ),
    "licensing.option_exercised": (
        ("Novartis exercises option to license Orion Bio's OB-44",),
        ("If Novartis exercises its option, Orion Bio will receive a fee",),
    ),
    "licensing.rights_kept": (
        ("Jazz has decided to continue its exclusive license to zanidatamab after the pivotal data",),
        ("Jazz may decide whether to continue the license after the pivotal data",),
    ),
    "licensing.option_declined": (
        (
            "Novartis declines licence option on Orion Bio's OB-44; rights stay with Orion",
            "FDA clears IND for Novartis's OB-7; Novartis drops option on second collaboration program",
        ),
        ("Novartis keeps its licence option on Orion Bio's OB-44 open",),
    ),
    "licensing.terminated": (
        (
            "Orion Bio and Bayer terminate license agreement for OB-7",
            # the deal's own date, named in the words of its ending, does not make the news old
            "Orion Bio and Bayer signed a mutual termination on February 20 ending their December 2021 "
            "option, collaboration and license agreement for OB-7",
            "Bayer has served notice that it is walking away from the agreement under which it held rights "
            "outside the United States to OB-9",
        ),
        (
            "Either party may terminate the license agreement for uncured breach",
            "Orion Bio reported revenue driven by collaboration revenue, and ended the quarter with $312 "
            "million",
            "Orion Bio posted net income of $4.6 million on $40.0 million of collaboration revenue and ended "
            "September with $212.6 million in cash",
            "Orion Bio files first quarterly report since Bayer exit as it trims staff and weighs options",
            "Orion Bio is walking away from the merger agreement with Bayer",
            "Orion Bio's annual report describes its Bayer in-licence and the ended Halloran collaboration",
            "Royalties under the terminated license agreement with Bayer were recorded as revenue",
        ),
    ),
    "licensing.rights_returned": (
        (
            "Orion Bio regains worldwide rights to OB-7 from Bayer",
            "Bayer hands two discovery programs back to Orion Bio",
            "Bayer returns the OB-7 programme to Orion Bio",
        ),
        ("Orion Bio keeps its rights to OB-7", "Bayer hands two discovery programs to its research unit"),
    ),
    "licensing.amended": (
        (
            "Orion Bio and Bayer amend exclusive license agreement to add Canada",
            "The China licence has been amended so that Bayer pays Orion Bio a $7.9 million milestone",
            "The partners also expanded Bayer's licensed territory for a $30 million upfront payment",
            "An amendment to its 2023 agreement with Orion Bio extends Bayer's exclusive rights to OB-7 to "
            "Japan",
            "Lyrata 6-K: Kaimon Pharma licence expanded to Japan",
            "Under the Amendment, the licensed territory is extended to include Japan",
            "Lyrata reports that Kaimon Pharma has added Japan to its licence for LY-09",
            'Lyrata entered into a second amendment (the "Amendment") to its exclusive license agreement '
            "with Kaimon",
            "Orion Bio has amended its 2020 non-exclusive OB-7 agreement with Bayer into an exclusive "
            "licence",
            "Orion Bio turns Bayer supply pact into exclusive licence",
            "Orion Bio has widened Bayer AG's rights to OB-650 to South Korea and Taiwan for DKK 75 million",
            "Under the amendment, Bayer's territory is extended from Japan to also include South Korea",
            "Bayer will pay JPY 800 million upfront to add mainland China to its licence for OB-220",
            "Bayer will add mainland China to the territory covered by their licence for OB-220",
        ),
        (
            "Orion Bio has widened Bayer's lead in the race to approval",
            "Orion Bio will add mainland China to its list of markets for OB-220 next year",
            "Bayer adds Canada to the territory covered by its distribution agreement with Orion Bio",
            "Orion Bio's sales territory was extended to Canada by its new distributor",
            "Orion Bio and Bayer discuss the license agreement",
            "Orion Bio expanded its sales territory",
            "A new patent extends Orion Bio's rights to OB-7 until 2041",
            "Orion Bio turns its research unit into a licensing business",
        ),
    ),
    "licensing.closing": (
        ("Orion Bio announces closing of its exclusive license agreement with Merck after HSR clearance",),
        ("Orion Bio announces closing of its Series B financing",),
    ),
    "neg.background_licence": (
        (
            "Under the license agreement announced in the spring, Bayer pays royalties on sales of OB-7",
            "Approval triggered a $20 million payment from Bayer under the companies' amended collaboration",
        ),
        (
            "Bayer signs an exclusive license agreement with Orion Bio for OB-7",
            "Approval triggered a $20 million payment as Bayer and Orion Bio amended their collaboration",
        ),
    ),
    "neg.as_announced": (
        (
            "As announced on February 4, 2026, the FDA cleared the IND for VRD-112",
            "As previously reported, the FDA cleared the IND for VRD-112",
            "As communicated on 4 July 2025, the FDA cleared the IND for VRD-112",
        ),
        (
            "As announced today, the FDA cleared the IND for VRD-112",
            "On February 4, 2026, the FDA cleared the IND for VRD-112",
        ),
    ),
    "neg.habitual": (
        (
            "Duality has made its name by out-licensing ADCs to Western drugmakers",
            "Orion Bio is known for licensing its antibodies to larger partners",
        ),
        (
            "Duality has out-licensed its B7-H3 ADC to Halvorsen Pharma",
            "Orion Bio, which is known for its antibodies, grants Halvorsen Pharma exclusive rights to OB-7",
        ),
    ),
    "neg.others_events": (
        (
            "At least two Chinese developers have received clearance to start trials of menin inhibitors",
            "Several other biotechs have received FDA clearance of INDs for menin inhibitors",
        ),
        (
            "Castellan has received clearance to start a trial of its menin inhibitor",
            "Castellan, one of several companies in the field, has received FDA clearance of its IND",
        ),
    ),
    "neg.year_in_review": (
        (
            "Thornbury's CEO reviewed a year in which the company signed its first licensing deal",
            "Greyfriars reviewed a 2025 in which it signed a licence with Maddox Pharma",
        ),
        (
            "Greyfriars signed a licence with Maddox Pharma",
            "Greyfriars signed a licence with Maddox Pharma in a year in which the sector raised little",
        ),
    ),
    "neg.dated_event_noun": (
        (
            "The annual report describes the 2025 IND clearance for ELM-60",
            "The filing describes its 2024 milestone payment from Pharos for ELM-60",
            "Pallister 10-K: business section describes Wexford University licence and 2024 IND clearance "
            "for PLO-402",
        ),
        (
            "The FDA cleared the IND for ELM-60",
            "The filing reports the 2026 IND clearance for ELM-60",
        ),
    ),
    "neg.licence_dated_right_after": (
        (
            "Orion Bio and Kestrel entered into a license and collaboration agreement for OB-326 in October "
            "2023, and in May 2025 announced a further collaboration",
        ),
        (
            "Orion Bio and Kestrel entered into a license and collaboration agreement for OB-326 in "
            "February 2026",
        ),
    ),
    "neg.licence_dated_after": (
        (
            "Bayer obtained exclusive rights to OB-7 outside China under a licence signed in August 2024",
            "Orion Bio granted Bayer exclusive rights to OB-7 under the agreement dated March 2, 2021",
            "OB-7, an antibody licensed to Bayer under a global agreement signed in 2020, entered Phase 2",
        ),
        (
            "Bayer obtains exclusive rights to OB-7 outside China under a license agreement signed today",
            "Bayer obtained exclusive rights to OB-7 under a license agreement signed in February 2026",
        ),
    ),
    "licensing.pays_under_agreement": (
        (
            "Regeneron will pay Orion Bio $400 million upfront and buy $400 million of its stock under a "
            "collaboration and license agreement to develop RNAi therapeutics",
            "Bayer agreed to pay Orion Bio EUR 20 million up front under a new license agreement for OB-7",
        ),
        (
            "Regeneron paid Orion Bio $400 million upfront under the collaboration and license agreement "
            "signed in 2019",
            "Regeneron will pay Orion Bio $400 million upfront if the companies sign a license agreement",
        ),
    ),
    "neg.use_of_proceeds": (
        (
            "Orion Bio intends to use the net proceeds to fund the Phase 2 study of OB-104, to complete "
            "IND-enabling studies of OB-330 and submit an IND in the first half of 2026",
        ),
        ("Orion Bio has submitted an IND for OB-330 to the U.S. Food and Drug Administration",),
    ),
    "neg.grants_nothing": (
        (
            "It does not grant Orion Bio or the institute a licence, an option to license or any commercial "
            "rights; any future use would require a separate agreement",
        ),
        ("Orion Bio has granted the institute an exclusive licence and an option to license OB-7",),
    ),
    "neg.gerund_goal": (
        (
            '"Filing our first IND will be a major milestone for the company," said the chief executive',
            "Obtaining IND clearance for OB-7 would be the next step for Orion Bio",
        ),
        (
            "Orion Bio has filed its first IND, a major milestone for the company",
            "Following FDA clearance of the IND, Orion Bio will begin the trial",
        ),
    ),
    # (the plain sentence of a milestone: a deal's term met is news)
    "neg.terms_unchanged": (
        (
            "The Company's obligation to pay a $25.0 million regulatory milestone upon approval of OB-7 is "
            "unchanged",
        ),
        (
            "Orion Bio's achievement of the milestone triggered a $25.0 million payment from Bayer",
            "The start of the trial triggers a milestone payment from Bayer to Orion Bio; the amount is "
            "included in Bayer's guidance for 2026, which is unchanged",
        ),
    ),
    "neg.licence_status": (
        (
            "Orion BC Inc., a subsidiary of the Company, is party to an Amended and Restated License and "
            'Collaboration Agreement (the "Jazz Agreement") with Jazz Pharmaceuticals',
            "China's NMPA has cleared the trial, and the company has licensed the ADC to MSD and is "
            "eligible for milestones and royalties",
            "Orion-Bio has licensed OB-535 to Merck & Co., Inc., Rahway, N.J., USA (known as MSD outside the "
            "United States and Canada; NYSE: MRK) under a license agreement, and is entitled to further "
            "development milestones",
            "Under the agreement, AbbVie holds an option to acquire an exclusive worldwide license to OB-217",
        ),
        (
            "Orion Bio has licensed OB-5 to MSD for $35 million upfront and is eligible for milestones",
            "AbbVie today exercised its option to acquire an exclusive worldwide license to OB-217",
            "Orion Bio and Jazz amended and restated their license and collaboration agreement",
        ),
    ),
    "neg.licence_recap": (
        (
            "Orion Bio reports quarterly results and recaps its previously announced licence with Bayer",
            "The payment is the largest Orion Bio has received since it licensed Japanese rights to Bayer",
            "The IND draws on safety data Orion Bio secured through its earlier licence agreement with Bayer",
        ),
        (
            "Orion Bio announced an exclusive licence with Bayer for OB-7",
            "Orion Bio announces the closing of its previously announced licence agreement with Bayer",
        ),
    ),
    "neg.regulator_licence": (
        (
            "Orion Bio has received a licence to manufacture biological products from the Telangana Drugs "
            "Control Administration",
            "CDSCO has also granted Orion Bio a licence to import insulin glargine drug substance",
            "Vertex and CRISPR Therapeutics win world-first UK licence for gene-edited therapy Casgevy",
            "Halewood Neuroscience Receives Home Office Schedule 1 Licence for Its Cambridge Laboratory",
            "Orion Bio today announced that its Bristol facility has been granted two regulatory licences",
            "Health Canada issued a cultivation licence granting Orion the rights to grow",
            "Orion Bio Receives MHRA Manufacturer's Licence for Its Cell Therapy Facility",
            "Orion Bio has been granted a licence by India's Central Drugs Standard Control Organisation to "
            "import and sell a factor IX product it distributes",
            "Kiyose Biopharma Obtains First-Class Marketing Business Licence in Japan",
            "Orion Bio obtains GMP certificate and manufacturing licence for its Leeds plant",
            "The grant of the licence is a prerequisite for the commercial production of the Group's drugs",
            "Pellham Pharma Receives UK Licence and Swiss Authorisation for CARDIVEN",
            "The new site received its state wholesale drug distributor licence ahead of first runs",
            "State boards of pharmacy have granted Orion licenses to dispense specialty medicines",
            "The USDA Center for Veterinary Biologics granted Orion a conditional licence for its vaccine",
            "Orion Radiopharma receives NRC radioactive materials licence for its isotope facility",
            "Orion's TRG-40 IND obtains implied licence from China's NMPA",
            "Orion Bio receives Health Canada Drug Establishment Licence for its Toronto site",
            "Orion Bio obtains wholesale dealer's licence from the MHRA",
            "In addition, the Food and Drug Adrninistration, Maharashtra State, has granted the Company a "
            "licence to manufacture for sale biological products at its new facility",
            "Coldharbour Pharma Services Granted MHRA Wholesale Dealer's and Manufacturer's Specials "
            "Licences for Its Northampton Site",
            "The Therapeutic Goods Administration (TGA) has granted Orion Bio a licence to manufacture",
            "Great Britain is the eighth country to license lecanemab for early Alzheimer's disease",
            "Orion Bio was granted a licence for its Leeds site by the MHRA",
            "Orion Bio holds a licence to manufacture and import medicinal products",
            "Orion's Songdo plants have more than 100 approvals, after Plant 3 won its latest licences",
            "The Drugs Control Administration, acting with the Central Drugs Standard Control Organisation "
            "(CDSCO), has granted a licence in Form 28 for manufacture for sale at Orion's new block",
        ),
        (
            "Orion Bio grants Helix an exclusive UK licence for OB-7",
            "Orion grants Bayer exclusive rights to OB-7 in Canada",
            "Orion won exclusive licences to OB-7 from the Leeds institute",
            "Orion grants Bayer an exclusive development, manufacturing and commercialization licence",
            "Orion Bio grants Bayer a licence to manufacture and sell OB-7 in Japan",
        ),
    ),
    "neg.designation_right": (
        ("Fast Track designation grants Orion Bio the right to a rolling submission of its BLA",),
        ("Helix grants Orion Bio the right to develop OB-7 in Japan",),
    ),
    "neg.own_licence": (
        ("Orion Bio secures its licence to operate the Leeds plant",),
        ("Orion Bio secures a licence to OB-7 from Bayer",),
    ),
    "neg.government_rights": (
        (
            "The U.S. government receives customary rights under federal acquisition regulations to "
            "inventions made with contract funding",
            "Under Bayh-Dole, the government retains march-in rights to the licensed inventions",
        ),
        ("Helix Bio receives exclusive rights to develop OB-7 in the United States from Orion",),
    ),
    "neg.non_pharma_licence": (
        (
            "Orion Licensing, the brand-extension agency for the animated series Moonpuff Friends, today "
            "announced a multi-year licensing agreement with NutriKid Labs",
            "Orion Systems Signs Five-Year Global Licence with Kestrel Pharma for Its Submission-Publishing "
            "Platform",
            "Orion Informatics signs enterprise software license agreement with a top-10 CRO",
            "Cellidyne signed a five-year, $9 million licence for Pathwise's laboratory information "
            "management system",
            "Orion Bio Licenses Its Nordic Care Consumer Brand to Solvberg Cosmetics for a Skin-Care Line",
            "Orion Bio Signs Licence for New Laboratories at Chilmark Science Campus",
            "Orion Health grants Harlow Home an exclusive licence to make and sell Restwell-branded pillows "
            "and mattress toppers",
            "Orion Health signs five-year licence for its scheduling platform with Ontario hospital network",
            "Orion Trial signs C$18 million licence deal with Helix Pharma for eClinical platform",
            "Orion Bio Licenses Office Space in Boston",
            "Quillon Licenses Its AI Pharmacovigilance Case-Processing Platform to a Top-10 Drug Maker",
            "Paxton Health licenses AI trial-design platform to Ferrant, Gullane and two others",
            'Orion Bio entered into a License Agreement (the "Space License") with Harbor Research Park',
            "Quarry Point Labs Signs Licence Agreements with Three Biotech Occupiers",
            "Kanto Office Secures Exclusive Rights to Distribute Ergonomic Office Furniture in Japan",
            "Veridan Grants Non-Exclusive Patent License for Automated Pipetting Heads to Tarrant",
            "Veridan, a maker of laboratory automation equipment, granted Tarrant rights to its patents",
            "Grebewell Pharma licenses its 'Sunny Bear' mascot to a toy maker",
            "Konkan Remedies will sponsor the Test series, paying for the rights to its logo on team kit",
            "Jadeite Receives US Patent Granting Exclusive Rights to JDT-6 Composition Through 2043",
            "Nuvestra has secured an exclusive licence to use the Harbourfront Convention Centre",
            "Istrova Health Data Licenses De-Identified Claims Dataset to Regional Health Insurer",
            "Marlowgate Health System licenses 7-tesla MRI scanner for clinical use",
            "Qualvane signs $18 million patent licence with Kinsei Electronics over wireless charging",
            "Veridian Cell Energy Signs Exclusive License Agreement with Kestrel Automotive Systems for "
            "Solid-State Electrolyte Patents",
            "Orion Bio settled a suit over its patient web portal, taking a non-exclusive licence to patents",
            "Breathwell Devices signs cellular IoT patent pool licence for its connected inhaler sensor",
            "The forum has granted Copenhagen exclusive rights to host its 2020 meeting",
            "Cardinal Wharf Bio is moving after signing a licence agreement for 18,000 sq ft of space",
            "Orion Bio signs a licence agreement for 1,700 square metres at the Fenbridge campus",
            "Tessellate Signs Multi-Year License for Its Clinical Data Platform with Two Top-10 Pharma "
            "Companies",
            '"Buying the company rather than striking a licence gives us the whole asset," said Halvard',
            "Orion Agri grants Harrow Machinery an exclusive licence to fit its soil-moisture probes to "
            "Harrow irrigation systems",
            "Orion Robotics licenses its weed-spotting boom to tractor maker Kestrel",
            "Orion Optics grants a smartwatch maker a licence to its heart-rate sensing patents",
            "Orion Foods licenses its fermentation-made sweet protein to a soft-drinks maker",
        ),
        (
            "Orion Bio signs exclusive license agreement with a top-10 pharma company for OB-7",
            "Orion Bio licenses lithium-based mood stabiliser OB-7 to Kestrel Pharma",
            "Orion Bio signs a licence with the Medicines Patent Pool for generic OB-7 in 90 countries",
            "Orion Bio licenses OB-7, its oral immunotherapy for peanut and other food allergies, to Kestrel",
            "Orion Animal Health grants Kestrel exclusive rights to its vaccine for farmed salmon",
        ),
    ),
    "neg.revenue_recognition": (
        (
            "We concluded that the license was a distinct performance obligation satisfied at a point in "
            "time upon option exercise",
            "Under ASC 606, the Company allocated the transaction price to the license granted to Kestrel",
        ),
        ("Kestrel exercised its option and obtained an exclusive license to OB-7 today",),
    ),
    "neg.litigation": (
        ("Orion Bio files complaint alleging Bayer breached the exclusive license agreement",),
        ("Orion Bio signs exclusive license agreement with Bayer",),
    ),
    "neg.licence_covenant": (
        (
            "Among other things, the Company may not transfer or exclusively license its intellectual "
            "property other than under Permitted Licenses",
            "The Loan Agreement contains customary covenants, including restrictions on granting exclusive "
            "licenses to OB-7 without the Lender's consent",
            "Orion Bio may not grant an exclusive license to OB-7 without the prior written consent of the "
            "lenders",
        ),
        (
            "Orion Bio grants Bayer an exclusive license to OB-7 after the lenders released their lien",
            "Orion Bio signs exclusive license agreement with Bayer for OB-7",
        ),
    ),
    "neg.compensation_goal": (
        (
            "Business development (25%): execute at least one strategic licensing transaction -- achieved "
            "through the license agreement with Bayer for OB-7",
            "The 2024 corporate goals included signing an exclusive license agreement for OB-7",
        ),
        (
            "Orion Bio signs exclusive license agreement with Bayer for OB-7",
            "Orion Bio signs exclusive license agreement with Bayer for OB-7, meeting its goal for the year",
        ),
    ),
    "neg.ind_submission_ahead": (
        (
            "The agency's feedback allows us to proceed with confidence to our IND submission for HX-9",
            "The FDA's written responses allow Helix Bio to move ahead to its IND submission for HX-9",
        ),
        (
            "The FDA has allowed the IND for HX-9 to proceed",
            "Helix Bio's IND submission for HX-9 was cleared by the FDA",
        ),
    ),
    "neg.right_to_payments": (
        (
            "The agreement gives Orion Bio the right to development, regulatory and commercial milestones of "
            "up to $600 million",
            "Bayer granted Orion Bio the right to receive royalties on OB-7 sales",
        ),
        (
            "Orion Bio grants Bayer the exclusive right to develop OB-7 in Japan",
            "Orion Bio grants Bayer exclusive rights to OB-7 and keeps the right to co-promote it in the US",
        ),
    ),
    "neg.royalty_financing": (
        (
            "Orion Bio receives $50 million from royalty sale; buyer obtains rights to royalties on OB-7",
            "Royalty Pharma acquires Orion Bio's right to royalties on Bayer's sales of OB-7 for $100m",
        ),
        ("Orion Bio receives $50 million as Bayer obtains rights to OB-7",),
    ),
    "neg.acquisition": (
        (
            "Bayer to acquire Orion Bio, obtaining rights to OB-7, in $2 billion tender offer",
            "Tarrow Bio exercises option to buy Quillon Therapeutics for $210 million",
            "Option Care Health Confirms Termination of Merger Agreement with Amedisys",
            "Bayer has agreed to buy all of the shares of privately held Orion Bio, owner of OB-7, for $310m",
            "Bayer will acquire 100% of the share capital of Orion Bio, gaining the rights to OB-7",
            "Bayer buys Orion Bio, inheriting its exclusive Stanbridge University licence to OB-14",
        ),
        (
            "Bayer obtains rights to OB-7 from Orion Bio in $2 billion deal",
            "Tarrow Bio exercises option to acquire an exclusive licence to Quillon's OB-7",
            "Bayer obtains rights to OB-7 from Orion Bio and will buy shares of Orion Bio worth $20m",
        ),
    ),
    "neg.asset_purchase": (
        (
            "Thornbury Acquires Global Rights to TB-402 from Calvera Bio in Outright Asset Purchase",
            "Brennick obtains worldwide rights to SLV-12, which it bought outright from Solvane",
            "Carrow acquired all of Lenz's right, title and interest in the rights to LZ-4",
            "Buying Solvane outright gives Redgrave worldwide rights to the drug",
            "Hartwell bought Morrow's U.S. and Canadian rights, title and interest in the antifungal ZEPRIQ",
            "Vantry Pharmaceuticals has bought all of Tollan Bio's rights to the TRX-5 program, including "
            "patents, the open IND and clinical supplies, for $14.0 million in cash at closing",
        ),
        (
            "Thornbury obtains global rights to TB-402 from Calvera Bio",
            "Telix signs an exclusive in-licence agreement with SCV GmbH and an asset purchase agreement "
            "with Medianezia",
        ),
    ),
    "neg.share_option": (
        (
            "Orion Bio has granted the underwriters a 30-day option to purchase additional shares",
            "Orion Bio's chief executive exercised options over 200,000 shares under a 10b5-1 plan",
            "Orion Bio has granted options over 4,350,000 ordinary shares to directors and staff",
            "The options have an exercise price of $15.74 per share, equal to the closing price on the grant "
            "date, Each option vests over four years",
            "Resolutions include renewal of the directors' authority to allot shares and grant rights to "
            "subscribe for shares",
        ),
        ("Orion Bio has granted Bayer an option to license OB-7",),
    ),
    "neg.deal_statistics": (
        (
            "Option-based deals, in which a partner pays for the right to license an asset after proof of "
            "concept, accounted for 31% of transactions, up from 22%",
            "Harcourt counted 27 out-licensing deals by Chinese biotechs, with more buyers taking options at "
            "IND stage rather than outright licences",
            "A growing share of deals were structured as options: buyers pay a fee for the right to take an "
            "exclusive licence later",
        ),
        ("Kessmann pays Orion Bio for the right to license OB-7 after proof of concept",),
    ),
    "neg.generic_business": (
        (
            "The San Diego company licenses its platform to drugmakers that want longer-acting drugs",
            "Instead it in-licenses late-stage or de-risked assets from partners and takes them to market",
        ),
        (
            "The San Diego company licenses its platform to Bayer for three targets",
            "Today it in-licenses three late-stage assets from Bayer for Greater China",
        ),
    ),
    "neg.licence_contingent": (
        (
            "Corvell refers to an article published in the Australian Financial Review on Saturday, which "
            "reported that the Company had agreed to license North American rights to CVT-61",
            "Kellbrook Pharma denies report it is close to licensing obesity pill to Chinese partner",
            "The Seoul Economic Herald reported, citing unnamed industry sources, that Daeun was about to "
            "grant a European drugmaker exclusive worldwide rights to DB-1101",
            "Orion Bio's lupus antibody succeeds in Phase 3; Kestrel still weighing opt-in",
            "Under the MOU, Kestrel desires to obtain an exclusive license to commercialize OB-10 in China, "
            "and Orion Bio is willing to grant such a license",
            "Orion said it was in active conversations about licensing rights to OB-7 in Europe",
            "The net proceeds will be used as to (i) approximately 40% to in-license innovative "
            "products from "
            "overseas partners",
            "Orion Bio is in discussions to grant a partner exclusive rights to OB-7",
            "Under a 2023 option agreement, Gallatin can take an exclusive worldwide license to VDN-88",
            "Orion Bio is scouting Korean biotechs for late-preclinical assets to in-license",
            "We want companies to see what is ready to license now, said the university",
            "Analyst sees Orion Bio out-licensing ex-US rights to OB-7 this year",
            "Orion Bio Announces Strategic Review and Intention to Out-License OB-7",
            "The analyst wrote that Orion Bio is likely to license ex-US rights to OB-7 in 2025",
            "A media report stated that Orion Bio is close to signing a licence-out agreement for OB-7",
            "Orion Bio and Kestrel have signed a non-binding term sheet for an exclusive licence to OB-7",
            "Orion Bio signs heads of terms to out-license OB-7 in Europe",
            "Orion Bio agrees terms with Kestrel Pharma to license OB-7",
            "Orion Bio is also looking for a partner to license rights to OB-7 outside Greater China",
            "Kestrel holds an exclusive option, exercisable after it has reviewed the Phase 1 data, "
            "to take a worldwide license to OB-7",
            "Orion Bio was paid $40 million at signing, and the fee to exercise the option would be "
            "$225 million",
            "Kestrel will pay $3 million upfront and a royalty on sales, and can extend the licence to Japan "
            "for a further fee",
            "Orion Bio has closed a $90 million Series B financing to in-license two or three clinical-stage "
            "candidates from Korean biotechs",
            "Orion Bio bags $90 million to in-license clinical assets from Asia",
        ),
        (
            "Orion Bio grants a partner exclusive rights to OB-7",
            "Orion Bio out-licenses ex-US OB-9 rights",
            "Kestrel has extended the licence to Japan for a further fee",
            "Orion Bio, fresh from its Series B financing, has agreed to in-license OB-7 from Kestrel for "
            "$20 million upfront",
            "Harbor Lane Capital forms NewCo Orion to in-license ex-China rights to OB-7; Kestrel receives "
            "$40 million upfront",
            "In a deal worth close to $1 billion, Orion Bio granted Bayer exclusive rights to OB-7",
            # what a colon opens stands apart from the question before it
            "Asked how it could pay for trials, its chief revealed a deal: Orion Bio has granted Kestrel "
            "Pharma a sublicence to develop OB-7 in Europe",
        ),
    ),
    # --- all events ---
    "neg.forward_looking": (
        (
            "This release contains forward-looking statements about the milestone payment triggered by "
            "the study",
            "The report repeats its risk factors, including the milestone payment triggered by the study",
        ),
        ("The start of the study triggered a $5 million milestone payment to Acme",),
    ),
    "neg.to_discuss": (
        (
            "Helix Bio will host a webcast on March 19 to discuss the FDA clearance of its IND for HX-12",
            "Management will hold a conference call today to review the IND clearance for HX-12",
        ),
        ("The FDA cleared the IND for HX-12; Helix Bio will host a webcast on March 19",),
    ),
    "neg.negated": (
        (
            "No IND has been filed for the program",
            "Orion Bio has not entered into any agreement to sell, distribute or otherwise grant rights to "
            "OB-7",
        ),
        (
            "An IND has been filed for the program",
            "Without the U.S. FDA raising any objection, the IND for HX-12 is now in effect",
            "The CDE raised no objections within the 60-working-day window, so the IND for HX-12 is deemed "
            "approved",
        ),
    ),
    "neg.rival_event": (
        (
            "Orion Bio shares rise as rival's clinical hold clouds Kestrel's gene therapy timeline",
            "Orion Bio shares rose after the FDA placed a clinical hold on a trial run by rival Kestrel",
        ),
        ("The FDA placed a clinical hold on a trial run by Orion Bio",),
    ),
    "neg.month_before": (
        (
            "In April, Orion Bio announced an exclusive licence granting Kestrel ex-US rights to OB-7",
            "Last October, Orion Bio announced an exclusive licence granting Kestrel ex-US rights to OB-7",
        ),
        (
            "In February, Orion Bio announced an exclusive licence granting Kestrel ex-US rights to OB-7",
            "Last February, Orion Bio announced an exclusive licence granting Kestrel ex-US rights to OB-7",
            "Orion Bio announced an exclusive licence granting Kestrel ex-US rights to OB-7",
        ),
    ),
    "neg.past_perfect": (
        ("Bayer had licensed rights to OB-7 from Orion Bio",),
        ("Bayer has licensed rights to OB-7 from Orion Bio",),
    ),
    "neg.previously_announced_within": (
        ("The quarter included receipt of the previously announced $5 million partner milestone",),
        ("The quarter included receipt of a $5 million partner milestone",),
    ),
    "neg.previously_announced": (
        (
            "As previously reported, the launch triggered a milestone payment of $2 million",
            "Orrin's 10-Q notes receipt of the $40 million upfront payment under the previously announced "
            "Novartis license for ORN-12",
        ),
        ("The launch triggered a milestone payment of $2 million",),
    ),
    "neg.relative_past": (
        (
            "Orion Bio's partner filed the IND for OB-7 two years ago",
            "The FDA cleared the IND for OB-7 in the past two years",
            "Dosing began in March after the FDA cleared the company's IND last November",
            "Orion Bio has dosed the first patient in a Phase I study of OB-7, months after the FDA cleared "
            "the IND",
        ),
        (
            "Orion Bio's partner has filed the IND for OB-7",
            "The FDA has cleared the company's IND, and dosing will begin next November",
            "The FDA has lifted the clinical hold on Orion's trial less than three months after imposing it",
            "The FDA cleared the IND Orion Bio filed for OB-7, which it licensed from Helix three years ago",
        ),
    ),
    "neg.time_after": (
        ("Orion Bio received a $5 million milestone from Helix a year after licensing OB-7 to it",),
        (
            "Orion Bio has received a $5 million milestone payment from Helix, a month after Helix started "
            "the trial",
        ),
    ),
    "neg.relative_past_after": (
        (
            "Orion Bio received a $5 million milestone payment from Helix two years ago",
            "Orion Bio earned a $5 million milestone from Helix, paid in cash, last summer",
        ),
        (
            "Orion Bio's dosing triggers a $2 million milestone payment it owes to Helix, the biotech from "
            "which it in-licensed OB-7 three years ago",
            "Orion Bio received a $5 million milestone payment from Helix",
        ),
    ),
    "neg.recapped": (
        (
            "Orion Bio's quarterly report recaps the $20 million milestone payment received from Helix",
            "Orion Bio recapped the $20 million milestone payment from Helix on its results call",
            "Orion Bio reported its results and reiterated that it received a $20 million milestone payment "
            "from Helix",
        ),
        (
            "Orion Bio recapped its quarter and today announced a $20 million milestone payment from Helix",
            "Orion Bio received a $20 million milestone payment from Helix",
        ),
    ),
    "neg.restated_terms": (
        (
            "Orion Bio 10-Q: license note restates UC Regents terms, including $2.4 million milestone paid",
            "Orion's quarterly report restates the terms of its 2016 exclusive licence from Northfield",
            "Orion's quarterly report restates the milestone schedule of its collaboration with Helix, "
            "including milestones earned on IND clearance",
            "The filing largely restates what Orion told investors on February 3: Helix has ended the "
            "licence",
            "The quarterly report restates Tessaline's licence agreements with Rendell University and "
            "Ferrand Labs",
        ),
        (
            "Orion Bio 10-Q: subsequent events note reports a $2.4 million milestone paid by Helix",
            "Orion Bio received a $2.4 million milestone from Helix after the trial terms were met",
        ),
    ),
    "neg.dated_background": (
        (
            "In 2015 Orion Bio granted Bayer an exclusive license to OB-7",
            # a licence granted under an old agreement is the old deal
            "Under the licence dated June 1, 2015, Orion Bio granted Bayer exclusive rights to OB-7",
        ),
        ("Orion Bio today granted Bayer an exclusive license to OB-7",),
    ),
    "neg.deal_of_a_year_after": (
        (
            "Orion Bio built the molecule before handing global rights to Bayer in a 2023 deal that paid $45 "
            "million upfront",
            "Orion Bio granted Bayer exclusive rights to OB-7 under a 2021 licence agreement",
        ),
        (
            "Orion Bio grants Bayer global rights to OB-7 in a deal worth up to $450 million",
            "Orion Bio granted Bayer exclusive rights to OB-7 under a 2026 licence agreement signed today",
        ),
    ),
    "neg.dated_after": (
        (
            "Orion Bio's IND for OB-7 was cleared in 2019",
            "Orion Bio's IND for OB-7 was cleared by the FDA on March 3, 2024",
            "Orion Bio's IND for OB-7 was cleared in the third quarter of 2025",
            "Orion Bio's IND for OB-7 was accepted in 2Q25",
            "Orion Bio's IND for OB-7 was cleared during Q4 2025",
            "ASH-305 has been in the clinic since its IND went into effect in the spring of 2024",
            "Orion Bio's IND for OB-7 went into effect in the summer of 2025",
            "The study was notified to the Therapeutic Goods Administration under the CTN scheme in 2023",
            "Orion Bio's first editor ran into an FDA clinical hold on its U.S. application in late 2022",
            "They pointed to the partial clinical hold placed on Helix Biosciences' Phase 1/2 trial in 2022",
        ),
        (
            "Orion Bio's IND for OB-7 was cleared in February 2026",
            # the date dates the hold's placing, told in a clause of its own, not its lifting
            "The FDA has lifted the partial clinical hold it placed in October 2025 on the trial of OB-7",
            "Orion Bio's IND for OB-7 was cleared in the first quarter of 2026",
            "FDA clears Orion Bio's IND for OB-7 under the agreement signed in 2019",
        ),
    ),
    "neg.future_dated": (
        (
            "Orion Bio to submit IND application for OB-7 in 2031",
            "OB-7: complete toxicology studies and submit an IND application to the FDA in mid-2026",
            "OB-7: submit an IND application to the FDA in the third quarter of 2026",
        ),
        (
            "Orion Bio submits IND application for OB-7",
            "Orion Bio submitted an IND application for OB-7 to the FDA in early 2026",
            "Orion Bio submitted an IND application for OB-7 to the FDA in the first quarter of 2026",
            # the date is the next step's
            "The FDA has cleared Orion Bio's IND for OB-7, allowing a trial to begin in June 2026",
            "Orion Bio submitted an IND for a trial of OB-7 expected to start in the third quarter of 2026",
        ),
    ),
    "neg.dated_deal": (
        (
            "Its prospectus highlights its 2024 agreement granting Halvard Pharma ex-China rights to OB-7",
            "Under Orion Bio's 2019 licence, Bayer obtained exclusive rights to OB-7",
        ),
        (
            "Its prospectus highlights its 2026 agreement granting Halvard Pharma ex-China rights to OB-7",
            "Bayer has terminated its 2019 licence agreement for OB-7 and returned all rights to Orion Bio",
            "Altamira Pharma will pay $20 million upfront to add two immunology targets to their 2022 "
            "discovery collaboration, taking exclusive licences to the resulting antibodies",
        ),
    ),
    "neg.existing_agreements": (
        (
            "Under its two licensing and collaboration agreements with Lilly, Zymeworks has granted Lilly "
            "worldwide licenses to research and develop bispecific antibodies",
            "Under the companies' existing collaboration agreements, Orion Bio has granted Bayer rights "
            "to OB-7",
        ),
        (
            "Under the agreement, Zymeworks has granted Lilly worldwide licenses to research and develop "
            "bispecific antibodies",
            "Under its two agreements with Orion Bio, Bayer has terminated its licence to OB-7",
        ),
    ),
    "neg.past_narrative": (
        ("",),  # a body-only rule: exercised by test_past_narrative_blocks_recaps_deep_in_the_body
        ("",),
    ),
    "neg.any_milestone": (
        (
            "Clovis has agreed to pay Pfizer higher amounts in respect of any milestone so deferred",
            "Orion Bio will pay Helix a $2 million fee for every development milestone reached",
            "Orion Bio and Helix amended their licence to change the criteria for achieving certain "
            "milestones",
            "Helix paid $1.25 million on signing, and the balance will be paid as the Phase 2 trial reaches "
            "milestones specified in the agreement",
        ),
        ("Orion Bio will pay Helix a $2 million fee for the development milestone it reached",),
    ),
    "neg.milestone_triggers_study_step": (
        (
            "Tillworth Bio Reaches 50% Enrolment Milestone in Phase 3 Trial, Triggering Interim Analysis",
            "Reaching the dosing milestone triggers the next cohort of the Phase 1 study",
        ),
        ("Tillworth Bio Reaches Enrolment Milestone, Triggering $5 Million Payment From Pfizer",),
    ),
    "ind.ctr_authorised": (
        (
            "Valmorel's application to conduct PASCAL-2 was authorised on 17 February 2026 under the EU "
            "Clinical Trials Regulation",
            "Ostrava Genetics' first-in-human study of OG-12 has been authorised under the EU Clinical "
            "Trials Regulation",
            "Orion Bio's Phase 1 trial approved through CTIS in six member states",
            "Orion Bio's first-in-human trial has been authorised through the EU's CTIS portal under the "
            "Clinical Trials Regulation",
        ),
        ("Orion Bio submits its Phase 1 trial protocol to an ethics committee under the EU rules",),
    ),
    "neg.hold_background": (
        (
            "A decision on Brenish Bio's response to the February clinical hold is due by June 28",
            "Brenish Bio responded to the clinical hold with new potency data",
            "Brenish Bio plc: Clinical Hold Lift Plan Accepted by FDA",
        ),
        ("The FDA placed Brenish Bio's gene therapy on clinical hold",),
    ),
    "neg.company_named_licensing": (
        ("Brightpath Licensing Corp. signs agreement with Acme Bio",),
        ("Brightpath Bio signs licensing agreement with Acme Bio",),
    ),
    "neg.relative_clause_recap": (
        ("",),  # a body-only rule: exercised by test_relative_clause_recap_blocks_only_in_the_body
        ("",),
    ),
    "neg.licensed_from_whom": (
        (
            "Validation triggers a milestone payment of EUR 7.5 million from Orion Bio to Tremont Biologics, "
            "Inc., from which Orion Bio in-licensed the European rights to OB-7",
        ),
        ("Orion Bio in-licensed the European rights to OB-7 from Tremont Biologics",),
    ),
    "neg.terms_restated": (
        ("",),  # a body-only rule: exercised by test_what_a_deal_already_grants_told_again_in_the_body_...
        ("",),
    ),
    "neg.milestone_term_restated": (
        ("",),  # a body-only rule: exercised by test_a_milestone_term_restated_under_a_dated_agreement_...
        ("",),
    ),
    "neg.contingent_value_right": (
        (
            "Corvelle Pharma to pay $1.50 per CVR after FDA approval of former Lanthorn drug",
            "Tessor Bio paid former Bellam shareholders $96 million on their contingent value rights after "
            "FDA approval of BL-7",
            "FDA approval of BL-7 triggers the $2.00 payment on each contingent value right Tessor issued",
        ),
        (
            "Corvelle Pharma to pay Lanthorn $15 million after FDA approval of partnered drug",
            "Tessor Bio paid Bellam Pharma $96 million after FDA approval of BL-7",
            "Zealand Pharma A/S (CVR-no. 20045078) receives EUR 25 million milestone payment from Boehringer",
        ),
    ),
    "neg.licence_held": (
        (
            "Kestrel has begun a Phase II trial of an Orion Bio compound it licenses exclusively",
            "Marunaka's profit rose on sales of fosvaricon, the antifungal it licenses from Switzerland's "
            "Helvion, and on two products it has out-licensed in the United States",
            "Today's decision gives people living with HAE a new option, and gives Sorrelwood its first "
            "approval",
            "A second program, SW-47, continues to be progressed by Sorrelwood in collaboration with Lilly, "
            "which retains an option to license it",
            "Sunmere has begun a Phase 1 study of SMT-105; partner Orvanta Pharma holds an option to license "
            "the compound after the readout",
            "Today's approval gives people living with HAE a preventive option that fits into their lives",
            "The FDA has paused the study of LMN-201, the gene therapy Harlan-Greer has an option to license",
            "Sorrelwood retains the rights to OB-7 in all other territories and has licensed it to "
            "partners in a number of them",
            "Outside the U.S., Sorrelwood has licensed lurbinectedin to partners in a number of other "
            "territories",
        ),
        (
            "Marunaka licenses fosvaricon from Switzerland's Helvion for Japan",
            "Sorrelwood gives Kessmann an exclusive option to license ZELPRIVA in Japan",
        ),
    ),
    "neg.announced_aside": (
        (
            "The ANSM clinical trial authorisation for OMB-17, announced in March, allowed the Phase 1/2 "
            "study to start in June",
        ),
        (
            "The ANSM has authorised the clinical trial application for OMB-17, and the Phase 1/2 study will "
            "start in June",
        ),
    ),
    "neg.that_agreement": (
        (
            "Under that agreement the Company granted Takeda licenses under certain patent rights to develop "
            "and commercialize niraparib in Japan",
        ),
        (
            "Under the agreement the Company granted Takeda licenses under certain patent rights to develop "
            "and commercialize niraparib in Japan",
        ),
    ),
    "neg.company_bought": (
        (
            "Fennick Pharma to buy Norway's Nordvik Bio for $420 million, gaining worldwide rights to eczema "
            "antibody",
            "Fennick has agreed to buy Nordvik Bio ASA in a deal that values the Norwegian biotech at $420 "
            "million and gives the US drugmaker full worldwide rights to NVB-07",
            "Through the acquisition Norrsken gets full worldwide rights to FJV-101",
            "Genmab will buy privately held ProfoundBio for USD 1.8 billion in cash, gaining "
            "worldwide rights to three clinical-stage ADC candidates",
            "Brackenridge will acquire Solenne Bio, including worldwide rights to its Phase 3 migraine "
            "candidate SLN-609, for an equity value of about $620 million",
        ),
        (
            "Genmab will pay ProfoundBio USD 80 million upfront for exclusive worldwide rights to three ADC "
            "candidates",
        ),
    ),
    "neg.rights_taken_up": (
        (
            "The largest shareholders have irrevocably undertaken to take up their rights in full "
            "and to license nothing",
            "When rights are returned to you in a licence, you lose two years",
        ),
        (
            "Thamesmead takes up exclusive rights to license TMP-4 in Europe from Helvion",
            "The rights to TMP-4 are returned to Thamesmead as Helvion ends the licence",
        ),
    ),
    "neg.licence_remarked": (
        (
            '"Obtaining this licence is a milestone on our path to bringing our own medicines to patients," '
            "said the CEO",
            "Securing the new licence was the culmination of two years of work",
        ),
        (
            "Marunaka is obtaining the licence to fosvaricon for Japan from Helvion",
            "Kiyose obtained the licence, which is exclusive, from Helvion",
        ),
    ),
    "neg.hold_remains": (
        (
            '"With the IND in effect and our agreement in place, we are well positioned to start the trial"',
            "The pause was Norrvik's choice: the study's investigational new drug application remains in "
            "effect",
            "Pellmont's PLM-5 trial remains on full clinical hold; analysts debate when it could resume",
            "Helix Bio's HX-9 study is still on clinical hold after the FDA's letter in March",
            "FDA keeps Helix Biosciences' HELIOS DMD gene therapy trial on clinical hold, asks for more data",
            "Helix Bio said the U.S. Food and Drug Administration is maintaining the clinical hold on HX-9",
            "Harlow Therapeutics has submitted a complete response to the FDA clinical hold on its HTX-4 IND",
            "Harlow has submitted a complete response to the U.S. Food and Drug Administration (FDA) "
            "addressing the clinical hold on its IND",
        ),
        (
            "Norrvik's investigational new drug application is now in effect",
            "The FDA placed Helix Bio's HX-9 study on clinical hold",
            "The FDA has allowed the Phase 2 part of Helix Bio's trial to proceed, while the Phase 3 part "
            "remains on partial clinical hold",
        ),
    ),
    "neg.announced_upon": (
        (
            "Revenue was largely the $5 million milestone announced in July on FDA clearance of partner "
            "Ridgeway's IND",
            "Revenue includes the $12.0 million milestone it announced in July when Ridgeway's IND was "
            "cleared",
        ),
        ("The FDA has cleared partner Ridgeway's IND for HX-9, triggering a $5 million milestone",),
    ),
    "neg.relative_clause_grant": (
        (
            'Tsubasa announces that Hokuto Pharmaceutical ("Hokuto"), to which Tsubasa has granted exclusive '
            "rights to TBS-02 in Japan, submitted a new drug application",
            "Tsubasa received $25 million from Hokuto, the first commercial milestone under the licence that "
            "gave Hokuto US rights to TBS-02",
            "Hokuto has dosed the first patient, triggering a payment to Tsubasa under the companies' "
            "license "
            "agreement, which grants Hokuto exclusive rights to TBS-02 in Japan",
        ),
        ("Tsubasa has granted Hokuto Pharmaceutical exclusive rights to TBS-02 in Japan",),
    ),
    "neg.fee_paid_at_signing": (
        ("The Company paid Halcyon an upfront fee of $4.0 million on entering into the License Agreement",),
        ("The Company entered into the License Agreement with Halcyon and will pay an upfront fee",),
    ),
    "neg.licensed_product_clause": (
        ("Boehringer plans Phase 2 start for BI 456906, which Boehringer Ingelheim has in-licensed",),
        ("Zealand signs agreement under which Boehringer Ingelheim has in-licensed BI 456906",),
    ),
    "neg.titled_work": (
        (
            "Fenwick Clinical Research to host panel on 'From Pre-IND to IND Clearance' at BIO",
            'Fenwick will host a panel discussion titled "FDA Clears Your IND: What Comes Next" in Boston',
            'This release replaces the one issued under the headline "Orelis Announces FDA Clearance of IND"',
        ),
        (
            "Fenwick Clinical Research hosts panel as FDA clears Orion Bio's IND for OB-7",
            "Fenwick says the FDA cleared the IND for OB-7 after a panel on 'regulatory strategy'",
        ),
    ),
    "neg.question": (
        (
            "Did Inverurie just earn a $50 million milestone?",
            "Is Kestrelford Therapeutics about to license out its obesity pill?",
            "Will the FDA lift the clinical hold on Brenish Bio's gene therapy?",
            "Q: Aldmoor earned a $50 million milestone from Rexhall last week; what comes next.",
        ),
        ("Inverurie earns a $50 million milestone from Pfizer",),
    ),
    "neg.not_yet_announced": (
        ("",),  # a mask that lets an event through: exercised by test_not_previously_announced_is_news
        ("",),
    ),
    "neg.recap_tail": (
        (
            "Huaxin said it obtained five IND approvals and signed two licensing deals, all previously "
            "announced",
        ),
        ("Huaxin said it obtained five IND approvals and signed two licensing deals",),
    ),
    "neg.announced_before": (
        (
            "Deverell recognised RMB 20 million milestone from Huaxin announced in March",
            "Units vested on the IND clearance Thursby announced on March 3",
            "The trial follows the FDA's clearance of the TGY-88 IND, which Tregony announced on January 20",
            "The $25.0 million milestone payment earned upon the partner's initiation of a Phase 3 trial, "
            "which the Company reported on a Current Report on Form 8-K filed on January 12, was excluded "
            "from the sale",
        ),
        ("Deverell receives RMB 20 million milestone from Huaxin",),
    ),
    "milestone.paid_on_progress": (
        (
            "Bohinj Bio nabs $5M from Orrery on Ph2 start",
            "Acme Bio gets €3m from Ipsen after first patient dosing in Phase 1 study",
        ),
        ("Acme Bio gets $50M from investors for its Phase 2 programme",),
    ),
    "ind.receives_approval": (
        (
            "IND Application for JX-301 Receives Implied Approval from the NMPA",
            "The investigational new drug application for JX-301 has received approval from the CDE",
            'Wanbang obtained Clinical Trial Approval ("CTA") for JX-301 from the Center for Drug Evaluation',
            "Its partner Wanbang has received approval from China's National Medical Products Administration "
            "(NMPA) to conduct a Phase I bridging study of JX-301",
        ),
        (
            "The IND application for JX-301 awaits approval from the NMPA",
            "Wanbang expects to obtain clinical trial approval for JX-301 in 2027",
            "Wanbang hopes to receive approval from the NMPA to conduct a Phase I study of JX-301",
        ),
    ),
    "neg.milestone_after_next_step": (
        (
            "Orion will receive a $5 million milestone payment from Helix after the FDA approves OB-7",
            "Orion will receive a milestone payment once Helix doses the first patient",
            "Under that agreement, Orion will owe Helix a $2 million milestone payment upon FDA approval of "
            "OB-7",
        ),
        (
            "Orion will receive a $5 million milestone payment after the FDA approved OB-7 last week",
            "Orion received a milestone payment when Helix dosed the first patient",
        ),
    ),
    "neg.capacity_option": (
        ("Lendava exercises its option under a supply deal to reserve a second 2,000-litre line at Ormož",),
        ("Lendava exercises its option to license LDT-5 from Ormož Biologics",),
    ),
    "neg.opt_in_pending": (
        (
            "Greyfriars hands GFB-12 data to Ostwald, starting the clock on a $75 million opt-in decision",
            "Analysts put the probability of an opt-in at about 70%",
            "HLB-501 lowered serum IgG by up to 68%; GSK's option to license the programme remains "
            "unexercised",
            "In a note to clients, the analyst put a 70% probability on Ostwald exercising the option on "
            "GFB-12",
            "The data bar for opt-in is lower than the market thinks",
            "Analysts said the dose response and the clean safety profile made an opt-in more likely than "
            "not",
        ),
        ("Ostwald opts in to GFB-12, paying Greyfriars a $75 million fee", "Ostwald exercised its opt-in"),
    ),
    "neg.first_negotiation": (
        ("Prvić Pharma receives a right of first negotiation on Zlarin Bio's fibrosis targets",),
        ("Prvić Pharma receives exclusive rights to Zlarin Bio's fibrosis targets",),
    ),
    "neg.construction_milestone": (
        (
            "Žalec Biologics pays its contractor the EUR 6 million mechanical-completion milestone",
            "Corvane receives further license fees as deployment milestones are reached",
            "Trevick Clinical Research wins $48 million Phase 2b contract paid on enrolment milestones",
            "Trevick received a $2 million milestone payment at site activation under its trial-services "
            "contract",
            "Services will be invoiced on completion of four project milestones defined in the statement of "
            "work",
            "Implementation services are billed as the project milestones are reached, up to $410,000",
        ),
        (
            "Žalec Biologics pays Amgen the EUR 6 million development milestone",
            "Keswick earned a $4 million milestone as Amgen completed the work plan of the first project",
            "Trevick received a $2 million milestone payment from Amgen as its partner randomised the first "
            "patient",
        ),
    ),
    "neg.hypothetical": (
        (
            "In our bull case, Trogir signs a licence with a large pharma partner for $150 million upfront",
            "The stock has doubled this year on expectations that a global pharma company will license the "
            "platform",
        ),
        (
            "Trogir signs a licence with a large pharma partner for $150 million upfront",
            "Exceeding expectations, Trogir signed a licence with Bayer for $150 million upfront",
        ),
    ),
    "neg.retracted": (
        (
            "An earlier version of this story said the FDA had cleared Kobarid Biotech's IND for KBD-1",
            "Tolmin Bio withdraws a statement in its May 4 release that it had earned a $10M milestone",
            "An earlier version of this article, published on Tuesday, incorrectly reported that the U.S. "
            "Food and Drug Administration had cleared an IND for Kobarid Biotech's KBD-1",
            "The report claims that the U.S. Food and Drug Administration has placed the KBD-1 program on "
            "clinical hold",
        ),
        (
            "Kobarid Biotech said the FDA had cleared its IND for KBD-1",
            "Kobarid Biotech said the U.S. Food and Drug Administration had removed the hold on its KBD-1 "
            "study",
        ),
    ),
    "neg.since_year": (
        ("Setouchi, which has licensed in several assets from Korean firms since 2022, declined to say",),
        ("Setouchi has licensed Korean rights to ST-4 from Nuriva, its first deal in the country",),
    ),
    "neg.announced_before_relative": (
        (
            "Quillon's quarterly report records $10.0 million of collaboration revenue from the milestone it "
            "announced in February, when the FDA cleared Saxbury Pharma's IND for SXB-401",
        ),
        (
            "Quillon said the FDA cleared Saxbury Pharma's IND for SXB-401, a step that triggers a $10.0 "
            "million milestone",
        ),
    ),
    "neg.told_in_month": (
        (
            "Shirogane disclosed in January that it had become entitled to the payment when Kessler started "
            "a Phase 2 trial",
        ),
        (
            "Shirogane said that it had become entitled to a milestone payment when Kessler started a "
            "Phase 2 trial",
        ),
    ),
    "neg.told_before_after": (
        ("Nordavik's quarter: the CTA approval and the Orion milestone were announced earlier",),
        ("Nordavik has received approval of its CTA for NDV-12, which it announced today",),
    ),
    "neg.cites_announcement": (
        (
            "On 20 February 2026, Marisol received a milestone payment of A$3.0 million from Zhenhai Pharma "
            "(ASX announcement, 20 February 2026)",
        ),
        ("On 20 February 2026, Marisol received a milestone payment of A$3.0 million from Zhenhai Pharma",),
    ),
    "neg.job_posting": (
        ("Calvera Bio is hiring an associate director to author and submit INDs and track milestones",),
        ("Calvera Bio said the FDA has cleared its IND for CB-4 and that it will hire twenty staff",),
    ),
    "neg.definition": (
        (
            "Clinical hold -- An order from the FDA delaying or suspending a clinical investigation",
            "Milestone payment -- A payment that becomes due only when a defined event occurs, such as IND "
            "clearance",
        ),
        ("Clinical hold lifted -- the FDA has removed the clinical hold on Orvale's OV-12 trial",),
    ),
    "neg.risk_named": (
        (
            "Orvale's annual report describes risks including clinical holds and the timing of IND "
            "clearances",
            "Orvale's registration statement describes its plan to submit an IND and the risk of clinical "
            "holds",
        ),
        (
            "Orvale said the FDA has placed its OV-12 trial on clinical hold, a risk it had flagged",
            "The FDA has cleared Orvale's IND for OV-12 in patients at risk of disease progression",
        ),
    ),
    "neg.generic_sponsor": (
        (
            "Under Australia's CTN scheme, a sponsor notifies the TGA of a trial that has been approved by "
            "an HREC and the institution",
            "Sponsors must submit an IND to the FDA, which has 30 days to place a clinical hold",
        ),
        ("Wattle Bay, the sponsor, has notified the TGA of the trial under the CTN scheme",),
    ),
    "neg.earlier_periods": (
        (
            "Pellmont's annual report describes its licence with Roche, including milestones received in "
            "earlier years",
            "Under the agreement Kestrel earned milestone payments of $25 million in prior years",
        ),
        ("Pellmont has received a $10 million milestone payment from Roche",),
    ),
    "neg.told_at_the_time": (
        (
            "The FDA placed a clinical hold on Kintyre's KNT-101 after a patient fell ill, as Kintyre "
            "disclosed at the time",
            "Results include the $10.5 million milestone Kintyre earned on approval, announced at the time",
        ),
        ("The FDA placed a clinical hold on Kintyre's KNT-101 after a patient fell ill, Kintyre said today",),
    ),
    "neg.goal_item": (
        (
            "OB-17 (oral GLP-1 agonist): finish GLP toxicology in the first quarter, submit an IND to the "
            "FDA by mid-year",
            "Submit six new IND applications in China and the United States, including two in-house ADCs",
            "File an IND for HS-20 with the FDA by the fourth quarter",
        ),
        (
            "Hesheng submitted six new IND applications in China and the United States",
            "Complete Genomics filed an IND for CG-4 with the FDA",
        ),
    ),
    "neg.month_after": (
        (
            "Ansan dosed the first patient; the MFDS approved the trial in August",
            "Dosing began in March after the FDA cleared the company's IND last November",
            "Orion Bio has dosed the first patient, following IND approval from China's NMPA in June",
        ),
        (
            "Ansan dosed the first patient; the MFDS approved the trial in February",
            "The FDA has removed the clinical hold it placed on the MRT-5 study in August",
            "The FDA has lifted the clinical hold it imposed last November on the MRT-5 study",
            "The FDA cleared the company's IND this past February",
        ),
    ),
    "neg.vesting_condition": (
        (
            "The PSUs vest in two tranches on clinical milestones: the first on FDA clearance of an IND",
            "Performance-based stock units granted to new staff vest upon receipt of a milestone payment",
            "The second tranche is invested upon achievement of milestones, chiefly FDA clearance of an IND",
        ),
        (
            "The FDA cleared the IND for KLM-12, Kilmory said",
            "Kilmory's IND for KLM-12 was cleared by the FDA, and staff awards were made in stock",
        ),
    ),
    "neg.award": (
        ("Novigrad's licence agreement with Buzet Pharma has been named Licensing Deal of the Year",),
        ("Novigrad has signed a licence agreement with Buzet Pharma",),
    ),
    "neg.award_won": (
        (
            "Novigrad Wins LES Deals of Distinction Award for Licence of NVG-8 Antibodies to Buzet Pharma",
            "Novigrad's transfer office has received an award for its 2023 exclusive licence to Buzet Pharma",
        ),
        (
            "Novigrad has signed a licence agreement with Buzet Pharma",
            "Novigrad licenses NVG-8 to Buzet Pharma, which won a grant award from CARB-X for its antibodies",
        ),
    ),
    "neg.conditional_subject": (
        (
            "Exercising the option would cost Gallatin a $60 million fee, according to Varden's filings",
            "Signing the licence would give Gallatin worldwide rights to VDN-88",
            '"Giving away ex-US rights now would be selling at a discount," an analyst said of Gallatin',
        ),
        (
            "Gallatin has exercised the option, which costs it a $60 million fee",
            "Gallatin signed the licence, which gives it worldwide rights to VDN-88",
            "Gallatin pays $30 million for an option to license VDN-88; exercising it would cost $50 million",
            "Gallatin is giving away ex-US rights to VDN-88 to Varden, which would pay $50 million",
        ),
    ),
    "neg.ethics_only": (
        (
            "Kalbarri Bio Receives Human Research Ethics Committee Approval for First-in-Human Study",
            "Noxopharm Receives Ethics Approval for HERACLES First-in-Human Trial of SOF-SKN",
            "Brenmark has received HREC approval for its first-in-human study; it will notify the TGA under "
            "the CTN scheme before dosing",
        ),
        (
            "Kalbarri Bio Receives TGA Approval for First-in-Human Study of KB-31",
            "Following HREC approval, the CTN for KB-31 was submitted to the TGA",
        ),
    ),
    "neg.procurement_option": (
        ("BARDA exercises $38 million contract option to procure more courses of Kallaste's antiviral",),
        ("Kallaste exercises its option to license the antiviral KBD-2 from Tartu Bio",),
    ),
    "neg.payment_to_come": (
        (
            "Peniche Bio to receive $3M milestone upon PB-6 IND clearance",
            "Peniche Bio will be due a $3 million milestone from Stykkisholmur once the FDA clears the IND",
            "Peniche Bio is entitled to a $20 million regulatory milestone payment upon FDA approval of PB-6",
            "Peniche Bio will also be entitled to a $15 million milestone upon acceptance of the first IND",
            "Peniche Bio will become entitled to a ¥1.5 billion milestone from Kanemura Pharma only on first "
            "commercial sale",
            "Kanemura will be due a EUR 20 million milestone on the first commercial sale of PB-6",
            "Stykkis will pay Peniche Bio a milestone of DKK 50 million when the first patient is dosed",
        ),
        (
            "Peniche Bio to receive $3M milestone as FDA clears PB-6 IND",
            "FDA approval of PB-6 entitles Peniche Bio to a $20 million regulatory milestone payment",
            "Stykkis will pay Peniche Bio a DKK 50 million milestone triggered when the first patient was "
            "dosed last week",
        ),
    ),
    "neg.announced_on_date": (
        (
            "HGB-120: the U.S. Food and Drug Administration cleared the Investigational New Drug application "
            "for HGB-120, as announced on July 22, 2025",
        ),
        ("HGB-120: the U.S. Food and Drug Administration cleared the Investigational New Drug application",),
    ),
    "neg.month_event_noun": (
        ("The FDA's July clearance of the IND for HGB-120 allows Helix Bio to start a Phase 1 trial",),
        ("The FDA's clearance of the IND for HGB-120 allows Helix Bio to start a Phase 1 trial",),
    ),
    "neg.term_of_licence": (
        (
            "Kisaragi hereby announces that a development milestone stipulated in the exclusive license "
            "agreement concluded with Norrvik Pharma has been achieved",
        ),
        (
            "Kisaragi hereby announces that it has concluded an exclusive license agreement with Norrvik "
            "Pharma",
        ),
    ),
    "neg.option_unexercised": (
        (
            "Lumara Therapeutics 10-Q: pre-submission meeting feedback; Calder Pharma opt-in remains "
            "unexercised",
        ),
        ("Lumara Therapeutics 10-Q: Calder Pharma has exercised its opt-in right",),
    ),
    "neg.back_when": (
        ("The license, signed while Pellucid was still private, gave it worldwide rights to the antibody",),
        ("The license gives Pellucid worldwide rights to the antibody",),
    ),
    "neg.recapped_after": (
        (
            "Velmont Therapeutics 10-Q for quarter ended June 30, 2025: Tamsin license revenue and IND "
            "clearance recapped",
        ),
        ("Velmont Therapeutics 10-Q: FDA clearance of the IND for VLM-2",),
    ),
    "neg.report_denied": (
        (
            "Westbury says a news report that the FDA had put its trial of WGT-115 on clinical hold is "
            "incorrect",
        ),
        ("The FDA has put Westbury's trial of WGT-115 on clinical hold",),
    ),
    "neg.plans_to_apply": (
        (
            "Hanseong Pharm intends to apply to the Ministry of Food and Drug Safety for IND approval of a "
            "Korean Phase II study",
        ),
        (
            "The Ministry of Food and Drug Safety has granted Hanseong Pharm IND approval for a Korean "
            "Phase II study",
        ),
    ),
    "neg.ind_amendment": (
        (
            "Orion Bio has submitted a protocol amendment to its active IND for OB-7 to add adolescents",
            "Orion Bio filed an IND amendment to add a third cohort to its study of OB-7",
        ),
        ("Orion Bio has submitted an IND for OB-7 to the FDA",),
    ),
    "neg.future_cell": (
        ("IND submission to FDA | Q1 2027", "CTA submission, Netherlands | mid-2027 |"),
        ("IND submission to FDA | Q4 2025",),
    ),
    "neg.past_cell": (
        (
            "2021 | FDA clears IND for BRK-101 (oral FXIa inhibitor); first patient dosed",
            "Q3 2024 | MHRA clears CTA for BRK-202 in healthy volunteers",
        ),
        ("2026 | FDA clears IND for BRK-101 (oral FXIa inhibitor)",),
    ),
    "neg.timeline_entry": (
        ("2022: $10M milestone earned on Sorel's Phase 2 start",),
        ("Pennard earns $10M milestone on Sorel's Phase 2 start",),
    ),
}

_EVENT_OF = {r.name: r.events for r in RULES}
# which event each negative rule's examples are about (the first event it concerns)
_NEG_EVENT = {
    "neg.announced_on_date": IND,
    "neg.announced_aside": IND,
    "neg.rival_event": IND,
    "neg.month_before": L,
    "neg.ind_not_a_drug": IND,
    "neg.to_discuss": IND,
    "neg.nda_bla_maa": IND,
    "neg.forward_looking": M,
    "neg.negated": IND,
    "neg.past_perfect": L,
    "neg.previously_announced": M,
    "neg.previously_announced_within": M,
    "neg.hold_remains": IND,
    "neg.announced_upon": IND,
    "neg.relative_past": IND,
    "neg.dated_background": L,
    "neg.future_dated": IND,
    "neg.dated_after": IND,
    "neg.gerund_goal": IND,
    "neg.use_of_proceeds": IND,
    "neg.litigation": L,
    "neg.licensed_from_whom": L,
    "neg.revenue_recognition": L,
    "neg.licence_covenant": L,
    "neg.right_to_payments": L,
    "neg.ind_submission_ahead": IND,
    "neg.compensation_goal": L,
    "neg.royalty_financing": L,
    "neg.contingent_value_right": M,
    "neg.question": M,
    "neg.recap_tail": L,
    "neg.announced_before": M,
    "neg.timeline_entry": M,
    "neg.ethics_only": IND,
    "neg.hypothetical": L,
    "neg.retracted": IND,
    "neg.award": L,
    "neg.award_won": L,
    "neg.conditional_subject": L,
    "neg.vesting_condition": IND,
    "neg.told_at_the_time": IND,
    "neg.goal_item": IND,
    "neg.month_after": IND,
    "neg.since_year": L,
    "neg.earlier_periods": M,
    "neg.generic_sponsor": IND,
    "neg.definition": IND,
    "neg.told_before_after": IND,
    "neg.cites_announcement": M,
    "neg.job_posting": IND,
    "neg.risk_named": IND,
    "neg.dated_deal": L,
    "neg.licence_dated_after": L,
    "neg.titled_work": IND,
    "neg.year_in_review": L,
    "neg.others_events": IND,
    "neg.habitual": L,
    "neg.as_announced": IND,
    "neg.dated_event_noun": IND,
    "neg.month_event_noun": IND,
    "neg.future_cell": IND,
    "neg.past_cell": IND,
    "neg.report_denied": IND,
    "neg.recapped_after": IND,
    "neg.back_when": L,
}


def _entry(title: str) -> Entry:
    return Entry(wire="", native_id="t", url="", title=title, published=datetime(2026, 3, 1, tzinfo=UTC))


def _event_for(name: str) -> EventType:
    return _NEG_EVENT.get(name, _EVENT_OF[name][0])


def test_every_rule_has_examples() -> None:
    missing = sorted(r.name for r in RULES if r.name not in EXAMPLES)
    assert not missing, f"rules without examples: {missing}"
    assert not sorted(set(EXAMPLES) - {r.name for r in RULES}), "examples for rules that do not exist"


def test_rule_names_are_unique_and_dotted() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    assert all(n.split(".")[0] in {"milestone", "ind", "licensing", "neg"} for n in names)


_PROVE = [r.name for r in RULES if r.effect is Effect.PROVE]
# rules with tests of their own: body-only rules, and a mask that lets an event through
_OWN_TESTS = {
    "neg.past_narrative",
    "neg.relative_clause_recap",
    "neg.not_yet_announced",
    "neg.terms_restated",
    "neg.milestone_term_restated",
}
_NEG = [r.name for r in RULES if r.effect is not Effect.PROVE and r.name not in _OWN_TESTS]


@pytest.mark.parametrize("name", _PROVE)
def test_prove_rule_fires_on_its_examples(name: str) -> None:
    event = _EVENT_OF[name][0]
    for text in EXAMPLES[name][0]:
        c = classify(_entry(text))
        assert event in c.events, text
        assert any(e.event is event for e in c.evidence)


@pytest.mark.parametrize("name", _PROVE)
def test_prove_rule_is_silent_on_its_counter_examples(name: str) -> None:
    event = _EVENT_OF[name][0]
    for text in EXAMPLES[name][1]:
        assert event not in classify(_entry(text)).events, text


@pytest.mark.parametrize("name", _NEG)
def test_negative_rule_stops_its_examples(name: str) -> None:
    event = _event_for(name)
    for text in EXAMPLES[name][0]:
        assert event not in classify(_entry(text)).events, text


@pytest.mark.parametrize("name", _NEG)
def test_negative_rule_leaves_the_plain_sentence_alone(name: str) -> None:
    event = _event_for(name)
    for text in EXAMPLES[name][1]:
        assert event in classify(_entry(text)).events, text


def test_past_narrative_blocks_recaps_deep_in_the_body() -> None:
    body = (
        "NEW YORK, March 1, 2026 -- Acme Bio, Inc. (Nasdaq: ACME) today reported interim Phase 2 "
        "data for AB-1 in patients with psoriasis, with responses in most patients.\n\n"
        "Separately, Acme signed an exclusive license agreement with Bayer covering AB-2."
    )
    entry = Entry(wire="", native_id="b", url="", title="Acme Bio reports Phase 2 data", body=body)
    assert L not in classify(entry).events
    lead = Entry(
        wire="",
        native_id="c",
        url="",
        title="Acme Bio reports Phase 2 data",
        body="NEW YORK -- Acme Bio signed an exclusive license agreement with Bayer for AB-2.",
    )
    assert L in classify(lead).events


def test_past_narrative_leaves_a_perfect_with_a_time_between_its_words() -> None:
    body = (
        "STOCKHOLM, March 15, 2021 -- Norrland Bio AB today announced that the board has appointed Karin "
        "Ekstrom as Chief Executive Officer, succeeding the founder.\n\n"
        "Norrland also announced that it has this week received a milestone payment of EUR 4 million from "
        "Valcour Pharma, triggered by the dosing of the first patient."
    )
    entry = Entry(wire="", native_id="d", url="", title="Norrland Bio appoints a new CEO", body=body)
    assert M in classify(entry).events


def test_past_narrative_leaves_a_simple_past_tied_to_the_news() -> None:
    body = (
        "ZUG, Switzerland, February 26, 2018 -- Orvieto Biologics AG today announced a ten-year supply "
        "agreement with Palmera Pharma S.A. for ORV-12 in Latin America.\n\n"
        "Palmera will buy finished product from Orvieto at a fixed transfer price.\n\n"
        "At the same time, the companies amended their license agreement, extending Palmera's exclusive "
        "commercialization rights to Brazil and Mexico."
    )
    title = "Orvieto Biologics and Palmera Pharma Sign Supply Agreement for ORV-12"
    assert L in classify(Entry(wire="", native_id="f", url="", title=title, body=body)).events
    recap = body.replace("At the same time, the", "In 2016 the")
    assert L not in classify(Entry(wire="", native_id="g", url="", title=title, body=recap)).events


def test_relative_clause_recap_blocks_only_in_the_body() -> None:
    title = "Tessaly Bio appoints Renata Kowalczyk as Chief Business Officer"
    recap = (
        "At Tessaly she will oversee the relationship with Brindlewood Pharma, which exercised its option "
        "to license TX-311."
    )
    body = f"BOSTON, March 1, 2026 -- Tessaly Bio today named a new chief business officer.\n\n{recap}"
    assert L not in classify(Entry(wire="", native_id="r", url="", title=title, body=body)).events
    news = Entry(
        wire="", native_id="s", url="", title="Brindlewood Pharma exercises its option to license TX-311"
    )
    assert L in classify(news).events


def test_what_a_deal_already_grants_told_again_in_the_body_is_no_licence_news() -> None:
    title = (
        "Orion Bio Announces Effective IND for OB-31, Triggering $22.5 Million Milestone Payment from Roche"
    )
    summary = "Orion Bio will receive a $22.5 million payment from Roche under their license agreement."
    restated = (
        "Under the license agreement, Orion Bio has granted Roche an exclusive, worldwide license to develop "
        "and commercialize OB-31."
    )
    body = (
        "BOSTON, July 8, 2025 -- Orion Bio, Inc. today announced that the FDA has cleared the IND for OB-31."
        f"\n\nThe clearance triggers a $22.5 million milestone payment from Roche.\n\n{restated}"
    )
    entry = Entry(wire="", native_id="r", url="", title=title, summary=summary, body=body)
    assert L not in classify(entry).events
    # the same words in the news itself are the licence
    assert L in classify(Entry(wire="", native_id="s", url="", title=restated)).events


def test_a_milestone_term_restated_under_a_dated_agreement_is_no_milestone_earned() -> None:
    title = "Inside information: Meridel Biotech updates 2025 outlook as Castellan postpones Phase 3 start"
    lead = (
        "BRUSSELS, 14 October 2025 -- Meridel Biotech SA today announces that its licensee Castellan Pharma "
        "has rescheduled the first patient dosing in the Phase 3 programme of MB-07 to 2026."
    )
    restated = (
        "Under the exclusive licence agreement signed in 2022, dosing of the first patient in Phase 3 "
        "triggers a milestone payment of EUR 15 million to Meridel."
    )
    summary = "The EUR 15 million milestone Meridel expected on that dosing will not be earned this year."
    entry = Entry(wire="", native_id="m", url="", title=title, summary=summary, body=f"{lead}\n\n{restated}")
    assert M not in classify(entry).events
    # the same agreement named beside a payment the dosing has made due is the news
    earned = (
        "Under the exclusive licence agreement signed in 2022, the dosing has triggered a milestone payment "
        "of EUR 15 million to Meridel."
    )
    dosed = lead.replace("has rescheduled the first patient dosing in", "has dosed the first patient in")
    dosed = dosed.replace(" to 2026", "")
    news = Entry(
        wire="",
        native_id="n",
        url="",
        title="Meridel Biotech: Castellan doses first patient in Phase 3 of MB-07",
        body=f"{dosed}\n\n{earned}",
    )
    assert M in classify(news).events


def test_not_previously_announced_is_news() -> None:
    body = (
        "BOSTON, July 24, 2026 -- Glenmorrow Bio, Inc. (Nasdaq: GLMB) today published its letter to "
        "shareholders.\n\nThe first half of 2026 tested our resolve, and we closed our discovery "
        "site in Leeds."
        "\n\nI am pleased to share news that we have not previously announced: the FDA notified us that the"
        " Investigational New Drug application for GMB-07 is now in effect."
    )
    letter = Entry(
        wire="",
        native_id="l",
        url="",
        title="Glenmorrow Bio Shareholder Letter: Reflections at Mid-Year",
        body=body,
        published=datetime(2026, 7, 24, tzinfo=UTC),
    )
    assert IND in classify(letter).events
    recap = Entry(
        wire="",
        native_id="m",
        url="",
        title="Glenmorrow Bio Shareholder Letter: Reflections at Mid-Year",
        body=body.replace("news that we have not previously announced", "news we announced in June"),
        published=datetime(2026, 7, 24, tzinfo=UTC),
    )
    assert IND not in classify(recap).events


# Phrasings that unseen releases taught existing rules, each beside its plain twin: (text, event, reported)
PHRASINGS = [
    # a quote's verdict on licences received is no deal (neg.gerund_goal, after the colon that opens it)
    ('The chief executive said: "Receiving both licences is the final regulatory step we needed."', L, False),
    # a milestone not paid is no milestone paid (neg.negated)
    (
        "Orion Bio gave notice of termination, citing Bayer's nonpayment of the $5 million milestone",
        M,
        False,
    ),
    ("Orion Bio said Bayer failed to pay the $5 million development milestone due in March", M, False),
    # a deal dated right after its words, months before the release, is background
    (
        "Orion Bio and Kestrel entered into a license and collaboration agreement for OB-326 in October "
        "2023, and in May 2025 announced a further collaboration",
        L,
        False,
    ),
    # a share subscription beside a licence is no software subscription
    (
        "Orion Bio granted Kestrel Biopharma exclusive Greater China rights to OB-208 for CHF 8 million "
        "upfront, plus a CHF 5 million share subscription",
        L,
        True,
    ),
    # a date after an agreement dates the agreement, not the payment made under it
    (
        "Pursuant to our collaboration agreement with Bayer, effective June 1, 2015, the start of the "
        "Phase 3 trial triggered a $10.0 million milestone payment",
        M,
        True,
    ),
    ("A development milestone payment of $7.5 million has been made to Orrinvale by Hakuba", M, True),
    ("A development milestone payment of $7.5 million may be made to Orrinvale by Hakuba", M, False),
    ("A milestone payment of ¥500 million to Cerulean Bio has become due", M, True),
    ("A milestone payment of ¥500 million to Cerulean Bio may become due", M, False),
    ("Exclusive Japanese rights to Ferncliff's RSV antibody acquired by Tōhoku Seiyaku", L, True),
    ("Tōhoku Seiyaku has taken exclusive Japanese rights to Ferncliff's antibody FB-220", L, True),
    ("Gallowglass enters into Amendment No. 2 to its licence with Morvern Pharma", L, True),
    ("Brightpath has licensed its cartoon characters to Sunnyvite for children's vitamins", L, False),
    ("Vitalion signs a three-season licensing agreement with Kingsport Rovers Football Club", L, False),
    ("Helixcraft Bio licenses its name to a local brewery for a charity IPA", L, False),
    ("Kelso Pharma has exercised a share-purchase option in Glenelg Bio", L, False),
    ("Kelso Pharma has exercised its option to license GB-4 from Glenelg Bio", L, True),
    ("Aisling Bio's board rejected a proposal from Wexcombe Pharma to license AB-17", L, False),
    ("Aisling Bio agreed to license AB-17 to Wexcombe Pharma", L, True),
    ("The proxy describes a CEO bonus payable on a future IND clearance", IND, False),
    ("The FDA cleared Ravenglass' IND for RV-2", IND, True),
    ("A year after signing its STB-2 licence with Aberlour, Strontian reviews progress", L, False),
    ("The company regained worldwide rights to EVB-3 earlier this year", L, False),
    ("Burravoe dosed its first patient about ten months after the FDA cleared its IND", IND, False),
    ("The company regained worldwide rights to EVB-3 from Amgen", L, True),
    (
        "The move followed a disclosure that the company had received a ¥1.2 billion milestone payment from "
        "Veltheim",
        M,
        True,
    ),
    ("The company had received a ¥1.2 billion milestone payment from Veltheim", M, False),
    ("Cetina Bio grants Vis Therapeutics sublicence to ocular use of CTN-AAV capsid", IND, False),
    ("Cetina Bio files a CTN for its AAV capsid trial in Australia", IND, True),
    (
        "Kamnik dosed the first patient on May 28, which triggered a $4.0M milestone payment to Vipava",
        M,
        True,
    ),
    ("Kamnik's progress may trigger a $4.0M milestone payment to Vipava", M, False),
    ('As announced in the "Notice Regarding Receipt of Milestone Payment", Kumano became entitled', M, False),
    ("Kumano Seiyaku announces receipt of milestone payment from Ise Pharma", M, True),
    ("Vrsar Bio announces full exercise of the greenshoe option in its public offering", L, False),
    ("Cavtat Clinical guide: what happens after the FDA clears your IND", IND, False),
    ("Award recognises the NVG-8 licence Novigrad signed with Buzet Pharma", L, False),
    ("Jelgava Pharma picks up Baltic rights to Paide's bladder drug through a sublicence", L, True),
    ("Sponsors must still obtain clinical trial authorisation for each individual study", IND, False),
    ("HREC approval clears the way for Kalbarri to notify the TGA under the CTN scheme", IND, False),
    ("Mértola Pharma has hired bankers to find a partner to license MT-70, people familiar said", L, False),
    ("Mértola Pharma agreed to license MT-70 to Hofsos Pharma", L, True),
    ("New chief executive receives option grant under Moura's 2024 equity incentive plan", L, False),
    # product codes that share letters with the words of non-pharma licences stay products
    ("Calantaris Therapeutics enters exclusive license agreement with AbbVie for TV-326", L, True),
    ("Formosa Cellworks grants Kestrel exclusive rights to FC-19 in Japan", L, True),
    ("Helixa licenses IPA-7 to Brewster Pharma in an exclusive deal for $5 million", L, True),
    ("Streamwell signs a licence for TV series rights to its documentary", L, False),
    ("The FDA letter confirmed that the Phase 1/2 study of TRE-5 may resume", IND, True),
    ("Tiree hopes the Phase 1/2 study of TRE-5 can resume once the FDA reviews its reply", IND, False),
    ("The FDA has allowed the company to proceed with CORRIE-1, a Phase 1/2 study of CWB-110", IND, True),
    ("Mirandela has exercised its right to acquire an exclusive licence to PBB-04 in Europe", L, True),
    ("Lingxi's Australian unit completed the Clinical Trial Notification (CTN) to the TGA", IND, True),
    (
        "Lingxi's Australian unit plans to complete the Clinical Trial Notification to the TGA in 2027",
        IND,
        False,
    ),
    ("Mirandela has exercised its right to appoint a director to Pabay's board", L, False),
    ("An upfront payment of A$5 million on signing of a definitive licence agreement", L, False),
    ("Chiba paid an upfront payment of A$5 million on signing the definitive licence agreement", L, True),
    # a date in an aside after a name dates the aside, not the event after it
    (
        "SKB264, a TROP2-directed ADC licensed to MSD in May 2022, has met a development milestone, "
        "triggering a milestone payment to Kelun",
        M,
        True,
    ),
    ("In May 2022, SKB264 met a development milestone, triggering a milestone payment to Kelun", M, False),
    (
        "According to a disclosure, the payment fell due under the licence the two signed in March 2023, "
        "which gives Hanul exclusive rights to HB-205",
        L,
        False,
    ),
    # "in a month after" tells how soon, not that the event came a month after another
    (
        "Meridane has signed a licence agreement with Kappa Biosciences, its second bet in a month after "
        "licensing Halvorsen Bio's degrader",
        L,
        True,
    ),
    (
        "Meridane signed a licence agreement with Kappa Biosciences a year after licensing Halvorsen's",
        L,
        False,
    ),
    # a month that opens a sentence dates it, after a bullet's label or without a comma too
    ("In September we announced an exclusive licence granting Garrick Pharma rights to THR-12", L, False),
    ("FNW-8: In August, Fenwick announced FDA clearance of the IND for FNW-8", IND, False),
    ("In fiscal 2024, we received a $10.0 million development milestone payment from Sagami", M, False),
    # an event as the subject of "would" is a hypothetical; the same event told as done is news
    ("Achieving the first clinical milestone would trigger a $5 million payment to Varden", M, False),
    ("Achieving the first clinical milestone triggered a $5 million payment to Varden", M, True),
]


@pytest.mark.parametrize(("text", "event", "reported"), PHRASINGS)
def test_phrasings_from_unseen_releases(text: str, event: EventType, reported: bool) -> None:
    assert (event in classify(_entry(text)).events) is reported
