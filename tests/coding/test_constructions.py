"""Constructions the rule coder handles, one sentence each (written for these tests).

Each case names the behaviour, the sentence, and one event that must be among the
counted events: its PLOVER type, a CAMEO prefix, and the source and target codes.
"""

from __future__ import annotations

import pytest

from sanderling.records import Article

pytestmark = pytest.mark.model

CASES = [
    # (behaviour, sentence, (event, cameo prefix, source codes, target codes))
    (
        "a_weapon_that_hits_a_named_city_attacks_its_state",
        "Russian missiles hit Kyiv on Monday.",
        ("ASSAULT", "19", {"RUS"}, {"UKR"}),
    ),
    (
        "goods_taken_delivery_of_are_from_the_state_that_made_them",
        "Niger took delivery of Turkish-made combat drones.",
        ("AID", "072", {"TUR"}, {"NER"}),
    ),
    (
        "a_receiver_of_goods_from_no_one_named_is_never_their_giver",
        "Ukraine received new weapons.",
        ("AID", "072", set(), {"UKR"}),
    ),
    (
        "a_visitor_described_by_a_participle_misread_as_an_apposition_visits",
        "Macron, visiting Morocco, signed deals worth 10 billion euros.",
        ("CONSULT", "042", {"FRA"}, {"MAR"}),
    ),
    (
        "the_place_a_participle_visits_is_not_another_name_for_its_visitor",
        "Zelensky, visiting Berlin, asked Germany for missiles.",
        ("REQUEST", "023", {"UKR"}, {"DEU"}),
    ),
    (
        "a_ceasefire_observed_after_talks_abroad_is_between_its_parties",
        "Thailand and Cambodia began observing a ceasefire after talks in Putrajaya.",
        ("RETREAT", "087", {"THA", "KHM"}, {"THA", "KHM"}),
    ),
    (
        "its_in_a_phrase_of_reason_is_the_one_the_act_is_aimed_at",
        "Bolivia broke off relations with Israel over its military offensive in Gaza.",
        ("ASSAULT", "19", {"ISR"}, {"PSE"}),
    ),
    (
        "a_camp_named_by_its_place_is_in_that_places_state",
        "Israeli troops raided the Jenin refugee camp.",
        ("ASSAULT", "19", {"ISR"}, {"PSE"}),
    ),
    (
        "a_conjoined_violent_verb_of_another_kind_is_its_own_event",
        "Gunmen attacked a village in Zamfara and abducted 20 people.",
        ("ASSAULT", "181", {"NGA"}, {"NGA"}),
    ),
    (
        "a_mediation_under_which_sides_act_is_the_mediators",
        "Armenia and Azerbaijan resumed border talks under Russian mediation.",
        ("CONSULT", "045", {"RUS"}, {"ARM", "AZE"}),
    ),
    (
        "a_host_of_compound_named_talks_read_as_a_noun_phrase_hosts_their_parties",
        "Qatar hosted peace talks between Congolese and Rwandan envoys in Doha.",
        ("CONSULT", "04", {"QAT"}, {"COD", "RWA"}),
    ),
    (
        "a_visit_in_a_participle_clause_keeps_its_own_tense_under_a_future_main_clause",
        "China will upgrade Laos's railway under an accord signed during Premier Li Qiang's visit to Vientiane.",
        ("CONSULT", "042", {"CHN"}, {"LAO"}),
    ),
    (
        "a_planned_offensive_ahead_of_which_troops_mass_is_the_massing_sides",
        "Ethiopia massed troops near the Eritrean border ahead of a planned offensive against Eritrea.",
        ("ASSAULT", "19", {"ETH"}, {"ERI"}),
    ),
    (
        "people_freed_in_exchange_for_others_are_freed_by_the_other_side",
        "Belarus released five Lithuanian citizens in exchange for two Belarusian spies.",
        ("RETREAT", "0841", {"LTU"}, {"BLR"}),
    ),
    (
        "forces_sent_into_a_state_at_its_request_help_it",
        "Burundi sent 500 soldiers to Congo at the request of the Congolese government.",
        ("AID", "074", {"BDI"}, {"COD"}),
    ),
    (
        "paying_a_state_money_is_economic_aid",
        "Kuwait paid Jordan 200 million dollars for its budget.",
        ("AID", "071", {"KWT"}, {"JOR"}),
    ),
    (
        "two_states_armies_wrapping_up_weeks_of_drills_near_one_of_them_exercise_jointly",
        "The Kenyan and Ugandan armies wrapped up two weeks of drills near Kampala.",
        ("COOPERATE", "062", {"KEN", "UGA"}, {"KEN", "UGA"}),
    ),
    (
        "an_event_ahead_of_which_something_is_done_is_planned",
        "Togolese police sealed off Lome's main square ahead of a planned opposition march.",
        ("PROTEST", "14", {"TGO"}, {"TGO"}),
    ),
    (
        "a_measure_lifted_after_imposing_it_was_imposed",
        "Kyrgyzstan lifted the curfew in Bishkek two days after imposing it.",
        ("COERCE", "1723", {"KGZ"}, {"KGZ"}),
    ),
    (
        "an_act_drawing_condemnation_from_a_state_is_criticised_by_it",
        "Serbia arrested two Kosovan police officers, drawing sharp condemnation from Pristina.",
        ("ACCUSE", "111", {"XKX"}, {"SRB"}),
    ),
    (
        "an_act_a_state_calls_names_in_apposition_is_criticised_by_it",
        "Niger suspended French broadcasts, a move Paris called an attack on press freedom.",
        ("ACCUSE", "111", {"FRA"}, {"NER"}),
    ),
    (
        "an_act_two_states_agree_to_that_the_lexicon_lacks_is_an_intent_to_cooperate",
        "Chile and Argentina agreed to harmonise their customs procedures.",
        ("AGREE", "03", {"CHL", "ARG"}, {"CHL", "ARG"}),
    ),
    (
        "an_act_one_state_agrees_to_takes_its_other_side_from_the_act",
        "Vanuatu agreed to give Australian investigators access to its archives.",
        ("AGREE", "03", {"VUT"}, {"AUS"}),
    ),
    (
        "talks_that_failed_still_took_place",
        "Talks between Sudan and South Sudan failed in Juba.",
        ("CONSULT", "04", {"SDN", "SSD"}, {"SDN", "SSD"}),
    ),
    (
        "an_attack_takes_its_target_from_its_relative_clause",
        "Iraq condemned the Turkish air strike that hit an Iraqi army post near Zakho.",
        ("ASSAULT", "19", {"TUR"}, {"IRQ"}),
    ),
    (
        "a_visit_a_speaker_is_on_is_a_visit_by_the_speaker",
        "French Foreign Minister Jean-Noel Barrot, on a two-day visit to Algiers, said both sides wanted calm.",
        ("CONSULT", "042", {"FRA"}, {"DZA"}),
    ),
    (
        "halting_the_implementation_of_a_policy_halts_the_policy",
        "Kenya's government halted the implementation of the new housing levy.",
        ("CONCEDE", "0832", {"KEN"}, {"KEN"}),
    ),
    (
        "vowing_punishment_for_a_state_threatens_it",
        "Pakistan's army chief vowed severe punishment for India.",
        ("THREATEN", "138", {"PAK"}, {"IND"}),
    ),
    (
        "a_ship_carrying_relief_arriving_delivers_aid_to_the_place",
        "Three Algerian military planes carrying blankets and medicine landed in Tripoli.",
        ("AID", "073", {"DZA"}, {"LBY"}),
    ),
    (
        "trucks_carrying_relief_let_into_a_place_ease_a_restriction",
        "Egypt let dozens of trucks loaded with flour into Gaza.",
        ("RETREAT", "0863", {"EGY"}, {"PSE"}),
    ),
    (
        "weapons_sent_to_ones_own_border_are_a_deployment_not_aid",
        "Armenia rushed tanks and artillery to its frontier with Azerbaijan.",
        ("MOBILIZE", "154", {"ARM"}, {"AZE"}),
    ),
    (
        "warning_that_ones_own_forces_will_act_is_a_threat",
        "Belarus warned that its troops would respond to any incursion by Polish forces.",
        ("THREATEN", "13", {"BLR"}, {"POL"}),
    ),
    (
        "a_threat_that_one_would_act_is_made_whatever_the_would_of_the_act",
        "Turkey warned that it would impose sanctions on Sweden.",
        ("THREATEN", "13", {"TUR"}, {"SWE"}),
    ),
    (
        "setting_something_ablaze_is_no_forecast",
        "An Israeli drone strike set a fuel depot in southern Lebanon ablaze, local officials said.",
        ("ASSAULT", "19", {"ISR"}, {"LBN"}),
    ),
    (
        "a_not_of_the_main_clause_does_not_negate_its_clause_of_time",
        "Tajikistan did not detain the Afghan minister when he arrived in Dushanbe.",
        ("CONSULT", "042", {"AFG"}, {"TJK"}),
    ),
    (
        "a_state_named_in_a_mediated_participle_mediates_between_the_parties_of_the_clause",
        "Armenia and Azerbaijan signed an American-mediated peace accord.",
        ("CONSULT", "045", {"USA"}, {"ARM", "AZE"}),
    ),
    (
        "a_state_named_in_a_brokered_participle_mediates_between_the_parties_named",
        "A Saudi-brokered dialogue between Sudan's army and the RSF resumed in Jeddah.",
        ("CONSULT", "045", {"SAU"}, {"SDN"}),
    ),
    (
        "time_given_to_leave_the_country_is_an_expulsion",
        "Algeria gave twelve French embassy staff 48 hours to leave its territory.",
        ("COERCE", "174", {"DZA"}, {"FRA"}),
    ),
    (
        "rebels_pulling_out_of_a_town_retreat",
        "Houthi rebels pulled out of the coastal town of Mocha.",
        ("RETREAT", "087", {"YEM"}, {"YEM"}),
    ),
    (
        "two_states_exchanging_the_dead_return_property_to_each_other",
        "Israel and Hezbollah swapped the remains of fighters killed in the war.",
        ("RETREAT", "0842", {"ISR", "LBN"}, {"ISR", "LBN"}),
    ),
    (
        "a_relative_clause_with_no_pronoun_has_the_noun_it_modifies_for_object",
        "The African Union lifted the sanctions it had slapped on Guinea.",
        ("COERCE", "163", {"IGOAFRAFU"}, {"GIN"}),
    ),
    (
        "a_measure_the_government_owns_is_protested_against_the_government",
        "Serbian students marched against the government's deal with the European Union.",
        ("PROTEST", "14", {"SRB"}, {"SRB"}),
    ),
    (
        "troops_of_two_states_clashing_fight_each_other",
        "Kenyan and Ugandan soldiers clashed on Lake Victoria.",
        ("ASSAULT", "19", {"KEN", "UGA"}, {"KEN", "UGA"}),
    ),
    (
        "a_show_of_force_answers_the_author_of_the_act_a_phrase_names",
        "Latvia raised its alert level following Belarusian drills near the border.",
        ("MOBILIZE", "15", {"LVA"}, {"BLR"}),
    ),
    (
        "a_show_of_force_answers_what_the_act_coordinated_with_it_answers",
        "Hungary scrambled two jets and placed its air force on alert after Russian drones crossed into Ukraine.",
        ("MOBILIZE", "150", {"HUN"}, {"RUS"}),
    ),
    (
        "a_deployment_in_response_to_a_noun_answers_its_owner",
        "Colombia moved troops to its northern border in response to the arrival of Venezuelan tanks.",
        ("MOBILIZE", "154", {"COL"}, {"VEN"}),
    ),
    (
        "a_hostile_act_promised_until_a_condition_is_met_is_a_threat",
        "Nigeria said it would suspend all grants to Benin until Cotonou reopened the border.",
        ("THREATEN", "13", {"NGA"}, {"BEN"}),
    ),
    (
        "saying_another_was_behind_a_wrong_accuses_them",
        "Estonia's government said Russian military intelligence was behind the sabotage of the cable.",
        ("ACCUSE", "112", {"EST"}, {"RUS"}),
    ),
    (
        "asking_another_to_do_what_the_lexicon_does_not_code_is_an_appeal_to_them",
        "Tanzania asked Zambia to rethink the new border fees.",
        ("REQUEST", "020", {"TZA"}, {"ZMB"}),
    ),
    (
        "asking_another_to_send_troops_is_a_request_for_military_aid",
        "Somalia asked the African Union to send more troops.",
        ("REQUEST", "0234", {"SOM"}, {"IGOAFRAFU"}),
    ),
    (
        "withdrawal_demanded_goes_to_those_withdrawing_not_the_place_left",
        "Lebanon demanded the withdrawal of Israeli troops from southern Lebanon.",
        ("REQUEST", "10", {"LBN"}, {"ISR"}),
    ),
    (
        "withdrawal_urged_goes_to_those_withdrawing_not_the_place_left",
        "Iraq urged the withdrawal of Turkish forces from northern Iraq.",
        ("REQUEST", "02", {"IRQ"}, {"TUR"}),
    ),
    (
        "release_of_ones_own_people_from_a_state_is_asked_of_that_state",
        "Mali demanded the release of its soldiers from Ivory Coast.",
        ("REQUEST", "10", {"MLI"}, {"CIV"}),
    ),
    (
        "a_name_opening_a_clause_without_subject_is_its_subject",
        "Turkey massed troops on the Syrian border.",
        ("MOBILIZE", "15", {"TUR"}, {"SYR"}),
    ),
    (
        "letting_aid_into_a_place_eases_a_restriction",
        "Israel allowed aid trucks into Gaza.",
        ("RETREAT", "0863", {"ISR"}, {"PSE"}),
    ),
    (
        "two_states_meeting_in_a_third_capital_meet_each_other",
        "The foreign ministers of India and China met in Moscow.",
        ("CONSULT", "04", {"CHN", "IND"}, {"CHN", "IND"}),
    ),
    (
        "two_states_talking_in_a_third_capital_talk_to_each_other",
        "Iran and Saudi Arabia held talks in Baghdad.",
        ("CONSULT", "04", {"IRN", "SAU"}, {"IRN", "SAU"}),
    ),
    (
        "a_host_named_with_with_stays_the_other_side",
        "Rwanda and Congo met with Qatar in Doha.",
        ("CONSULT", "04", {"COD", "RWA"}, {"QAT"}),
    ),
    (
        "state_forces_fighting_their_own_insurgents_target_their_state",
        "Nigerian troops killed 20 Boko Haram fighters in Borno state.",
        ("ASSAULT", "", {"NGA"}, {"NGA"}),
    ),
    (
        "state_forces_attacking_home_insurgent_positions_target_their_state",
        "Somali forces attacked al-Shabaab positions near Kismayo.",
        ("ASSAULT", "", {"SOM"}, {"SOM"}),
    ),
    (
        "agreement_with_a_partner_on_an_uncoded_act_is_still_an_agreement",
        "Peru agreed with Chile to reopen the border.",
        ("AGREE", "03", {"PER"}, {"CHL"}),
    ),
    (
        "agreement_with_a_partner_on_a_coded_act_goes_to_the_partner",
        "Turkey agreed with Russia to resume talks.",
        ("AGREE", "036", {"TUR"}, {"RUS"}),
    ),
    (
        "agreement_with_the_domestic_opposition_is_at_home",
        "Bolivia's government agreed with the opposition to hold new elections.",
        ("AGREE", "03", {"BOL"}, {"BOL"}),
    ),
    (
        "forces_sent_in_a_passive_clause_were_sent_by_their_state",
        "French troops were sent to Gabon.",
        ("MOBILIZE", "15", {"FRA"}, set()),  # Gabon is where they go, not whom they face
    ),
    (
        "forces_deployed_in_a_passive_clause_toward_a_border",
        "Additional Indian troops were deployed along the border with China.",
        ("MOBILIZE", "15", {"IND"}, {"CHN"}),
    ),
    (
        "at_the_request_of_names_who_asked_the_subject",
        "Burundian troops arrived in Bangui at the request of the Central African government.",
        ("REQUEST", "02", {"CAF"}, {"BDI"}),
    ),
    (
        "at_the_invitation_of_names_who_invited_the_visitor",
        "Lula visited Beijing at the invitation of China's president.",
        ("REQUEST", "02", {"CHN"}, {"BRA"}),
    ),
    (
        "unnamed_party_conjoined_with_a_state_role_shares_its_state",
        "Cuba hosted talks between Colombia's government and the rebels.",
        ("CONSULT", "04", {"CUB"}, {"COL"}),
    ),
    (
        "unnamed_opposition_conjoined_with_a_government_is_of_that_state",
        "Norway offered to host negotiations between Bolivia's government and the opposition.",
        ("AGREE", "03", {"NOR"}, {"BOL"}),
    ),
    (
        "demand_that_clause_subject_is_the_target",
        "Chad demanded that Sudanese troops leave the border town.",
        ("REQUEST", "106", {"TCD"}, {"SDN"}),
    ),
    (
        "intransitive_leave_of_foreign_forces_under_an_order",
        "Burkina Faso ordered the French soldiers to leave.",
        ("REQUEST", "106", {"BFA"}, {"FRA"}),
    ),
    (
        "order_to_own_forces_is_the_act_of_the_commander",
        "Armenia ordered its troops to withdraw from the disputed villages.",
        ("RETREAT", "087", {"ARM"}, set()),
    ),
    (
        "border_with_a_state_names_the_recipient",
        "Algeria put its army on alert along the border with Morocco.",
        ("MOBILIZE", "15", {"DZA"}, {"MAR"}),
    ),
    (
        "staged_is_a_light_verb_despite_its_lemma",
        "Vietnam's navy staged exercises near the Paracel Islands.",
        ("MOBILIZE", "15", {"VNM"}, set()),
    ),
    (
        "protests_amid_which_something_happened_are_coded_for_the_sentence_state",
        "Bulgaria's interior minister resigned amid weeks of street protests.",
        ("PROTEST", "14", {"BGR"}, {"BGR"}),
    ),
    (
        "aid_recipient_named_in_a_purpose_clause",
        "The World Bank approved a $200 million loan to help Nepal rebuild its roads.",
        ("AID", "071", {"IGOWBK"}, {"NPL"}),
    ),
    (
        "violence_by_protesters_is_a_riot",
        "Protesters set fire to the town hall in Lilongwe after Malawi's election results were announced.",
        ("PROTEST", "145", {"MWI"}, {"MWI"}),
    ),
    (
        "detention_with_no_agent_is_by_the_state_at_home",
        "The AU urged Gabon's rulers to free the minister, who was arrested during the coup.",
        ("COERCE", "173", {"GAB"}, {"GAB"}),
    ),
    (
        "property_attacked_in_a_place_named_by_its_state",
        "Syrian militiamen set fire to shops in the Lebanese village of Kfar Kila.",
        ("ASSAULT", "17", {"SYR"}, {"LBN"}),
    ),
    (
        "violence_of_an_armed_group_at_home_targets_its_state",
        "Bandits killed 15 farmers in northern Nigeria.",
        ("ASSAULT", "", {"NGA"}, {"NGA"}),
    ),
    (
        "nominal_attack_that_kills_takes_the_verb_victims_place",
        "Turkish drone strikes killed four people in northern Iraq.",
        ("ASSAULT", "", {"TUR"}, {"IRQ"}),
    ),
    (
        "aid_to_people_in_a_state_goes_to_the_state",
        "Norway sent food aid to flood victims in Pakistan.",
        ("AID", "07", {"NOR"}, {"PAK"}),
    ),
    (
        "pulled_out_of_a_state_names_the_state",
        "Ethiopia pulled its soldiers out of Somalia.",
        ("RETREAT", "087", {"ETH"}, {"SOM"}),
    ),
    (
        "threat_is_aimed_at_the_subject_of_its_condition",
        "Turkey threatened to launch a ground operation if Syria failed to act.",
        ("THREATEN", "13", {"TUR"}, {"SYR"}),
    ),
    (
        "appeal_for_talks_between_parties_targets_the_coded_party",
        "The United Nations called for talks between Somalia's government and Jubaland.",
        ("REQUEST", "026", {"IGOUNO"}, {"SOM"}),
    ),
    (
        "actor_known_by_sector_only_takes_the_state_of_the_other_side",
        "Egyptian police arrested a dozen journalists on Sunday.",
        ("COERCE", "173", {"EGY"}, {"EGY"}),
    ),
    (
        "rights_groups_keep_their_sector_code",
        "Human rights groups urged Egyptian authorities to free the activists.",
        ("REQUEST", "02", {"HRI"}, {"EGY"}),
    ),
    (
        "visiting_officials_visit_the_host_who_addresses_them",
        "Ghana's president told visiting Chinese officials that Accra wanted more investment.",
        ("CONSULT", "042", {"CHN"}, {"GHA"}),
    ),
    (
        "purpose_clause_event_is_done_by_the_main_subject",
        "Nigerian doctors walked off the job to protest the government's pay cuts.",
        ("PROTEST", "14", {"NGA"}, {"NGA"}),
    ),
    (
        "state_forces_killing_their_own_civilians",
        "Security forces shot dead 12 protesters in Conakry on Monday.",
        ("ASSAULT", "", {"GIN"}, {"GIN"}),
    ),
    (
        "protesters_clashing_with_police_protest_at_home",
        "Protesters in Lusaka clashed with police over fuel prices.",
        ("PROTEST", "145", {"ZMB"}, {"ZMB"}),
    ),
    (
        "exercises_of_several_states_are_joint",
        "France and India began their annual naval exercises.",
        ("COOPERATE", "062", {"FRA", "IND"}, {"FRA", "IND"}),
    ),
    (
        "mediated_talks_are_between_the_parties_of_the_clause",
        "Kenya and Somalia settled their dispute in talks mediated by Djibouti.",
        ("CONSULT", "045", {"DJI"}, {"KEN", "SOM"}),
    ),
    (
        "show_of_force_answers_the_subject_of_an_after_clause",
        "Estonia scrambled jets after Russian warplanes entered its airspace.",
        ("MOBILIZE", "15", {"EST"}, {"RUS"}),
    ),
    (
        "show_of_force_aimed_at_what_it_intercepts",
        "Taiwan scrambled jets to intercept Chinese bombers.",
        ("MOBILIZE", "15", {"TWN"}, {"CHN"}),
    ),
    (
        "rejected_thing_belongs_to_the_actor_named_with_it",
        "Armenia rejected a peace proposal that Azerbaijan had put forward.",
        ("REJECT", "12", {"ARM"}, {"AZE"}),
    ),
    (
        "a_named_person_is_a_visitor",
        "Xi Jinping hosted Vladimir Putin in Beijing.",
        ("CONSULT", "043", {"CHN"}, {"RUS"}),
    ),
    (
        "a_prisoner_released_was_held_by_the_releaser",
        "Russia released an American journalist detained for a year.",
        ("COERCE", "173", {"RUS"}, {"USA"}),
    ),
    (
        "aid_amount_for_a_state",
        "The IMF approved $1 billion in financing for Ghana.",
        ("AID", "071", {"IGOIMF"}, {"GHA"}),
    ),
    (
        "measure_lifted_was_imposed_in_its_relative_clause",
        "Guinea lifted the curfew that had been imposed after the coup.",
        ("COERCE", "1723", {"GIN"}, {"GIN"}),
    ),
    (
        "service_restored_was_cut_in_its_relative_clause",
        "Gabon's government restored the internet service that it had cut during the election.",
        ("COERCE", "1721", {"GAB"}, {"GAB"}),
    ),
    (
        "joint_talks_in_one_side_capital_are_between_both_sides",
        "Vietnamese and Chinese officials held border talks in Hanoi.",
        ("CONSULT", "04", {"VNM", "CHN"}, {"VNM", "CHN"}),
    ),
    (
        "passive_talks_between_two_sides",
        "Talks were held between Kenyan and Ugandan officials in Kampala.",
        ("CONSULT", "04", {"KEN", "UGA"}, {"KEN", "UGA"}),
    ),
    (
        "demands_of_protesters_are_a_demonstration",
        "Protesters in Accra demanded the resignation of the finance minister.",
        ("PROTEST", "141", {"GHA"}, {"GHA"}),
    ),
    (
        "two_states_police_acting_together_cooperate",
        "French and Belgian police dismantled a drug trafficking network in Lille.",
        ("COOPERATE", "063", {"FRA", "BEL"}, {"FRA", "BEL"}),
    ),
    (
        "two_states_restoring_relations_do_it_with_each_other",
        "Bolivia and Chile restored diplomatic relations.",
        ("SUPPORT", "05", {"BOL", "CHL"}, {"BOL", "CHL"}),
    ),
    (
        "readiness_to_act_is_an_intent",
        "Qatar expressed readiness to mediate between Ethiopia and Eritrea.",
        ("AGREE", "039", {"QAT"}, {"ETH", "ERI"}),
    ),
    (
        "refusal_to_act_is_a_rejection_by_its_possessor",
        "Niger's refusal to free the French diplomats angered Paris.",
        ("REJECT", "124", {"NER"}, {"FRA"}),
    ),
    (
        "a_call_during_which_something_happened_took_place",
        "Germany's chancellor promised more air defence for Ukraine during a phone call with Zelensky.",
        ("CONSULT", "041", {"DEU"}, {"UKR"}),
    ),
    (
        "a_visit_during_which_something_happened_took_place",
        "During a visit to Hanoi, Australia's prime minister signed a trade deal with Vietnam.",
        ("CONSULT", "042", {"AUS"}, {"VNM"}),
    ),
    (
        "giver_named_on_the_object_received",
        "Moldova received a new air defence system from Romania.",
        ("AID", "072", {"ROU"}, {"MDA"}),
    ),
    (
        "destination_attached_to_the_second_object",
        "Turkey flew a medical team and 50 tonnes of supplies to earthquake-hit Syria.",
        ("AID", "073", {"TUR"}, {"SYR"}),
    ),
    (
        "aid_cut_amount_for_a_state",
        "The World Bank froze 300 million dollars in funding for Uganda.",
        ("SANCTION", "16", {"IGOWBK"}, {"UGA"}),
    ),
    (
        "unnamed_crowd_protests_for_the_place_state",
        "Tens of thousands marched in Madrid against the housing crisis.",
        ("PROTEST", "14", {"ESP"}, {"ESP"}),
    ),
    (
        "protesters_gathering_is_a_protest",
        "Protesters gathered outside the parliament in Accra.",
        ("PROTEST", "14", {"GHA"}, {"GHA"}),
    ),
    (
        "going_on_strike_is_a_strike",
        "Doctors in Kenya went on strike over unpaid wages.",
        ("PROTEST", "143", {"KEN"}, {"KEN"}),
    ),
    (
        "talks_a_host_holds_between_two_sides_are_theirs",
        "Qatar hosted talks between Israel and Hamas.",
        ("CONSULT", "04", {"ISR", "PSE"}, {"ISR", "PSE"}),
    ),
    (
        "talks_with_no_sides_named_are_between_the_clause_actors",
        "Ethiopia and Somalia agreed to restore diplomatic ties after talks in Ankara.",
        ("CONSULT", "04", {"ETH", "SOM"}, {"ETH", "SOM"}),
    ),
    (
        "talks_at_which_a_truce_was_agreed_took_place",
        "Thailand and Cambodia agreed to an immediate ceasefire at talks in Kuala Lumpur.",
        ("CONSULT", "04", {"THA", "KHM"}, {"THA", "KHM"}),
    ),
    (
        "gerund_fighting_before_a_ceasefire_is_a_nominal_event",
        "A ceasefire between Thailand and Cambodia took effect after five days of fighting.",
        ("ASSAULT", "19", {"THA", "KHM"}, {"THA", "KHM"}),
    ),
    (
        "a_withdrawal_yields_to_the_state_of_the_place_left",
        "French troops pulled out of their last base in Chad.",
        ("RETREAT", "087", {"FRA"}, {"TCD"}),
    ),
    (
        "warships_sent_somewhere_are_a_show_of_force",
        "Britain sent two warships to the coast of Guyana.",
        ("MOBILIZE", "15", {"GBR"}, {"GUY"}),
    ),
    (
        "a_visit_one_is_on_is_under_way",
        "The Indian foreign minister is on a three-day visit to Sri Lanka.",
        ("CONSULT", "042", {"IND"}, {"LKA"}),
    ),
    (
        "a_progressive_parsed_as_a_predicate_takes_the_copulas_subject",
        "Qatar is mediating between Israel and Hamas.",
        ("CONSULT", "045", {"QAT"}, {"ISR", "PSE"}),
    ),
    (
        "agreeing_on_an_event_is_not_framed_by_on",
        "Israel and Hamas agreed on a ceasefire.",
        ("AGREE", "035", {"ISR", "PSE"}, {"ISR", "PSE"}),
    ),
    (
        "an_organisations_summit_two_leaders_meet_at_is_no_side",
        "Indian Prime Minister Narendra Modi and Chinese President Xi Jinping met on the sidelines of the BRICS summit.",
        ("CONSULT", "04", {"IND", "CHN"}, {"IND", "CHN"}),
    ),
    (
        "police_named_with_two_states_police_together",
        "Police in Spain and Morocco dismantled a migrant smuggling network.",
        ("COOPERATE", "063", {"ESP", "MAR"}, {"ESP", "MAR"}),
    ),
    (
        "protection_is_given_where_the_forces_are",
        "Rwandan troops deployed in Mozambique's Cabo Delgado province are protecting the towns.",
        ("AID", "074", {"RWA"}, {"MOZ"}),
    ),
    (
        "a_measure_lifted_in_the_passive_is_lifted_by_the_state_of_its_place",
        "The curfew in Dhaka was lifted on Sunday.",
        ("RETREAT", "0813", {"BGD"}, {"BGD"}),
    ),
    (
        "an_amount_given_is_matched_by_what_it_is_of",
        "Turkey sent a shipload of aid to Gaza's residents.",
        ("AID", "07", {"TUR"}, {"PSE"}),
    ),
    (
        "a_round_of_sanctions_targets_the_state_they_are_on",
        "The EU announced a new round of sanctions on Russia.",
        ("COERCE", "163", {"IGOEUREEC"}, {"RUS"}),
    ),
    (
        "an_unlabelled_indirect_object_name_is_the_recipient",
        "Washington will send Kyiv more Patriot missiles.",
        ("AGREE", "0332", {"USA"}, {"UKR"}),
    ),
    (
        "a_passive_subjects_own_phrase_names_the_target",
        "Sanctions on Belarus were eased by Washington.",
        ("RETREAT", "085", {"USA"}, {"BLR"}),
    ),
    (
        "urging_others_to_agree_is_the_appeal_not_their_agreement",
        "Washington pressed Kyiv to agree to talks with Moscow.",
        ("REQUEST", "02", {"USA"}, {"UKR"}),
    ),
    (
        "a_protest_lodged_with_a_state_is_an_official_complaint",
        "Vietnam lodged a protest with China over the seizure of its fishing boat.",
        ("ACCUSE", "114", {"VNM"}, {"CHN"}),
    ),
    (
        "expelling_diplomats_expels_individuals",
        "Saudi Arabia expelled the Swedish ambassador.",
        ("COERCE", "174", {"SAU"}, {"SWE"}),
    ),
    (
        "leaving_an_agreement_reduces_relations",
        "Russia withdrew from the Black Sea grain deal.",
        ("SANCTION", "160", {"RUS"}, set()),
    ),
    (
        "charging_that_something_happened_is_an_accusation",
        "Kenya charged that Somalia had armed the militia.",
        ("ACCUSE", "112", {"KEN"}, {"SOM"}),
    ),
    (
        "charging_people_is_still_legal_action",
        "Ukraine charged two Russian soldiers with war crimes.",
        ("COERCE", "173", {"UKR"}, {"RUS"}),
    ),
    (
        "a_blockade_restricts_movement",
        "The Egyptian navy's blockade of the port continued.",
        ("COERCE", "191", {"EGY"}, set()),
    ),
    (
        "a_head_word_is_found_by_its_form_whatever_its_lemma",
        "Chile's president lambasted Argentina.",
        ("ACCUSE", "111", {"CHL"}, {"ARG"}),
    ),
    (
        "a_hyphenated_class_member_matches_the_compound_it_is_parsed_as",
        "Israel violated the cease-fire with Hezbollah.",
        ("ASSAULT", "196", {"ISR"}, {"LBN"}),
    ),
    (
        "an_ambassador_ordered_to_leave_is_expelled_not_asked",
        "Mali ordered the Swedish ambassador to leave the country.",
        ("COERCE", "174", {"MLI"}, {"SWE"}),
    ),
    (
        "a_state_suspended_by_an_organisation_loses_its_membership",
        "The African Union suspended Mali.",
        ("SANCTION", "16", {"IGOAFRAFU"}, {"MLI"}),
    ),
    (
        "urging_an_act_the_lexicon_lacks_is_still_an_appeal",
        "The European Union urged Serbia to reform its judiciary.",
        ("REQUEST", "020", {"IGOEUREEC"}, {"SRB"}),
    ),
    (
        "fighting_alongside_is_military_cooperation",
        "Chadian soldiers fought alongside Nigerien troops near Lake Chad.",
        ("COOPERATE", "062", {"TCD"}, {"NER"}),
    ),
    (
        "forces_pushing_into_a_state_attack_it",
        "Russian troops pushed into Ukraine.",
        ("ASSAULT", "190", {"RUS"}, {"UKR"}),
    ),
    (
        "protesters_demanding_in_a_relative_clause_demonstrate",
        "Police arrested students in Nairobi who were demanding the president's resignation.",
        ("PROTEST", "141", {"KEN"}, {"KEN"}),
    ),
    (
        "summoning_an_envoy_to_protest_is_the_complaint",
        "Ghana summoned the Togolese ambassador to protest the border incident.",
        ("ACCUSE", "114", {"GHA"}, {"TGO"}),
    ),
    (
        "troops_promised_to_a_state_are_an_intent_to_protect_it",
        "Chad promised to send troops to Niger.",
        ("AGREE", "0334", {"TCD"}, {"NER"}),
    ),
    (
        "seizing_a_crew_takes_hostages",
        "Somali pirates seized the crew of a Bangladeshi cargo ship.",
        ("ASSAULT", "181", {"SOM"}, {"BGD"}),
    ),
    (
        "troops_massing_near_a_border_mobilize",
        "Russian troops massed near the border with Ukraine.",
        ("MOBILIZE", "154", {"RUS"}, {"UKR"}),
    ),
    (
        "overrunning_a_base_is_an_attack",
        "Al-Shabaab fighters overran a Kenyan army base in Lamu.",
        ("ASSAULT", "190", {"SOM"}, {"KEN"}),
    ),
    (
        "a_national_strike_is_a_labour_strike",
        "Argentina's unions launched a national strike against the government's reforms.",
        ("PROTEST", "143", {"ARG"}, {"ARG"}),
    ),
    (
        "an_arrest_warrant_issued_is_legal_action",
        "The ICC issued an arrest warrant for Netanyahu.",
        ("COERCE", "173", {"IGOICC"}, {"ISR"}),
    ),
    (
        "demands_from_someone_are_theirs_made_of_the_clauses_subject",
        "Mali's junta held firm despite demands from ECOWAS to hold elections.",
        ("REQUEST", "10", {"IGOWAFWAS"}, {"MLI"}),
    ),
    (
        "criticism_from_someone_is_their_accusation",
        "Hungary went ahead with the law despite criticism from the European Union.",
        ("ACCUSE", "111", {"IGOEUREEC"}, {"HUN"}),
    ),
    (
        "giving_someone_days_to_act_is_an_ultimatum",
        "The African Union gave Sudan's army one week to restore civilian rule.",
        ("THREATEN", "139", {"IGOAFRAFU"}, {"SDN"}),
    ),
    (
        "a_carrier_group_sailing_near_a_state_shows_force",
        "A Chinese carrier group sailed near Taiwan.",
        ("MOBILIZE", "150", {"CHN"}, {"TWN"}),
    ),
    (
        "finding_someone_guilty_is_a_verdict",
        "A court in Minsk found a Lithuanian activist guilty of treason.",
        ("ACCUSE", "116", {"BLR"}, {"LTU"}),
    ),
    (
        "sexual_violence_is_an_assault",
        "Sudanese soldiers raped dozens of women in Darfur.",
        ("ASSAULT", "1821", {"SDN"}, {"SDN"}),
    ),
    (
        "a_ban_does_not_negate_what_its_adverbial_clause_reports",
        "Uganda banned the rally, prompting protests in Kampala.",
        ("PROTEST", "141", {"UGA"}, {"UGA"}),
    ),
    (
        "reaffirming_backing_for_a_state_supports_it",
        "The Arab League reaffirmed its backing for Sudan's army.",
        ("SUPPORT", "051", {"IGOMEAARL"}, {"SDN"}),
    ),
    (
        "days_of_drills_begun_are_the_drills",
        "Russia began three days of naval drills near Japan.",
        ("MOBILIZE", "150", {"RUS"}, {"JPN"}),
    ),
    (
        "registering_an_opposition_party_eases_a_ban",
        "Egypt's election commission registered a new opposition party.",
        ("CONCEDE", "0812", {"EGY"}, {"EGY"}),
    ),
    (
        "a_delegation_arriving_visits",
        "A Chinese trade delegation arrived in Nairobi.",
        ("CONSULT", "042", {"CHN"}, {"KEN"}),
    ),
    (
        "an_attack_promised_if_attacked_is_a_threat",
        "Iran said it would strike Israeli cities if Israel attacked its nuclear sites.",
        ("THREATEN", "138", {"IRN"}, {"ISR"}),
    ),
    (
        "a_measure_promised_unless_another_acts_is_a_threat",
        "Mexico will impose tariffs on U.S. goods unless Washington lifts its levies.",
        ("THREATEN", "1312", {"MEX"}, {"USA"}),
    ),
    (
        "an_offensive_no_one_is_named_for_before_a_withdrawal_is_the_withdrawing_forces",
        "Turkish troops withdrew from northern Syria after a two-month offensive.",
        ("ASSAULT", "19", {"TUR"}, {"SYR"}),
    ),
    (
        "clashes_no_one_is_named_for_in_a_one_state_sentence_are_at_home",
        "Kenyan authorities imposed a curfew in Marsabit after ethnic clashes.",
        ("ASSAULT", "19", {"KEN"}, {"KEN"}),
    ),
    (
        "unrest_is_a_riot",
        "Guinea's junta dissolved the government after days of unrest in Conakry.",
        ("PROTEST", "145", {"GIN"}, {"GIN"}),
    ),
    (
        "calling_a_named_person_names_disparages_them",
        "Brazil's president called his Argentine counterpart Javier Milei a liar.",
        ("ACCUSE", "111", {"BRA"}, {"ARG"}),
    ),
    (
        "a_measure_promised_against_whoever_acts_is_a_threat",
        "Algeria will cut diplomatic ties with any state that recognises the annexation.",
        ("THREATEN", "1313", {"DZA"}, set()),
    ),
    (
        "halting_payments_cuts_economic_aid",
        "Washington suspended aid payments to Nicaragua.",
        ("SANCTION", "1621", {"USA"}, {"NIC"}),
    ),
    (
        "a_joint_force_set_up_is_military_cooperation_that_happened",
        "Ghana and Togo set up a joint force to patrol their border.",
        ("COOPERATE", "062", {"GHA", "TGO"}, {"GHA", "TGO"}),
    ),
    (
        "protests_a_law_set_off_happened",
        "Serbia's government withdrew the mining law that had set off weeks of mass protests.",
        ("PROTEST", "141", {"SRB"}, {"SRB"}),
    ),
    (
        "talks_a_state_will_not_hold_are_refused",
        "Serbia will not hold talks with Kosovo.",
        ("REJECT", "125", {"SRB"}, {"XKX"}),
    ),
    (
        "aid_a_state_wont_send_is_refused",
        "Ethiopia won't send aid to Eritrea.",
        ("REJECT", "122", {"ETH"}, {"ERI"}),
    ),
    (
        "a_promise_not_to_attack_is_an_intent_to_de_escalate",
        "Eritrea promised not to attack Ethiopia.",
        ("AGREE", "0356", {"ERI"}, {"ETH"}),
    ),
    (
        "using_weapons_of_mass_destruction_is_mass_violence",
        "Russia used nuclear weapons against Ukraine.",
        ("ASSAULT", "204", {"RUS"}, {"UKR"}),
    ),
]

