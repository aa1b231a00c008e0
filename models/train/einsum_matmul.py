"""Replace the biaffine heads' Einsum nodes of an exported graph by MatMul chains (same products, fp32).

Why: ONNX Runtime's CPU Einsum runs the two biaffine scorers (arc "bid,de,bje->bij", relations
"bix,lxy,bjy->bijl", and the event heads' "bix,axy,bjy->bija") far slower than the GEMMs they amount to:
measured on the AVX2 development machine (one intra-op thread, a 20-word sentence), the two Einsums took
about 2 ms of an 11 ms call, more than any other op type but the encoder's int8 MatMuls. As MatMuls:

    arc:  (d @ U) @ h^T                                        [B, W, W+1]
    rel:  (d @ U')  -> [B, W*L, Y] @ h^T -> [B, W, L, W+1] -> transpose to [B, W, W+1, L]
          with U' = U transposed to [X, L*Y]

The relation logits come out bitwise equal on the reference sentences and the arc scores within 1e-5
(another summation order in the GEMM).

Usage: python models/train/einsum_matmul.py MODEL_DIR [--src model.int8.onnx] [--out model.int8.onnx]
       Rewrites the graph and config.json (`sha256`, `biaffine`); then rewrite reference.jsonl (docs/speed.md).
"""

import numpy as np
from onnx import helper, numpy_helper

import graphfile

BILINEAR = "bid,de,bje->bij"
TRILINEAR = ("bix,lxy,bjy->bijl", "bix,axy,bjy->bija")


def const(name, values):
    return numpy_helper.from_array(np.array(values, np.int64), name)


def bilinear(node):
    """arc = (d @ U) @ h^T."""
    d, u, h = node.input
    p = node.name + "_mm"
    return [helper.make_node("MatMul", [d, u], [p + "_dU"], name=p + "_1"),
            helper.make_node("Transpose", [h], [p + "_hT"], name=p + "_T", perm=[0, 2, 1]),
            helper.make_node("MatMul", [p + "_dU", p + "_hT"], [node.output[0]], name=p + "_2")], []


def trilinear(node, u):
    """out[b, i, j, l] = sum_xy d[b, i, x] U[l, x, y] h[b, j, y], as two MatMuls and reshapes."""
    d, u_name, h = node.input
    labels, x, y = u.shape
    p = node.name + "_mm"
    inits = [numpy_helper.from_array(np.ascontiguousarray(u.transpose(1, 0, 2).reshape(x, labels * y)), p + "_U"),
             const(p + "_rows", [0, -1, y]), const(p + "_head", [0, -1, labels]), const(p + "_one", [1]),
             const(p + "_two", [2])]
    nodes = [
        helper.make_node("MatMul", [d, p + "_U"], [p + "_dU"], name=p + "_1"),  # [B, W, L*Y]
        helper.make_node("Reshape", [p + "_dU", p + "_rows"], [p + "_dU2"], name=p + "_R1"),  # [B, W*L, Y]
        helper.make_node("Transpose", [h], [p + "_hT"], name=p + "_T", perm=[0, 2, 1]),  # [B, Y, J]
        helper.make_node("MatMul", [p + "_dU2", p + "_hT"], [p + "_s"], name=p + "_2"),  # [B, W*L, J]
        helper.make_node("Shape", [h], [p + "_hs"], name=p + "_Shape"),
        helper.make_node("Slice", [p + "_hs", p + "_one", p + "_two"], [p + "_J"], name=p + "_J"),
        helper.make_node("Concat", [p + "_head", p + "_J"], [p + "_shape"], name=p + "_Shape4", axis=0),
        helper.make_node("Reshape", [p + "_s", p + "_shape"], [p + "_s4"], name=p + "_R2"),  # [B, W, L, J]
        helper.make_node("Transpose", [p + "_s4"], [node.output[0]], name=p + "_T2", perm=[0, 1, 3, 2]),
    ]
    return nodes, inits


def rewrite(model):
    """Replaces the biaffine Einsums; returns how many."""
    graph = model.graph
    inits = {i.name: i for i in graph.initializer}
    nodes, extra, n = [], [], 0
    for node in graph.node:
        eq = next((a.s.decode() for a in node.attribute if a.name == "equation"), None)
        if node.op_type == "Einsum" and eq == BILINEAR:
            new, more = bilinear(node)
        elif node.op_type == "Einsum" and eq in TRILINEAR and node.input[1] in inits:
            new, more = trilinear(node, numpy_helper.to_array(inits[node.input[1]]))
        else:
            nodes.append(node)
            continue
        nodes += new
        extra += more
        n += 1
    del graph.node[:]
    graph.node.extend(nodes)
    used = {i for node in graph.node for i in node.input}
    kept = [i for i in list(graph.initializer) + extra if i.name in used]
    del graph.initializer[:]
    graph.initializer.extend(kept)
    return n


def main():
    args = graphfile.arguments(__doc__.split("\n")[0]).parse_args()
    folder = graphfile.Folder(args.model_dir, args.src, args.out)
    model = folder.load()
    n = rewrite(model)
    if n == 0:
        raise SystemExit(f"{folder.src} has no biaffine Einsum left to rewrite")
    folder.save(model, biaffine="MatMul (einsum_matmul.py)")
    print(f"{n} Einsum nodes rewritten as MatMul in {folder.out_path}; config.json updated")


if __name__ == "__main__":
    main()
