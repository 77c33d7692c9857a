"""Who did it to whom: source and target choices of the rule coder, one sentence each
(written for these tests). Each case names the behaviour, the sentence and one event
that must be among the counted events: type, source codes, target codes."""

from __future__ import annotations

import datetime as dt

import pytest

from sanderling.records import Article

pytestmark = pytest.mark.model

CASES = [
    # (behaviour, sentence, (event, source codes, target codes))
    (
        "a_withdrawal_targets_the_place_left_not_the_destination",
        "Russian troops withdrew from Kherson to the east bank of the Dnipro River.",
        ("RETREAT", {"RUS"}, {"UKR"}),
    ),
    (
        "a_foreign_dateline_gives_the_country_its_state",
        "KHARTOUM — The United States imposed sanctions on the country's army chief.",
        ("COERCE", {"USA"}, {"SDN"}),
    ),
    (
        "the_country_without_dateline_is_the_state_the_text_is_about",
        "Mali's junta said the United Nations had sent food aid to the country.",
        ("AID", {"IGOUNO"}, {"MLI"}),
    ),
    (
        "a_states_forces_attacking_a_region_of_their_own_state_fight_at_home",
        "The Ethiopian army bombed Tigray.",
        ("ASSAULT", {"ETH"}, {"ETH"}),
    ),
    (
        "people_deported_from_a_state_in_a_passive_are_deported_by_it",
        "Dozens of Haitian migrants were deported from the Dominican Republic.",
        ("COERCE", {"DOM"}, {"HTI"}),
    ),
    (
        "a_demand_the_parser_took_for_a_verb_still_names_whose_demand_was_refused",
        "Serbia's government refused EU demands to recognise Kosovo.",
        ("REJECT", {"SRB"}, {"IGOEUREEC"}),
    ),
    (
        "a_pronoun_for_an_office_named_before_in_the_sentence_is_that_office",
        "KHARTOUM — The United States imposed sanctions on the country's army chief, accusing him of war crimes.",
        ("ACCUSE", {"USA"}, {"SDN"}),
    ),
    (
        "a_court_in_a_city_is_of_the_citys_state",
        "A court in Yekaterinburg sentenced an American journalist to 16 years in prison.",
        ("COERCE", {"RUS"}, {"USA"}),
    ),
    (
        "a_leader_named_by_name_alone_is_coded_from_the_office_held_on_the_date",
        "Pope Francis received Ukrainian President Volodymyr Zelensky at the Vatican.",
        ("CONSULT", {"VAT"}, {"UKR"}),
    ),
    (
        "pulling_out_of_a_place_targets_its_state",
        "Russian forces pulled out of Snake Island after weeks of strikes.",
        ("RETREAT", {"RUS"}, {"UKR"}),
    ),
    (
        "pulling_back_to_a_line_inside_a_territory_targets_its_state",
        "Israeli troops pulled back to an agreed line inside Gaza.",
        ("RETREAT", {"ISR"}, {"PSE"}),
    ),
    (
        "a_protest_targets_what_its_purpose_clause_protests_against",
        "Farmers blocked roads around Paris to protest against European Union trade policy.",
        ("PROTEST", {"FRA"}, {"IGOEUREEC"}),
    ),
    (
        "forces_protecting_where_they_were_deployed_aid_that_state",
        "Rwandan troops deployed in Mozambique's Cabo Delgado province are protecting the towns.",
        ("AID", {"RWA"}, {"MOZ"}),
    ),
    (
        "the_capital_is_the_state_of_the_capital_named_as_a_place",
        "Ugandan special forces arrived in Juba to help secure the capital.",
        ("AID", {"UGA"}, {"SSD"}),
    ),
    (
        "the_talks_named_by_a_passive_subject_are_between_their_parties",
        "The talks between Armenia and Azerbaijan were hosted by Kazakhstan.",
        ("CONSULT", {"KAZ"}, {"ARM", "AZE"}),
    ),
    (
        "an_event_noun_as_subject_gives_its_by_agent",
        "An attack on a police station by Islamist militants killed 12 officers in northern Burkina Faso.",
        ("ASSAULT", {"BFA"}, {"BFA"}),
    ),
    (
        "the_army_in_reported_speech_is_the_speakers_not_the_places_it_strikes",
        "Israel's defence minister said the army had struck Hamas targets in Rafah.",
        ("ASSAULT", {"ISR"}, {"PSE"}),
    ),
    (
        "the_opposition_and_the_armed_forces_of_one_state_are_two_sides",
        "Venezuela's opposition leader called on the armed forces to abandon Maduro.",
        ("REQUEST", {"VEN"}, {"VEN"}),
    ),
    (
        "talks_with_a_visiting_leader_the_parser_read_as_a_verb_are_with_that_leader",
        "Chinese Premier Li Qiang held talks with visiting Australian Prime Minister Anthony Albanese in Beijing.",
        ("CONSULT", {"CHN"}, {"AUS"}),
    ),
    (
        "a_passive_subjects_own_preposition_names_the_target",
        "Sanctions against Iran's oil sector were announced by the U.S. Treasury on Thursday.",
        ("COERCE", {"USA"}, {"IRN"}),
    ),
    (
        "brussels_in_a_text_naming_the_eu_is_the_eu",
        "Serbia refused to join European Union sanctions against Russia, despite pressure from Brussels.",
        ("REJECT", {"SRB"}, {"IGOEUREEC"}),
    ),
    (
        "an_organisation_meeting_in_a_city_meets_among_itself_not_with_the_host",
        "NATO leaders met in Brussels.",
        ("CONSULT", {"IGOWSTNAT"}, {"IGOWSTNAT"}),
    ),
    (
        "a_group_a_state_backs_is_of_where_it_fights_not_of_its_backer",
        "Iran-backed militias attacked a US base in Syria.",
        ("ASSAULT", {"SYR"}, {"USA"}),
    ),
    (
        "a_gang_leader_is_a_criminal_not_a_head_of_government",
        "Kenyan police killed a gang leader in Port-au-Prince.",
        ("ASSAULT", {"KEN"}, {"HTI"}),
    ),
    (
        "a_measure_lifted_in_a_passive_was_lifted_by_its_owner_on_whom_it_names",
        "The U.S. sanctions on Venezuela's oil sector were lifted.",
        ("RETREAT", {"USA"}, {"VEN"}),
    ),
    (
        "people_arrested_in_a_passive_are_arrested_by_the_state_where_they_are",
        "Two Chinese nationals were arrested in Manila.",
        ("COERCE", {"PHL"}, {"CHN"}),
    ),
    (
        "a_thing_bound_for_someone_is_aimed_at_them",
        "China's coast guard seized supplies bound for Filipino troops at Second Thomas Shoal.",
        ("COERCE", {"CHN"}, {"PHL"}),
    ),
    (
        "a_delegation_led_by_an_official_is_of_the_officials_state",
        "A delegation led by Qatar's foreign minister visited Kabul.",
        ("CONSULT", {"QAT"}, {"AFG"}),
    ),
    (
        "the_sidelines_of_a_summit_are_not_a_side_of_the_meeting",
        "The Chinese and Indian defence ministers met on the sidelines of the SCO summit in Qingdao.",
        ("CONSULT", {"CHN", "IND"}, {"CHN", "IND"}),
    ),
    (
        "an_inquiry_into_what_happened_somewhere_concerns_that_state",
        "The ICC opened an investigation into war crimes in Ukraine.",
        ("ACCUSE", {"IGOICC"}, {"UKR"}),
    ),
    (
        "border_guards_of_two_states_exchanging_fire_fight_each_other",
        "Armenian and Azerbaijani border guards exchanged fire overnight.",
        ("ASSAULT", {"ARM", "AZE"}, {"ARM", "AZE"}),
    ),
    (
        "a_place_attacked_across_a_city_is_the_citys_state",
        "Russian drones slammed into apartment blocks across Odesa overnight.",
        ("ASSAULT", {"RUS"}, {"UKR"}),
    ),
    (
        "a_refusal_to_give_someone_something_is_aimed_at_whom_it_is_given",
        "Iran refused to give UN inspectors access to the site.",
        ("REJECT", {"IRN"}, {"IGOUNO"}),
    ),
    (
        "lifted_measures_target_whom_the_relative_clause_names",
        "The EU lifted the sanctions it had imposed on Belarus.",
        ("RETREAT", {"IGOEUREEC"}, {"BLR"}),
    ),
    (
        "a_stance_adjective_is_not_an_owner",
        "Thousands rallied in Tbilisi against the government's pro-Russian policies.",
        ("PROTEST", {"GEO"}, {"GEO"}),
    ),
    (
        "an_agreement_signed_by_states_is_theirs",
        "NATO welcomed the peace agreement signed by Serbia and Kosovo.",
        ("SUPPORT", {"IGOWSTNAT"}, {"SRB", "XKX"}),
    ),
    (
        "the_court_refers_back_to_the_court_named_before",
        "Burundi criticised the International Criminal Court. Days later Burundi withdrew from the court.",
        ("SANCTION", {"BDI"}, {"IGOICC"}),
    ),
    (
        "prisoners_freed_with_no_state_named_are_the_sources_own",
        "Cuba freed 30 political prisoners on Monday.",
        ("RETREAT", {"CUB"}, {"CUB"}),
    ),
    (
        "police_deployed_across_their_own_capital_act_at_home",
        "Peruvian police deployed thousands of officers across Lima ahead of the protests.",
        ("MOBILIZE", {"PER"}, {"PER"}),
    ),
    (
        "an_oppositions_demand_with_no_one_named_is_aimed_at_its_state",
        "Thailand's opposition demanded a new election.",
        ("REQUEST", {"THA"}, {"THA"}),
    ),
    (
        "a_passive_attack_takes_the_agent_of_its_conjoined_passive",
        "The mayor was shot twice and seriously wounded by a gunman in Nairobi.",
        ("ASSAULT", {"KEN"}, {"KEN"}),
    ),
    (
        "people_killed_in_clashes_with_a_group_were_killed_by_it",
        "Five Kenyan soldiers were killed in clashes with al-Shabaab fighters near the border.",
        ("ASSAULT", {"SOM"}, {"KEN"}),
    ),
    (
        "a_move_condemned_in_a_relative_clause_is_the_main_clauses_act",
        "Spain recognised the State of Palestine, a move Israel condemned.",
        ("ACCUSE", {"ISR"}, {"ESP"}),
    ),
    (
        "a_relative_clause_without_object_acts_on_its_head_noun",
        "China returned two Philippine fishing boats it had seized in the South China Sea.",
        ("COERCE", {"CHN"}, {"PHL"}),
    ),
    (
        "a_call_rejected_was_addressed_to_the_one_rejecting_it",
        "Kenya's government rejected a call by UN experts for a new investigation.",
        ("REQUEST", {"IGOUNO"}, {"KEN"}),
    ),
    (
        "coordinated_demonyms_before_an_attack_noun_are_all_attackers",
        "The talks came days after U.S. and Israeli strikes on Iran's nuclear facilities.",
        ("ASSAULT", {"USA", "ISR"}, {"IRN"}),
    ),
    (
        "a_suicide_bomber_attacking_a_place_in_a_city_fights_there",
        "A suicide bomber blew himself up at a checkpoint in Kandahar, killing six policemen.",
        ("ASSAULT", {"AFG"}, {"AFG"}),
    ),
    (
        "prisoners_released_by_two_states_each_are_a_mutual_release",
        "Armenia and Azerbaijan each released 30 prisoners on Monday.",
        ("RETREAT", {"ARM", "AZE"}, {"ARM", "AZE"}),
    ),
    (
        "a_state_and_its_insurgents_are_two_sides",
        "Peru suspended talks with the Shining Path.",
        ("SANCTION", {"PER"}, {"PER"}),
    ),
    (
        "the_guerrilla_group_refers_back_to_the_armed_group_named_before",
        "Peru suspended talks with the Shining Path after the guerrilla group attacked a police post in Ayacucho.",
        ("ASSAULT", {"PER"}, {"PER"}),
    ),
    (
        "police_in_a_province_are_of_its_state",
        "Police in Maharashtra detained dozens of striking farmers.",
        ("COERCE", {"IND"}, {"IND"}),
    ),
    (
        "militias_allied_with_a_states_group_are_on_its_side",
        "Fighters of the Rapid Support Forces and allied militias attacked villages near El Geneina.",
        ("ASSAULT", {"SDN"}, {"SDN"}),
    ),
    (
        "an_appeal_for_aid_goes_to_whom_it_is_addressed_not_to_the_beneficiaries",
        "Malawi appealed to the World Bank for emergency funds for flood victims.",
        ("REQUEST", {"MWI"}, {"IGOWBK"}),
    ),
    (
        "a_finite_verb_parsed_as_a_participle_keeps_its_noun_as_subject",
        "Haiti protested after a Dominican army patrol strayed across the border and briefly detained two Haitian farmers.",
        ("COERCE", {"DOM"}, {"HTI"}),
    ),
    (
        "an_attack_claimed_by_a_group_in_an_ing_clause_is_the_groups",
        "A bomb exploded near a market in Mogadishu, killing 12 people, in an attack claimed by al-Shabaab.",
        ("ASSAULT", {"SOM"}, {"SOM"}),
    ),
    (
        "taking_control_of_a_city_in_a_state_targets_the_state",
        "Islamist fighters entered Pemba, taking control of the port city in northern Mozambique.",
        ("COERCE", {"MOZ"}, {"MOZ"}),
    ),
    (
        "prosecutors_investigating_their_president_act_at_home",
        "South Africa's prosecutors opened an investigation into President Cyril Ramaphosa.",
        ("ACCUSE", {"ZAF"}, {"ZAF"}),
    ),
    (
        "police_with_no_owner_are_of_the_state_the_text_is_about",
        "Kenya's president criticised the violence a day after police shot dead 12 protesters.",
        ("ASSAULT", {"KEN"}, {"KEN"}),
    ),
    (
        "people_known_by_their_sector_yield_to_a_state_named_later",
        "Thailand promised to return 40 detained migrants to the custody of the Cambodian embassy.",
        ("AGREE", {"THA"}, {"KHM"}),
    ),
    (
        "they_after_a_named_group_is_the_group",
        "The Houthis said they had released a British sailor held in Sanaa for a year.",
        ("RETREAT", {"YEM"}, {"GBR"}),
    ),
    (
        "talks_between_two_sides_held_in_a_passive_have_both_sides",
        "Talks between the Serbian and Kosovan prime ministers were held in Brussels on Monday.",
        ("CONSULT", {"SRB", "XKX"}, {"SRB", "XKX"}),
    ),
    (
        "soldiers_deployed_in_the_streets_of_their_own_cities_act_at_home",
        "LIMA, Peru — Soldiers were deployed on the streets of Peru's largest cities after the president declared a state of emergency.",
        ("MOBILIZE", {"PER"}, {"PER"}),
    ),
    (
        "a_round_of_talks_held_in_a_third_state_is_between_the_sides",
        "Ethiopia and Egypt held a new round of talks in Khartoum, Sudanese officials said.",
        ("CONSULT", {"ETH", "EGY"}, {"ETH", "EGY"}),
    ),
    (
        "a_broker_named_in_a_by_phrase_is_no_side_of_a_domestic_event",
        "FARC dissidents broke a ceasefire brokered by Cuba, attacking army posts in Cauca.",
        ("ASSAULT", {"COL"}, {"COL"}),
    ),
    (
        "asylum_granted_in_a_conjoined_passive_comes_from_the_state_arrived_in",
        "The former Peruvian prime minister fled to Mexico City and was granted asylum.",
        ("AID", {"MEX"}, {"PER"}),
    ),
    (
        "demands_named_by_a_social_group_are_that_groups_at_home",
        "Chile's government rejected student demands to cancel the fee rise.",
        ("REJECT", {"CHL"}, {"CHL"}),
    ),
    (
        "a_state_reacting_after_an_attack_noun_was_its_target",
        "Lebanon called an emergency cabinet meeting after Israeli air strikes overnight.",
        ("ASSAULT", {"ISR"}, {"LBN"}),
    ),
    (
        "a_state_reacting_after_an_attack_clause_was_its_target",
        "Poland closed its border crossings after Belarusian troops opened fire overnight.",
        ("ASSAULT", {"BLR"}, {"POL"}),
    ),
    (
        "a_state_reacting_after_shelling_parsed_as_a_gerund_was_its_target",
        "Georgia appealed to the UN Security Council after heavy Russian shelling near the border.",
        ("ASSAULT", {"RUS"}, {"GEO"}),
    ),
    (
        "a_person_extradited_from_a_state_in_a_passive_is_extradited_by_it",
        "The former Bolivian minister was extradited from Spain to La Paz on Friday.",
        ("COOPERATE", {"ESP"}, {"BOL"}),
    ),
    (
        "aid_for_something_in_a_state_is_for_that_state",
        "Japan pledged to fund the reconstruction of a port in Ukraine's south.",
        ("AGREE", {"JPN"}, {"UKR"}),
    ),
    (
        "talks_mediated_after_following_are_between_the_clauses_sides",
        "Armenia and Azerbaijan signed a border deal, following talks mediated by Kazakh President Kassym-Jomart Tokayev.",
        ("CONSULT", {"KAZ"}, {"ARM", "AZE"}),
    ),
    (
        "a_speaker_after_a_comma_is_not_listed_with_the_target_before_it",
        "Turkey promised to supply drones to Ukraine, Greece's foreign ministry said.",
        ("AGREE", {"TUR"}, {"UKR"}),
    ),
    (
        "a_measure_condemned_is_aimed_at_whoever_imposed_it",
        "Cuba denounced the travel restrictions imposed by Washington.",
        ("ACCUSE", {"CUB"}, {"USA"}),
    ),
    (
        "crimes_condemned_are_aimed_at_whoever_committed_them",
        "Chad condemned the atrocities committed by the RSF in West Darfur.",
        ("ACCUSE", {"TCD"}, {"SDN"}),
    ),
    (
        "a_speakers_own_means_act_for_it_in_its_report",
        "UNICEF said its trucks had delivered vaccines to Haiti.",
        ("AID", {"IGOUNOCEF"}, {"HTI"}),
    ),
    (
        "air_defences_are_the_armed_forces_of_their_owner",
        "Moscow said its air defences shot down a dozen Ukrainian drones over Kursk.",
        ("ASSAULT", {"RUS"}, {"UKR"}),
    ),
    (
        "a_second_clauses_subject_the_parser_joined_to_a_noun_before_is_its_subject",
        "Armenia freed two Azerbaijani soldiers on Friday and Azerbaijan released 32 Armenian detainees in return.",
        ("RETREAT", {"AZE"}, {"ARM"}),
    ),
    (
        "a_relative_pronoun_object_is_the_noun_its_clause_is_about",
        "Protesters in Caracas marched against Colombia, which Venezuela accused of harbouring rebels.",
        ("ACCUSE", {"VEN"}, {"COL"}),
    ),
    (
        "an_attack_noun_set_in_a_place_is_aimed_at_the_places_state",
        "Egypt denounced the Israeli bombardment in Rafah.",
        ("ASSAULT", {"ISR"}, {"PSE"}),
    ),
    (
        "an_attack_noun_near_a_city_is_aimed_at_the_citys_state",
        "The UN condemned Russian air strikes near Kharkiv.",
        ("ASSAULT", {"RUS"}, {"UKR"}),
    ),
    (
        "a_vehicle_attacked_stands_for_the_people_it_carries",
        "Al-Shabaab fighters ambushed a convoy carrying Kenyan troops near Mandera.",
        ("ASSAULT", {"SOM"}, {"KEN"}),
    ),
    (
        "a_concession_to_protests_naming_no_one_answers_the_states_own_protesters",
        "Serbia dropped the lithium project, bowing to pressure from environmental protesters.",
        ("CONCEDE", {"SRB"}, {"SRB"}),
    ),
    (
        "a_demand_rejected_was_made_to_whoever_rejects_it",
        "Sudan's army rejected a US ultimatum to return to talks.",
        ("THREATEN", {"USA"}, {"SDN"}),
    ),
    (
        "a_pledged_amount_is_for_its_beneficiary",
        "France pledged 60 million euros in emergency aid for Lebanon at a donors meeting in Paris.",
        ("AGREE", {"FRA"}, {"LBN"}),
    ),
    (
        "money_approved_for_a_state_to_do_something_is_for_that_state",
        "The IMF approved $1 billion in new financing for Ghana to shore up its reserves.",
        ("AID", {"IGOIMF"}, {"GHA"}),
    ),
    (
        "unnamed_gunmen_are_the_group_that_claimed_their_attack",
        "Gunmen killed 15 villagers in northern Burkina Faso, in an attack claimed by JNIM.",
        ("ASSAULT", {"IMGJNM"}, {"BFA"}),
    ),
    (
        "a_group_claiming_responsibility_for_an_attack_carried_it_out",
        "Al-Shabaab claimed responsibility for the raid on a hotel in Mogadishu that killed 12 guests.",
        ("ASSAULT", {"SOM"}, {"SOM"}),
    ),
    (
        "victims_in_a_city_a_demonym_names_are_of_that_state",
        "The Islamic State group claimed a bombing in the Syrian town of Azaz that killed 14 civilians.",
        ("ASSAULT", {"IMGISL"}, {"SYR"}),
    ),
    (
        "arms_supplied_by_a_state_go_to_whoever_took_delivery_of_them",
        "The Malian air force took delivery of two helicopters supplied by Russia.",
        ("AID", {"RUS"}, {"MLI"}),
    ),
    (
        "a_plural_pronoun_object_is_the_plural_subject_before_it",
        "Thirty Kenyan fishermen returned home after Somali authorities released them.",
        ("RETREAT", {"SOM"}, {"KEN"}),
    ),
    (
        "an_abbreviated_state_hyphened_to_a_participle_is_still_named",
        "Houthi rebels attacked the U.S.-led naval coalition in the Red Sea.",
        ("ASSAULT", {"YEM"}, {"USA"}),
    ),
    (
        "an_abbreviated_state_hyphened_to_a_demonym_is_one_of_two_sides",
        "Pyongyang condemned the joint U.S.-Japanese naval exercise.",
        ("ACCUSE", {"PRK"}, {"USA", "JPN"}),
    ),
    (
        "a_refusal_to_let_someone_act_is_aimed_at_them",
        "Israel refused to allow UN inspectors to enter the site.",
        ("REJECT", {"ISR"}, {"IGOUNO"}),
    ),
    (
        "a_camp_named_after_a_place_is_left_by_whoever_withdraws",
        "Israeli troops withdrew from the Jabalia camp after two weeks of fighting.",
        ("RETREAT", {"ISR"}, {"PSE"}),
    ),
    (
        "villages_handed_back_to_a_state_are_that_states",
        "Azerbaijani soldiers withdrew from two hamlets handed back to Armenia.",
        ("RETREAT", {"AZE"}, {"ARM"}),
    ),
    (
        "a_states_forces_striking_a_place_the_sentence_puts_in_their_state_strike_at_home",
        "Sudan's army carried out drone strikes on a market for displaced families in North Darfur.",
        ("ASSAULT", {"SDN"}, {"SDN"}),
    ),
    (
        "a_show_of_force_answers_the_reason_given_after_its_last_conjunct",
        "Romania scrambled two jets and closed part of its airspace after Russian drones struck a port in Ukraine.",
        ("MOBILIZE", {"ROU"}, {"RUS"}),
    ),
    (
        "a_demand_for_their_departure_is_made_of_the_group_of_people_named_before",
        "A batch of French soldiers left Chad after the junta demanded their withdrawal.",
        ("REQUEST", {"TCD"}, {"FRA"}),
    ),
    (
        "a_named_possessor_owns_an_action_not_what_the_action_is_of",
        "Students in Amman rallied against Russia's shelling of Kharkiv.",
        ("PROTEST", {"JOR"}, {"RUS"}),
    ),
    (
        "a_riot_in_protest_at_a_foreign_measure_is_aimed_at_its_author",
        "Rioters torched police cars in Bamako in protest at a French military operation.",
        ("PROTEST", {"MLI"}, {"FRA"}),
    ),
    (
        "a_name_the_parser_takes_for_an_adverb_of_a_verb_with_no_subject_is_its_subject",
        "Vanuatu expelled two Chinese diplomats.",
        ("COERCE", {"VUT"}, {"CHN"}),
    ),
    (
        "him_after_a_meeting_is_the_person_met_not_the_one_urging",
        "Egyptian President Abdel Fattah al-Sisi received Sudan's army chief Abdel Fattah al-Burhan in Cairo and urged him to accept a truce.",
        ("REQUEST", {"EGY"}, {"SDN"}),
    ),
]