NO_EVENT = [
    (
        "police_storming_an_embassy_is_no_riot",
        "Ecuadorean police stormed the Mexican embassy in Quito.",
        "PROTEST",
    ),
    (
        "a_storm_that_hits_a_state_is_no_attack",
        "The storm hit Florida on Tuesday.",
        "ASSAULT",
    ),
    (
        "a_state_evacuating_its_own_people_gives_no_aid",
        "Philippine authorities evacuated 20,000 residents of Luzon ahead of the typhoon.",
        "AID",
    ),
    (
        "being_met_with_a_response_is_no_meeting",
        "Hezbollah said any Israeli incursion would be met with a crushing response.",
        "CONSULT",
    ),
    (
        "troops_sent_to_help_secure_a_place_are_the_sending",
        "Egypt deployed 500 troops to Somalia to help secure Mogadishu.",
        "AID",
    ),
    (
        "paying_for_a_purchase_is_no_aid",
        "Egypt paid $2 billion for the French warplanes.",
        "AID",
    ),
    (
        "an_act_promised_with_no_one_else_named_is_no_event",
        "Peru's president promised to rebuild the flooded towns.",
        "AGREE",
    ),
    (
        "what_a_side_failed_to_do_did_not_happen",
        "Samoa complained that Tonga had failed to consult Apia over the fisheries zone.",
        "CONSULT",
    ),
    (
        "warning_of_what_another_states_forces_may_do_is_no_threat",
        "Vietnam warned that Chinese coast guard ships could ram its fishing boats.",
        "THREATEN",
    ),
    (
        "warning_of_what_insurgents_may_do_is_no_threat",
        "Mozambique warned that jihadist militants could regroup in Cabo Delgado.",
        "THREATEN",
    ),
    (
        "a_not_of_the_main_clause_still_negates_its_purpose",
        "Egypt did not send troops to help Libya.",
        "AID",
    ),
    (
        "quitting_a_country_is_no_resignation",
        "Niger gave the UN coordinator three days to quit the country.",
        "CONCEDE",
    ),
    # (behaviour, sentence, PLOVER type that must not be counted)
    ("prevented_protests_did_not_happen", "Togo's government cut the internet to prevent protests.", "PROTEST"),
    ("claiming_an_attack_accuses_no_one", "Al-Shabaab said it was behind the attack in Mogadishu.", "ACCUSE"),
    ("a_duty_is_no_blame", "Ghana's president said the finance minister was responsible for the budget.", "ACCUSE"),
    ("an_arrival_of_forces_is_no_visit", "The arrival of Indian troops in the Maldives angered Male.", "CONSULT"),
    (
        "the_condition_a_promised_act_waits_on_has_not_happened",
        "Russia will keep up its strikes until Ukraine frees the prisoners.",
        "RETREAT",
    ),
    (
        "taking_a_case_to_court_is_no_street_protest",
        "Guyana took the border case to the court in The Hague.",
        "PROTEST",
    ),
    (
        "asking_a_question_is_no_appeal",
        "Norway's foreign minister asked Sweden whether the talks would resume.",
        "REQUEST",
    ),
    ("a_month_name_is_not_a_march", "Chile's copper output rose in March, Chile's mining ministry said.", "PROTEST"),
    ("purpose_with_no_one_named_is_not_an_event", "Malawian troops arrived in Maputo to help.", "AID"),
    ("striking_workers_do_not_attack", "Zambia's government met striking miners in Lusaka.", "ASSAULT"),
    ("treaty_left_is_not_signed", "Argentina pulled out of the climate agreement.", "SUPPORT"),
    (
        "marchers_demanding_make_one_protest",
        "Thousands of Chileans marched in Santiago demanding pension reform.",
        "REQUEST",
    ),
    (
        "people_returning_to_their_villages_give_nothing_back",
        "Thousands of refugees returned to their villages in Syria.",
        "RETREAT",
    ),
    ("agreeing_with_a_proposal_names_no_partner", "The minister agreed with the proposal.", "AGREE"),
    (
        "the_opposition_as_an_actor_is_no_objection",
        "The Bolivian opposition rejected the government's offer of talks.",
        "ACCUSE",
    ),
    (
        "an_agreement_talks_ended_without_was_not_made",
        "Talks between Laos and Thailand ended without agreement.",
        "SUPPORT",
    ),
    ("troops_one_is_asked_to_send_are_not_sent", "Somalia asked the African Union to send more troops.", "MOBILIZE"),
    ("troops_arriving_are_a_deployment_not_a_visit", "Kenyan troops arrived in Mogadishu.", "CONSULT"),
    ("warships_landing_are_not_a_visit", "Russian warships landed in Havana.", "CONSULT"),
    (
        "demands_conceded_to_are_part_of_the_concession",
        "Ghana's government agreed to the demands of the nurses.",
        "REQUEST",
    ),
    (
        "disasters_as_subject_make_no_event",
        "Floods in southern Brazil have displaced more than 400,000 people.",
        "ASSAULT",
    ),
    (
        "calling_a_counterpart_to_discuss_is_no_appeal",
        "Turkey's president called his Russian counterpart to discuss the grain deal.",
        "REQUEST",
    ),
    (
        "calling_on_a_weekday_is_no_call_on",
        "Macron called his Ukrainian counterpart on Monday to discuss security guarantees.",
        "REQUEST",
    ),
    (
        "warships_sent_somewhere_are_no_military_aid",
        "Britain sent two warships to Guyana.",
        "AID",
    ),
    (
        "a_journey_to_no_state_is_no_visit",
        "Nigeria's president travelled to his home state for the Eid holidays.",
        "CONSULT",
    ),
    (
        "mediation_suspended_between_two_sides_is_no_new_mediation",
        "Qatar suspended its mediation between Israel and Hamas.",
        "CONSULT",
    ),
    (
        "an_organisations_meeting_an_act_was_done_at_is_the_occasion",
        "Algeria's foreign minister defended Niger's military government at an African Union meeting.",
        "CONSULT",
    ),
    (
        "calling_something_illegal_is_no_phone_call",
        "Russia called the sanctions illegal.",
        "CONSULT",
    ),
    (
        "calling_someone_a_name_is_no_phone_call",
        "Trump called Zelensky a dictator.",
        "CONSULT",
    ),
    (
        "sanctions_some_of_which_are_suspended_are_not_imposed",
        "The European Union suspended some of its sanctions on Syria.",
        "COERCE",
    ),
    (
        "a_protest_lodged_is_no_demonstration",
        "Vietnam lodged a protest with China over the seizure of its fishing boat.",
        "PROTEST",
    ),
    ("leaving_an_agreement_is_no_retreat", "Russia withdrew from the Black Sea grain deal.", "RETREAT"),
    (
        "fighting_a_disease_is_no_attack",
        "Cuba sent doctors to help Angola fight the cholera outbreak.",
        "ASSAULT",
    ),
    ("charging_that_is_no_arrest", "Kenya charged that Somalia had armed the militia.", "COERCE"),
    ("a_sportsman_arriving_pays_no_visit", "The Brazilian footballer arrived in London on Monday.", "CONSULT"),
    ("a_sports_team_arriving_pays_no_visit", "The Indian cricket team arrived in Lahore.", "CONSULT"),
    (
        "a_conjoined_act_others_are_urged_to_do_is_not_done",
        "The UN urged the rebels to disarm and accept the peace plan.",
        "AGREE",
    ),
    ("a_banned_march_did_not_happen", "Ugandan police banned an opposition march in Kampala.", "PROTEST"),
    (
        "a_vetoed_resolution_calls_for_nothing",
        "China vetoed a resolution calling for sanctions on Myanmar.",
        "REQUEST",
    ),
    (
        "people_accused_by_no_one_named_make_no_accusation",
        "Canada sanctioned Chinese officials accused of abuses in Xinjiang.",
        "ACCUSE",
    ),
    (
        "summoning_an_envoy_to_protest_is_no_demonstration",
        "Ghana summoned the Togolese ambassador to protest the border incident.",
        "PROTEST",
    ),
    ("a_besieged_city_is_a_description", "Aid reached the besieged city of Mariupol.", "COERCE"),
    ("troops_threatened_are_not_sent", "Turkey threatened to send troops to Libya.", "MOBILIZE"),
    ("a_leader_fleeing_is_no_military_retreat", "Nepal's prime minister fled the capital.", "RETREAT"),
    ("shares_rallying_are_no_protest", "Japanese stocks rallied on Friday.", "PROTEST"),
    (
        "a_storm_killing_people_is_no_attack",
        "Cyclone Idai, the deadliest storm in years, flattened homes in Beira, killing hundreds.",
        "ASSAULT",
    ),
    ("a_footballer_attacking_is_no_assault", "The Ghanaian striker attacked the far post.", "ASSAULT"),
    (
        "a_word_of_an_organisations_name_is_no_event",
        "Armenia asked the Collective Security Treaty Organization for help.",
        "SUPPORT",
    ),
    ("an_arrest_warrant_ignored_is_no_arrest", "Mongolia ignored an ICC arrest warrant for Putin.", "COERCE"),
    ("a_campaign_rally_is_no_protest", "Brazil's president spoke at a campaign rally in Sao Paulo.", "PROTEST"),
    ("taking_refuge_is_no_asylum_granted", "The former minister took refuge in the Mexican embassy in Lima.", "AID"),
    ("police_arriving_is_no_visit", "Rwandan police officers arrived in Bangui.", "CONSULT"),
    (
        "a_labour_strike_is_no_attack",
        "Argentina's unions launched a national strike against the government's reforms.",
        "ASSAULT",
    ),
    (
        "an_interest_rate_raised_is_no_alert",
        "Brazil's central bank raised its benchmark rate to the highest level in years.",
        "MOBILIZE",
    ),
    ("a_lake_feeding_a_canal_gives_no_aid", "Lake Victoria, which feeds the Nile, rose sharply.", "AID"),
    ("seized_drugs_are_no_coercion", "Peruvian police seized two tonnes of cocaine in Callao.", "COERCE"),
    (
        "talks_others_are_urged_to_settle_through_are_not_held",
        "The African Union urged Ethiopia and Eritrea to settle their dispute through negotiations.",
        "CONSULT",
    ),
    (
        "an_ambassador_ordered_to_leave_is_not_also_a_demand",
        "Mali ordered the Swedish ambassador to leave the country.",
        "REQUEST",
    ),
    (
        "what_asked_forces_are_to_do_has_not_happened",
        "Chad asked France to send troops to help it fight Boko Haram.",
        "ASSAULT",
    ),
    (
        "the_alternative_of_an_ultimatum_has_not_happened",
        "Zambia's opposition gave the government two weeks to cut fuel prices or face mass protests.",
        "PROTEST",
    ),
    (
        "what_anyone_who_may_do_it_does_has_not_happened",
        "Algeria will cut diplomatic ties with any state that recognises Moroccan rule over Western Sahara.",
        "SUPPORT",
    ),
    ("an_aid_agencys_warning_is_no_threat", "UN aid agencies warned that Sudan faces famine.", "THREATEN"),
    (
        "the_second_of_two_things_demanded_has_not_happened",
        "Kenya urged Uganda to withdraw its troops and stop attacking border villages.",
        "ASSAULT",
    ),
    ("neither_nor_negates_the_first_act", "The junta will neither negotiate with nor recognise the rebels.", "CONSULT"),
    (
        "neither_nor_negates_the_second_act",
        "Kenya would neither endorse nor recognise the rebel government.",
        "SUPPORT",
    ),
    ("neither_of_two_subjects_did_it", "Neither Russia nor Ukraine attacked the plant.", "ASSAULT"),
    ("staff_resigning_en_masse_concede_nothing", "Hundreds of Kenyan nurses resigned over unpaid wages.", "CONCEDE"),
    (
        "an_act_promised_if_attacked_is_not_also_the_act",
        "Iran said it would strike Israeli cities if Israel attacked its nuclear sites.",
        "ASSAULT",
    ),
]


