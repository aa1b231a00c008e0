"""Make a dynamic int8 graph batch-independent: per-token (row) activation scales instead of one per tensor.

Why: `quantize_dynamic` puts a DynamicQuantizeLinear before each MatMulInteger; it computes one scale and zero
point over the whole input tensor, i.e. over every sentence of a batch, so a sentence's labels change with the
sentences it is batched with, and the runner had to make one ONNX call per sentence. Here each
DynamicQuantizeLinear(x) -> (q, scale, zero_point) becomes, per row of x's last axis (one sub-token):

    scale = max(|x_row|, 1e-8) / 127           shape [..., 1]
    q     = uint8(clip(round(x / scale) + 128, 0, 255))     (one QuantizeLinear with a per-row scale)
    zero_point = 128 (a constant: ONNX Runtime's MatMulInteger wants a scalar zero point for A)

Symmetric around 128, so a row's integers depend on that row only; MatMulInteger's integer sums are exact; the
graph's Mul by `scale * weight_scale` keeps a scale of 1 and a Mul by the [..., 1] row scale follows it. The
weights stay as they are (uint8 after u8weights.py: ONNX Runtime's u8 x u8 kernels, no 16-bit saturation on AVX2 CPUs).

Usage: python models/train/quantize_rows.py MODEL_DIR [--src model.int8.onnx] [--out model.int8.onnx]
       Rewrites the graph, then updates MODEL_DIR/config.json (`onnx`, `sha256`, `quantization`,
       `batch_invariant`). Then rewrite reference.jsonl for the new graph: python models/train/reference.py MODEL_DIR.
       The source must be a dynamic int8 graph (export.py: quantize_dynamic + u8weights).
"""

import numpy as np
from onnx import helper, numpy_helper

import graphfile

EPS = 1e-8


def constants():
    return [
        numpy_helper.from_array(np.array(128, dtype=np.uint8), "rowquant_zero_point_128"),
        numpy_helper.from_array(np.array(1.0, dtype=np.float32), "rowquant_one"),
        numpy_helper.from_array(np.array(127.0, dtype=np.float32), "rowquant_127"),
        numpy_helper.from_array(np.array(EPS, dtype=np.float32), "rowquant_eps"),
        numpy_helper.from_array(np.array([0], dtype=np.int64), "rowquant_i0"),
        numpy_helper.from_array(np.array([-1], dtype=np.int64), "rowquant_im1"),
        numpy_helper.from_array(np.array([1], dtype=np.int64), "rowquant_i1"),
    ]


def row_nodes(p, x, q, width):
    """Nodes that quantize x ([..., width]) per row into q (uint8, zero point 128); returns (nodes, constants,
    the row scale [..., 1]). One QuantizeLinear with a per-axis scale over x seen as [rows, width] (round half
    to even, saturate to 0..255: the integers of Div, Round, Add 128, Clip and Cast, measured bitwise equal
    on 200 EWT dev sentences) instead of five whole-tensor passes: ONNX Runtime's per-node cost was about
    a tenth of a one-sentence call."""
    two_d = numpy_helper.from_array(np.array([-1, width], dtype=np.int64), p + "_2d")
    nodes = [
        helper.make_node("Shape", [x], [p + "_shape"], name=p + "_Shape"),
        helper.make_node("Reshape", [x, two_d.name], [p + "_x2"], name=p + "_Rows"),
        helper.make_node("ReduceMax", [p + "_x2"], [p + "_max"], name=p + "_ReduceMax", axes=[1], keepdims=0),
        helper.make_node("ReduceMin", [p + "_x2"], [p + "_min"], name=p + "_ReduceMin", axes=[1], keepdims=0),
        helper.make_node("Neg", [p + "_min"], [p + "_negmin"], name=p + "_Neg"),
        helper.make_node("Max", [p + "_max", p + "_negmin", "rowquant_eps"], [p + "_amax"], name=p + "_Max"),
        helper.make_node("Div", [p + "_amax", "rowquant_127"], [p + "_s"], name=p + "_Scale"),
        # QuantizeLinear's per-axis zero point has the scale's shape: 128 for every row.
        helper.make_node("Shape", [p + "_s"], [p + "_n"], name=p + "_RowCount"),
        helper.make_node("Expand", ["rowquant_zero_point_128", p + "_n"], [p + "_zp"], name=p + "_ZeroPoints"),
        helper.make_node("QuantizeLinear", [p + "_x2", p + "_s", p + "_zp"], [p + "_q2"], name=p + "_Quantize", axis=0),
        helper.make_node("Reshape", [p + "_q2", p + "_shape"], [q], name=p + "_Unrows"),
        # The row scale as [..., 1], for the Mul after the product.
        helper.make_node("Slice", [p + "_shape", "rowquant_i0", "rowquant_im1"], [p + "_lead"], name=p + "_Lead"),
        helper.make_node("Concat", [p + "_lead", "rowquant_i1"], [p + "_sshape"], name=p + "_ScaleShape", axis=0),
        helper.make_node("Reshape", [p + "_s", p + "_sshape"], [p + "_scale"], name=p + "_RowScale"),
    ]
    return nodes, [two_d], p + "_scale"


def per_row(model):
    """Replaces every DynamicQuantizeLinear node; returns how many."""
    graph = model.graph
    consts = constants()
    weights = {i.name: i for i in graph.initializer}
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
        products = [c for c in consumers.get(q, []) if c.op_type == "MatMulInteger"]
        if not products or products[0].input[1] not in weights:
            raise SystemExit(f"{q} feeds no MatMulInteger with a constant weight: not a quantize_dynamic graph")
        nodes, more, row_scale = row_nodes(p, x, q, weights[products[0].input[1]].dims[0])
        consts += more
        out_nodes += nodes + [
            helper.make_node("Identity", ["rowquant_zero_point_128"], [zp], name=p + "_ZeroPoint"),
            helper.make_node("Identity", ["rowquant_one"], [scale], name=p + "_UnitScale"),
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
    # The weights' part of the description is kept (s7weights.py may have run first).
    weights = folder.cfg.get("quantization", "int8 weights (uint8, per channel)").split(", int8 activations")[0]
    # batch_invariant: the runner may then put rows of equal word count into one call (crates/models/src/joint.rs).
    folder.save(model, quantization=f"{weights}, int8 activations per token (quantize_rows.py)", batch_invariant=True)
    print(f"{n} DynamicQuantizeLinear nodes made per-row in {folder.out_path}; config.json updated")


if __name__ == "__main__":
    main()