@pytest.mark.parametrize(
    "sentence",
    ["The United States withdrew from the Paris climate agreement.", "Russia pulled out of the Minsk agreements."],
)
def test_arguments_a_thing_named_after_a_city_is_not_the_citys_state(pipeline, sentence):
    events = [e for e in pipeline.code_article(Article(id="t", text=sentence, date=dt.date(2024, 1, 1))) if e.counts]
    assert all(_codes(e.recipient) <= {"IGOUNO"} for e in events), [(e.event, _codes(e.recipient)) for e in events]


def _codes(entities) -> set[str]:
    return {e.code for e in entities if e.code}


@pytest.mark.parametrize(("behaviour", "sentence", "expected"), CASES, ids=[c[0] for c in CASES])
def test_arguments_source_and_target(pipeline, behaviour, sentence, expected):
    event, source, target = expected
    events = [e for e in pipeline.code_article(Article(id=behaviour, text=sentence, date=dt.date(2024, 1, 1)))]
    found = [(e.event, _codes(e.actor), _codes(e.recipient)) for e in events if e.counts]
    assert (event, source, target) in found, found


@pytest.mark.parametrize(
    "sentence",
    ["Russia bombed a hospital.", "Russian forces shelled a school overnight."],
)
def test_arguments_an_attacks_unplaced_victims_never_take_the_attackers_state(pipeline, sentence):
    events = [e for e in pipeline.code_article(Article(id="t", text=sentence, date=dt.date(2024, 1, 1))) if e.counts]
    assert events
    assert all("RUS" not in _codes(e.recipient) for e in events), [(e.event, _codes(e.recipient)) for e in events]


