//! Finding libonnxruntime.so for `ort`'s `load-dynamic` mode.
//!
//! The joint model's `ort` 2 is handed the path found here (`ort::init_from`); rust-bert's `ort` 1.16 reads
//! `ORT_DYLIB_PATH` once, when its first environment is built, and panics if the library cannot be loaded.
//! [`ensure_onnxruntime`] therefore runs first (every ONNX loader in this crate calls it):
//! it looks, in order, at
//! 1. an explicit choice: `ORT_DYLIB_PATH` if set (if it is wrong, that is the error);
//! 2. the `onnxruntime` package of the running Python: `onnxruntime/capi/` directories registered with
//!    [`add_python_package`] (the `casus` wheel's extension module asks its interpreter where
//!    `onnxruntime` is, so `pip install casus` brings its runtime along), then the active virtual
//!    environment (`$VIRTUAL_ENV`), then the checkout's `.venv` made by `scripts/setup.sh` (every ancestor
//!    of the running executable that has one, then the checkout this crate was compiled in);
//! 3. the standard library directories (`LD_LIBRARY_PATH`, /usr/local/lib, /usr/lib, the multiarch dirs);
//!
//! checks that the file loads, and sets `ORT_DYLIB_PATH` to it. Otherwise it returns
//! [`ModelError::OnnxRuntimeNotFound`] naming every place it looked and how to install the runtime.
use crate::ModelError;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, OnceLock};

static FOUND: OnceLock<Result<PathBuf, Vec<String>>> = OnceLock::new();
static PYTHON_PACKAGES: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// Registers an `onnxruntime/capi` directory of the running Python (place 2 of the search). Call it before
/// the first model is loaded: the search runs once per process.
pub fn add_python_package(capi_dir: &Path) {
    let mut dirs = PYTHON_PACKAGES.lock().unwrap_or_else(|e| e.into_inner());
    if !dirs.iter().any(|d| d == capi_dir) {
        dirs.push(capi_dir.to_path_buf());
    }
}

/// Finds and registers the ONNX Runtime library (once per process); returns its path.
pub fn ensure_onnxruntime() -> Result<PathBuf, ModelError> {
    FOUND
        .get_or_init(|| {
            let found = search(&Places::of_this_process());
            if let Ok(path) = &found {
                // Read by ort when its environment is first built, which happens after this returns.
                std::env::set_var("ORT_DYLIB_PATH", path);
            }
            found
        })
        .clone()
        .map_err(|searched| ModelError::OnnxRuntimeNotFound { searched })
}

/// The places of the search, in its order.
#[derive(Debug, Default)]
struct Places {
    /// The value of ORT_DYLIB_PATH.
    explicit: Option<OsString>,
    /// `onnxruntime/capi` directories of the running Python (registered, then `$VIRTUAL_ENV`).
    python: Vec<PathBuf>,
    /// Project roots whose `.venv` may hold onnxruntime (setup.sh).
    roots: Vec<PathBuf>,
    /// Standard library directories.
    system: Vec<PathBuf>,
}

impl Places {
    fn of_this_process() -> Places {
        let mut python = PYTHON_PACKAGES.lock().unwrap_or_else(|e| e.into_inner()).clone();
        if let Some(venv) = std::env::var_os("VIRTUAL_ENV").filter(|v| !v.is_empty()) {
            python.extend(glob_dirs(&PathBuf::from(venv).join("lib")));
        }
        Places { explicit: std::env::var_os("ORT_DYLIB_PATH"), python, roots: project_roots(), system: system_dirs() }
    }
}

