"""Store an int8 graph's MatMulInteger weights as 7-bit signed integers (int8 in [-64, 64], scale x 127/64).

Why: ONNX Runtime's fast int8 kernel on AVX2 CPUs without VNNI multiplies uint8 activations by int8 weights
with vpmaddubsw, which adds two adjacent u8 x s8 products in 16 bits with saturation: with full-range weights
(|w| <= 127) a pair can reach 2 x 255 x 127 = 64770 > 32767, so results depended on the CPU, and
u8weights.py moved the weights to uint8 (ONNX Runtime's u8 x u8 path, which widens first and is slower).
With |w| <= 64 a pair is at most 2 x 255 x 64 = 32640: the fast kernel cannot saturate, and AVX2, AVX-512 and
VNNI CPUs compute the same integers. This is the "reduce_range" of onnxruntime.quantization, applied to an
exported graph: each weight column keeps its dequantized values w = scale x q8 (the shipped model), requantized
as q7 = round(q8 x 64 / 127) with scale7 = scale x 127 / 64 (symmetric per channel, zero point 0).

Reads either form of weights: int8 (quantize_dynamic) or uint8 with zero point 128 (u8weights.py).

Bias correction (--calibrate FILE.jsonl, optional): the rounding error E = w8 - w7 of a column shifts that
column's output by x . E on average over tokens; with --calibrate, the mean input x of every MatMulInteger is
measured on the first --calibrate-n sentences of FILE.jsonl ({"words": [...]} per line, training sentences, one
sentence per call, fp32 inputs of the 8-bit graph) and mean(x) @ E is added to the bias the product feeds
(Nagel et al. 2019, "Data-free quantization through weight equalization and bias correction").

Usage: python models/train/s7weights.py MODEL_DIR [--src model.int8.onnx] [--out model.int8.onnx]
                                        [--calibrate runs/data-events/train.jsonl --calibrate-n 400]
       Rewrites the graph and MODEL_DIR/config.json (`onnx`, `sha256`, `quantization`); then rewrite
       reference.jsonl for the new graph (python models/train/reference.py MODEL_DIR).
"""
import json
import os

import numpy as np
import onnx
from onnx import numpy_helper

import graphfile

Q7 = 64  # largest |weight|: 2 * 255 * 64 = 32640 fits vpmaddubsw's int16 sum


def signed_weights(q, zp):
    """(int8 values centred on 0) from a weight tensor and its zero point; symmetric weights only."""
    q, zp = q.astype(np.int32), zp.astype(np.int32)
    if not np.all(zp == zp.flat[0]) or zp.flat[0] not in (0, 128):
        raise SystemExit("weights are not symmetric (zero point not 0 or 128 everywhere)")
    return q - zp.reshape(-1) if zp.ndim else q - int(zp)


def weight_scale_name(graph, node, inits):
    """The weight-scale initializer of a MatMulInteger: Cast(y) x Mul(activation scale, weight scale)."""
    consumers = {}
    for n in graph.node:
        for name in n.input:
            consumers.setdefault(name, []).append(n)
    producers = {o: n for n in graph.node for o in n.output}
    for cast in consumers.get(node.output[0], []):
        for mul in consumers.get(cast.output[0], []):
            for name in mul.input:
                product = producers.get(name)
                if product is None or product.op_type != "Mul":
                    continue
                found = [i for i in product.input if i in inits]
                if len(found) == 1:
                    return found[0]
    raise SystemExit(f"{node.name}: no Cast -> Mul(scale product) after it: not a quantize_dynamic graph")


def input_means(model, model_dir, sents):
    """Mean fp32 input (over tokens) of each DynamicQuantizeLinear, one sentence per call: {name: [K]}."""
    import onnxruntime as ort
    from feats import featurize, load_tokenizer
    probe = onnx.ModelProto()
    probe.CopyFrom(model)
    names = sorted({n.input[0] for n in probe.graph.node if n.op_type == "DynamicQuantizeLinear"})
    if not names:
        raise SystemExit("--calibrate needs the dynamic graph's DynamicQuantizeLinear nodes (run before quantize_rows.py)")
    probe.graph.output.extend(onnx.helper.make_tensor_value_info(x, onnx.TensorProto.FLOAT, None) for x in names)
    sess = ort.InferenceSession(probe.SerializeToString(), providers=["CPUExecutionProvider"])
    tok = load_tokenizer(os.path.join(model_dir, "tokenizer.json"))
    feeds = {i.name for i in sess.get_inputs()}
    sums, count = {x: 0.0 for x in names}, 0
    for ws in sents:
        f = featurize(tok, ws)
        if not f:
            continue
        feed = {"input_ids": np.array([f[0]]), "attention_mask": np.ones((1, len(f[0])), np.int64),
                "shape_ids": np.array([f[1]]), "word_index": np.array([f[2]])}
        outs = sess.run(names, {k: v for k, v in feed.items() if k in feeds})
        for x, v in zip(names, outs):
            sums[x] = sums[x] + v.reshape(-1, v.shape[-1]).astype(np.float64).sum(0)
        count += len(f[0])
    return {x: sums[x] / count for x in names}