def test_arguments_a_gang_leader_takes_the_gangs_sector(pipeline):
    text = "Kenyan police killed a gang leader in Port-au-Prince."
    events = [e for e in pipeline.code_article(Article(id="t", text=text, date=dt.date(2024, 1, 1))) if e.counts]
    assert ("HTI", "CRM") in {(r.code, r.sector) for e in events for r in e.recipient}


def test_arguments_damage_with_no_one_doing_it_takes_no_target_from_its_place(pipeline):
    text = "A fire destroyed a market in Kano on Sunday."
    events = [e for e in pipeline.code_article(Article(id="t", text=text, date=dt.date(2024, 1, 1))) if e.counts]
    assert not events, [(e.event, _codes(e.actor), _codes(e.recipient)) for e in events]


def test_arguments_a_name_the_dictionaries_lack_stays_the_other_side_of_a_call(pipeline):
    text = "Macron telephoned Zorblatt Quenville on Tuesday."
    events = [e for e in pipeline.code_article(Article(id="t", text=text, date=dt.date(2024, 1, 1))) if e.counts]
    assert events
    assert all("FRA" not in _codes(e.recipient) for e in events), [(e.event, _codes(e.recipient)) for e in events]


def test_arguments_the_island_of_a_state_is_where_talks_were_held_not_a_side(pipeline):
    text = "The leaders of Guyana and Venezuela met on the island of Grenada."
    events = [e for e in pipeline.code_article(Article(id="t", text=text, date=dt.date(2024, 1, 1))) if e.counts]
    assert events
    assert all("GRD" not in _codes(e.recipient) | _codes(e.actor) for e in events)


