//! Signed int8 weights on CPUs with VNNI: the same integers, the fast kernel.
//!
//! The shipped graphs store the int8 weights of their `MatMulInteger` nodes as uint8 (value + 128, zero
//! point + 128; `models/train/u8weights.py`) so that every x86 CPU computes the same integers: on AVX2-only
//! CPUs ONNX Runtime's uint8 × int8 kernel sums pairs of products in 16 bits with saturation, its
//! uint8 × uint8 kernel does not. On CPUs with VNNI (AVX-512 VNNI or AVX-VNNI) the uint8 × int8 kernel
//! (`vpdpbusd`) accumulates in 32 bits without saturation, so signed weights give the same integers there —
//! and run much faster than the uint8 × uint8 kernel, which VNNI does not serve (on an AVX-512 VNNI Xeon,
//! `casus extract` over the 89 VOA stories: about 25 → 15.5 CPU seconds, output byte-identical).
//!
//! So on such CPUs the runner loads the graph with its weights turned back to int8, in memory: each
//! uint8 weight initializer (input B of a `MatMulInteger` and its zero point) gets data type INT8 and every
//! byte XOR 0x80 (`v - 128` as a two's-complement byte). Both edits keep every length, so the protobuf
//! is patched in place without re-encoding. `CASUS_INT8_WEIGHTS=unsigned` turns this off
//! (`signed` forces it, for tests and benchmarks; any other value: as the CPU says). If ONNX Runtime
//! refuses the patched graph, the runner loads the file as it is (`onnx::SessionPool`).
use std::collections::HashSet;
use std::ops::Range;

/// ONNX TensorProto data types.
const UINT8: u64 = 2;
const INT8: u64 = 3;

/// Whether this process should run the graph with signed weights: the CPU has VNNI, unless
/// `CASUS_INT8_WEIGHTS` says otherwise.
pub fn wanted() -> bool {
    match std::env::var("CASUS_INT8_WEIGHTS").as_deref() {
        Ok("unsigned") => false,
        Ok("signed") => true,
        _ => cpu_has_vnni(),
    }
}

/// AVX-512 VNNI or AVX-VNNI: the instructions that let ONNX Runtime's uint8 × int8 kernel accumulate
/// products in 32 bits.
pub fn cpu_has_vnni() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx512vnni") || std::arch::is_x86_feature_detected!("avxvnni")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// The graph `model` (ONNX protobuf bytes) with its uint8 `MatMulInteger` weights as int8, and how many
/// tensors were changed; `None` when there is nothing to change or the bytes are not a graph this reader
/// understands (the caller then loads the file as it is, and ONNX Runtime reports what is wrong).
///
/// A node's weights are turned only when both B and B's zero point are uint8 initializers stored as raw
/// data and read by nothing but the B / zero-point slots of `MatMulInteger` nodes: a weight read by any
/// other node (or a zero point shared with A) would change meaning. Graphs with subgraphs are left as
/// they are (their nodes may read the same names).
pub fn signed_weights(model: &[u8]) -> Option<(Vec<u8>, usize)> {
    let graph = fields(model, 0..model.len())?.into_iter().find(|f| f.number == 7)?.body?;
    let graph_fields = fields(model, graph)?;
    let mut nodes = Vec::new();
    for field in graph_fields.iter().filter(|f| f.number == 1) {
        nodes.push(Node::read(model, field.body.clone()?)?);
    }
    if nodes.iter().any(|n| n.has_subgraph) {
        return None;
    }
    let mut tensors = Vec::new();
    for init in graph_fields.iter().filter(|f| f.number == 5) {
        tensors.push(Tensor::read(model, init.body.clone()?)?);
    }
    let turnable = |name: &str, slot: usize| {
        let only_slot = nodes.iter().all(|n| {
            n.inputs.iter().enumerate().all(|(i, input)| input != name || (n.op == "MatMulInteger" && i == slot))
        });
        only_slot
            && tensors
                .iter()
                .any(|t| t.name == name && t.data_type == Some(UINT8) && t.type_byte.is_some() && t.raw_data.is_some())
    };
    let mut weights = HashSet::new();
    for node in nodes.iter().filter(|n| n.op == "MatMulInteger") {
        if let (Some(b), Some(zero)) = (node.inputs.get(1), node.inputs.get(3)) {
            if turnable(b, 1) && turnable(zero, 3) {
                weights.extend([b.as_str(), zero.as_str()]);
            }
        }
    }
    let mut patched = model.to_vec();
    let mut count = 0;
    for tensor in tensors.iter().filter(|t| weights.contains(t.name.as_str())) {
        let (type_byte, raw) = (tensor.type_byte?, tensor.raw_data.clone()?);
        patched[type_byte] = INT8 as u8;
        patched[raw].iter_mut().for_each(|b| *b ^= 0x80);
        count += 1;
    }
    (count > 0).then_some((patched, count))
}

