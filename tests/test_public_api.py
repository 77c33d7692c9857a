import subprocess
import sys

import sanderling


def test_public_api_all_is_complete_and_importable():
    for name in sanderling.__all__:
        assert getattr(sanderling, name) is not None, name


def test_public_api_import_does_not_load_spacy():
    code = "import sys, sanderling, sanderling.cli; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
