"""Loading and validating actor dictionaries: the packaged files, user files that add
or override entries, and the errors a malformed user file gives."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from sanderling.actors import dictionary as dictionary_module
from sanderling.actors.dictionary import ENV_VAR, actor_dictionary, load_dictionary
from sanderling.errors import DataFileError, SanderlingError

D = dt.date


@pytest.fixture(scope="module")
def packaged():
    return load_dictionary()


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def load_error(path: Path) -> DataFileError:
    with pytest.raises(DataFileError) as info:
        load_dictionary(extra=[path])
    return info.value


# -- the packaged knowledge -----------------------------------------------------


def test_dictionary_covers_every_state_and_the_main_organisations(packaged) -> None:
    assert len(packaged.states) >= 249
    assert len(packaged.organizations) >= 80
    for code in ("IGOUNO", "IGOUNOSEC", "IGOAFRAFU", "IGOWAFWAS", "IGOWAFAES", "IGOEUREEC", "IGOWSTNAT", "IGOSEAASN",
                 "IGOASASCO", "IGOBRICS", "IGOOPC", "IGOMEAARL", "IGOMEAGCC", "IGOWSTOAS", "IGOSAFSAD", "IGOEAFIGD",
                 "IGOG7", "IGOG20", "IGOEURCST", "IGOUNOIAE", "IGOIMF", "IGOWBK", "IGOICC"):  # fmt: skip
        assert code in packaged.organizations, code
    assert len({r for r in packaged.roles}) >= 60


@pytest.mark.parametrize(
    ("name", "code"),
    [("Niger", "NER"), ("Nigeria", "NGA"), ("the United States", None), ("United States", "USA"), ("Ivory Coast", "CIV"),
     ("Burma", "MMR"), ("Türkiye", "TUR"), ("Britain", "GBR"), ("US", "USA")],
)  # fmt: skip
def test_dictionary_names_are_exact_aliases_not_fuzzy(packaged, name: str, code: str | None) -> None:
    states = [r.code for r in packaged.readings(name) if r.kind == "state"]
    assert states == ([code] if code else [])


def test_dictionary_demonyms_tell_nigerien_from_nigerian(packaged) -> None:
    assert [r.code for r in packaged.readings("Nigerien")] == ["NER"]
    assert [r.code for r in packaged.readings("Nigerian")] == ["NGA"]


def test_dictionary_aes_membership_starts_2023_09_16(packaged) -> None:
    assert packaged.members_on("IGOWAFAES", D(2023, 9, 15)) == []
    assert sorted(packaged.members_on("IGOWAFAES", D(2023, 9, 16))) == ["BFA", "MLI", "NER"]
    assert sorted(packaged.expand("IGOWAFAES", D(2025, 6, 1))) == ["BFA", "MLI", "NER"]


def test_dictionary_sahel_states_leave_ecowas_2025_01_29(packaged) -> None:
    before, after = packaged.members_on("IGOWAFWAS", D(2025, 1, 28)), packaged.members_on("IGOWAFWAS", D(2025, 1, 29))
    assert {"MLI", "BFA", "NER"} <= set(before)
    assert not {"MLI", "BFA", "NER"} & set(after)
    assert {"NGA", "SEN", "GHA"} <= set(after)


def test_dictionary_niger_suspended_from_the_au_but_still_a_member(packaged) -> None:
    assert not packaged.is_suspended("IGOAFRAFU", "NER", D(2023, 8, 21))
    assert packaged.is_suspended("IGOAFRAFU", "NER", D(2023, 8, 22))
    assert "NER" in packaged.members_on("IGOAFRAFU", D(2024, 1, 1))


def test_dictionary_expand_keeps_a_state_code(packaged) -> None:
    assert packaged.expand("MLI", D(2025, 1, 1)) == ["MLI"]


def test_dictionary_person_in_office_then_elite(packaged) -> None:
    assert packaged.person_on("Mohamed Bazoum", D(2022, 1, 1)) == ("NER", "GOV")
    assert packaged.person_on("Mohamed Bazoum", D(2023, 8, 1)) == ("NER", "ELI")
    assert packaged.person_on("Assimi Goita", D(2025, 4, 3)) == ("MLI", "GOV")
    assert packaged.person_on("Ban Ki-moon", D(2020, 1, 1)) == ("KOR", "ELI")  # nationality after an IGO office


@pytest.mark.parametrize(
    ("surname", "day", "expected"),
    [
        # heads of government, foreign and defence ministers beyond the G20, by surname alone
        ("Orban", D(2024, 3, 1), ("HUN", "GOV")),
        ("Sikorski", D(2024, 3, 1), ("POL", "GOV")),
        ("Pashinyan", D(2024, 3, 1), ("ARM", "GOV")),
        ("Aliyev", D(2024, 3, 1), ("AZE", "GOV")),
        ("Vucic", D(2024, 3, 1), ("SRB", "GOV")),
        ("Gallant", D(2024, 3, 1), ("ISR", "GOV")),
        ("Gallant", D(2025, 3, 1), ("ISR", "ELI")),
        ("Safadi", D(2024, 3, 1), ("JOR", "GOV")),
        ("Haftar", D(2024, 3, 1), ("LBY", "MIL")),
        ("Bukele", D(2024, 3, 1), ("SLV", "GOV")),
        ("Kiir", D(2024, 3, 1), ("SSD", "GOV")),
        ("Lazzarini", D(2024, 3, 1), ("IGOUNORWA", "GOV")),
        ("Tayyip Erdogan", D(2024, 3, 1), ("TUR", "GOV")),
        ("Jolani", D(2025, 6, 1), ("SYR", "GOV")),
        # one person, offices of two kinds over time
        ("Abu Mohammed al-Jolani", D(2023, 6, 1), ("SYR", "INS")),
        ("Abu Mohammed al-Jolani", D(2025, 6, 1), ("SYR", "GOV")),
        ("Nawaf Salam", D(2024, 6, 1), ("IGOUNOICJ", "JUD")),
        ("Nawaf Salam", D(2025, 6, 1), ("LBN", "GOV")),
    ],
)
def test_dictionary_office_holders_of_the_states_often_in_the_news(packaged, surname, day, expected) -> None:
    [reading] = [r for r in packaged.names[surname] if r.kind == "person"]
    assert packaged.person_on(reading.key, day) == expected


@pytest.mark.parametrize(("name", "code"), [("Kishinev", "MDA"), ("Ak Saray", "TUR"), ("Auswärtiges Amt", "DEU")])
def test_dictionary_seats_of_government_are_the_states_government(packaged, name, code) -> None:
    assert [(r.kind, r.code, r.sector) for r in packaged.names[name]] == [("seat", code, "GOV")]


@pytest.mark.parametrize(
    ("name", "code", "sector"),
    [
        ("Mossad", "ISR", "SPY"),
        ("FSB", "RUS", "SPY"),
        ("SBU", "UKR", "SPY"),
        ("CIA", "USA", "SPY"),
        ("Knesset", "ISR", "LEG"),
        ("Bundestag", "DEU", "LEG"),
        ("Kuomintang", "TWN", "PTY"),
        ("Shining Path", "PER", "INS"),
        ("MS-13", "SLV", "CRM"),
    ],
)
def test_dictionary_state_organs_parties_and_groups_known_by_name(packaged, name, code, sector) -> None:
    [reading] = [r for r in packaged.names[name] if r.kind == "group"]
    assert packaged.group_on(reading.key, D(2024, 3, 1)) == (code, sector)


# -- user files ----------------------------------------------------------------


def test_dictionary_user_file_adds_a_person_and_a_group(tmp_path: Path) -> None:
    people = write(
        tmp_path,
        "people.yaml",
        """
        - name: Abdoulaye Example
          aliases: [Example]
          roles:
            - {actor: MLI, sector: GOV, office: MLI.example_minister, from: 2024-01-01, to: null}
        """,
    )
    groups = write(
        tmp_path,
        "groups.yaml",
        """
        - name: Katiba Example
          aliases: [KEX]
          code: IMGJNM
          sector: INS
          country: ""
        """,
    )
    d = load_dictionary(extra=[people, groups])
    assert d.person_on("Abdoulaye Example", D(2025, 1, 1)) == ("MLI", "GOV")
    assert [r.kind for r in d.readings("Example")] == ["person"]
    assert d.group_on("Katiba Example", D(2025, 1, 1)) == ("IMGJNM", "INS")
    assert d.readings("KEX")[0].code == "IMGJNM"


def test_dictionary_user_file_overrides_entries(tmp_path: Path, packaged) -> None:
    roles = write(tmp_path, "roles.tsv", "term\tsector\tnote\nmercenary\tMIL\tour convention\n")
    orgs = write(
        tmp_path,
        "orgs.yaml",
        """
        - code: IGOWAFAES
          name: Alliance of Sahel States
          acronyms: [AES, AES-Sahel]
          kind: igo
          members:
            - {country: MLI, from: 2023-09-16}
            - {country: BFA, from: 2023-09-16}
            - {country: NER, from: 2023-09-16}
            - {country: TCD, from: 2026-01-01}
        """,
    )
    assert packaged.roles["mercenaries"] == "UAF"
    d = load_dictionary(extra=[roles, orgs])
    assert d.roles["mercenary"] == d.roles["mercenaries"] == "MIL"
    assert "TCD" in d.members_on("IGOWAFAES", D(2026, 2, 1))
    assert d.readings("AES-Sahel")[0].code == "IGOWAFAES"


def test_dictionary_user_state_overrides_packaged(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "states.yaml",
        """
        - code: MLI
          name: Mali
          aliases: [Republic of Mali, Mali Republic]
          demonyms: [Malian, Malians]
          capital: Bamako
        """,
    )
    d = load_dictionary(extra=[path])
    assert d.readings("Mali Republic")[0].code == "MLI"


def test_dictionary_reads_user_files_from_the_environment(tmp_path: Path, monkeypatch) -> None:
    a = write(tmp_path, "a.tsv", "term\tsector\nblue helmet\tIGO\n")
    b = write(tmp_path, "b.tsv", "term\tsector\nsharpshooter\tMIL\n")
    monkeypatch.setenv(ENV_VAR, f"{a}{dictionary_module.os.pathsep}{b}")
    d = actor_dictionary()
    assert d.roles["blue helmets"] == "IGO"
    assert d.roles["sharpshooters"] == "MIL"
    monkeypatch.delenv(ENV_VAR)
    assert "sharpshooter" not in actor_dictionary().roles


# -- malformed user files: file, line and the fix --------------------------------


def test_dictionary_bad_yaml_names_file_line_and_fix(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "bad.yaml",
        """
        - code: MLI
          name: Mali
          aliases: [Republic of Mali
        - code: NER
        """,
    )
    err = load_error(path)
    assert err.path == str(path) and err.line is not None and err.line >= 3
    assert "YAML" in err.problem and err.fix
    assert str(path) in str(err) and "fix" in str(err)


def test_dictionary_state_code_not_iso_names_the_right_code(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "states.yaml",
        """
        - code: NIG
          name: Niger
          capital: Niamey
        """,
    )
    err = load_error(path)
    assert (err.path, err.line) == (str(path), 1)
    assert "'NIG' is not an ISO 3166-1 alpha-3 code" in err.problem
    assert "NER" in err.fix


def test_dictionary_lowercase_code_is_not_iso(tmp_path: Path) -> None:
    err = load_error(write(tmp_path, "states.yaml", "- code: mli\n  name: Mali\n"))
    assert err.line == 1 and "ISO" in err.problem and "MLI" in err.fix


def test_dictionary_role_actor_not_iso(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "people.yaml",
        """
        - name: Somebody
          roles:
            - {actor: MAL, sector: GOV, office: MLI.envoy, from: 2024-01-01}
        """,
    )
    err = load_error(path)
    assert err.path == str(path) and err.line == 1
    assert "MAL" in err.problem and "ISO 3166-1" in err.fix


def test_dictionary_unknown_sector_suggests_the_code(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "groups.yaml",
        """
        - name: Some Militia
          code: MLI
          sector: MILL
          country: MLI
        """,
    )
    err = load_error(path)
    assert (err.path, err.line) == (str(path), 1)
    assert "'MILL' is unknown" in err.problem and "did you mean MIL" in err.fix


def test_dictionary_unknown_sector_in_tsv_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, "roles.tsv", "term\tsector\nsoldier\tMIL\nblogger\tMEDIA\n")
    err = load_error(path)
    assert (err.path, err.line) == (str(path), 3)
    assert "MEDIA" in err.problem and "MED" in err.fix


def test_dictionary_membership_ending_before_it_starts(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "orgs.yaml",
        """
        - code: IGOWAFXYZ
          name: Example Bloc
          acronyms: [EXB]
          kind: igo
          members:
            - {country: MLI, from: 2024-01-01, to: 2023-01-01}
        """,
    )
    err = load_error(path)
    assert (err.path, err.line) == (str(path), 1)
    assert "ends (2023-01-01) before it starts (2024-01-01)" in err.problem
    assert "swap" in err.fix


def test_dictionary_overlapping_terms_of_one_office(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "people.yaml",
        """
        - name: First Holder
          roles:
            - {actor: MLI, sector: GOV, office: MLI.example_office, from: 2020-01-01, to: 2023-01-01}
        - name: Second Holder
          roles:
            - {actor: MLI, sector: GOV, office: MLI.example_office, from: 2022-06-01, to: null}
        """,
    )
    err = load_error(path)
    assert (err.path, err.line) == (str(path), 4)
    assert "office MLI.example_office" in err.problem and "overlaps First Holder" in err.problem
    assert "to: 2022-06-01" in err.fix


def test_dictionary_user_holder_overlapping_a_packaged_one_blames_the_user_file(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "people.yaml",
        """
        - name: Rival Claimant
          roles:
            - {actor: MLI, sector: GOV, office: MLI.head_of_state, from: 2024-01-01}
        """,
    )
    err = load_error(path)
    assert err.path == str(path) and err.line == 1
    assert "MLI.head_of_state" in err.problem


def test_dictionary_bad_date_names_the_format(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "people.yaml",
        """
        - name: Somebody
          roles:
            - {actor: MLI, sector: GOV, office: MLI.envoy, from: 16/09/2023}
        """,
    )
    err = load_error(path)
    assert err.line == 1 and "YYYY-MM-DD" in err.fix


def test_dictionary_missing_user_file(tmp_path: Path) -> None:
    err = load_error(tmp_path / "nope.yaml")
    assert "no such actor file" in err.problem and "--actors" in err.fix


def test_dictionary_errors_are_sanderling_errors() -> None:
    assert issubclass(DataFileError, SanderlingError)
