//! Finding libonnxruntime.so for `ort`'s `load-dynamic` mode.
//!
//! The joint model's `ort` 2 is handed the path found here (`ort::init_from`); rust-bert's `ort` 1.16 reads
//! `ORT_DYLIB_PATH` once, when its first environment is built, and panics if the library cannot be loaded.
//! [`ensure_onnxruntime`] therefore runs first (every ONNX loader in this crate calls it):
//! it looks, in order, at
//! 1. `ORT_DYLIB_PATH` if set (an explicit choice: if it is wrong, that is the error),
//! 2. the project venv made by `scripts/setup.sh`:
//!    `<root>/.venv/lib/python3*/site-packages/onnxruntime/capi/libonnxruntime.so*`, where `<root>` is every
//!    ancestor of the running executable, then this crate's checkout (known at compile time),
//! 3. system directories (`LD_LIBRARY_PATH`, /usr/local/lib, /usr/lib, the multiarch dirs),
//!
//! checks that the file loads, and sets `ORT_DYLIB_PATH` to it. Otherwise it returns
//! [`ModelError::OnnxRuntimeNotFound`] naming every place it looked.
use crate::ModelError;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

static FOUND: OnceLock<Result<PathBuf, Vec<String>>> = OnceLock::new();

/// Finds and registers the ONNX Runtime library (once per process); returns its path.
pub fn ensure_onnxruntime() -> Result<PathBuf, ModelError> {
    FOUND
        .get_or_init(|| {
            let found = find_onnxruntime();
            if let Ok(path) = &found {
                // Read by ort when its environment is first built, which happens after this returns.
                std::env::set_var("ORT_DYLIB_PATH", path);
            }
            found
        })
        .clone()
        .map_err(|searched| ModelError::OnnxRuntimeNotFound { searched })
}

fn find_onnxruntime() -> Result<PathBuf, Vec<String>> {
    search(std::env::var_os("ORT_DYLIB_PATH"), &project_roots(), &system_dirs())
}

/// The search itself: `env` = the value of ORT_DYLIB_PATH, `roots` = candidate project roots,
/// `system` = library directories. On failure, one line per place looked at.
fn search(env: Option<std::ffi::OsString>, roots: &[PathBuf], system: &[PathBuf]) -> Result<PathBuf, Vec<String>> {
    let mut searched = Vec::new();
    if let Some(env) = env.filter(|v| !v.is_empty()) {
        let path = PathBuf::from(env);
        return match try_load(&path) {
            Ok(()) => Ok(path),
            Err(why) => Err(vec![format!("ORT_DYLIB_PATH={} ({why})", path.display())]),
        };
    }
    for root in roots {
        let pattern = root.join(".venv/lib/python3*/site-packages/onnxruntime/capi");
        let dirs = glob_dirs(&root.join(".venv/lib"));
        if dirs.is_empty() {
            searched.push(format!("{} (not found)", pattern.display()));
        }
        for capi in dirs {
            if let Some(path) = check_dir(&capi, &mut searched) {
                return Ok(path);
            }
        }
    }
    for dir in system {
        if let Some(path) = check_dir(dir, &mut searched) {
            return Ok(path);
        }
    }
    Err(searched)
}

/// `<lib>/python3*/site-packages/onnxruntime/capi` directories that exist.
fn glob_dirs(lib: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(lib) else {
        return Vec::new();
    };
    let mut dirs: Vec<PathBuf> = entries
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with("python3"))
        .map(|e| e.path().join("site-packages/onnxruntime/capi"))
        .filter(|d| d.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// The newest loadable `libonnxruntime.so*` in `dir`, recording what was wrong otherwise.
fn check_dir(dir: &Path, searched: &mut Vec<String>) -> Option<PathBuf> {
    let mut candidates: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n == "libonnxruntime.so" || n.starts_with("libonnxruntime.so."))
                })
                .collect()
        })
        .unwrap_or_default();
    if candidates.is_empty() {
        searched.push(format!("{}/libonnxruntime.so* (not found)", dir.display()));
        return None;
    }
    // Longest name first: libonnxruntime.so.1.31.1 before libonnxruntime.so.1 before libonnxruntime.so.
    candidates.sort_by_key(|p| std::cmp::Reverse(version_key(p)));
    for path in candidates {
        match try_load(&path) {
            Ok(()) => return Some(path),
            Err(why) => searched.push(format!("{} ({why})", path.display())),
        }
    }
    None
}

