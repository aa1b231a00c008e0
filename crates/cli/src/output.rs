//! Where `casus extract` writes: stdout, or a file that appears only when the run is done.
//!
//! A file output is written to a temporary file in the target's folder and renamed over the target at
//! the end, so a failed run (full disk, a model error) leaves any earlier output as it was and never a
//! torn last line. An output that is one of the inputs, or inside an input folder, is refused before
//! anything is read: the run would empty its own input or read its own output back.
use anyhow::{bail, Context, Result};
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

pub enum Output {
    Stdout(BufWriter<io::StdoutLock<'static>>),
    /// Something that is not a regular file (`/dev/null`, a FIFO, a terminal): written in place, since
    /// renaming a file over it would replace the device.
    Device(BufWriter<File>),
    File {
        tmp: BufWriter<NamedTempFile>,
        target: PathBuf,
    },
}

impl Output {
    /// Stdout when `target` is `None` or `-`, else a temporary file next to `target` (next to the file a
    /// link points to, so the link stays), or `target` itself when it exists and is no regular file.
    pub fn open(target: Option<&Path>) -> Result<Output> {
        let Some(target) = target.filter(|t| !is_stdout(t)) else {
            return Ok(Output::Stdout(BufWriter::new(io::stdout().lock())));
        };
        match std::fs::metadata(target) {
            Ok(meta) if !meta.is_file() => {
                let file = File::create(target).with_context(|| format!("cannot write {}", target.display()))?;
                Ok(Output::Device(BufWriter::new(file)))
            }
            Ok(_) => {
                let real = target.canonicalize().with_context(|| format!("cannot write {}", target.display()))?;
                Self::temporary(&real)
            }
            Err(_) => Self::temporary(target),
        }
    }

    fn temporary(target: &Path) -> Result<Output> {
        let dir = folder_of(target);
        let mut builder = tempfile::Builder::new();
        builder.prefix(".casus-").suffix(".tmp");
        if let Some(permissions) = permissions_for(target) {
            builder.permissions(permissions);
        }
        let tmp = builder
            .tempfile_in(&dir)
            .with_context(|| format!("cannot create a temporary file in {} for {}", dir.display(), target.display()))?;
        Ok(Output::File { tmp: BufWriter::new(tmp), target: target.to_path_buf() })
    }

    pub fn writer(&mut self) -> &mut dyn Write {
        match self {
            Output::Stdout(w) => w,
            Output::Device(w) => w,
            Output::File { tmp, .. } => tmp,
        }
    }

    /// Flushes everything written and, for a file, puts it in place of the target.
    pub fn finish(self) -> Result<()> {
        match self {
            Output::Stdout(mut w) => w.flush().context("cannot write the output"),
            Output::Device(mut w) => w.flush().context("cannot write the output"),
            Output::File { tmp, target } => {
                let tmp = tmp.into_inner().map_err(|e| e.into_error()).context("cannot write the output")?;
                tmp.as_file().sync_all().with_context(|| format!("cannot write {}", target.display()))?;
                tmp.persist(&target)
                    .with_context(|| format!("cannot move the output into place at {}", target.display()))?;
                Ok(())
            }
        }
    }
}

/// `-o -` is stdout, as `-` among the inputs is stdin (never a file named "-").
pub fn is_stdout(target: &Path) -> bool {
    target.as_os_str() == "-"
}

/// The folder a file `target` goes in (`.` for a bare file name).
fn folder_of(target: &Path) -> PathBuf {
    match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The mode of the file being replaced, else rw-r--r-- (a temporary file is made private by default).
#[cfg(unix)]
fn permissions_for(target: &Path) -> Option<std::fs::Permissions> {
    use std::os::unix::fs::PermissionsExt;
    Some(std::fs::metadata(target).map(|m| m.permissions()).unwrap_or_else(|_| std::fs::Permissions::from_mode(0o644)))
}

#[cfg(not(unix))]
fn permissions_for(target: &Path) -> Option<std::fs::Permissions> {
    std::fs::metadata(target).map(|m| m.permissions()).ok()
}

/// Refuses an output that is one of `inputs` (or `others`, such as the manifest) or lies inside an input
/// folder. Inputs that do not exist are left to the run to report.
pub fn check_not_an_input(target: &Path, inputs: &[PathBuf], others: &[&Path]) -> Result<()> {
    if is_stdout(target) {
        return Ok(());
    }
    let out = resolve(target)?;
    for input in inputs.iter().map(PathBuf::as_path).chain(others.iter().copied()) {
        if input.as_os_str() == "-" {
            continue;
        }
        let Ok(canon) = input.canonicalize() else { continue };
        if canon.is_dir() && out.starts_with(&canon) {
            bail!(
                "the output {} is inside the input folder {}: the run would read its own output; write it elsewhere",
                target.display(),
                input.display()
            );
        }
        if out == canon || same_file(target, input) {
            bail!(
                "the output {} is the input {}: the run would overwrite what it reads",
                target.display(),
                input.display()
            );
        }
    }
    Ok(())
}

/// `target` as an absolute path without links, whether it exists or not (its folder must).
fn resolve(target: &Path) -> Result<PathBuf> {
    if let Ok(canon) = target.canonicalize() {
        return Ok(canon);
    }
    let dir = folder_of(target);
    let name = target.file_name().with_context(|| format!("the output {} is not a file name", target.display()))?;
    let dir = dir
        .canonicalize()
        .with_context(|| format!("cannot write {}: no folder {}", target.display(), dir.display()))?;
    Ok(dir.join(name))
}

/// Two names of one file (a hard link), where the platform can tell.
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            (Ok(x), Ok(y)) => x.dev() == y.dev() && x.ino() == y.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        false
    }
}

/// Whether `e` comes from writing into a closed pipe (`casus extract ... | head`).
pub fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        let kind = cause
            .downcast_ref::<io::Error>()
            .map(io::Error::kind)
            .or_else(|| cause.downcast_ref::<serde_json::Error>().and_then(serde_json::Error::io_error_kind));
        kind == Some(io::ErrorKind::BrokenPipe)
    })
}