def bias_name(graph, node, inits):
    """The bias initializer added to a MatMulInteger's float output (Cast -> Mul -> Add(bias, y)), or None."""
    consumers = {}
    for n in graph.node:
        for name in n.input:
            consumers.setdefault(name, []).append(n)
    for cast in consumers.get(node.output[0], []):
        for mul in consumers.get(cast.output[0], []):
            adds = [a for a in consumers.get(mul.output[0], []) if a.op_type == "Add"]
            for add in adds:
                found = [i for i in add.input if i in inits]
                if len(found) == 1:
                    return found[0]
    return None


def to_s7(model, means=None):
    """Rewrites every MatMulInteger's weight, weight zero point and weight scale; returns how many.
    means: {activation name: mean input [K]} for bias correction (input_means), or None."""
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    done = 0
    for node in graph.node:
        if node.op_type != "MatMulInteger" or node.input[1] not in inits:
            continue
        w_name, zp_name = node.input[1], node.input[3]
        scale_name = weight_scale_name(graph, node, inits)
        q8 = signed_weights(numpy_helper.to_array(inits[w_name]), numpy_helper.to_array(inits[zp_name]))
        if np.abs(q8).max() > 127:
            raise SystemExit(f"{w_name}: weights outside [-127, 127]")
        scale = numpy_helper.to_array(inits[scale_name]).astype(np.float32)
        if np.abs(q8).max() <= Q7:
            raise SystemExit(f"{w_name}: already 7-bit")
        q7 = np.clip(np.round(q8 * (Q7 / 127.0)), -Q7, Q7).astype(np.int8)
        # Only the weight scale changes, not the activation scale it is multiplied with.
        scale7 = (scale * np.float32(127.0 / Q7)).astype(np.float32)
        zp = np.zeros(numpy_helper.to_array(inits[zp_name]).shape, np.int8)
        inits[w_name].CopyFrom(numpy_helper.from_array(q7, w_name))
        inits[zp_name].CopyFrom(numpy_helper.from_array(zp, zp_name))
        inits[scale_name].CopyFrom(numpy_helper.from_array(scale7, scale_name))
        if means is not None:
            correct_bias(graph, node, inits, means, q8 * scale - q7.astype(np.float64) * scale7)
        done += 1
    return done


def correct_bias(graph, node, inits, means, err):
    """Adds mean(x) @ err (err = w8 - w7, [K, N]) to the bias of the MatMulInteger's output."""
    producers = {o: n for n in graph.node for o in n.output}
    dql = producers.get(node.input[0])
    b_name = bias_name(graph, node, inits)
    if dql is None or dql.input[0] not in means or b_name is None:
        raise SystemExit(f"{node.name}: no measured input or no bias to correct")
    bias = numpy_helper.to_array(inits[b_name]).astype(np.float64)
    bias = bias + means[dql.input[0]] @ err
    inits[b_name].CopyFrom(numpy_helper.from_array(bias.astype(np.float32), b_name))


def calibration_sentences(path, n):
    with open(path, encoding="utf-8") as f:
        rows = [json.loads(line)["words"] for line in f]
    step = max(1, len(rows) // n)  # spread over the file (it is ordered by source)
    return rows[::step][:n]


def main():
    ap = graphfile.arguments(__doc__.split("\n")[0])
    ap.add_argument("--calibrate", default=None, help="JSONL of training sentences for bias correction")
    ap.add_argument("--calibrate-n", type=int, default=400, help="sentences read from --calibrate")
    args = ap.parse_args()
    folder = graphfile.Folder(args.model_dir, args.src, args.out)
    model = folder.load()
    means = None
    if args.calibrate:
        means = input_means(model, args.model_dir, calibration_sentences(args.calibrate, args.calibrate_n))
    n = to_s7(model, means)
    if n == 0:
        raise SystemExit(f"{folder.src} has no MatMulInteger with constant weights: not an int8 graph")
    acts = "per token (quantize_rows.py)" if folder.cfg.get("batch_invariant") else "per tensor (dynamic)"
    corr = f", bias-corrected on {args.calibrate_n} training sentences" if means else ""
    folder.save(model, quantization=(f"int8 weights 7-bit (int8 in [-64, 64], per channel{corr}, s7weights.py), "
                                     f"int8 activations {acts}"))
    print(f"{n} weight tensors stored as 7-bit int8 in {folder.out_path}; config.json updated")


if __name__ == "__main__":
    main()