/// The search itself. On failure, one line per place looked at.
fn search(places: &Places) -> Result<PathBuf, Vec<String>> {
    let mut searched = Vec::new();
    if let Some(env) = places.explicit.as_ref().filter(|v| !v.is_empty()) {
        let path = PathBuf::from(env);
        return match try_load(&path) {
            Ok(()) => Ok(path),
            Err(why) => Err(vec![format!("ORT_DYLIB_PATH={} ({why})", path.display())]),
        };
    }
    for capi in &places.python {
        if let Some(path) = check_dir(capi, &mut searched) {
            return Ok(path);
        }
    }
    for root in &places.roots {
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
    for dir in &places.system {
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
        let places = Places {
            python: vec![PathBuf::from("/nonexistent/site-packages/onnxruntime/capi")],
            roots: vec![PathBuf::from("/nonexistent/checkout")],
            system: vec![PathBuf::from("/nonexistent/lib")],
            ..Places::default()
        };
        let searched = search(&places).unwrap_err();
        let msg = ModelError::OnnxRuntimeNotFound { searched }.to_string();
        assert!(msg.contains("/nonexistent/site-packages/onnxruntime/capi/libonnxruntime.so*"), "{msg}");
        assert!(msg.contains("/nonexistent/checkout/.venv/lib/python3*/site-packages/onnxruntime/capi"), "{msg}");
        assert!(msg.contains("/nonexistent/lib/libonnxruntime.so*"), "{msg}");
        assert!(msg.contains("pip install onnxruntime"), "{msg}");
        assert!(msg.contains("bash scripts/setup.sh"), "{msg}");
        assert!(msg.contains("ORT_DYLIB_PATH"), "{msg}");
    }

    #[test]
    fn explicit_env_path_must_exist() {
        let places = Places { explicit: Some("/nonexistent/libonnxruntime.so".into()), ..Places::default() };
        let err = search(&places).unwrap_err();
        assert_eq!(err, vec!["ORT_DYLIB_PATH=/nonexistent/libonnxruntime.so (no such file)".to_string()]);
    }

    #[test]
    fn a_file_that_is_not_a_library_is_skipped() {
        let dir = Scratch::new("notlib");
        std::fs::write(dir.0.join("libonnxruntime.so.1.2.3"), b"not an ELF file").unwrap();
        let places = Places { system: vec![dir.0.clone()], ..Places::default() };
        let err = search(&places).unwrap_err();
        assert!(err[0].contains("libonnxruntime.so.1.2.3 (cannot be loaded"), "{err:?}");
    }

    /// A temporary directory removed on drop.
    struct Scratch(PathBuf);
    impl Scratch {
        fn new(tag: &str) -> Scratch {
            let dir = std::env::temp_dir().join(format!("casus-ortlib-{}-{tag}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            Scratch(dir)
        }
        /// `<self>/<name>/libonnxruntime.so.1.31.1`, a link to the real library.
        fn with_lib(&self, name: &str, real: &Path) -> PathBuf {
            let dir = self.0.join(name);
            std::fs::create_dir_all(&dir).unwrap();
            std::os::unix::fs::symlink(real, dir.join("libonnxruntime.so.1.31.1")).unwrap();
            dir
        }
    }
    impl Drop for Scratch {
        fn drop(&mut self) {
            std::fs::remove_dir_all(&self.0).ok();
        }
    }

    /// The real library of the checkout's .venv (scripts/setup.sh): the crate's other tests need it too.
    fn real_library() -> PathBuf {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let capi = glob_dirs(&root.join(".venv/lib"));
        let mut searched = Vec::new();
        capi.iter().find_map(|d| check_dir(d, &mut searched)).expect("onnxruntime in .venv: run scripts/setup.sh")
    }

    #[test]
    fn order_explicit_then_python_then_checkout_then_system() {
        let real = real_library();
        let tmp = Scratch::new("order");
        let python = tmp.with_lib("python/onnxruntime/capi", &real);
        let root = tmp.0.join("checkout");
        let venv = tmp.with_lib("checkout/.venv/lib/python3.11/site-packages/onnxruntime/capi", &real);
        let system = tmp.with_lib("system", &real);
        let explicit = tmp.with_lib("explicit", &real).join("libonnxruntime.so.1.31.1");
        let lib = |d: &Path| d.join("libonnxruntime.so.1.31.1");
        let mut places = Places {
            explicit: Some(explicit.clone().into()),
            python: vec![python.clone()],
            roots: vec![root],
            system: vec![system.clone()],
        };
        assert_eq!(search(&places), Ok(explicit));
        places.explicit = None;
        assert_eq!(search(&places), Ok(lib(&python)));
        places.python = vec![tmp.0.join("no-such-python")];
        assert_eq!(search(&places), Ok(lib(&venv)));
        places.roots.clear();
        assert_eq!(search(&places), Ok(lib(&system)));
    }

    #[test]
    fn a_broken_python_package_falls_through_and_is_named() {
        let real = real_library();
        let tmp = Scratch::new("broken");
        let python = tmp.0.join("python/onnxruntime/capi");
        std::fs::create_dir_all(&python).unwrap();
        std::fs::write(python.join("libonnxruntime.so.1.31.1"), b"truncated").unwrap();
        let system = tmp.with_lib("system", &real);
        let places = Places { python: vec![python.clone()], system: vec![system.clone()], ..Places::default() };
        assert_eq!(search(&places), Ok(system.join("libonnxruntime.so.1.31.1")));
        let places = Places { python: vec![python], ..Places::default() };
        let err = search(&places).unwrap_err();
        assert!(
            err.len() == 1 && err[0].contains("python/onnxruntime/capi/libonnxruntime.so.1.31.1 (cannot be loaded")
        );
    }

    #[test]
    fn registered_python_packages_come_first_and_once() {
        add_python_package(Path::new("/nonexistent/a/onnxruntime/capi"));
        add_python_package(Path::new("/nonexistent/a/onnxruntime/capi"));
        let places = Places::of_this_process();
        assert_eq!(places.python.iter().filter(|p| p.starts_with("/nonexistent/a")).count(), 1);
        assert_eq!(places.python[0], PathBuf::from("/nonexistent/a/onnxruntime/capi"));
    }

    #[test]
    fn missing_dir_is_recorded() {
        let mut searched = Vec::new();
        assert!(check_dir(Path::new("/nonexistent/casus"), &mut searched).is_none());
        assert_eq!(searched.len(), 1);
        assert!(searched[0].contains("/nonexistent/casus"));
    }
}
