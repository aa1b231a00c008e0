"""Store the int8 weights of an ONNX graph's MatMulInteger nodes as uint8 (value + 128, zero point + 128).

Why: ONNX Runtime's dynamic int8 graph multiplies uint8 activations by int8 weights. On CPUs without
AVX-512 VNNI (AVX2 only, e.g. AMD EPYC before Zen 4) the u8 x s8 kernel sums pairs of products in 16
bits with saturation (vpmaddubsw), so the same graph gives different numbers on different CPUs: on the
seed gold, event F1 0.880 on an AVX-512 VNNI machine and 0.874 on an AVX2 one, location 0.676 against
0.600. With uint8 weights the product (a - za) * (w - zw) is unchanged (the shift by 128 is exact), and
ONNX Runtime runs its u8 x u8 kernels, which widen to 16 bits before multiplying: no saturation, the
same integers on every x86 CPU.

Usage: python models/train/u8weights.py MODEL.onnx [OUT.onnx]   (in place when OUT is omitted)
"""
import sys

import numpy as np
import onnx
from onnx import numpy_helper


def to_u8(model):
    inits = {i.name: i for i in model.graph.initializer}
    done = set()
    for node in model.graph.node:
        if node.op_type != "MatMulInteger":
            continue
        # inputs: A, B, a_zero_point, b_zero_point; B and its zero point are the weights
        for name in (node.input[1], node.input[3] if len(node.input) > 3 else None):
            if not name or name in done or name not in inits:
                continue
            a = numpy_helper.to_array(inits[name])
            if a.dtype != np.int8:
                continue
            inits[name].CopyFrom(numpy_helper.from_array((a.astype(np.int16) + 128).astype(np.uint8), name))
            done.add(name)
    return len(done)


def main(argv):
    src = argv[0]
    out = argv[1] if len(argv) > 1 else src
    model = onnx.load(src)
    n = to_u8(model)
    onnx.save(model, out)
    print(f"{n} weight tensors stored as uint8 in {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
