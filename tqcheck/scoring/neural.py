"""Neural metrics that run offline: BERTScore, embedding cosine, SentencePiece pieces.

torch, transformers and sentencepiece are imported only inside these functions
(the optional extra ``tqcheck[neural]``).  Models are read from local folders
only: ``HF_HUB_OFFLINE=1`` is set before transformers is imported, every load
passes ``local_files_only=True`` and ``trust_remote_code=False``.

BERTScore follows the ``bert_score`` package (greedy matching of token
embeddings from one layer, special tokens weighted 0, no idf, no baseline
rescaling; the same batching), so it gives that package's numbers.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ScoreError

BATCH_SIZE = 64
COSINE_THRESHOLD = 0.5
WEIGHT_FILES = ("config.json", "model.safetensors", "pytorch_model.bin")


def _offline() -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def check_model_dir(path: str | None, metric: str) -> str:
    if not path:
        raise ScoreError(f"error: --metrics {metric} needs --model PATH (a local model folder)")
    if not os.path.isdir(path):
        raise ScoreError(f"{path}: error: not a local folder; tqcheck never downloads models")
    return path


def _short_hash(paths) -> str:
    digest = hashlib.sha256()
    for path in paths:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    return digest.hexdigest()[:8]


def _clean_name(name: str) -> str:
    return re.sub(r"[|:\s]+", "_", name)


@lru_cache(maxsize=4)
def model_signature(path: str) -> str:
    """``<folder name>-<hash of config and weights>``: which model gave the numbers."""
    files = [os.path.join(path, f) for f in WEIGHT_FILES if os.path.isfile(os.path.join(path, f))]
    return f"{_clean_name(Path(path).resolve().name)}-{_short_hash(files)}"


@dataclass
class Encoder:
    tokenizer: object
    model: object
    device: str
    layers: int


@lru_cache(maxsize=2)
def load_encoder(path: str) -> Encoder:
    """A local transformers encoder, on the GPU when there is one."""
    _offline()
    try:
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging
    except ImportError as exc:
        raise ScoreError(f"error: neural metrics need the extra tqcheck[neural] ({exc})") from None
    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()  # standard error stays for tqcheck's messages
    try:
        tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True, trust_remote_code=False)
        model = AutoModel.from_pretrained(path, local_files_only=True, trust_remote_code=False)
    except (OSError, ValueError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ScoreError(f"{path}: error: cannot load the model ({first})") from None
    if hasattr(model, "encoder") and hasattr(model, "decoder"):
        model = model.get_encoder()
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model.to(device).eval()
    layers = getattr(model.config, "num_hidden_layers", None) or 0
    return Encoder(tokenizer, model, device, layers)


def _encode_ids(tokenizer, sentence: str) -> list[int]:
    """Token ids with special tokens, as bert_score's ``sent_encode``."""
    sentence = sentence.strip()
    if not sentence:
        return tokenizer.build_inputs_with_special_tokens([])
    return tokenizer.encode(sentence, add_special_tokens=True, max_length=tokenizer.model_max_length,
                            truncation=True)


def _pad(rows, value, dtype):
    import torch

    lengths = [len(r) for r in rows]
    width = max(lengths)
    padded = torch.full((len(rows), width), value, dtype=dtype)
    mask = torch.zeros((len(rows), width), dtype=torch.long)
    for i, row in enumerate(rows):
        padded[i, : len(row)] = torch.tensor(row, dtype=dtype)
        mask[i, : len(row)] = 1
    return padded, mask


def _token_embeddings(encoder: Encoder, sentences: list[str], layer: int, batch_size: int) -> dict:
    """sentence -> (embeddings of its tokens at ``layer``, idf weights): bert_score's phase one."""
    import torch

    tok = encoder.tokenizer
    special = {tok.sep_token_id, tok.cls_token_id}
    unique = sorted(set(sentences), key=lambda s: len(s.split(" ")), reverse=True)
    table = {}
    for begin in range(0, len(unique), batch_size):
        batch = unique[begin: begin + batch_size]
        ids = [_encode_ids(tok, s) for s in batch]
        padded, mask = _pad(ids, tok.pad_token_id, torch.long)
        with torch.no_grad():
            out = encoder.model(padded.to(encoder.device), attention_mask=mask.to(encoder.device),
                                output_hidden_states=True)
        states = out.hidden_states[layer].cpu()
        for i, sentence in enumerate(batch):
            n = len(ids[i])
            idf = torch.tensor([0.0 if t in special else 1.0 for t in ids[i]])
            table[sentence] = (states[i, :n], idf)
    return table