def _codes(entities):
    return {e.code for e in entities if e.code}


@pytest.mark.parametrize(("behaviour", "sentence", "expected"), CASES, ids=[c[0] for c in CASES])
def test_coder_construction(pipeline, behaviour, sentence, expected):
    event, prefix, source, target = expected
    events = [e for e in pipeline.code_article(Article(id=behaviour, text=sentence)) if e.counts]
    found = [(e.event, e.cameo, _codes(e.actor), _codes(e.recipient)) for e in events]
    assert any(
        e.event == event and e.cameo.startswith(prefix) and _codes(e.actor) == source and _codes(e.recipient) == target
        for e in events
    ), found


@pytest.mark.parametrize(("behaviour", "sentence", "event"), NO_EVENT, ids=[c[0] for c in NO_EVENT])
def test_coder_construction_without_event(pipeline, behaviour, sentence, event):
    events = [e for e in pipeline.code_article(Article(id=behaviour, text=sentence)) if e.counts]
    assert not [e for e in events if e.event == event], [(e.event, e.cameo, e.event_text) for e in events]


ONE_EVENT = [
    # (behaviour, sentence, event type coded exactly once)
    (
        "an_expulsion_and_the_time_given_to_leave_are_one_expulsion",
        "Mali expelled three French diplomats, giving them 72 hours to leave.",
        "COERCE",
    ),
    (
        "a_delivery_named_again_as_the_first_of_its_kind_is_one_event",
        "Turkey delivered drones to Somalia, the first equipment supplied under their defence pact.",
        "AID",
    ),
    (
        "an_attack_and_its_relative_clause_are_one_attack",
        "Pakistan condemned the Afghan drone strike that destroyed a border post in Kurram.",
        "ASSAULT",
    ),
    (
        "a_weapon_fired_by_one_side_that_strikes_is_one_attack",
        "A rocket fired by Hezbollah struck a house in northern Israel.",
        "ASSAULT",
    ),
    (
        "attacks_launched_in_a_place_that_killed_people_are_one_attack",
        "Boko Haram launched attacks on villages in Borno state that killed 40 farmers.",
        "ASSAULT",
    ),
    (
        "aid_a_ship_carries_is_the_aid_its_sender_sends",
        "Turkey sent a navy ship carrying relief supplies to flood-hit Libya.",
        "AID",
    ),
    (
        "a_such_noun_in_apposition_with_its_own_relative_clause_is_the_same_event",
        "Kenya signed a trade pact with Ghana, the first such accord Nairobi has concluded with an African state.",
        "SUPPORT",
    ),
    (
        "purpose_of_a_call_taken_for_the_objects_complement_is_the_same_call",
        "Japan's foreign minister telephoned his Indian counterpart to discuss trade.",
        "CONSULT",
    ),
    (
        "purpose_of_a_hosted_visit_is_the_same_meeting",
        "Ghana's president hosted his Togolese counterpart to discuss border security.",
        "CONSULT",
    ),
    (
        "a_visit_a_traveller_arrives_for_is_the_same_visit",
        "Turkey's president arrived in Cairo for his first visit to Egypt in a decade.",
        "CONSULT",
    ),
    (
        "exercises_begun_are_one_event",
        "Indonesian and Australian troops began joint exercises in East Java.",
        "COOPERATE",
    ),
    (
        "an_operation_an_act_was_done_in_is_the_same_act",
        "Moroccan and Spanish police broke up a recruitment cell in a joint operation.",
        "COOPERATE",
    ),
    (
        "one_of_the_attacks_an_attack_was_is_the_same_attack",
        "Russia shelled a market in Kherson in one of its deadliest attacks this year.",
        "ASSAULT",
    ),
    (
        "a_deportation_named_again_in_apposition_is_one_event",
        "Pakistan deported 300 Afghan migrants, its largest such deportation this year.",
        "COERCE",
    ),
    (
        "a_concession_bowing_to_protests_is_one_concession",
        "Peru's prime minister resigned, bowing to weeks of protests.",
        "CONCEDE",
    ),
    (
        "a_delivery_received_and_the_participle_of_its_giving_are_one_delivery",
        "Mali's army took delivery of attack helicopters supplied by Russia.",
        "AID",
    ),
    (
        "conjoined_attack_verbs_sharing_their_subject_are_one_attack",
        "Russian troops shelled Kharkiv and killed three civilians.",
        "ASSAULT",
    ),
]


@pytest.mark.parametrize(("behaviour", "sentence", "event"), ONE_EVENT, ids=[c[0] for c in ONE_EVENT])
def test_coder_construction_codes_the_event_once(pipeline, behaviour, sentence, event):
    events = [e for e in pipeline.code_article(Article(id=behaviour, text=sentence)) if e.counts]
    assert len([e for e in events if e.event == event]) == 1, [(e.event, e.cameo, e.event_text) for e in events]


@pytest.mark.xfail(
    strict=True,
    reason="known: the threat's target is read from what the relative clause's act is about "
    "(Moroccan rule -> MAR), not left to the unnamed states it is aimed at",
)
def test_coder_threat_against_whoever_acts_takes_no_target_from_the_condition_object(pipeline):
    sentence = "Algeria will cut diplomatic ties with any state that recognises Moroccan rule over Western Sahara."
    events = [e for e in pipeline.code_article(Article(id="t", text=sentence)) if e.counts]
    assert [(e.event, [a.code for a in e.recipient]) for e in events] == [("THREATEN", [])]