fn version_key(path: &Path) -> Vec<u64> {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.trim_start_matches("libonnxruntime.so").split('.').filter_map(|p| p.parse().ok()).collect()
}

fn try_load(path: &Path) -> Result<(), String> {
    if !path.is_file() {
        return Err("no such file".into());
    }
    // SAFETY: loading ONNX Runtime runs only its static initializers, which have no preconditions.
    unsafe { libloading::Library::new(path) }.map(drop).map_err(|e| format!("cannot be loaded: {e}"))
}

/// Ancestors of the executable's directory, then the checkout this crate was compiled in.
fn project_roots() -> Vec<PathBuf> {
    let mut roots: Vec<PathBuf> = Vec::new();
    if let Ok(exe) = std::env::current_exe() {
        let exe = exe.canonicalize().unwrap_or(exe);
        roots.extend(exe.ancestors().skip(1).filter(|d| d.join(".venv").is_dir()).map(Path::to_path_buf));
    }
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    if let Some(root) = manifest.ancestors().find(|d| d.join(".venv").is_dir()) {
        if !roots.iter().any(|r| r == root) {
            roots.push(root.to_path_buf());
        }
    }
    if roots.is_empty() {
        // Nothing found: still name the expected place in the error.
        roots.push(manifest.ancestors().nth(2).unwrap_or(manifest).to_path_buf());
    }
    roots
}

fn system_dirs() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::env::var_os("LD_LIBRARY_PATH")
        .map(|v| std::env::split_paths(&v).filter(|p| !p.as_os_str().is_empty()).collect())
        .unwrap_or_default();
    for d in ["/usr/local/lib", "/usr/lib", "/usr/lib64", "/lib", "/usr/local/lib/x86_64-linux-gnu"] {
        dirs.push(PathBuf::from(d));
    }
    dirs.push(PathBuf::from(format!("/usr/lib/{}-linux-gnu", std::env::consts::ARCH)));
    dirs.push(PathBuf::from(format!("/lib/{}-linux-gnu", std::env::consts::ARCH)));
    dirs.dedup();
    dirs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newest_version_first() {
        let mut v = [
            PathBuf::from("/x/libonnxruntime.so"),
            PathBuf::from("/x/libonnxruntime.so.1.31.1"),
            PathBuf::from("/x/libonnxruntime.so.1.9.0"),
        ];
        v.sort_by_key(|p| std::cmp::Reverse(version_key(p)));
        assert_eq!(v[0], PathBuf::from("/x/libonnxruntime.so.1.31.1"));
        assert_eq!(v[2], PathBuf::from("/x/libonnxruntime.so"));
    }

    #[test]
    fn error_names_every_place_and_the_fix() {
        let roots = [PathBuf::from("/nonexistent/checkout")];
        let system = [PathBuf::from("/nonexistent/lib")];
        let searched = search(None, &roots, &system).unwrap_err();
        let msg = ModelError::OnnxRuntimeNotFound { searched }.to_string();
        assert!(msg.contains("/nonexistent/checkout/.venv/lib/python3*/site-packages/onnxruntime/capi"), "{msg}");
        assert!(msg.contains("/nonexistent/lib/libonnxruntime.so*"), "{msg}");
        assert!(msg.contains("bash scripts/setup.sh"), "{msg}");
        assert!(msg.contains("ORT_DYLIB_PATH"), "{msg}");
    }

    #[test]
    fn explicit_env_path_must_exist() {
        let err = search(Some("/nonexistent/libonnxruntime.so".into()), &[], &[]).unwrap_err();
        assert_eq!(err, vec!["ORT_DYLIB_PATH=/nonexistent/libonnxruntime.so (no such file)".to_string()]);
    }

    #[test]
    fn a_file_that_is_not_a_library_is_skipped() {
        let dir = std::env::temp_dir().join(format!("casus-ortlib-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("libonnxruntime.so.1.2.3"), b"not an ELF file").unwrap();
        let err = search(None, &[], std::slice::from_ref(&dir)).unwrap_err();
        std::fs::remove_dir_all(&dir).ok();
        assert!(err[0].contains("libonnxruntime.so.1.2.3 (cannot be loaded"), "{err:?}");
    }

    #[test]
    fn missing_dir_is_recorded() {
        let mut searched = Vec::new();
        assert!(check_dir(Path::new("/nonexistent/casus"), &mut searched).is_none());
        assert_eq!(searched.len(), 1);
        assert!(searched[0].contains("/nonexistent/casus"));
    }
}
