"""Make a dynamic int8 graph batch-independent: per-token (row) activation scales instead of one per tensor.

Why: `quantize_dynamic` puts a DynamicQuantizeLinear before each MatMulInteger; it computes one scale and zero
point over the whole input tensor, i.e. over every sentence of a batch, so a sentence's labels change with the
sentences it is batched with, and the runner had to make one ONNX call per sentence. Here each
DynamicQuantizeLinear(x) -> (q, scale, zero_point) becomes, per row of x's last axis (one sub-token):

    scale = max(|x_row|, 1e-8) / 127           shape [..., 1]
    q     = uint8(clip(round(x / scale) + 128, 0, 255))
    zero_point = 128 (a constant: ONNX Runtime's MatMulInteger wants a scalar zero point for A)

Symmetric around 128, so a row's integers depend on that row only; MatMulInteger's integer sums are exact; the
graph's Mul by `scale * weight_scale` keeps a scale of 1 and a Mul by the [..., 1] row scale follows it. The weights stay as they are
(uint8 after u8weights.py: ONNX Runtime's u8 x u8 kernels, no 16-bit saturation on AVX2 CPUs).

Usage: python models/train/quantize_rows.py MODEL_DIR [--src model.int8.onnx] [--out model.int8.onnx]
       Rewrites the graph, then updates MODEL_DIR/config.json (`onnx`, `sha256`, `quantization`,
       `batch_invariant`). Then rewrite reference.jsonl for the new graph (export.py's write_reference).
       The source must be a dynamic int8 graph (export.py: quantize_dynamic + u8weights).
"""

import numpy as np
import onnx
from onnx import helper, numpy_helper

import graphfile

EPS = 1e-8


def per_row(model):
    """Replaces every DynamicQuantizeLinear node; returns how many."""
    graph = model.graph
    zp_name, one_name = "rowquant_zero_point_128", "rowquant_one"
    consts = [
        numpy_helper.from_array(np.array(128, dtype=np.uint8), zp_name),
        numpy_helper.from_array(np.array(1.0, dtype=np.float32), one_name),
        numpy_helper.from_array(np.array(127.0, dtype=np.float32), "rowquant_127"),
        numpy_helper.from_array(np.array(EPS, dtype=np.float32), "rowquant_eps"),
        numpy_helper.from_array(np.array(128.0, dtype=np.float32), "rowquant_128f"),
        numpy_helper.from_array(np.array(0.0, dtype=np.float32), "rowquant_0f"),
        numpy_helper.from_array(np.array(255.0, dtype=np.float32), "rowquant_255f"),
    ]
    consumers = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    # The row scale is applied after the product's last Mul, not folded into the scale that MatMulInteger's
    # Cast + Mul read: ONNX Runtime's fusion of that chain (MatMulIntegerToFloat) takes A's scale as a scalar
    # and silently uses its first element (measured: EWT dev UAS 0.790 fused against 0.899 unfused).
    after = {}  # id(node) -> nodes to emit right after it
    out_nodes = []
    n = 0
    for node in graph.node:
        if node.op_type != "DynamicQuantizeLinear":
            out_nodes.append(node)
            continue
        n += 1
        x = node.input[0]
        q, scale, zp = node.output
        p = f"{node.name}_row"
        row_scale = p + "_scale"
        out_nodes += [
            helper.make_node("Abs", [x], [p + "_abs"], name=p + "_Abs"),
            helper.make_node("ReduceMax", [p + "_abs"], [p + "_max"], name=p + "_ReduceMax", axes=[-1], keepdims=1),
            helper.make_node("Max", [p + "_max", "rowquant_eps"], [p + "_maxe"], name=p + "_Max"),
            helper.make_node("Div", [p + "_maxe", "rowquant_127"], [row_scale], name=p + "_Scale"),
            helper.make_node("Div", [x, row_scale], [p + "_div"], name=p + "_Div"),
            helper.make_node("Round", [p + "_div"], [p + "_round"], name=p + "_Round"),
            helper.make_node("Add", [p + "_round", "rowquant_128f"], [p + "_shift"], name=p + "_Shift"),
            helper.make_node("Clip", [p + "_shift", "rowquant_0f", "rowquant_255f"], [p + "_clip"], name=p + "_Clip"),
            helper.make_node("Cast", [p + "_clip"], [q], name=p + "_Cast", to=onnx.TensorProto.UINT8),
            helper.make_node("Identity", [zp_name], [zp], name=p + "_ZeroPoint"),
            helper.make_node("Identity", [one_name], [scale], name=p + "_UnitScale"),
        ]
        for product in consumers.get(scale, []):  # Mul(scale, weight_scale) -> scale product
            if product.op_type != "Mul":
                raise SystemExit(f"{scale} feeds a {product.op_type}, expected Mul: not a quantize_dynamic graph")
            for m in consumers.get(product.output[0], []):  # Mul(Cast(MatMulInteger), product) -> y
                y = m.output[0]
                m.output[0] = y + "_unrow"
                after.setdefault(id(m), []).append(
                    helper.make_node("Mul", [y + "_unrow", row_scale], [y], name=m.name + "_RowScale"))
    final = []
    for node in out_nodes:
        final.append(node)
        final.extend(after.get(id(node), []))
    del graph.node[:]
    graph.node.extend(final)
    graph.initializer.extend(consts)
    return n


def main():
    args = graphfile.arguments(__doc__.split("\n")[0]).parse_args()
    folder = graphfile.Folder(args.model_dir, args.src, args.out)
    model = folder.load()
    if any(n.op_type == "DynamicQuantizeLinear" and n.name.endswith("_row") for n in model.graph.node):
        raise SystemExit(f"{folder.src} is already per-row")
    n = per_row(model)
    if n == 0:
        raise SystemExit(f"{folder.src} has no DynamicQuantizeLinear node: not a dynamic int8 graph")
    # batch_invariant: the runner may then put rows of equal size into one call (crates/models/src/joint.rs).
    folder.save(
        model,
        quantization="int8 weights (uint8, per channel), int8 activations per token (quantize_rows.py)",
        batch_invariant=True,
    )
    print(f"{n} DynamicQuantizeLinear nodes made per-row in {folder.out_path}; config.json updated")


if __name__ == "__main__":
    main()
