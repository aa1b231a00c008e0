"""An exported model folder's graph and config.json, for the scripts that rewrite a graph in place
(quantize_rows.py, einsum_matmul.py, s7weights.py): load the graph named by config.json (or --src),
save the result under --out (default: the same name) and record its SHA-256 and what was done."""
import argparse
import hashlib
import json
import os

import onnx


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def arguments(description):
    """The parser every rewrite script shares; scripts add their own options to it."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("model_dir")
    ap.add_argument("--src", default=None, help="graph to rewrite (default: config.json's onnx)")
    ap.add_argument("--out", default=None, help="file name of the result (default: the source's name)")
    return ap


class Folder:
    """config.json of MODEL_DIR and the graph to rewrite (`src`) with its target name (`out`)."""

    def __init__(self, model_dir, src=None, out=None):
        self.dir = model_dir
        self.cfg_path = os.path.join(model_dir, "config.json")
        with open(self.cfg_path) as f:
            self.cfg = json.load(f)
        self.src = src or self.cfg["onnx"]
        self.out = out or self.src
        self.out_path = os.path.join(model_dir, self.out)

    def load(self):
        return onnx.load(os.path.join(self.dir, self.src))

    def save(self, model, **fields):
        """Checks and writes the graph, then config.json: `onnx`, its SHA-256 and `fields`."""
        onnx.checker.check_model(model)
        onnx.save(model, self.out_path)
        self.cfg["onnx"] = self.out
        sums = self.cfg.setdefault("sha256", {})
        if self.out != self.src:
            sums.pop(self.src, None)
        sums[self.out] = sha256(self.out_path)
        self.cfg.update(fields)
        with open(self.cfg_path, "w") as f:
            json.dump(self.cfg, f, indent=1, ensure_ascii=False)
            f.write("\n")