/// The fields of a NodeProto this module reads: its inputs in order, its op type, and whether an
/// attribute holds a graph (If, Loop, Scan).
struct Node {
    inputs: Vec<String>,
    op: String,
    has_subgraph: bool,
}

impl Node {
    fn read(bytes: &[u8], range: Range<usize>) -> Option<Node> {
        let mut node = Node { inputs: Vec::new(), op: String::new(), has_subgraph: false };
        for field in fields(bytes, range)? {
            match field.number {
                1 => node.inputs.push(String::from_utf8(bytes[field.body?].to_vec()).ok()?),
                4 => node.op = String::from_utf8(bytes[field.body?].to_vec()).ok()?,
                // AttributeProto: g = 6, graphs = 11.
                5 => node.has_subgraph |= fields(bytes, field.body?)?.iter().any(|a| a.number == 6 || a.number == 11),
                _ => {}
            }
        }
        Some(node)
    }
}

/// The fields of a TensorProto this module reads: name, data type (and where its one-byte varint
/// lies), raw data.
struct Tensor {
    name: String,
    data_type: Option<u64>,
    type_byte: Option<usize>,
    raw_data: Option<Range<usize>>,
}

impl Tensor {
    fn read(bytes: &[u8], range: Range<usize>) -> Option<Tensor> {
        let mut tensor = Tensor { name: String::new(), data_type: None, type_byte: None, raw_data: None };
        for field in fields(bytes, range)? {
            match field.number {
                8 => tensor.name = String::from_utf8(bytes[field.body?].to_vec()).ok()?,
                2 => {
                    tensor.data_type = field.value;
                    // Patched in place only where the varint is one byte (UINT8 = 2, INT8 = 3 always are).
                    tensor.type_byte = (field.value_at.len() == 1).then_some(field.value_at.start);
                }
                9 => tensor.raw_data = field.body,
                _ => {}
            }
        }
        Some(tensor)
    }
}

/// One protobuf field: its number, and either its varint value (and the bytes it occupies) or the
/// byte range of its length-delimited body.
struct Field {
    number: u64,
    value: Option<u64>,
    value_at: Range<usize>,
    body: Option<Range<usize>>,
}

/// The fields of the message in `bytes[range]`, in order; `None` on a malformed message.
fn fields(bytes: &[u8], range: Range<usize>) -> Option<Vec<Field>> {
    let mut out = Vec::new();
    let mut at = range.start;
    while at < range.end {
        let (key, next) = varint(bytes, at, range.end)?;
        let number = key >> 3;
        let (mut value, mut body) = (None, None);
        let start = next;
        at = match key & 7 {
            0 => {
                let (v, end) = varint(bytes, next, range.end)?;
                value = Some(v);
                end
            }
            1 => next.checked_add(8)?,
            2 => {
                let (len, from) = varint(bytes, next, range.end)?;
                let end = from.checked_add(usize::try_from(len).ok()?)?;
                body = Some(from..end);
                end
            }
            5 => next.checked_add(4)?,
            _ => return None,
        };
        if at > range.end {
            return None;
        }
        out.push(Field { number, value, value_at: start..at, body });
    }
    Some(out)
}