def test_arguments_a_place_patrolled_by_the_un_is_not_the_uns(pipeline):
    text = "Israeli troops entered the UN-patrolled buffer zone on the Golan Heights."
    events = [e for e in pipeline.code_article(Article(id="t", text=text, date=dt.date(2024, 1, 1))) if e.counts]
    assert all("IGOUNO" not in _codes(e.recipient) for e in events), [(e.event, _codes(e.recipient)) for e in events]


def test_arguments_troops_sent_abroad_are_not_deployed_at_home(pipeline):
    text = "Spain sent 500 soldiers to Latvia."
    events = [e for e in pipeline.code_article(Article(id="t", text=text, date=dt.date(2024, 1, 1))) if e.counts]
    assert events
    assert all("ESP" not in _codes(e.recipient) for e in events), [(e.event, _codes(e.recipient)) for e in events]


def test_arguments_a_capital_negotiations_are_held_in_is_where_not_a_side(pipeline):
    text = "Peru's government and the rebels agreed to extend the truce and to resume negotiations in Caracas."
    events = [e for e in pipeline.code_article(Article(id="t", text=text, date=dt.date(2024, 1, 1))) if e.counts]
    assert events
    assert all("VEN" not in _codes(e.recipient) for e in events), [(e.event, _codes(e.recipient)) for e in events]
