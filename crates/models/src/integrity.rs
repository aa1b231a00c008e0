//! Model file checksums: `config.json` records the SHA-256 of the files that decide the model's output
//! (`"sha256": {"model.int8.onnx": "…", "tokenizer.json": "…"}`), and loading checks them, so weights
//! overwritten or damaged on disk stop the run with the file's name instead of silently changing events.
use crate::ModelError;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fs::File;
use std::io::Read;
use std::path::Path;

/// Checks every file `sums` lists in `dir`; each of `required` must be listed.
pub(crate) fn verify(dir: &Path, sums: &BTreeMap<String, String>, required: &[&str]) -> Result<(), ModelError> {
    for name in required {
        if !sums.contains_key(*name) {
            return Err(ModelError::invalid(
                dir,
                format!(
                    "config.json records no sha256 for {name}; add it (sha256sum {name}) to the \"sha256\" object \
                     (models/FORMAT.md)"
                ),
            ));
        }
    }
    for (name, expected) in sums {
        if name.contains(['/', '\\']) || name == ".." || name == "." {
            return Err(ModelError::invalid(dir, format!("config.json sha256: {name:?} is not a file of the folder")));
        }
        let path = dir.join(name);
        let actual = sha256_file(&path)?;
        if !actual.eq_ignore_ascii_case(expected.trim()) {
            return Err(ModelError::Checksum { path, expected: expected.clone(), actual });
        }
    }
    Ok(())
}

/// The SHA-256 of a file, as lowercase hex.
pub fn sha256_file(path: &Path) -> Result<String, ModelError> {
    let mut file = File::open(path).map_err(|e| ModelError::io(path, e))?;
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = file.read(&mut buf).map_err(|e| ModelError::io(path, e))?;
        if n == 0 {
            break;
        }
        hasher.update(&buf[..n]);
    }
    Ok(hasher.finalize().iter().map(|b| format!("{b:02x}")).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums_are_checked_and_required() {
        let dir = std::env::temp_dir().join(format!("casus-integrity-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("w.bin"), b"abc").unwrap();
        let abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assert_eq!(sha256_file(&dir.join("w.bin")).unwrap(), abc);
        let sums = BTreeMap::from([("w.bin".to_string(), abc.to_uppercase())]);
        assert!(verify(&dir, &sums, &["w.bin"]).is_ok());
        assert!(verify(&dir, &sums, &["other.bin"]).unwrap_err().to_string().contains("no sha256 for other.bin"));
        std::fs::write(dir.join("w.bin"), b"abd").unwrap();
        let e = verify(&dir, &sums, &[]).unwrap_err().to_string();
        assert!(e.contains("w.bin") && e.contains("checksum"), "{e}");
        let bad = BTreeMap::from([("../w.bin".to_string(), abc.to_string())]);
        assert!(verify(&dir, &bad, &[]).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
