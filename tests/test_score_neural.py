"""Neural metrics offline: BERTScore (same numbers as the bert_score package), cosine, spBLEU.

A tiny random XLM-R model and a SentencePiece model are built once per session
(the recipe in ../shared/notes/offline-models.md); nothing is downloaded.
"""

import json
import os

import pytest

from conftest import score_cli, wmt_lines, write_line_files

os.environ.setdefault("HF_HUB_OFFLINE", "1")
torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
spm = pytest.importorskip("sentencepiece")
sacrebleu = pytest.importorskip("sacrebleu")

from tqcheck.scoring import neural  # noqa: E402

N = 80


def wmt(name, n=N):
    return wmt_lines(name, n)


@pytest.fixture(scope="session")
def tiny(tmp_path_factory):
    """A SentencePiece model and a 2-layer XLM-R encoder (hidden size 32) trained/initialised here."""
    from transformers import XLMRobertaConfig, XLMRobertaModel, XLMRobertaTokenizer

    folder = tmp_path_factory.mktemp("tiny")
    corpus = folder / "corpus.txt"
    corpus.write_text("\n".join(wmt("newstest2013-ref.en", 800) + wmt("newstest2013-src.fr", 800)), encoding="utf-8")
    prefix = str(folder / "spm_tiny")
    spm.SentencePieceTrainer.train(
        input=str(corpus), model_prefix=prefix, vocab_size=500, hard_vocab_limit=False, model_type="unigram",
        character_coverage=1.0, minloglevel=2, bos_id=0, pad_id=1, eos_id=2, unk_id=3)
    sp = spm.SentencePieceProcessor(model_file=prefix + ".model")
    tok = XLMRobertaTokenizer(vocab=[(sp.id_to_piece(i), sp.get_score(i)) for i in range(sp.get_piece_size())],
                              model_max_length=128)
    cfg = XLMRobertaConfig(
        vocab_size=len(tok), hidden_size=32, num_hidden_layers=2, num_attention_heads=2, intermediate_size=64,
        max_position_embeddings=130, pad_token_id=tok.pad_token_id, bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id)
    torch.manual_seed(0)
    model_dir = folder / "tiny-xlmr"
    XLMRobertaModel(cfg).save_pretrained(model_dir)
    tok.save_pretrained(model_dir)
    return {"model": str(model_dir), "spm": prefix + ".model"}


@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    data = {
        "ref.en": wmt("newstest2013-ref.en"),
        "ref2.en": wmt("system-outputs/newstest2013.fr-en.online-A"),
        "hyp.en": wmt("system-outputs/newstest2013.fr-en.online-B"),
        "src.fr": wmt("newstest2013-src.fr"),
    }
    return write_line_files(tmp_path, data)


invoke = score_cli


@pytest.mark.parametrize("layer, nrefs", [(2, 1), (1, 2)])
def test_bertscore_equals_the_bert_score_package(tiny, files, layer, nrefs):
    bert_score = pytest.importorskip("bert_score")
    hyps = files["hyp.en"]
    refs = [files["ref.en"], files["ref2.en"]][:nrefs]
    P, R, F, used = neural.bertscore(hyps, refs, tiny["model"], layer=layer, batch_size=16)
    expected_refs = refs[0] if nrefs == 1 else [list(group) for group in zip(*refs)]
    eP, eR, eF = bert_score.score(hyps, expected_refs, model_type=tiny["model"], num_layers=layer, batch_size=16)
    assert used == layer
    assert P == pytest.approx(eP.tolist(), abs=1e-6)
    assert R == pytest.approx(eR.tolist(), abs=1e-6)
    assert F == pytest.approx(eF.tolist(), abs=1e-6)


def test_bertscore_through_the_command(tiny, files):
    result = invoke("hyp.en", "-r", "ref.en", "-m", "bleu,bertscore", "--model", tiny["model"], "-f", "json",
                    "--batch-size", "16")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    data = json.loads(result.stdout)
    corpus = data["systems"][0]["corpus"]["bertscore"]
    P, R, F, _ = neural.bertscore(files["hyp.en"], [files["ref.en"]], tiny["model"], batch_size=16)
    assert corpus["score"] == pytest.approx(sum(F) / len(F), abs=1e-9)
    assert corpus["name"] == "BERTScore-F1"
    assert "|layer:2|" in corpus["signature"] and "model:tiny-xlmr-" in corpus["signature"]
    segment = data["systems"][0]["segments"][3]
    assert segment["bertscore"]["precision"] == pytest.approx(P[3])
    assert os.environ["HF_HUB_OFFLINE"] == "1"


