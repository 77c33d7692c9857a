import pytest

from sanderling.errors import DataFileError
from sanderling.ontology import PLOVER_TYPES, load_ontology, ontology


def test_ontology_has_every_cameo_code_with_weights_and_quad():
    codes = ontology()
    assert len(codes) == 311
    assert codes["042"].plover_type == "CONSULT" and codes["042"].plover_mode == "visit"
    assert codes["0332"].plover_type == "AGREE" and codes["0332"].goldstein == 5.2
    assert codes["190"].quad_class == 4 and codes["190"].goldstein == -10.0


def test_ontology_maps_every_event_code_to_a_plover_2_type():
    codes = ontology()
    for code in codes.codes():
        if code.root == "01":
            assert code.plover_type == ""  # statements are not events in PLOVER
        else:
            assert code.plover_type in PLOVER_TYPES, code


def test_ontology_renames_2021_types_and_folds_appeals_into_request():
    codes = ontology()
    assert codes["100"].plover_type == "REQUEST"
    assert codes["0232"].plover_type == "REQUEST"
    assert codes["111"].plover_type == "ACCUSE"
    assert codes["193"].plover_type == "ASSAULT"


def test_ontology_most_specific_known_falls_back_to_parent():
    assert ontology().most_specific_known("0579").code == "057"


def test_ontology_rejects_a_malformed_table_naming_file_and_line(tmp_path):
    bad = tmp_path / "cameo.tsv"
    bad.write_text(
        "cameo\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\tplover_context\n"
        "04\tCONSULT\t1.0\t1\tCONSULT\t\t\n"
        "04x\tbroken\t1.0\t1\tCONSULT\t\t\n",
        encoding="utf-8",
    )
    with pytest.raises(DataFileError) as err:
        load_ontology(str(bad))
    assert err.value.line == 3 and "04x" in str(err.value)