def _greedy_match(hyp_batch, ref_batch):
    """bert_score's ``greedy_cos_idf`` on one batch of (embeddings, idf) pairs."""
    import torch
    from torch.nn.utils.rnn import pad_sequence

    def stack(items):
        emb = pad_sequence([e for e, _ in items], batch_first=True, padding_value=2.0)
        idf = pad_sequence([w for _, w in items], batch_first=True)
        lengths = torch.tensor([e.size(0) for e, _ in items])
        mask = torch.arange(emb.size(1)).expand(len(items), -1) < lengths.unsqueeze(1)
        return emb, mask, idf

    h_emb, h_mask, h_idf = stack(hyp_batch)
    r_emb, r_mask, r_idf = stack(ref_batch)
    h_emb = h_emb / torch.norm(h_emb, dim=-1).unsqueeze(-1)
    r_emb = r_emb / torch.norm(r_emb, dim=-1).unsqueeze(-1)
    sim = torch.bmm(h_emb, r_emb.transpose(1, 2))
    sim = sim * torch.bmm(h_mask.unsqueeze(2).float(), r_mask.unsqueeze(1).float())
    word_precision = sim.max(dim=2)[0]
    word_recall = sim.max(dim=1)[0]
    h_idf = h_idf / h_idf.sum(dim=1, keepdim=True)
    r_idf = r_idf / r_idf.sum(dim=1, keepdim=True)
    P = (word_precision * h_idf).sum(dim=1)
    R = (word_recall * r_idf).sum(dim=1)
    F = 2 * P * R / (P + R)
    empty = h_mask.sum(dim=1).eq(2) | r_mask.sum(dim=1).eq(2)
    P, R = P.masked_fill(empty, 0.0), R.masked_fill(empty, 0.0)
    F = F.masked_fill(torch.isnan(F), 0.0)
    return torch.stack((P, R, F), dim=-1)


def bertscore(hypotheses: list[str], references: list[list[str]], model_path: str,
              layer: int | None = None, batch_size: int = BATCH_SIZE):
    """Per-segment (P, R, F1) lists; with several references, the best of each, as bert_score."""
    import torch

    encoder = load_encoder(model_path)
    layer = encoder.layers if layer is None else layer
    if not 0 <= layer <= encoder.layers:
        raise ScoreError(f"error: --layer must be between 0 and {encoder.layers} for {model_path}")
    k = len(references)
    cands = [h for h in hypotheses for _ in range(k)]
    refs = [refs_i[j] for j in range(len(hypotheses)) for refs_i in references]
    table = _token_embeddings(encoder, refs + cands, layer, batch_size)
    rows = []
    for begin in range(0, len(refs), batch_size):
        rows.append(_greedy_match([table[s] for s in cands[begin: begin + batch_size]],
                                  [table[s] for s in refs[begin: begin + batch_size]]))
    preds = torch.cat(rows, dim=0).view(len(hypotheses), k, 3).max(dim=1)[0]
    return preds[:, 0].tolist(), preds[:, 1].tolist(), preds[:, 2].tolist(), layer


def sentence_embeddings(encoder: Encoder, sentences: list[str], batch_size: int = BATCH_SIZE):
    """Mean-pooled last-layer embeddings (padding excluded), shorter batches first."""
    import torch

    order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
    result = [None] * len(sentences)
    for begin in range(0, len(order), batch_size):
        chosen = order[begin: begin + batch_size]
        batch = encoder.tokenizer([sentences[i] for i in chosen], padding=True, truncation=True,
                                  return_tensors="pt").to(encoder.device)
        with torch.no_grad():
            states = encoder.model(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).to(states.dtype)
        pooled = (states * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1e-9)
        for i, vector in zip(chosen, pooled.cpu()):
            result[i] = vector
    return torch.stack(result)


def cosine(hypotheses: list[str], others: list[list[str]], model_path: str,
           batch_size: int = BATCH_SIZE) -> list[float]:
    """Per-segment cosine between the hypothesis and the closest of ``others`` (references or source)."""
    import torch

    encoder = load_encoder(model_path)
    hyp = sentence_embeddings(encoder, hypotheses, batch_size)
    best = None
    for stream in others:
        sims = torch.nn.functional.cosine_similarity(hyp, sentence_embeddings(encoder, stream, batch_size), dim=-1)
        best = sims if best is None else torch.maximum(best, sims)
    return best.tolist()


def suspicion(hypothesis: str, source: str | None) -> str:
    """Why a low-similarity segment may be wrong, from its length against the source."""
    if source:
        ratio = len(hypothesis) / max(len(source), 1)
        if ratio < 0.5:
            return "possible omission"
        if ratio > 2.0:
            return "possible hallucination"
    return "possible omission or hallucination"


class SentencePieceEncoder:
    """Encode text into SentencePiece pieces with a local model (spBLEU without downloads)."""

    def __init__(self, path: str):
        if not os.path.isfile(path):
            raise ScoreError(f"{path}: error: not a local SentencePiece model file; tqcheck never downloads models")
        try:
            import sentencepiece
        except ImportError as exc:
            raise ScoreError(f"error: --spm-model needs the extra tqcheck[neural] ({exc})") from None
        self.processor = sentencepiece.SentencePieceProcessor()
        try:
            self.processor.Load(path)
        except (OSError, RuntimeError) as exc:
            raise ScoreError(f"{path}: error: not a SentencePiece model ({str(exc).splitlines()[0]})") from None
        self.signature = f"spm-{_clean_name(Path(path).name)}-{_short_hash([path])}"

    def __call__(self, lines: list[str], lowercase: bool = False) -> list[str]:
        """Each line as space-separated pieces, as sacrebleu's spm tokenizer does."""
        prepared = [(line.lower() if lowercase else line).rstrip() for line in lines]
        return [" ".join(pieces) for pieces in self.processor.encode(prepared, out_type=str)]