def test_cosine_with_references_and_reference_free_with_the_source(tiny, files):
    same = invoke("hyp.en", "-r", "hyp.en", "-m", "cosine", "--model", tiny["model"], "-f", "json")
    assert same.exit_code == 0, same.output
    values = [s["scores"]["cosine"] for s in json.loads(same.stdout)["systems"][0]["segments"]]
    assert values == pytest.approx([1.0] * N, abs=1e-5)

    free = invoke("hyp.en", "--src", "src.fr", "-m", "cosine", "--model", tiny["model"], "-f", "json",
                  "--cosine-threshold", "0.99")
    assert free.exit_code == 0, free.output
    data = json.loads(free.stdout)
    corpus = data["systems"][0]["corpus"]["cosine"]
    assert "against:src" in corpus["signature"]
    segments = data["systems"][0]["segments"]
    flagged = [s for s in segments if s["flag"]]
    assert flagged and all(s["scores"]["cosine"] < 0.99 for s in flagged)
    assert corpus["details"]["flagged"] == len(flagged)
    expected = neural.cosine(files["hyp.en"], [files["src.fr"]], tiny["model"])
    assert [s["scores"]["cosine"] for s in segments] == pytest.approx(expected)


def test_cosine_flags_in_the_text_report(tiny, files):
    result = invoke("hyp.en", "--src", "src.fr", "-m", "cosine", "--model", tiny["model"], "--worst", "2",
                    "--cosine-threshold", "0.99")
    assert result.exit_code == 0, result.output
    assert "possible omission" in result.stdout or "possible hallucination" in result.stdout
    assert "The 2 lowest-scoring segments by sentence cosine" in result.stdout


def test_spbleu_is_bleu_over_the_same_pieces(tiny, files):
    result = invoke("hyp.en", "-r", "ref.en", "-m", "bleu", "--spm-model", tiny["spm"], "-f", "json")
    assert result.exit_code == 0, result.output
    bleu = json.loads(result.stdout)["systems"][0]["corpus"]["bleu"]
    sp = spm.SentencePieceProcessor(model_file=tiny["spm"])
    pieces = lambda lines: [" ".join(sp.encode(line, out_type=str)) for line in lines]  # noqa: E731
    expected = sacrebleu.metrics.BLEU(tokenize="none").corpus_score(pieces(files["hyp.en"]), [pieces(files["ref.en"])])
    assert bleu["score"] == expected.score
    assert bleu["details"]["hyp_len"] == expected.sys_len
    assert "|tok:spm-spm_tiny.model-" in bleu["signature"]
    plain = sacrebleu.metrics.BLEU().corpus_score(files["hyp.en"], [files["ref.en"]]).score
    assert bleu["score"] != plain


def test_a_model_that_is_not_a_local_folder_is_refused(files):
    result = invoke("hyp.en", "-r", "ref.en", "-m", "bertscore", "--model", "xlm-roberta-base")
    assert result.exit_code == 2
    assert result.stderr.strip() == "xlm-roberta-base: error: not a local folder; tqcheck never downloads models"
    result = invoke("hyp.en", "-r", "ref.en", "-m", "cosine")
    assert result.exit_code == 2 and "needs --model" in result.stderr
    result = invoke("hyp.en", "-r", "ref.en", "--spm-model", "flores200.model")
    assert result.exit_code == 2 and "never downloads" in result.stderr


def test_a_folder_that_is_not_a_model(files, tmp_path):
    (tmp_path / "empty-model").mkdir()
    result = invoke("hyp.en", "-r", "ref.en", "-m", "cosine", "--model", "empty-model")
    assert result.exit_code == 2
    assert result.stderr.startswith("empty-model: error: cannot load the model")
    assert len(result.stderr.strip().splitlines()) == 1