/// A base-128 varint at `bytes[at..end]`: its value and the offset after it.
fn varint(bytes: &[u8], mut at: usize, end: usize) -> Option<(u64, usize)> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        if at >= end {
            return None;
        }
        let byte = bytes[at];
        at += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Some((value, at));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(number: u64, wire: u64) -> Vec<u8> {
        encode(number << 3 | wire)
    }

    fn encode(mut v: u64) -> Vec<u8> {
        let mut out = Vec::new();
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                out.push(byte);
                return out;
            }
            out.push(byte | 0x80);
        }
    }

    fn bytes_field(number: u64, body: &[u8]) -> Vec<u8> {
        [key(number, 2), encode(body.len() as u64), body.to_vec()].concat()
    }

    fn node(op: &str, inputs: &[&str]) -> Vec<u8> {
        let mut n: Vec<u8> = inputs.iter().flat_map(|i| bytes_field(1, i.as_bytes())).collect();
        n.extend(bytes_field(4, op.as_bytes()));
        bytes_field(1, &n)
    }

    fn tensor(name: &str, data_type: u64, raw: &[u8]) -> Vec<u8> {
        let t = [
            key(1, 0),
            encode(raw.len() as u64),
            key(2, 0),
            encode(data_type),
            bytes_field(8, name.as_bytes()),
            bytes_field(9, raw),
        ]
        .concat();
        bytes_field(5, &t)
    }

    /// A model with one MatMulInteger (weights w, zero point wz), an Add whose constant c is uint8 too,
    /// and an unrelated ir_version field before the graph.
    fn model() -> Vec<u8> {
        let graph = [
            node("MatMulInteger", &["a", "w", "az", "wz"]),
            node("Add", &["y", "c"]),
            tensor("w", UINT8, &[0, 127, 128, 255]),
            tensor("wz", UINT8, &[128]),
            tensor("c", UINT8, &[7]),
        ]
        .concat();
        [key(1, 0), encode(9), bytes_field(7, &graph)].concat()
    }

    #[test]
    fn weights_of_matmul_integer_become_int8_with_the_same_values() {
        let (bytes, count) = signed_weights(&model()).unwrap();
        assert_eq!(count, 2);
        assert_eq!(bytes.len(), model().len());
        let graph = fields(&bytes, 0..bytes.len()).unwrap().into_iter().find(|f| f.number == 7).unwrap().body.unwrap();
        let tensors: Vec<Tensor> = fields(&bytes, graph)
            .unwrap()
            .into_iter()
            .filter(|f| f.number == 5)
            .map(|f| Tensor::read(&bytes, f.body.unwrap()).unwrap())
            .collect();
        let by_name = |n: &str| tensors.iter().find(|t| t.name == n).unwrap();
        let raw = |t: &Tensor| bytes[t.raw_data.clone().unwrap()].to_vec();
        // u8 v holds the int8 value v - 128: 0 → -128, 127 → -1, 128 → 0, 255 → 127.
        let w = by_name("w");
        assert_eq!(w.data_type, Some(INT8));
        assert_eq!(raw(w).iter().map(|&b| b as i8).collect::<Vec<_>>(), vec![-128, -1, 0, 127]);
        assert_eq!(raw(by_name("wz")), vec![0]);
        // Not a MatMulInteger weight: untouched.
        assert_eq!(by_name("c").data_type, Some(UINT8));
        assert_eq!(raw(by_name("c")), vec![7]);
    }

    #[test]
    fn weights_read_by_other_nodes_or_without_their_zero_point_stay() {
        let graph = |nodes: Vec<Vec<u8>>| {
            let mut g: Vec<u8> = nodes.concat();
            g.extend(tensor("w", UINT8, &[1, 2]));
            g.extend(tensor("wz", UINT8, &[128]));
            [key(1, 0), encode(9), bytes_field(7, &g)].concat()
        };
        // w also read by a Cast: turning it would shift what the Cast sees.
        assert!(signed_weights(&graph(vec![node("MatMulInteger", &["a", "w", "az", "wz"]), node("Cast", &["w"])]))
            .is_none());
        // wz also A's zero point of another MatMulInteger.
        let shared =
            vec![node("MatMulInteger", &["a", "w", "az", "wz"]), node("MatMulInteger", &["b", "v", "wz", "vz"])];
        assert!(signed_weights(&graph(shared)).is_none());
        // No zero point for B (uint8's default 0 would not carry over to int8).
        assert!(signed_weights(&graph(vec![node("MatMulInteger", &["a", "w"])])).is_none());
        // A node holding a subgraph: its nodes may read the same names.
        let mut if_node = bytes_field(4, b"If");
        if_node.extend(bytes_field(5, &bytes_field(6, &[])));
        let with_subgraph = vec![node("MatMulInteger", &["a", "w", "az", "wz"]), bytes_field(1, &if_node)];
        assert!(signed_weights(&graph(with_subgraph)).is_none());
    }

    #[test]
    fn nothing_to_change_or_malformed_gives_none() {
        let (signed, _) = signed_weights(&model()).unwrap();
        assert!(signed_weights(&signed).is_none(), "weights already int8");
        let mut cut = model();
        cut.truncate(cut.len() - 3);
        assert!(signed_weights(&cut).is_none());
        assert!(signed_weights(&[0xff; 12]).is_none());
        assert!(signed_weights(&[]).is_none());
    }
}
